package org.chinatechgraph.ingest.pipeline;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.GraphDump;
import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.support.TestCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion, merging and the review queue over GraphQL: behind credentials, a preview writes nothing, a commit's
 * facts are then found by the ordinary queries, and a merge is undone.
 */
class IngestApiTests extends ServiceTest {

	private static final String PREVIEW = """
			mutation($input: ArticleInput!) {
			  previewArticle(input: $input) {
			    outcome article { id title }
			    entities { ref kind name match action id amount { value currency text } evidence { sentence start end } }
			    relations { type fromId toId evidence { sentence } }
			    summary { newNodes matchedNodes relations reviewItems }
			    document
			  }
			}
			""";

	private static final String INGEST = """
			mutation($input: ArticleInput!) {
			  ingestArticle(input: $input) { outcome article { id } entities { kind id action } }
			}
			""";

	@Autowired
	private FactLoader loader;

	private static Map<String, Object> input(String text) {
		return Map.of("text", text, "name", "tianyou.txt");
	}

	@AfterEach
	void takeBack() {
		this.neo4j.query("MATCH (a:Article) WHERE a.url STARTS WITH 'https://news.example.com/' RETURN a.id AS id")
			.fetchAs(String.class).all().forEach(this.loader::retract);
	}

	@Test
	void withoutCredentialsNothingIsPreviewedOrWritten() {
		var before = GraphDump.of(this.neo4j);
		for (String mutation : List.of(PREVIEW, INGEST)) {
			this.graphQl.document(mutation)
				.variable("input", input(IngestionTests.TIANYOU))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
		}
		this.graphQl.document("mutation { mergeEntities(keep: \"province:jiangxi\", merge: \"province:hunan\") { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void theSameDocumentRunWithCredentialsIsStillRefusedWithout() {
		TestCredentials.authenticated(this.graphQl).document(PREVIEW).variable("input", input(IngestionTests.TIANYOU))
			.execute()
			.path("previewArticle.outcome").entity(String.class).isEqualTo("PREVIEW");
		this.graphQl.document(PREVIEW).variable("input", input(IngestionTests.TIANYOU)).execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
	}

	@Test
	void aPreviewThenACommitWhoseFactsTheQueriesFind() {
		var writer = TestCredentials.authenticated(this.graphQl);
		var before = GraphDump.of(this.neo4j);

		var preview = writer.document(PREVIEW).variable("input", input(IngestionTests.TIANYOU)).execute();
		preview.path("previewArticle.outcome").entity(String.class).isEqualTo("PREVIEW");
		preview.path("previewArticle.entities[?(@.match == 'company:dongguan-tianyou-semiconductor')].action")
			.entityList(String.class)
			.containsExactly("MATCH");
		preview.path("previewArticle.document.entities").entityList(Object.class).hasSizeGreaterThan(3);
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);

		var ingested = writer.document(INGEST).variable("input", input(IngestionTests.TIANYOU)).execute();
		ingested.path("ingestArticle.outcome").entity(String.class).isEqualTo("ADDED");
		String article = ingested.path("ingestArticle.article.id").entity(String.class).get();
		String project = ingested.path("ingestArticle.entities[?(@.kind == 'Project')].id")
			.entityList(String.class).get().get(0);

		this.graphQl.document("""
				query($id: ID!) {
				  project(id: $id) {
				    name
				    investors { investor { id } sources { evidence } }
				    reportedIn { article { id publisher } evidence }
				  }
				}
				""").variable("id", project).execute()
			.path("project.investors[*].investor.id").entityList(String.class)
			.contains("company:dongguan-tianyou-semiconductor")
			.path("project.reportedIn[0].article.id").entity(String.class).isEqualTo(article)
			.path("project.reportedIn[0].article.publisher").entity(String.class).isEqualTo("Example Wire");
	}

	/**
	 * A reviewer's rejections: the preview and the commit leave out the entities and relations named in
	 * {@code exclude}, a left-out entity with its relations, and an item the article does not have is refused.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void itemsLeftOutOfAReviewAreNotWritten() {
		var writer = TestCredentials.authenticated(this.graphQl);
		String report = """
				mutation($input: ArticleInput!) {
				  %s(input: $input) { outcome entities { ref kind id } relations { type from to toId } }
				}""";
		var preview = writer.document(report.formatted("previewArticle"))
			.variable("input", input(IngestionTests.TIANYOU))
			.execute();
		List<Map<String, Object>> entities = preview.path("previewArticle.entities").entityList(Map.class).get()
			.stream().map(e -> (Map<String, Object>) e).toList();
		List<Map<String, Object>> relations = preview.path("previewArticle.relations").entityList(Map.class).get()
			.stream().map(r -> (Map<String, Object>) r).toList();
		String project = entities.stream().filter(e -> e.get("kind").equals("Project")).findFirst().orElseThrow()
			.get("ref").toString();
		var located = relations.stream().filter(r -> r.get("type").equals("LOCATED_IN") && r.get("from").equals(project))
			.findFirst().orElseThrow();
		String locatedKey = project + " LOCATED_IN " + located.get("to");
		var sector = entities.stream().filter(e -> e.get("kind").equals("Sector")).findFirst();
		List<String> exclude = sector.isPresent() ? List.of(locatedKey, sector.get().get("ref").toString())
				: List.of(locatedKey);

		var before = GraphDump.of(this.neo4j);
		Map<String, Object> withRejections = Map.of("text", IngestionTests.TIANYOU, "name", "tianyou.txt", "exclude",
				exclude);
		var rejectedPreview = writer.document(report.formatted("previewArticle"))
			.variable("input", withRejections)
			.execute();
		rejectedPreview.path("previewArticle.relations[?(@.type == 'LOCATED_IN' && @.from == '" + project + "')]")
			.entityList(Object.class)
			.hasSize(0);
		if (sector.isPresent()) {
			rejectedPreview.path("previewArticle.entities[?(@.kind == 'Sector')]").entityList(Object.class).hasSize(0);
			rejectedPreview.path("previewArticle.relations[?(@.type == 'IN_SECTOR')]").entityList(Object.class).hasSize(0);
		}
		assertThat(GraphDump.of(this.neo4j)).as("a preview writes nothing").isEqualTo(before);

		var ingested = writer.document(report.formatted("ingestArticle")).variable("input", withRejections).execute();
		ingested.path("ingestArticle.outcome").entity(String.class).isEqualTo("ADDED");
		String projectId = ingested.path("ingestArticle.entities[?(@.kind == 'Project')].id")
			.entityList(String.class).get().get(0);
		assertThat(count("MATCH (:Project {id: '%s'})-[:LOCATED_IN]->() RETURN count(*)".formatted(projectId)))
			.as("the rejected location is not written").isZero();
		assertThat(count("MATCH (:Project {id: '%s'})<-[:INVESTS_IN]-() RETURN count(*)".formatted(projectId)))
			.as("what was kept is written").isPositive();

		writer.document(report.formatted("previewArticle"))
			.variable("input", Map.of("text", IngestionTests.TIANYOU, "exclude", List.of("e999", "e1 OWNS e2")))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST");
				assertThat(e.getMessage()).contains("e999").contains("e1 OWNS e2");
			}));
	}

	private static final String MINGYUAN = """
			---
			url: https://news.example.com/2024/06/mingyuan-anyuan
			title: 明远微电子功率芯片项目落户安源区
			publisher: 示例新闻
			published: 2024-06-18
			---
			6月15日，萍乡市安源区人民政府与明远微电子有限公司（Mingyuan Microelectronics Co., Ltd.）签订投资协议。
			明远微电子有限公司将在安源区投资12亿元建设明远功率芯片封装测试项目。
			""";

	@Test
	void aChineseArticleIsIngestedAndItsFactsFoundByChineseAndEnglishName() {
		var writer = TestCredentials.authenticated(this.graphQl);
		var preview = writer.document(PREVIEW).variable("input", Map.of("text", MINGYUAN, "name", "mingyuan.txt")).execute();
		preview.path("previewArticle.entities[?(@.kind == 'District')].match").entityList(String.class)
			.containsExactly("district:anyuan");
		preview.path("previewArticle.entities[?(@.kind == 'Project')].amount.value").entityList(Object.class).hasSize(1);
		preview.path("previewArticle.entities[?(@.kind == 'Project')].evidence.sentence").entityList(String.class)
			.containsExactly("明远微电子有限公司将在安源区投资12亿元建设明远功率芯片封装测试项目。");

		var ingested = writer.document(INGEST).variable("input", Map.of("text", MINGYUAN, "name", "mingyuan.txt")).execute();
		ingested.path("ingestArticle.outcome").entity(String.class).isEqualTo("ADDED");
		String company = ingested.path("ingestArticle.entities[?(@.kind == 'Company')].id").entityList(String.class).get().get(0);
		String project = ingested.path("ingestArticle.entities[?(@.kind == 'Project')].id").entityList(String.class).get().get(0);
		// a node named only in Chinese has an id in pinyin, readable and not made of digits alone
		assertThat(project).isEqualTo("project:ming-yuan-gong-lv-xin-pian-feng-zhuang-ce-shi-xiang-mu");

		String search = "query($text: String!) { search(text: $text) { entity { id } } }";
		for (String name : List.of("明远微电子有限公司", "Mingyuan Microelectronics")) {
			this.graphQl.document(search).variable("text", name).execute()
				.path("search[*].entity.id").entityList(String.class).contains(company);
		}
		this.graphQl.document(search).variable("text", "明远功率芯片封装测试项目").execute()
			.path("search[*].entity.id").entityList(String.class).contains(project);
		this.graphQl.document(search).variable("text", "安源区").execute()
			.path("search[*].entity.id").entityList(String.class).contains("district:anyuan");
		assertThat(one("MATCH (c:Entity {id: $id}) RETURN c.name AS name, c.nameZh AS nameZh", Map.of("id", company)))
			.containsEntry("name", "Mingyuan Microelectronics Co., Ltd.")
			.containsEntry("nameZh", "明远微电子有限公司");
	}

	private static final String SMIC_EN = """
			---
			url: https://news.example.com/2024/03/smic-beijing-fab
			title: SMIC to build a 12-inch fab in Beijing
			publisher: Example News
			published: 2024-03-02
			---
			Semiconductor Manufacturing International Corporation (SMIC) will build a 12-inch wafer fab in Beijing, the
			company said on Friday.
			""";

	private static final String SMIC_ZH = """
			---
			url: https://news.example.com/2024/04/smic-shenzhen-zh
			title: 中芯国际深圳项目签约
			publisher: 示例新闻
			published: 2024-04-10
			---
			4月8日，深圳市人民政府与中芯国际集成电路制造有限公司签订投资协议。
			中芯国际集成电路制造有限公司将在深圳投资建设12英寸晶圆生产线项目。
			""";

	@Test
	void aKnownFirmNamedInChineseIsTheNodeAnEnglishArticleMadeAndIsFoundByBothNames() {
		var writer = TestCredentials.authenticated(this.graphQl);
		String smic = writer.document(INGEST).variable("input", Map.of("text", SMIC_EN, "name", "smic-en.txt")).execute()
			.path("ingestArticle.entities[?(@.kind == 'Company')].id").entityList(String.class).get().get(0);
		assertThat(one("MATCH (c:Entity {id: $id}) RETURN c.name AS name, c.nameZh AS nameZh", Map.of("id", smic)))
			.containsEntry("name", "SMIC")
			.containsEntry("nameZh", "中芯国际");
		var preview = writer.document(PREVIEW).variable("input", Map.of("text", SMIC_ZH, "name", "smic-zh.txt")).execute();
		preview.path("previewArticle.entities[?(@.kind == 'Company')].match").entityList(String.class)
			.containsExactly(smic);
		var ingested = writer.document(INGEST).variable("input", Map.of("text", SMIC_ZH, "name", "smic-zh.txt")).execute();
		ingested.path("ingestArticle.entities[?(@.kind == 'Company')].id").entityList(String.class).containsExactly(smic);
		assertThat(count("MATCH (c:Company) WHERE c.name = 'SMIC' OR c.nameZh STARTS WITH '中芯国际' RETURN count(c)")).isOne();
		String search = "query($text: String!) { search(text: $text) { entity { id } } }";
		for (String name : List.of("中芯国际", "中芯国际集成电路制造有限公司", "SMIC")) {
			this.graphQl.document(search).variable("text", name).execute()
				.path("search[*].entity.id").entityList(String.class).contains(smic);
		}
	}

	@Test
	void aMergeOverGraphQlIsUndoneOverGraphQl() {
		var writer = TestCredentials.authenticated(this.graphQl);
		var before = GraphDump.of(this.neo4j);
		String id = writer.document("""
				mutation { mergeEntities(keep: "university:peking-university", merge: "university:university-of-california-berkeley") {
				  id keptId mergedId kept { id ... on Entity { aliases } } } }
				""").execute()
			.path("mergeEntities.kept.aliases").entityList(String.class).contains("University of California, Berkeley")
			.path("mergeEntities.id").entity(String.class).get();
		this.graphQl.document("{ node(id: \"university:university-of-california-berkeley\") { id } }").execute()
			.path("node").valueIsNull();
		this.graphQl.document("{ merges(entity: \"university:peking-university\") { id undoneAt } }").execute()
			.path("merges[0].id").entity(String.class).isEqualTo(id);

		writer.document("mutation($id: ID!) { undoMerge(id: $id) { undoneAt } }").variable("id", id).execute()
			.path("undoMerge.undoneAt").hasValue();
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void anArticleWithoutADateIsAClearClientError() {
		var before = GraphDump.of(this.neo4j);
		TestCredentials.authenticated(this.graphQl)
			.document(PREVIEW)
			.variable("input", Map.of("text", "A fab was signed in Wuhan this April.", "name", "wuhan.txt"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getMessage()).contains("wuhan.txt", "no publication date");
				assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);
	}

}
