package org.chinatechgraph.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Party organs an article names, nearly always as a dignitary's post ("Wang, Deputy Secretary of the Municipal Party
 * Committee", "director of the provincial People's Congress Standing Committee"): a party committee, the people's
 * congress, the political consultative conference, the military commission. In this field they do not sign, fund
 * or build, and the graph does not hold the people whose posts they are; the administrative bodies beside them
 * (the municipal government, a park's management committee) do sign, and stay. An organ stays too when a rule found it
 * doing something in the news (signing, investing, developing, announcing).
 */
final class PartyOrgans {

	private static final Pattern PARTY_ORGAN = Pattern.compile("(?i)party (working )?committee|central committee|"
			+ "people[’']?s congress|political consultative|military commission|discipline inspection|\\bcpc\\b|communist party");

	private PartyOrgans() {
	}

	static boolean isPartyOrgan(String name) {
		return PARTY_ORGAN.matcher(name).find();
	}

	/** Drops (clears the mentions of) the party organs that take part in no relationship but where they are. */
	static void drop(EntityTable table, List<RelationRules.Draft> drafts) {
		for (EntityTable.Entry e : table.entries()) {
			if (e.kind.equals("Government") && e.names.stream().anyMatch(PartyOrgans::isPartyOrgan) && !acts(e, drafts)) {
				e.mentions.clear();
			}
		}
	}

	private static boolean acts(EntityTable.Entry e, List<RelationRules.Draft> drafts) {
		return drafts.stream().anyMatch((d) -> (d.from() == e || d.to() == e) && !d.type().equals("LOCATED_IN"));
	}

}
