package org.chinatechgraph.ingest.extract;

import java.util.List;
import java.util.Map;

/**
 * One thing the article names, however many times and however spelled.
 *
 * @param ref unique within one extraction ("e1", "e2"...)
 * @param kind the graph label: Project, Program, Company, University, Institute, Government, Fund, Park, Province,
 * City, District, Town, Sector
 * @param name the fullest spelling the text uses, as the text spells it
 * @param aliases the other spellings, short names and acronyms the text uses
 * @param amount the investment stated for a Project, Program or Fund; null when none
 * @param evidence the first mention
 * @param mentions every mention, the first included
 * @param confidence 0..1, how sure the rules are that this is a thing of this kind (see docs/extraction.md)
 * @param properties what else was read: status, signedOn, startYear, phases, count, year, code, nameZh, parent
 * (places), kind (of park or institute), level (government), sectorId (sectors)
 */
public record ExtractedEntity(String ref, String kind, String name, List<String> aliases, StatedAmount amount,
		Evidence evidence, List<Evidence> mentions, double confidence, Map<String, Object> properties) {

	public ExtractedEntity {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		mentions = mentions == null ? List.of() : List.copyOf(mentions);
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

}
