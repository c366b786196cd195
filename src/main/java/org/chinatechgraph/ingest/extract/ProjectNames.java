package org.chinatechgraph.ingest.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name for a project the article only describes. "The battery plant" names nothing among thousands of
 * projects; the firm that builds it and the place it stands in do: "Murata lithium battery factory in Wuxi". A
 * project whose every name is a description in lower case, with one developer and at most one city or district,
 * is named so; its descriptions stay its aliases. A project the article names keeps its name.
 */
final class ProjectNames {

	private static final Set<String> TOWNS = Set.of("City", "District", "County", "Town");

	private ProjectNames() {
	}

	static void apply(EntityTable table, List<RelationRules.Draft> drafts) {
		for (EntityTable.Entry project : table.entries()) {
			if (!project.kind.equals("Project") || project.names.isEmpty()) {
				continue;
			}
			String first = project.names.iterator().next();
			java.util.regex.Matcher owned = OWNER_OF_A_NAME.matcher(first);
			if (owned.lookingAt()) {
				// "Intel’s Fab 68": the firm and the name it gives its project, "Intel Fab 68"
				project.nameFirst(owned.group(1) + " " + first.substring(owned.end()));
			}
			if (NUMBERED_UNIT.matcher(first).matches()) {
				// "dubbed simply Fab 68": the unit's number names it among its firm's, "Intel Fab 68" among all
				Set<EntityTable.Entry> developers = ends(drafts, "DEVELOPS", project, true);
				if (developers.size() == 1) {
					project.nameFirst(shortName(developers.iterator().next()) + " " + first);
				}
			}
		}
		for (EntityTable.Entry project : table.entries()) {
			if (!project.kind.equals("Project") || project.mentions.isEmpty() || !described(project)
					|| EntityTable.phaseOf(project.name()) != null) {
				continue;
			}
			Set<EntityTable.Entry> developers = ends(drafts, "DEVELOPS", project, true);
			if (developers.isEmpty()) {
				developers = ends(drafts, "INVESTS_IN", project, true);
			}
			if (developers.isEmpty() || developers.size() > 2) {
				continue;
			}
			// built by two: "Brightway Robotics-Tsinghua University laboratory for embodied intelligence"
			Set<EntityTable.Entry> builders = developers;
			String firm = String.join("-", table.entries().stream().filter(builders::contains).map(ProjectNames::shortName).toList());
			String description = description(project.name(), firm);
			if (description.isEmpty()) {
				continue;
			}
			String where = place(project, drafts);
			String name = firm + " " + description + (where == null ? "" : " in " + where);
			project.nameFirst(name);
		}
	}

	/** Whether every name of the project starts in lower case or with a number: a description, not a name. */
	private static boolean described(EntityTable.Entry project) {
		for (String n : project.names) {
			// "Tessaly's new plant": a firm's possessive before a description names nothing more
			String head = OWNER.matcher(EntityTable.withoutPlace(n).strip()).replaceFirst("");
			if (head.isEmpty() || Character.isUpperCase(head.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/** A unit named by its number alone: "Fab 68", "Plant 2". */
	private static final java.util.regex.Pattern NUMBERED_UNIT = java.util.regex.Pattern.compile(
			"(?:Fab|Plant|Line|Factory|Module|Campus)\\s+\\d+[A-Z]?");

	/** A capitalised name of up to four words and its possessive: "Intel’s ", "Tessaly's ". */
	private static final String POSSESSIVE = "((?:\\p{Lu}[\\p{L}\\p{N}&.-]*\\s){0,3}\\p{Lu}[\\p{L}\\p{N}&.-]*)['’]s\\s+";

	/** A firm's possessive before a proper name: "Intel’s Fab 68", "Kelmar's Lotus Campus". */
	private static final java.util.regex.Pattern OWNER_OF_A_NAME = java.util.regex.Pattern.compile(POSSESSIVE + "(?=\\p{Lu})");

	/** A firm's possessive before a description: "Tessaly's new plant". */
	private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("^" + POSSESSIVE + "(?=\\p{Ll})");

	private static Set<EntityTable.Entry> ends(List<RelationRules.Draft> drafts, String type, EntityTable.Entry project,
			boolean from) {
		Set<EntityTable.Entry> out = new LinkedHashSet<>();
		for (RelationRules.Draft d : drafts) {
			if (d.type().equals(type) && (from ? d.to() : d.from()) == project) {
				out.add(from ? d.from() : d.to());
			}
		}
		return out;
	}

	/**
	 * The shortest of an organisation's spellings without its legal form, as a headline names it: "SMIC", "Murata",
	 * "Alpha Chemicals".
	 */
	private static String shortName(EntityTable.Entry organisation) {
		String shortest = Text.withoutLegalForm(organisation.name());
		// of the spellings the article wrote: "Airbus", not a former name the list of known firms adds ("EADS")
		List<String> written = organisation.names.stream()
			.filter((n) -> organisation.mentions.stream().anyMatch((m) -> writtenAlone(m.sentence(), n))).toList();
		for (String n : written.isEmpty() ? organisation.names : written) {
			String bare = Text.withoutLegalForm(n);
			if (bare.length() < shortest.length() && !bare.isBlank()) {
				shortest = bare;
			}
		}
		return shortest;
	}

	/** Whether a sentence writes the name as a whole, not as the start of a longer one ("Tsinghua University"). */
	private static boolean writtenAlone(String sentence, String name) {
		return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name)
				+ "(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})").matcher(sentence).find();
	}

	/** The description without an opening "new" or "major" or a possessive of the firm itself. */
	private static String description(String name, String firm) {
		String d = EntityTable.withoutPlace(name);
		String lower = d.toLowerCase(Locale.ROOT);
		String possessive = firm.toLowerCase(Locale.ROOT);
		for (String mark : List.of("'s ", "’s ")) {
			if (lower.startsWith(possessive + mark)) {
				d = d.substring(possessive.length() + mark.length());
			}
		}
		// "data center of China Mobile": the firm opens the name, and is not said twice
		for (String one : firm.split("-")) {
			d = d.replaceAll("(?i)\\s+of\\s+(?:the\\s+)?" + java.util.regex.Pattern.quote(one) + "(?![\\p{L}\\p{N}])", "");
		}
		return PhraseRecognizer.withoutLeading(d.strip(), PLAIN);
	}

	/** Words before a description that say nothing of which project it is ("a new plant", "a major fab"). */
	private static final Set<String> PLAIN = Set.of("new", "major", "large", "big", "huge", "planned", "proposed", "biggest",
			"largest");

	/** The place the project's own words put it in, else the one city or district it is said to be located in. */
	private static String place(EntityTable.Entry project, List<RelationRules.Draft> drafts) {
		for (String n : project.names) {
			String place = EntityTable.placeInName(n);
			if (place != null) {
				return place;
			}
		}
		Set<EntityTable.Entry> places = ends(drafts, "LOCATED_IN", project, false);
		List<EntityTable.Entry> towns = places.stream().filter((p) -> TOWNS.contains(p.kind)).toList();
		if (towns.isEmpty()) {
			// a city that is a province of its own, or only the province: "in Beijing", "in Guizhou"
			towns = places.stream().filter((p) -> p.kind.equals("Province")).toList();
		}
		return towns.size() == 1 ? towns.get(0).name() : null;
	}

}
