package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/** What one sentence names, found before any of it is merged into the article's things. */
final class SentenceFacts {

	/** A thing named in the sentence at characters {@code [start, end)} of the sentence. */
	record Slot(EntityTable.Entry entry, int start, int end, boolean anaphor, boolean possessive, boolean embedded) {

		String kind() {
			return this.entry.kind;
		}

	}

	final Sentence sentence;

	final int index;

	final int paragraph;

	final List<Token> tokens;

	final List<MoneyParser.Mention> money;

	final List<DateResolver.Mention> dates;

	final List<PlaceRecognizer.Mention> places;

	final List<OrganizationRecognizer.Mention> organisations;

	final List<PhraseRecognizer.Mention> phrases;

	final List<SectorVocabulary.Mention> sectors;

	final List<Slot> slots = new ArrayList<>();

	/** Capitalised names of no known kind, kept in case the sentence shows them to be organisations. */
	final List<OrganizationRecognizer.Mention> unknown = new ArrayList<>();

	SentenceFacts(Sentence sentence, int index, int paragraph, List<Token> tokens, List<MoneyParser.Mention> money,
			List<DateResolver.Mention> dates, List<PlaceRecognizer.Mention> places,
			List<OrganizationRecognizer.Mention> organisations, List<PhraseRecognizer.Mention> phrases,
			List<SectorVocabulary.Mention> sectors) {
		this.sentence = sentence;
		this.index = index;
		this.paragraph = paragraph;
		this.tokens = tokens;
		this.money = money;
		this.dates = dates;
		this.places = places;
		this.organisations = organisations;
		this.phrases = phrases;
		this.sectors = sectors;
	}

	String text() {
		return this.sentence.text();
	}

	/**
	 * The words between two things the sentence names, from the end of one to the start of the other; when the two
	 * overlap (a name read two ways) there are none, and the gap is a character no rule reads as words.
	 */
	String gap(int from, int to) {
		return from <= to ? this.sentence.text().substring(from, to) : NO_GAP;
	}

	private static final String NO_GAP = "\u0000";

	String lower() {
		return this.sentence.text().toLowerCase(java.util.Locale.ROOT);
	}

	List<Slot> sorted() {
		List<Slot> s = new ArrayList<>(this.slots);
		s.sort(java.util.Comparator.comparingInt(Slot::start));
		return s;
	}

	/**
	 * Whether only an owner's "'s" and a sum stand between two places of the sentence ("Orion's 5-billion-yuan battery
	 * plant"): the owner before, what it owns after.
	 */
	boolean ownersSumBetween(int from, int to) {
		return this.money.stream().anyMatch((m) -> m.start() >= from && m.end() <= to
				&& gap(from, m.start()).matches("['’]s?\\s*(?:a\\s+|an\\s+|the\\s+)?") && gap(m.end(), to).isBlank());
	}

	StatedAmount firstAmountAfter(int from) {
		return this.money.stream().filter((m) -> !m.conversion() && m.start() >= from).map(MoneyParser.Mention::amount)
			.findFirst().orElse(null);
	}

	/** The token index that starts at or covers character {@code at}. */
	int tokenAt(int at) {
		for (int i = 0; i < this.tokens.size(); i++) {
			if (this.tokens.get(i).end() > at) {
				return i;
			}
		}
		return this.tokens.size();
	}

}
