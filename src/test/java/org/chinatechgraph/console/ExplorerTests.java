package org.chinatechgraph.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.support.TestCredentials;
import org.chinatechgraph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer at /, used as a person would in headless Chromium: the map coloured by the data, a click on a
 * province listing its projects, the filters, the timeline and organizations, search, an entity page with its
 * sentences, and an article reviewed and committed that then shows on the map. No console errors anywhere. Each
 * test prints the page's own timings (first paint, each view's data request) from the Performance API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.neo4j.uri=", "ctg.embedded.bolt-port=0" })
@SystemTest
class ExplorerTests {

	private static final Path DATA = TestDatabase.newDataDirectory("explorer");

	/** Zhejiang's and Jiangxi's centres on the map (their capitals, as the map's data gives them). */
	private static final double[] ZHEJIANG = { 120.153576, 30.287459 };

	private static final String ARTICLE = """
			Dongguang Tianyou Semiconductor Co., Ltd. signed an agreement on March 16 to build a Mini LED packaging \
			project in Anyuan District, Pingxiang City, Jiangxi Province.
			The Mini LED packaging project has a total investment of 1.2 billion yuan and will be built in two phases.
			Dongguang Tianyou Semiconductor will invest 1.2 billion yuan in the project, which is expected to start \
			production next year.
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	FactLoader loader;

	@Autowired
	Neo4jConnectionDetails database;

	private int boltPort;

	@BeforeEach
	void boltPort() {
		this.boltPort = this.database.getUri().getPort();
	}

	private Chromium chromium;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("ctg.embedded.data-dir", DATA::toString);
		for (String setting : TestCredentials.settings()) {
			int eq = setting.indexOf('=');
			registry.add(setting.substring(0, eq), () -> setting.substring(eq + 1));
		}
	}

	@AfterEach
	void close() {
		if (this.chromium != null) {
			try {
				// the explorer's own errors; Neo4j Browser, opened from an entity page, fails to reach the internet
				assertThat(this.chromium.consoleErrors()).as("console errors")
					.filteredOn(message -> !BrowserTests.BROWSER_OWN_REQUESTS.matcher(message).matches()
							&& !BrowserTests.boltPortLook(message, this.boltPort))
					.isEmpty();
			}
			finally {
				this.chromium.close();
				this.chromium = null;
			}
		}
	}

	private Chromium open(String path) {
		this.chromium = Chromium.start();
		this.chromium.open("http://127.0.0.1:" + this.port + path);
		return this.chromium;
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.chromium.driver()).executeScript(script, args);
	}

	private void waitForMap() {
		this.chromium.waitFor(30, "the map's data", d -> this.chromium.find("#map-panel").getDomAttribute("data-loaded") != null
				&& "false".equals(this.chromium.find("#map-panel").getDomAttribute("aria-busy")));
	}

	/** The map's table: place id to [value, colour], as the page drew them. */
	private Map<String, String[]> mapRows() {
		// read in one script, as the table may be drawn anew at any time
		@SuppressWarnings("unchecked")
		List<List<String>> found = (List<List<String>>) js("return [...document.querySelectorAll('#map-table tbody tr')]"
				+ ".map(r => [r.dataset.place, r.dataset.value, r.dataset.colour]);");
		Map<String, String[]> rows = new LinkedHashMap<>();
		found.forEach(row -> rows.put(row.get(0), new String[] { row.get(1), row.get(2) }));
		return rows;
	}

	@Test
	void theMapIsColouredByTheDataAndAClickListsAProvincesProjects() {
		open("/");
		waitForMap();
		Map<String, String[]> rows = mapRows();
		Map<String, Object> zhejiang = this.neo4j.query("""
				MATCH (p:Province {id: 'province:zhejiang'})<-[:LOCATED_IN|PART_OF*1..8]-(n:Project)
				WITH DISTINCT n RETURN count(n) AS projects, sum(n.investmentCny) AS cny""").fetch().one().orElseThrow();
		assertThat(rows).containsKey("province:zhejiang");
		assertThat(Double.parseDouble(rows.get("province:zhejiang")[0]))
			.isEqualTo(((Number) zhejiang.get("cny")).doubleValue());
		assertColoursFollowValues(rows);

		// colour by project count: the values are the counts
		this.chromium.find("input[name=measure][value=count]").click();
		this.chromium.waitFor(30, "the map by count", d -> {
			var r = mapRows().get("province:zhejiang");
			return r != null && r[0].equals(String.valueOf(zhejiang.get("projects")));
		});
		assertColoursFollowValues(mapRows());

		// a click on Zhejiang, where the map draws it
		WebElement map = this.chromium.find("#map");
		js("arguments[0].scrollIntoView({block: 'center'});", map);
		@SuppressWarnings("unchecked")
		List<Number> pixel = (List<Number>) js(
				"return window.ctgCharts.map.convertToPixel({seriesIndex: 0}, arguments[0]);", List.of(ZHEJIANG[0], ZHEJIANG[1]));
		int x = (int) Math.round(pixel.get(0).doubleValue() - map.getSize().getWidth() / 2.0);
		int y = (int) Math.round(pixel.get(1).doubleValue() - map.getSize().getHeight() / 2.0);
		new Actions(this.chromium.driver()).moveToElement(map, x, y).click().perform();
		this.chromium.waitFor(30, "Zhejiang's projects", d -> "province:zhejiang"
			.equals(this.chromium.find("#place-projects").getDomAttribute("data-place")));
		assertThat(this.chromium.find("#place-title").getText()).isEqualTo("Projects in Zhejiang");
		List<String> listed = this.chromium.findAll("#place-projects li a").stream().map(WebElement::getText).toList();
		assertThat(listed).hasSize(((Number) zhejiang.get("projects")).intValue())
			.contains("Jiaxing IC advanced packaging and testing project");
		// and the map opens Zhejiang's cities
		this.chromium.waitFor(30, "Zhejiang's cities", d -> this.chromium.find("#map-title").getText().startsWith("Zhejiang"));
		waitForMap();
		assertThat(mapRows()).containsKey("city:jiaxing");
		this.chromium.screenshot("explorer-zhejiang");

		// the sector filter narrows the map
		this.chromium.find("#map-back").click();
		new Select(this.chromium.find("#sector")).selectByValue("sector:led");
		this.chromium.waitFor(30, "the LED projects' map", d -> !mapRows().containsKey("province:zhejiang"));
		Map<String, Object> led = this.neo4j.query("""
				MATCH (:Sector {id: 'sector:led'})<-[:IN_SECTOR]-(n:Project)-[:LOCATED_IN|PART_OF*1..8]->(p:Province)
				RETURN collect(DISTINCT p.id) AS provinces""").fetch().one().orElseThrow();
		assertThat(mapRows().keySet()).containsExactlyInAnyOrderElementsOf((List<String>) led.get("provinces"));
		printTimings("map");
	}

	/**
	 * Beijing's districts lie directly under it: its map is one of districts, joined to the graph's districts by code,
	 * and a district in the map's table lists its projects.
	 */
	@Test
	void aMunicipalityOpensAMapOfItsDistricts() {
		String source = "article:explorer-beijing-test";
		this.loader.load("""
				{"source": {"id": "%s", "kind": "news", "title": "Two Beijing labs", "publishedOn": "2024-03-01"},
				 "nodes": [
				   {"id": "district:haidian", "label": "District"}, {"id": "district:chaoyang-beijing", "label": "District"},
				   {"id": "project:explorer-haidian-lab", "label": "Project", "name": "Explorer Haidian AI Lab", "year": 2024,
				    "investment": {"amount": 500000000, "currency": "CNY"}},
				   {"id": "project:explorer-chaoyang-lab", "label": "Project", "name": "Explorer Chaoyang Chip Lab", "year": 2024,
				    "investment": {"amount": 100000000, "currency": "CNY"}}
				 ],
				 "relationships": [
				   {"type": "LOCATED_IN", "from": "project:explorer-haidian-lab", "to": "district:haidian", "evidence": ["In Haidian."]},
				   {"type": "LOCATED_IN", "from": "project:explorer-chaoyang-lab", "to": "district:chaoyang-beijing", "evidence": ["In Chaoyang."]}
				 ]}""".formatted(source).getBytes(StandardCharsets.UTF_8), "explorer-beijing.json");
		try {
			open("/");
			waitForMap();
			assertThat(mapRows()).containsKey("province:beijing");
			// the table's button, as a keyboard user would
			this.chromium.find("#map-panel details summary").click();
			this.chromium.find("#map-table tr[data-place='province:beijing'] button").click();
			this.chromium.waitFor(30, "Beijing's districts", d -> this.chromium.find("#map-title").getText()
				.equals("Beijing: investment by district"));
			waitForMap();
			Map<String, String[]> rows = mapRows();
			assertThat(rows.keySet()).containsExactlyInAnyOrder("district:haidian", "district:chaoyang-beijing");
			assertThat(Double.parseDouble(rows.get("district:haidian")[0])).isEqualTo(5.0e8);
			assertColoursFollowValues(rows);
			@SuppressWarnings("unchecked")
			List<String> drawn = (List<String>) js("return window.ctgCharts.map.getOption().series[0].data"
					+ ".filter(d => d.place).map(d => d.place.id);");
			assertThat(drawn).as("every district of the map is a place of the graph").hasSizeGreaterThanOrEqualTo(16)
				.contains("district:haidian", "district:chaoyang-beijing");
			this.chromium.screenshot("explorer-beijing");
			this.chromium.find("#map-table tr[data-place='district:haidian'] button").click();
			this.chromium.waitFor(30, "Haidian's projects", d -> "district:haidian"
				.equals(this.chromium.find("#place-projects").getDomAttribute("data-place")));
			assertThat(this.chromium.findAll("#place-projects li a").stream().map(WebElement::getText).toList())
				.containsExactly("Explorer Haidian AI Lab");
		}
		finally {
			this.loader.retract(source);
		}
	}

	/** A larger value is drawn no lighter than a smaller one, and the largest and smallest differ when their values do. */
	private static void assertColoursFollowValues(Map<String, String[]> rows) {
		List<double[]> points = new ArrayList<>();
		rows.values().forEach(r -> points.add(new double[] { Double.parseDouble(r[0]), lightness(r[1]) }));
		points.sort((a, b) -> Double.compare(a[0], b[0]));
		assertThat(points).as("places on the map with data").hasSizeGreaterThan(1);
		for (int i = 1; i < points.size(); i++) {
			assertThat(points.get(i)[1]).as("lightness at value " + points.get(i)[0])
				.isLessThanOrEqualTo(points.get(i - 1)[1] + 1e-6);
		}
		if (points.getFirst()[0] < points.getLast()[0]) {
			assertThat(points.getLast()[1]).isLessThan(points.getFirst()[1]);
		}
	}

	/** The lightness (0 to 1) of a CSS colour as ECharts gives it: #rrggbb or rgb(a)(r, g, b, ...). */
	private static double lightness(String colour) {
		int r;
		int g;
		int b;
		if (colour.startsWith("#")) {
			r = Integer.parseInt(colour.substring(1, 3), 16);
			g = Integer.parseInt(colour.substring(3, 5), 16);
			b = Integer.parseInt(colour.substring(5, 7), 16);
		}
		else {
			String[] parts = colour.replaceAll("[^0-9.,]", "").split(",");
			r = (int) Double.parseDouble(parts[0]);
			g = (int) Double.parseDouble(parts[1]);
			b = (int) Double.parseDouble(parts[2]);
		}
		return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
	}

	@Test
	void theTimelineAndTheOrganizationsShowTheGraph() {
		open("/");
		this.chromium.waitFor(30, "the timeline", d -> !this.chromium.findAll("#timeline-table tbody tr").isEmpty());
		this.chromium.waitFor(30, "the organizations", d -> !this.chromium.findAll("#top-investors li a").isEmpty()
				&& !this.chromium.findAll("#top-connected li a").isEmpty());
		assertThat(this.chromium.find("#timeline-table tbody").getDomProperty("textContent")).contains("2020-07");
		assertThat(this.chromium.findAll("#top-investors li a").getFirst().getText())
			.isEqualTo("Dongguan Tianyou Semiconductor");
		String mostConnected = this.neo4j.query("""
				MATCH (o:Organization)-[:INVESTS_IN|DEVELOPS]->(p:Project)
				WITH o, count(DISTINCT p) AS projects ORDER BY projects DESC, o.name, o.id LIMIT 1
				RETURN o.name AS name""").fetchAs(String.class).one().orElseThrow();
		assertThat(this.chromium.findAll("#top-connected li a").getFirst().getText())
			.as("the organization linked to the most projects").isEqualTo(mostConnected);
		assertThat(this.chromium.find("#counts").isDisplayed()).as("the landing page's counts stay").isTrue();
		waitForMap();
		this.chromium.screenshot("explorer");
		printTimings("overview");
	}

	@Test
	void searchFindsByNameAndChineseNameGroupedByKind() {
		open("/");
		WebElement box = this.chromium.find("#search-text");
		box.sendKeys("Tianyou", Keys.ENTER);
		this.chromium.waitFor(30, "the results", d -> !this.chromium.findAll("#search-results section").isEmpty());
		assertThat(this.chromium.find("#search-results section[data-kind=Organization]").getText())
			.contains("Dongguan Tianyou Semiconductor");
		this.chromium.screenshot("explorer-search");
		box = this.chromium.find("#search-text");
		box.clear();
		box.sendKeys("东旭集团", Keys.ENTER);
		this.chromium.waitFor(30, "the Chinese name's results", d -> this.chromium.find("#search-results").getText()
			.contains("Tunghsu Group"));
		// keyboard: a result is a link; Enter on it opens its page
		this.chromium.find("#search-results a").sendKeys(Keys.ENTER);
		this.chromium.waitFor(30, "the entity page", d -> this.chromium.find("#entity-title").getText().equals("Tunghsu Group"));
		printTimings("search");
	}

	@Test
	void anEntityPageShowsItsFactsWithTheirSentences() {
		open("/#/entity/" + "company:dongguan-tianyou-semiconductor");
		this.chromium.waitFor(30, "the relationships", d -> !this.chromium.findAll("#relations li.evidence").isEmpty());
		assertThat(this.chromium.find("#entity-title").getText()).isEqualTo("Dongguan Tianyou Semiconductor");
		WebElement sentence = this.chromium.findAll("#relations q.sentence").stream()
			.filter(q -> q.getText().contains("800-million-yuan"))
			.findFirst()
			.orElseThrow();
		assertThat(sentence.findElements(By.tagName("mark")).stream().map(WebElement::getText))
			.as("the names highlighted").anySatisfy(mark -> assertThat(mark).contains("Tianyou"));
		assertThat(this.chromium.find("#relations").getText()).contains("Invests in").contains("Partners");
		assertThat(this.chromium.find("#open-graphiql").getDomAttribute("href")).startsWith("graphiql/?query=");
		assertThat(this.chromium.find("#open-browser").getDomAttribute("href")).startsWith("browser/?")
			.contains("cmd=edit");
		assertThat(this.chromium.find("#neighbourhood canvas").isDisplayed()).isTrue();
		this.chromium.screenshot("explorer-entity");
		// every relationship links to the other node's page
		this.chromium.findAll("#relations a.entity-link").stream()
			.filter(a -> a.getText().equals("Anyuan District Government"))
			.findFirst()
			.orElseThrow()
			.click();
		this.chromium.waitFor(30, "the other page", d -> this.chromium.find("#entity-title").getText()
			.equals("Anyuan District Government") && !this.chromium.findAll("#relations li").isEmpty());
		printTimings("entity");
	}

	/** "Open in GraphiQL" opens the entity page's queries, filled in, and they run; "Open in Neo4j Browser" its Cypher. */
	@Test
	void theEntityPageOpensItsQueriesInGraphiQlAndNeo4jBrowser() {
		String id = "company:dongguan-tianyou-semiconductor";
		open("/#/entity/" + id);
		this.chromium.waitFor(30, "the entity page", d -> !this.chromium.findAll("#open-graphiql").isEmpty());
		String browser = this.chromium.find("#open-browser").getDomProperty("href");
		this.chromium.find("#open-graphiql").click();
		this.chromium.waitFor(30, "the query in GraphiQL's editor", d -> !this.chromium.findAll(".graphiql-query-editor").isEmpty()
				&& this.chromium.find(".graphiql-query-editor").getText().contains("The entity page of " + id));
		this.chromium.find(".graphiql-execute-button").click();
		// the document holds two operations: GraphiQL asks which to run
		this.chromium.waitFor(10, "the operations to choose from", d -> !this.chromium.findAll("[role='menuitem']").isEmpty());
		this.chromium.findAll("[role='menuitem']").getFirst().click();
		String result = this.chromium.waitFor(30, "the answer", d -> {
			String text = this.chromium.find(".result-window").getText();
			return text.contains("\"data\"") ? text : null;
		});
		assertThat(result).contains("\"id\": \"" + id + "\"").contains("Dongguan Tianyou Semiconductor")
			.doesNotContain("\"errors\"");
		this.chromium.screenshot("explorer-open-in-graphiql");

		this.chromium.open(browser);
		this.chromium.waitFor(60, "the Cypher in Browser's editor, connected", d -> d.getTitle().contains("bolt://")
				&& this.chromium.find("body").getText().contains("MATCH (n:Entity|Article {id: \"" + id + "\"})"));
		this.chromium.waitFor(30, "Browser's connection status", d -> this.chromium.find("body").getText()
			.contains("You are connected as user browser"));
		this.chromium.screenshot("explorer-open-in-browser");
	}

	@Test
	void aReviewedArticleIsCommittedAndShowsOnTheMap() {
		open("/#/review");
		this.chromium.waitFor(30, "the review form", d -> this.chromium.find("#article-text").isDisplayed());
		this.chromium.find("#api-key").sendKeys(TestCredentials.API_KEY);
		this.chromium.find("#article-url").sendKeys("https://news.example.com/explorer-review-test");
		this.chromium.find("#article-title").sendKeys("Tianyou adds a Mini LED line in Anyuan");
		js("arguments[0].value = '2021-03-18';", this.chromium.find("#article-date"));
		js("arguments[0].value = arguments[1];", this.chromium.find("#article-text"), ARTICLE);
		long projectsBefore = projectsIn("province:jiangxi");
		this.chromium.find("#preview").click();
		this.chromium.waitFor(60, "the preview", d -> !this.chromium.findAll("#review-entities li").isEmpty());
		assertThat(this.chromium.findAll("#article-view mark")).as("entities marked in the text").isNotEmpty();
		assertThat(this.chromium.find("#review-entities").getText()).contains("matched");
		assertThat(projectsIn("province:jiangxi")).as("nothing written by a preview").isEqualTo(projectsBefore);
		// reject one relation that does not place the project, keep the rest
		WebElement relation = this.chromium.findAll("#review-relations li").stream()
			.filter(li -> !li.getDomAttribute("data-key").matches(".* (LOCATED_IN|PART_OF) .*"))
			.findFirst()
			.orElseThrow();
		String rejected = relation.getDomAttribute("data-key");
		relation.findElement(By.cssSelector("input[type=checkbox]")).click();
		js("document.getElementById('review-result-title').scrollIntoView()");
		this.chromium.screenshot("explorer-review");
		this.chromium.find("#commit").click();
		this.chromium.waitFor(60, "the commit", d -> !this.chromium.findAll("#committed-map").isEmpty());
		assertThat(this.chromium.find("#review-message").getText()).startsWith("Committed: added").contains("1 item left out");
		assertThat(projectsIn("province:jiangxi")).isEqualTo(projectsBefore + 1);
		assertThat(rejected).isNotBlank();
		this.chromium.find("#committed-map").click();
		waitForMap();
		this.chromium.waitFor(30, "Jiangxi's new total", d -> {
			var jiangxi = mapRows().get("province:jiangxi");
			return jiangxi != null && Double.parseDouble(jiangxi[0]) >= 1.2e9;
		});
		printTimings("review");
	}

	/**
	 * A file dropped on the form is read into it; a project the graph already has under the same name, elsewhere,
	 * is "to review", and merging it into that node on commit leaves one project with the article's facts.
	 */
	@Test
	void aDroppedArticlesItemToReviewIsMergedIntoTheNodeChosen() {
		String source = "article:explorer-merge-test";
		String existing = "project:explorer-laser-chip-wuhan";
		String url = "https://news.example.com/explorer-merge-test";
		this.loader.load("""
				{"source": {"id": "%s", "kind": "news", "title": "A laser chip line in Wuhan", "publishedOn": "2023-01-05"},
				 "nodes": [
				   {"id": "city:wuhan", "label": "City"},
				   {"id": "%s", "label": "Project", "name": "Laser chip project", "year": 2023}
				 ],
				 "relationships": [
				   {"type": "LOCATED_IN", "from": "%s", "to": "city:wuhan", "evidence": ["In Wuhan."]}
				 ]}""".formatted(source, existing, existing).getBytes(StandardCharsets.UTF_8),
				"explorer-merge.json");
		try {
			open("/#/review");
			this.chromium.waitFor(30, "the review form", d -> this.chromium.find("#article-text").isDisplayed());
			this.chromium.find("#api-key").sendKeys(TestCredentials.API_KEY);
			this.chromium.find("#article-url").sendKeys(url);
			this.chromium.find("#article-title").sendKeys("Lumora Photonics builds a laser chip line in Xishan");
			// a page that gives only the month of its story: typed as such, kept as such
			this.chromium.find("#article-date").sendKeys("2024-05");
			// a drop, as the browser makes one from a file dragged onto the page
			js("""
					const data = new DataTransfer();
					data.items.add(new File([arguments[1]], 'laser-chip.md', {type: 'text/markdown'}));
					arguments[0].dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));""",
					this.chromium.find("#drop"), LASER_CHIP);
			this.chromium.waitFor(30, "the file read", d -> this.chromium.find("#review-message").getText()
				.startsWith("Read laser-chip.md"));
			assertThat(this.chromium.find("#article-text").getDomProperty("value")).isEqualTo(LASER_CHIP);

			this.chromium.find("#preview").click();
			this.chromium.waitFor(60, "the preview", d -> !this.chromium.findAll("#review-entities li").isEmpty());
			WebElement project = this.chromium.findAll("#review-entities li").stream()
				.filter(li -> li.getText().contains("laser chip project"))
				.findFirst()
				.orElseThrow();
			assertThat(project.getDomAttribute("data-action")).as("a project of that name elsewhere").isEqualTo("REVIEW");
			new Select(project.findElement(By.cssSelector("select"))).selectByValue(existing);
			this.chromium.find("#commit").click();
			this.chromium.waitFor(60, "the commit", d -> !this.chromium.findAll("#committed-map").isEmpty());
			// the article only describes its project: it is named after its firm and district, the description kept
			assertThat(this.chromium.find("#review-message").getText())
				.contains("merged Lumora Photonics laser chip project in Xishan District into " + existing);

			Map<String, Object> after = this.neo4j.query("""
					MATCH (p:Project {id: $id})
					RETURN COUNT { MATCH (q:Project) WHERE toLower(q.name) = 'laser chip project' } AS named,
					       [(p)-[:LOCATED_IN]->(l) | l.id] AS places,
					       [(p)-[:REPORTED_IN]->(a:Article) | a.url] AS articles,
					       [(p)-[:REPORTED_IN]->(a:Article) WHERE a.url = $url | a.publishedOn] AS published""")
				.bind(existing).to("id").bind(url).to("url")
				.fetch().one().orElseThrow();
			assertThat(after.get("named")).as("one project of that name").isEqualTo(1L);
			assertThat((List<String>) after.get("places")).contains("city:wuhan", "district:xishan-wuxi");
			assertThat((List<String>) after.get("articles")).contains(url);
			assertThat((List<String>) after.get("published")).containsExactly("2024-05");
		}
		finally {
			this.neo4j.query("MATCH (a:Article {url: $url}) RETURN a.id AS id").bind(url).to("url").fetchAs(String.class)
				.one().ifPresent(this.loader::retract);
			this.loader.retract(source);
		}
	}

	private static final String LASER_CHIP = """
			Lumora Photonics Co., Ltd. signed an agreement on May 8 to build a laser chip project in Xishan District, \
			Wuxi City, Jiangsu Province.
			The laser chip project has a total investment of 600 million yuan.
			""";

	private long projectsIn(String province) {
		return this.neo4j.query("""
				MATCH (:Province {id: $province})<-[:LOCATED_IN|PART_OF*1..8]-(n:Project) RETURN count(DISTINCT n)""")
			.bind(province)
			.to("province")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	/** Prints first paint and each data request the page timed (measures named data:<view>), in ms. */
	@SuppressWarnings("unchecked")
	private void printTimings(String test) {
		var entries = (List<Map<String, Object>>) js("""
				return [...performance.getEntriesByType('paint'), ...performance.getEntriesByType('measure')]
				  .map(e => ({name: e.name, start: e.startTime, duration: e.duration}));""");
		StringBuilder line = new StringBuilder("Explorer timings (" + test + "):");
		for (var e : entries) {
			double ms = ((Number) (e.get("name").toString().startsWith("data:") ? e.get("duration") : e.get("start")))
				.doubleValue();
			line.append(' ').append(e.get("name")).append('=').append(Math.round(ms)).append("ms");
		}
		System.out.println(line);
	}

}
