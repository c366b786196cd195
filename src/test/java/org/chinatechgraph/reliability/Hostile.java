package org.chinatechgraph.reliability;

import java.util.List;
import java.util.Random;

/**
 * Values a careless or hostile client sends: injection strings (Cypher, Lucene, template, shell), odd Unicode
 * (right-to-left overrides, zero-width characters, combining marks, astral characters, non-characters, NUL, and a
 * marker that the fuzzers turn into a lone UTF-16 surrogate in the JSON they send), extreme numbers and huge text.
 */
final class Hostile {

	/** Replaced by the JSON escape of a lone high surrogate once a body is written. */
	static final String LONE_SURROGATE = "LONE_SURROGATE_MARK";

	static final List<String> STRINGS = List.of("' OR 1=1 --", "\") MATCH (n) DETACH DELETE n //",
			"'}) DETACH DELETE n WITH 1 AS x MATCH (m {id: '", "x` DETACH DELETE n //", "*:*", "name:(a OR", "\\",
			"\"", "\\\"", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "#{7*7}", "<script>alert(1)</script>",
			"../../etc/passwd", "%00", "\u0000", "a\u0000b", "\u202Eevil\u202C", "a\u200Bb\u200Cc\u200Dd\uFEFF",
			"\u05de\u05b4\u05d1\u05b0\u05d7\u05b8\u05df", "\uD835\uDD4F\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC69",
			"e\u0301\u0301\u0301\u0301", "\uFFFF\uFFFE", LONE_SURROGATE, "x" + LONE_SURROGATE + "y", "  ", "", "null",
			"NaN", "-0", "1e309", "\n\r\t\u000B\u000C", "$(rm -rf /)", "; DROP TABLE x;", "CALL dbms.components()",
			"MATCH (n) RETURN n", "\\u0000", "~!@#$%^&*()_+{}|:<>?", "province:zhejiang' OR '1'='1",
			"province:zhejiang\u0000", "PROVINCE:ZHEJIANG", "项目", "浙江", "Ｚｈｅｊｉａｎｇ", "\u0130stanbul",
			"\uD800\uDC00", "a".repeat(70_000), "中".repeat(20_000), "\u202E".repeat(1000), "((((((((((((((((((((",
			"\"\"\"", "#comment", "\u2028\u2029");

	static final List<Object> NUMBERS = List.of(0, -1, 1, 2147483647, 2147483648L, -2147483649L, Long.MAX_VALUE,
			"9".repeat(40), 1e308, -1e308, 4.9e-324, 0.5, "1e400", "-0.0", "0x10", "NaN", "Infinity");

	private Hostile() {
	}

	static String string(Random random) {
		return STRINGS.get(random.nextInt(STRINGS.size()));
	}

	static Object number(Random random) {
		return NUMBERS.get(random.nextInt(NUMBERS.size()));
	}

	/** A JSON body with every marker turned into the escape of a lone surrogate, which no Java encoder writes. */
	static byte[] withLoneSurrogates(byte[] json) {
		String text = new String(json, java.nio.charset.StandardCharsets.UTF_8);
		return text.replace(LONE_SURROGATE, "\\ud800").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
