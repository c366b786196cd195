package org.chinatechgraph.ingest.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and name normalisation shared by the recognisers. */
final class Text {

	/** Words written in lower case inside title-case names and headings. */
	static final Set<String> SMALL_WORDS = Set.copyOf(java.util.Arrays.asList("of", "and", "for", "the", "in", "on", "at", "to", "a", "an", "with",
			"by", "de", "&", "-", "–", "—", "or", "as", "from", "into"));

	/** Capitalised words that open sentences and are never the first word of a name. */
	static final Set<String> SENTENCE_STARTERS = Set.copyOf(java.util.Arrays.asList("The", "This", "That", "These", "Those", "It", "Its", "They",
			"Their", "He", "She", "We", "Our", "His", "Her", "A", "An", "In", "On", "At", "By", "For", "From", "With",
			"Within", "Once", "Both", "Among", "After", "Before", "As", "If", "When", "While", "Since", "Under", "Over",
			"According", "Another", "One", "Some", "Many", "Most", "Such", "Other", "Also", "Thanks", "Despite",
			"However", "Meanwhile", "Finally", "Overall", "Plans", "Priority", "Efforts", "Photo", "Located", "Based",
			"Passing", "Of", "To", "Read", "Updated", "Share", "Print", "Copyright", "View", "Become", "Learn", "Leave",
			"Images", "There", "Here", "What", "Which", "Who", "Where", "How", "Why", "All", "Each", "Every", "Two",
			"Three", "First", "Second", "Last", "Next", "Several", "Multiple", "Any", "No", "Not", "But", "And", "Or",
			"So", "Yet", "Then", "Now", "Currently", "Recently", "Today", "Yesterday", "Once", "Attract",
			"Strengthen", "Shore", "Map", "Your", "You", "I", "Mr", "Ms", "Dr",
			// a participle opening a sentence ("Being built at the zone, the project ...")
			"Being", "Having", "Following", "Featuring", "Including", "Covering", "Along", "Together",
			// a plural noun for firms in general ("Companies invested a total of US$360 million in the park")
			"Companies", "Firms", "Enterprises", "Investors", "Businesses", "Manufacturers", "Suppliers", "Makers"));

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Text() {
	}

	/** Lower case, accents and punctuation gone, possessive 's dropped, single spaces: "Tianyou’s" → "tianyou". */
	static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
		s = MARKS.matcher(s).replaceAll("");
		s = s.replaceAll("[’']s\\b", "");
		s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		if (s.startsWith("the ")) {
			s = s.substring(4);
		}
		return s;
	}

	static boolean isCapitalised(String word) {
		return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)) && word.length() > 1
				&& word.chars().anyMatch(Character::isUpperCase));
	}

	/** An acronym as used in parentheses: two or more capitals, no spaces ("NUDT", "SUSTech", "TACK"). */
	static boolean isAcronym(String word) {
		if (word.length() < 2 || word.length() > 12 || !Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		long caps = word.chars().filter(Character::isUpperCase).count();
		return caps >= 2 && word.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '&' || c == '-');
	}

	/** The word without a trailing possessive: "Tianyou’s" → "Tianyou". */
	static String stripPossessive(String word) {
		if (word.endsWith("’s") || word.endsWith("'s")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.endsWith("s’") || word.endsWith("s'")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	static boolean isPossessive(String word) {
		return !stripPossessive(word).equals(word);
	}

	private static final Pattern LEGAL_FORM = Pattern.compile(
			"(?:,?\\s+(?:Co\\.?,?\\s*Ltd\\.?|Co\\.?|Ltd\\.?|Inc\\.?|Corp\\.?|Corporation|Limited|LLC|plc|AG|SE|GmbH))+$");

	/** A firm's name as written, without its legal form: "Alpha Chemicals Co., Ltd." → "Alpha Chemicals". */
	static String withoutLegalForm(String name) {
		String bare = LEGAL_FORM.matcher(name).replaceAll("").strip();
		return bare.isEmpty() ? name : bare;
	}

}
