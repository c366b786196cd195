package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chinatechgraph.ingest.FactFile;

/**
 * Organisations that news about China's technology build-out names often, by their usual English and Chinese
 * names ({@code facts/reference/organizations.json}): firms, parks and zones, universities, institutes, government
 * bodies and funds. A name the rules cannot classify by its words ("Microsoft", "SIP") is known by it, and a known
 * name brings the organisation's kind, its usual name, its other spellings and its Chinese name. An acronym is
 * known only as written ("GE", not "Ge"); any other spelling whatever its case, punctuation or legal suffix.
 */
public final class KnownOrganizations {

	/** A known organisation as the reference file states it. */
	public record Known(String id, String kind, String name, List<String> aliases, String nameZh, String country) {

		/** Every English spelling: the name and the aliases that are not Chinese. */
		public List<String> spellings() {
			List<String> all = new ArrayList<>();
			all.add(this.name);
			this.aliases.stream().filter((a) -> !HAN.matcher(a).find()).forEach(all::add);
			return all;
		}

		/** Every name, English and Chinese. */
		public List<String> allNames() {
			List<String> all = new ArrayList<>();
			all.add(this.name);
			all.addAll(this.aliases);
			if (this.nameZh != null && !all.contains(this.nameZh)) {
				all.add(this.nameZh);
			}
			return all;
		}

	}

	private static final String LOCATION = "facts/reference/organizations.json";

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	/** A legal form at the end of a firm's name, which the file need not list with every spelling. */
	private static final Pattern LEGAL_SUFFIX = Pattern.compile(
			"\\s+(co ltd|co|ltd|inc|corp|corporation|company|limited|llc|plc|ag|se|gmbh|group|holdings)$");

	private final Map<String, Known> acronyms = new HashMap<>();

	private final Map<String, Known> spellings = new HashMap<>();

	private final Map<String, Known> chinese = new HashMap<>();

	public KnownOrganizations(FactFile file) {
		for (FactFile.NodeFact n : file.nodes()) {
			Known known = new Known(n.id(), n.label(), n.name(), n.aliases(), n.nameZh(), n.country());
			List<String> all = new ArrayList<>(n.aliases());
			all.add(0, n.name());
			if (n.nameZh() != null) {
				all.add(n.nameZh());
			}
			for (String spelling : all) {
				if (HAN.matcher(spelling).find()) {
					this.chinese.putIfAbsent(spelling.strip(), known);
				}
				else if (Text.isAcronym(spelling) && spelling.chars().noneMatch(Character::isLowerCase)) {
					this.acronyms.putIfAbsent(spelling, known);
				}
				else {
					String normalised = Text.normalise(spelling);
					this.spellings.putIfAbsent(normalised, known);
					this.spellings.putIfAbsent(bare(normalised), known);
				}
			}
		}
	}

	/** The organisations of the reference file on the classpath. */
	public static KnownOrganizations reference() {
		return new KnownOrganizations(ReferenceFiles.classpath(LOCATION));
	}

	/** The organisation an English name (possibly possessive, with a legal suffix) is a spelling of, or null. */
	public Known find(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String written = Text.stripPossessive(name.strip());
		Known acronym = this.acronyms.get(written);
		if (acronym != null) {
			return acronym;
		}
		if (Text.isAcronym(written) && written.chars().noneMatch(Character::isLowerCase)) {
			return null; // an acronym the file does not list is no spelling of a longer name
		}
		String normalised = Text.normalise(written);
		Known known = this.spellings.get(normalised);
		return known != null ? known : this.spellings.get(bare(normalised));
	}

	/** A normalised name without its legal form: "intel corp" → "intel". */
	private static String bare(String normalised) {
		return LEGAL_SUFFIX.matcher(normalised).replaceAll("");
	}

	/**
	 * The organisation a Chinese name is: as the file writes it, or with a legal form after it that the file does not
	 * write (比亚迪股份有限公司 is 比亚迪); null when neither.
	 */
	public Known findChinese(String name) {
		if (name == null) {
			return null;
		}
		String written = name.strip();
		Known known = this.chinese.get(written);
		if (known == null) {
			String bare = CHINESE_LEGAL_SUFFIX.matcher(written).replaceAll("");
			known = bare.length() >= 2 ? this.chinese.get(bare) : null;
		}
		return known;
	}

	/** A legal form at the end of a Chinese firm's name. */
	private static final Pattern CHINESE_LEGAL_SUFFIX = Pattern.compile(
			"(集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司)$");

}
