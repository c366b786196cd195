package org.chinatechgraph.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A small generated news fact file (a plant, its maker, a province and a sector, five relationships) and what it
 * must put in the graph, so that a test can tell whether it is wholly there or wholly absent.
 *
 * @param id the article id
 * @param fileName a file name that sorts in generation order
 * @param json the fact file
 * @param nodes the ids of the nodes it reports
 * @param relationships the relationships it states
 */
public record GeneratedArticle(String id, String fileName, String json, List<String> nodes,
		List<Relationship> relationships) {

	static final List<String> PROVINCES = List.of("province:zhejiang", "province:jiangsu", "province:anhui",
			"province:guangdong", "province:hunan", "province:jiangxi", "province:fujian");

	static final List<String> SECTORS = List.of("sector:semiconductors", "sector:advanced-packaging", "sector:led",
			"sector:mems", "sector:display", "sector:batteries", "sector:ai-computing");

	/** A relationship the file states, with how many sentences it gives for it. */
	public record Relationship(String type, String from, String to, int sentences) {
	}

	public byte[] bytes() {
		return this.json.getBytes(StandardCharsets.UTF_8);
	}

	/** {@code count} files named {@code <prefix>-00000.json} and on, the same for the same seed. */
	public static List<GeneratedArticle> generate(String prefix, int count, long seed) {
		Random random = new Random(seed);
		return IntStream.range(0, count).mapToObj(i -> of(prefix + "-" + "%05d".formatted(i), random)).toList();
	}

	/**
	 * One file whose own nodes are new; the place and the sector it names come from the reference data and are
	 * always listed in the same order (place, then sector), as a loader of many files at once would want.
	 */
	public static GeneratedArticle of(String slug, Random random) {
		String plant = "project:" + slug + "-plant";
		String maker = "company:" + slug + "-maker";
		String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
		String sector = SECTORS.get(random.nextInt(SECTORS.size()));
		int year = 2015 + random.nextInt(11);
		String month = "%02d".formatted(1 + random.nextInt(12));
		long amount = (1 + random.nextInt(900)) * 10_000_000L;
		List<Relationship> rels = List.of(new Relationship("INVESTS_IN", maker, plant, 2),
				new Relationship("DEVELOPS", maker, plant, 1), new Relationship("LOCATED_IN", plant, province, 1),
				new Relationship("IN_SECTOR", plant, sector, 1), new Relationship("LOCATED_IN", maker, province, 1));
		List<String> relJson = new ArrayList<>();
		for (Relationship rel : rels) {
			String extra = rel.type().equals("INVESTS_IN")
					? "\"amount\": {\"amount\": %d, \"currency\": \"CNY\", \"text\": \"%d yuan\"}, ".formatted(amount, amount)
					: "";
			String sentences = rel.sentences() == 2
					? "\"%s invests in %s.\", \"The money comes in two tranches.\"".formatted(maker, plant)
					: "\"%s %s %s.\"".formatted(rel.from(), rel.type().toLowerCase().replace('_', ' '), rel.to());
			relJson.add("{\"type\": \"%s\", \"from\": \"%s\", \"to\": \"%s\", %s\"evidence\": [%s]}"
				.formatted(rel.type(), rel.from(), rel.to(), extra, sentences));
		}
		String json = """
				{"source": {"id": "article:%1$s", "kind": "news", "title": "Generated report %1$s", "publisher": "Test Wire",
				            "publishedOn": "%2$d-%3$s"},
				 "nodes": [
				   {"id": "%4$s", "label": "Project", "name": "%1$s plant", "status": "signed", "signedOn": "%2$d-%3$s",
				    "investment": {"amount": %5$d, "currency": "CNY"}, "evidence": ["The %1$s plant was signed."]},
				   {"id": "%6$s", "label": "Company", "name": "%1$s maker", "aliases": ["%1$s Co.", "测试%1$s"],
				    "evidence": ["%1$s maker (%1$s Co.) signed."]},
				   {"id": "%7$s", "label": "Province", "evidence": ["It lies in the province."]},
				   {"id": "%8$s", "label": "Sector", "evidence": ["It is in the sector."]}],
				 "relationships": [%9$s]}
				""".formatted(slug, year, month, plant, amount, maker, province, sector, String.join(",\n    ", relJson));
		return new GeneratedArticle("article:" + slug, slug + ".json", json, List.of(plant, maker, province, sector),
				rels);
	}

}
