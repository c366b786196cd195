package org.chinatechgraph.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A fact file of hubs, one for each cycle of the schema, that makes every cycle's answer grow fast with depth:
 * a clique of {@value #CLIQUE} partnering companies; {@value #CLIQUE} companies each investing in the same
 * {@value #CLIQUE} projects; a university with {@value #HUB} units; a company with {@value #HUB} subsidiaries;
 * and {@value #HUB} projects in one sector and one program. Loaded into the shared test graph and retracted after.
 */
final class HubFixture {

	static final String ARTICLE = "article:limits-hub-fixture";

	static final int CLIQUE = 12;

	static final int HUB = 100;

	static final String CLIQUE_MEMBER = "company:lf-clique-0";

	static final String INVESTOR = "company:lf-investor-0";

	static final String UNIVERSITY = "university:lf-university";

	static final String PARENT_COMPANY = "company:lf-parent";

	static final String SECTOR = "sector:lf-sector";

	static final String PROGRAM = "program:lf-program";

	private HubFixture() {
	}

	static byte[] factFile() {
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> relationships = new ArrayList<>();
		for (int i = 0; i < CLIQUE; i++) {
			nodes.add(node("company:lf-clique-" + i, "Company", "Clique company " + i));
			for (int j = 0; j < i; j++) {
				relationships.add(relationship("PARTNERS_WITH", "company:lf-clique-" + j, "company:lf-clique-" + i));
			}
		}
		for (int i = 0; i < CLIQUE; i++) {
			nodes.add(node("company:lf-investor-" + i, "Company", "Investor " + i));
			nodes.add(node("project:lf-invested-" + i, "Project", "Invested project " + i));
		}
		for (int i = 0; i < CLIQUE; i++) {
			for (int j = 0; j < CLIQUE; j++) {
				relationships.add(relationship("INVESTS_IN", "company:lf-investor-" + i, "project:lf-invested-" + j));
			}
		}
		nodes.add(node(UNIVERSITY, "University", "Hub university"));
		nodes.add(node(PARENT_COMPANY, "Company", "Hub parent company"));
		nodes.add(node(SECTOR, "Sector", "Hub sector"));
		nodes.add(node(PROGRAM, "Program", "Hub program"));
		for (int i = 0; i < HUB; i++) {
			nodes.add(node("institute:lf-unit-" + i, "Institute", "Unit " + i));
			relationships.add(relationship("PART_OF", "institute:lf-unit-" + i, UNIVERSITY));
			nodes.add(node("company:lf-subsidiary-" + i, "Company", "Subsidiary " + i));
			relationships.add(relationship("SUBSIDIARY_OF", "company:lf-subsidiary-" + i, PARENT_COMPANY));
			nodes.add(node("project:lf-member-" + i, "Project", "Member project " + i));
			relationships.add(relationship("IN_SECTOR", "project:lf-member-" + i, SECTOR));
			relationships.add(relationship("PART_OF", "project:lf-member-" + i, PROGRAM));
		}
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("source", Map.of("id", ARTICLE, "kind", "news", "title", "Hubs for the limits' tests",
				"publishedOn", "2024-01"));
		file.put("nodes", nodes);
		file.put("relationships", relationships);
		return JsonMapper.builder().build().writeValueAsBytes(file);
	}

	private static Map<String, Object> node(String id, String label, String name) {
		return Map.of("id", id, "label", label, "name", name);
	}

	private static Map<String, Object> relationship(String type, String from, String to) {
		return Map.of("type", type, "from", from, "to", to, "evidence", List.of(from + " " + type + " " + to + "."));
	}

}
