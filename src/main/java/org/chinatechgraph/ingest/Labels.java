package org.chinatechgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The node labels and relationship types a fact file may use, and the id prefix each label takes. */
public final class Labels {

	/** Id prefix → label. */
	public static final Map<String, String> BY_PREFIX = Map.ofEntries(Map.entry("project", "Project"),
			Map.entry("company", "Company"), Map.entry("university", "University"),
			Map.entry("institute", "Institute"), Map.entry("government", "Government"), Map.entry("fund", "Fund"),
			Map.entry("park", "Park"), Map.entry("province", "Province"), Map.entry("city", "City"),
			Map.entry("district", "District"), Map.entry("town", "Town"), Map.entry("program", "Program"),
			Map.entry("sector", "Sector"));

	public static final Set<String> ORGANIZATIONS = Set.of("Company", "University", "Institute", "Government", "Fund");

	public static final Set<String> PLACES = Set.of("Province", "City", "District", "Town");

	public static final Set<String> RELATIONSHIP_TYPES = Set.of("INVESTS_IN", "DEVELOPS", "PARTNERS_WITH",
			"LOCATED_IN", "PART_OF", "IN_SECTOR", "SUBSIDIARY_OF", "ANNOUNCED");

	private Labels() {
	}

	/** All labels a node of this kind carries: Entity, its own, and its group (Organization or Place). */
	public static List<String> of(String label) {
		if (ORGANIZATIONS.contains(label)) {
			return List.of("Entity", "Organization", label);
		}
		if (PLACES.contains(label)) {
			return List.of("Entity", "Place", label);
		}
		return List.of("Entity", label);
	}

	/** The label an id's prefix names, or null. */
	public static String forId(String id) {
		int colon = id == null ? -1 : id.indexOf(':');
		return colon < 0 ? null : BY_PREFIX.get(id.substring(0, colon));
	}

}
