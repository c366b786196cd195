package org.chinatechgraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The firewall's header checks, done without regular expressions, allow exactly what Spring Security's own
 * expressions allow, on every code point, and the firewall still refuses what it refused.
 */
class HeaderCharactersTests {

	/** Spring Security's rule for a header name (and, with a tab, for a value), as its firewall writes it. */
	private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void allowTheSameCodePointsAsTheFirewallsExpressions() {
		List<String> differ = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String alone = Character.toString(codePoint);
			String within = "a" + alone + "z";
			for (String text : List.of(alone, within)) {
				if (HeaderCharacters.name(text) != NAME.matcher(text).matches()
						|| HeaderCharacters.value(text) != VALUE.matcher(text).matches()) {
					differ.add(Integer.toHexString(codePoint));
				}
			}
		}
		assertThat(differ).isEmpty();
	}

	@Test
	void agreeOnMixedAndBrokenText() {
		for (String text : List.of("", "application/json", "Bearer abc.def", "a\tb", "\t", "x\u0000", "\u0085",
				"\ud800", "a\udc00b", "\ud83d\ude00", "\ud83d\ude00\u0007", "名前", "\u0378")) {
			assertThat(HeaderCharacters.name(text)).as("name %s", text).isEqualTo(NAME.matcher(text).matches());
			assertThat(HeaderCharacters.value(text)).as("value %s", text).isEqualTo(VALUE.matcher(text).matches());
		}
	}

	@Test
	void theFirewallRefusesControlCharactersInHeadersAndLetsTheRestThrough() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.addHeader("X-Api-Key", "key\u0085");
		request.addHeader("X-Note", "a\tb");
		request.addHeader("X\u0001", "value");
		var firewalled = HeaderCharacters.firewall().getFirewalledRequest(request);

		assertThat(firewalled.getHeader("X-Note")).isEqualTo("a\tb");
		assertThatThrownBy(() -> firewalled.getHeader("X-Api-Key")).isInstanceOf(RequestRejectedException.class);
		assertThatThrownBy(() -> firewalled.getHeader("X\u0001")).isInstanceOf(RequestRejectedException.class);
	}

}
