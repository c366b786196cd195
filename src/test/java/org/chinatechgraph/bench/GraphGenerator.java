package org.chinatechgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a synthetic graph with this domain's shape as fact files the service's loader takes: every province,
 * cities and districts nested in them, parks in districts, firms and institutes clustered by province (they
 * partner mostly within their cluster, sometimes across the country), and projects in parks or districts, each
 * in a sector, developed by a local firm and financed by a few investors drawn from a skewed distribution (a few
 * firms invest everywhere). The same scale and seed always give the same files, byte for byte.
 *
 * <p>Run: {@code bench/generate.sh --scale small|medium|large [--seed n] [--out dir]}; any count can be
 * overridden ({@code --projects 100000}).
 */
public final class GraphGenerator {

	/** The provinces with their GB/T 2260 codes, and a weight for how many projects land in each. */
	private static final Object[][] PROVINCES = { { "Guangdong", "440000", 10 }, { "Jiangsu", "320000", 9 },
			{ "Zhejiang", "330000", 7 }, { "Shandong", "370000", 6 }, { "Shanghai", "310000", 5 },
			{ "Beijing", "110000", 5 }, { "Hubei", "420000", 4 }, { "Sichuan", "510000", 4 }, { "Anhui", "340000", 4 },
			{ "Henan", "410000", 3 }, { "Hunan", "430000", 3 }, { "Fujian", "350000", 3 }, { "Jiangxi", "360000", 2 },
			{ "Shaanxi", "610000", 2 }, { "Chongqing", "500000", 2 }, { "Tianjin", "120000", 2 }, { "Hebei", "130000", 2 },
			{ "Liaoning", "210000", 2 }, { "Guangxi", "450000", 1 }, { "Yunnan", "530000", 1 }, { "Guizhou", "520000", 1 },
			{ "Shanxi", "140000", 1 }, { "Jilin", "220000", 1 }, { "Heilongjiang", "230000", 1 },
			{ "Inner Mongolia", "150000", 1 }, { "Xinjiang", "650000", 1 }, { "Gansu", "620000", 1 },
			{ "Hainan", "460000", 1 }, { "Ningxia", "640000", 1 }, { "Qinghai", "630000", 1 }, { "Tibet", "540000", 1 },
			{ "Hong Kong", "810000", 1 }, { "Macao", "820000", 1 }, { "Taiwan", "710000", 1 } };

	private static final String[] SYLLABLES = { "an", "bao", "chang", "cheng", "da", "de", "dong", "fu", "guang", "hai",
			"han", "he", "hong", "hua", "jia", "jin", "kai", "long", "ming", "nan", "ning", "ping", "qing", "rui", "sheng",
			"shi", "tai", "tian", "tong", "wei", "wen", "xin", "xing", "yang", "yi", "yong", "yuan", "yue", "zhong", "zhi",
			"hui", "feng", "lian", "mei", "ke", "rong", "xiang", "chen" };

	private static final String[] COMPANY_KINDS = { "Semiconductor", "Microelectronics", "Technology", "Electronics",
			"Optoelectronics", "New Energy", "Intelligent Equipment", "Materials", "Precision Manufacturing",
			"Display", "Battery", "Robotics" };

	private static final String[] INSTITUTE_KINDS = { "Institute of Microelectronics", "Institute of Advanced Materials",
			"Institute of Automation", "Research Institute of Integrated Circuits", "Laboratory of Photonics" };

	private static final String[] PROJECT_KINDS = { "production line", "R&D center", "industrial base", "packaging and testing plant",
			"wafer fab", "innovation center", "manufacturing base" };

	private static final String[] STATUSES = { "announced", "signed", "under construction", "in production", "planned" };

	private static final int CLUSTER = 40;

	private final BenchScale scale;

	private final SplittableRandom random;

	/** Draws for batches alone, so that adding them leaves every other draw, and so the rest of the graph, as it was. */
	private final SplittableRandom batchRandom;

	private final JsonMapper json = JsonMapper.builder().build();

	// places
	private final String[] provinceIds;

	private final int[] provinceWeights;

	private int weightTotal;

	private final List<List<Integer>> provinceCities = new ArrayList<>();

	private final List<List<Integer>> cityDistricts = new ArrayList<>();

	private final List<List<Integer>> provinceParks = new ArrayList<>();

	private final String[] cityIds;

	private final String[] cityNames;

	private final String[] districtIds;

	private final int[] districtProvince;

	private final String[] parkIds;

	// organizations: companies first, then institutions
	private final String[] orgIds;

	private final String[] orgNames;

	private final String[] orgLabels;

	private final int[] orgProvince;

	private final List<List<Integer>> provinceCompanies = new ArrayList<>();

	private List<String> sectorIds;

	private final Set<String> usedSlugs = new HashSet<>();

	private long nodes;

	private long relationships;

	private long mentions;

	private int files;

	public GraphGenerator(BenchScale scale, long seed) {
		scale.check();
		this.scale = scale;
		this.random = new SplittableRandom(seed);
		this.batchRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
		this.provinceIds = new String[scale.provinces()];
		this.provinceWeights = new int[scale.provinces()];
		this.cityIds = new String[scale.cities()];
		this.cityNames = new String[scale.cities()];
		this.districtIds = new String[scale.districts()];
		this.districtProvince = new int[scale.districts()];
		this.parkIds = new String[scale.parks()];
		this.orgIds = new String[scale.organizations()];
		this.orgNames = new String[scale.organizations()];
		this.orgLabels = new String[scale.organizations()];
		this.orgProvince = new int[scale.organizations()];
	}

	/** What was written. */
	public record Summary(int files, long nodes, long relationships, long mentions) {
	}

	public static void main(String[] args) {
		BenchmarkException.run("generate", () -> {
			var options = new BenchArgs(args, Set.of("scale", "seed", "out", "provinces", "cities", "districts",
					"parks", "companies", "institutions", "projects", "per-file"));
			var scale = BenchScale.from(options);
			long seed = options.number("seed", 42);
			Path out = Path.of(options.string("out", "target/bench/facts-" + scale.name()));
			long start = System.nanoTime();
			System.out.println("Generating " + scale + ", seed " + seed + ", into " + out);
			var summary = new GraphGenerator(scale, seed).write(out);
			System.out.printf(Locale.ROOT, "Wrote %d files: %,d nodes, %,d relationships, %,d mentions (REPORTED_IN) in %.1f s%n",
					summary.files(), summary.nodes(), summary.relationships(), summary.mentions(),
					(System.nanoTime() - start) / 1e9);
		});
	}

	/** Writes the fact files into {@code dir}, which must be empty or absent; file names sort in load order. */
	public Summary write(Path dir) throws IOException {
		Files.createDirectories(dir);
		try (var existing = Files.list(dir)) {
			if (existing.anyMatch(p -> p.toString().endsWith(".json"))) {
				throw new BenchmarkException("output directory " + dir + " already holds fact files; give an empty one");
			}
		}
		places(dir);
		sectors(dir);
		parks(dir);
		organizations(dir);
		programs(dir);
		projects(dir);
		return new Summary(this.files, this.nodes, this.relationships, this.mentions);
	}

	private void places(Path dir) throws IOException {
		var file = new FileBuilder("source:bench-places", "reference", "Synthetic administrative divisions", null);
		for (int p = 0; p < this.scale.provinces(); p++) {
			String name = (String) PROVINCES[p][0];
			this.provinceIds[p] = "province:" + slug(name);
			this.provinceWeights[p] = (Integer) PROVINCES[p][2];
			this.weightTotal += this.provinceWeights[p];
			this.provinceCities.add(new ArrayList<>());
			this.provinceParks.add(new ArrayList<>());
			this.provinceCompanies.add(new ArrayList<>());
			file.node(this.provinceIds[p], "Province", name, Map.of("code", PROVINCES[p][1], "level", "province"));
		}
		for (int c = 0; c < this.scale.cities(); c++) {
			int p = c % this.scale.provinces();
			var cities = this.provinceCities.get(p);
			String name = placeName();
			this.cityIds[c] = "city:" + uniqueSlug(name);
			this.cityNames[c] = name;
			String code = ((String) PROVINCES[p][1]).substring(0, 2) + "%02d00".formatted(cities.size() + 1);
			cities.add(c);
			this.cityDistricts.add(new ArrayList<>());
			file.node(this.cityIds[c], "City", name, Map.of("code", code, "level", "city"));
			file.rel("PART_OF", this.cityIds[c], this.provinceIds[p], name + " is a city of " + PROVINCES[p][0] + ".");
		}
		for (int d = 0; d < this.scale.districts(); d++) {
			int c = d % this.scale.cities();
			var districts = this.cityDistricts.get(c);
			String name = placeName() + " District";
			this.districtIds[d] = "district:" + uniqueSlug(name);
			this.districtProvince[d] = c % this.scale.provinces();
			String cityCode = (String) file.nodes.get(this.cityIds[c]).get("code");
			String code = cityCode.substring(0, 4) + "%02d".formatted(districts.size() + 1);
			districts.add(d);
			file.node(this.districtIds[d], "District", name, Map.of("code", code, "level", "district"));
			file.rel("PART_OF", this.districtIds[d], this.cityIds[c], name + " is a district of " + this.cityNames[c] + ".");
		}
		file.write(dir.resolve("000-places.json"));
	}

	private void sectors(Path dir) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/facts/reference/sectors.json")) {
			if (in == null) {
				throw new BenchmarkException("facts/reference/sectors.json is not on the class path; build the project first");
			}
			byte[] content = in.readAllBytes();
			@SuppressWarnings("unchecked")
			var nodesOfFile = (List<Map<String, Object>>) this.json.readValue(content, Map.class).get("nodes");
			this.sectorIds = nodesOfFile.stream().map(n -> (String) n.get("id")).toList();
			Files.write(dir.resolve("001-sectors.json"), content);
			this.files++;
			this.nodes += this.sectorIds.size();
			this.mentions += this.sectorIds.size();
		}
	}

	private void parks(Path dir) throws IOException {
		FileBuilder file = null;
		for (int k = 0; k < this.scale.parks(); k++) {
			if (k % this.scale.perFile() == 0) {
				file = flush(file, dir, "010-parks", k / this.scale.perFile(), "reference");
			}
			int p = province();
			int d = districtIn(p);
			String name = placeName() + " " + pick(new String[] { "High-tech Zone", "Economic Development Zone",
					"Industrial Park", "Science City", "Technology Park" });
			this.parkIds[k] = "park:" + uniqueSlug(name);
			this.provinceParks.get(p).add(k);
			file.node(this.parkIds[k], "Park", name, Map.of("kind", "industrial park"));
			file.ref(this.districtIds[d], "District");
			file.rel("LOCATED_IN", this.parkIds[k], this.districtIds[d], name + " lies in its district.");
		}
		flush(file, dir, null, 0, null);
	}

	private void organizations(Path dir) throws IOException {
		int clusters = (this.scale.companies() + CLUSTER - 1) / CLUSTER;
		int[] clusterProvince = new int[clusters];
		for (int c = 0; c < clusters; c++) {
			clusterProvince[c] = province();
		}
		FileBuilder file = null;
		for (int k = 0; k < this.scale.organizations(); k++) {
			if (k % this.scale.perFile() == 0) {
				file = flush(file, dir, "100-organizations", k / this.scale.perFile(), "reference");
			}
			boolean company = k < this.scale.companies();
			int p = company ? clusterProvince[k / CLUSTER] : province();
			this.orgProvince[k] = p;
			String base = cap(syllable()) + syllable() + (this.random.nextInt(3) == 0 ? syllable() : "");
			String name;
			String label;
			if (company) {
				name = base + " " + pick(COMPANY_KINDS);
				label = "Company";
				this.provinceCompanies.get(p).add(k);
			}
			else if (k % 4 == 0) {
				name = base + " University of Technology";
				label = "University";
			}
			else {
				name = base + " " + pick(INSTITUTE_KINDS);
				label = "Institute";
			}
			this.orgIds[k] = label.toLowerCase(Locale.ROOT) + ":" + slug(name) + "-" + k;
			this.orgNames[k] = name;
			this.orgLabels[k] = label;
			file.node(this.orgIds[k], label, name, Map.of("country", "CN"));
			int d = districtIn(p);
			file.ref(this.districtIds[d], "District");
			file.rel("LOCATED_IN", this.orgIds[k], this.districtIds[d], name + " is based in its district.");
			if (company) {
				int clusterStart = (k / CLUSTER) * CLUSTER;
				if (k > clusterStart) {
					partner(file, k, clusterStart + this.random.nextInt(k - clusterStart));
					if (this.random.nextInt(20) == 0) {
						int parent = clusterStart + this.random.nextInt(k - clusterStart);
						file.refOrg(this, parent);
						file.rel("SUBSIDIARY_OF", this.orgIds[k], this.orgIds[parent],
								name + " is a subsidiary of " + this.orgNames[parent] + ".");
					}
				}
				if (k > 0 && this.random.nextInt(10) < 3) {
					partner(file, k, this.random.nextInt(k));
				}
			}
			else {
				for (int i = 0; i < 2; i++) {
					partner(file, k, localCompany(p));
				}
			}
		}
		flush(file, dir, null, 0, null);
	}

	private void partner(FileBuilder file, int k, int other) {
		if (other == k || file.hasPartnership(k, other)) {
			return;
		}
		file.refOrg(this, other);
		var rel = file.rel("PARTNERS_WITH", this.orgIds[k], this.orgIds[other],
				this.orgNames[k] + " and " + this.orgNames[other] + " signed a cooperation agreement.");
		rel.put("kind", pick(new String[] { "cooperation agreement", "joint lab", "strategic partnership" }));
		rel.put("since", String.valueOf(2012 + this.random.nextInt(13)));
	}

	/** The first year of the projects' signings and the number of years they span. */
	private static final int FIRST_YEAR = 2015;

	private static final int YEARS = 10;

	/** A province's batch of key projects of a year, which three projects in ten of that province and year join. */
	private void programs(Path dir) throws IOException {
		var file = new FileBuilder("source:bench-programs", "reference", "Synthetic batches of key projects", null);
		file.fileName = "150-programs-00000.json";
		for (int p = 0; p < this.scale.provinces(); p++) {
			for (int y = 0; y < YEARS; y++) {
				file.node(programId(p, FIRST_YEAR + y), "Program", programName(p, FIRST_YEAR + y),
						Map.of("year", FIRST_YEAR + y));
			}
		}
		file.write(dir.resolve(file.fileName));
	}

	private String programName(int province, int year) {
		return PROVINCES[province][0] + " " + year + " key projects";
	}

	private String programId(int province, int year) {
		return "program:" + slug(programName(province, year));
	}

	private void projects(Path dir) throws IOException {
		FileBuilder file = null;
		for (int k = 0; k < this.scale.projects(); k++) {
			if (k % this.scale.perFile() == 0) {
				file = flush(file, dir, "200-projects", k / this.scale.perFile(), "news");
			}
			int p = province();
			int c = pick(this.provinceCities.get(p));
			int d = pick(this.cityDistricts.get(c));
			String sector = this.sectorIds.get(skewed(this.sectorIds.size(), 1.6));
			String name = this.cityNames[c] + " " + sector.substring("sector:".length()).replace('-', ' ') + " "
					+ pick(PROJECT_KINDS);
			String id = "project:" + slug(name) + "-" + k;
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("status", pick(STATUSES));
			int year = FIRST_YEAR + this.random.nextInt(YEARS);
			int form = this.random.nextInt(10);
			if (form < 5) {
				props.put("signedOn", "%d-%02d-%02d".formatted(year, 1 + this.random.nextInt(12), 1 + this.random.nextInt(28)));
			}
			else if (form < 8) {
				props.put("signedOn", "%d-%02d".formatted(year, 1 + this.random.nextInt(12)));
			}
			else {
				props.put("year", year);
			}
			if (this.random.nextInt(100) < 85) {
				long cny = (long) Math.pow(10, 7 + 3 * this.random.nextDouble());
				boolean usd = this.random.nextInt(100) < 8;
				long amount = usd ? Math.max(1, cny / 7) : cny;
				props.put("investment", Map.of("amount", amount, "currency", usd ? "USD" : "CNY"));
			}
			file.node(id, "Project", name, props);
			if (this.batchRandom.nextInt(10) < 3) {
				String program = programId(p, year);
				file.ref(program, "Program");
				file.rel("PART_OF", id, program, name + " is one of the " + programName(p, year) + ".");
			}
			// where: a park of the province, or a district
			var parks = this.provinceParks.get(p);
			if (!parks.isEmpty() && this.random.nextInt(10) < 4) {
				String park = this.parkIds[pick(parks)];
				file.ref(park, "Park");
				file.rel("LOCATED_IN", id, park, name + " is built in the park.");
			}
			else {
				file.ref(this.districtIds[d], "District");
				file.rel("LOCATED_IN", id, this.districtIds[d], name + " is located in the district.");
			}
			file.ref(sector, "Sector");
			file.rel("IN_SECTOR", id, sector, name + " is a " + sector.substring(7) + " project.");
			if (this.random.nextInt(5) == 0) {
				String second = this.sectorIds.get(this.random.nextInt(this.sectorIds.size()));
				if (!second.equals(sector)) {
					file.ref(second, "Sector");
					file.rel("IN_SECTOR", id, second, name + " also serves " + second.substring(7) + ".");
				}
			}
			int developer = localCompany(p);
			file.refOrg(this, developer);
			file.rel("DEVELOPS", this.orgIds[developer], id, this.orgNames[developer] + " builds " + name + ".");
			int investors = new int[] { 0, 1, 1, 2, 2, 2, 3, 4 }[this.random.nextInt(8)];
			Set<Integer> chosen = new HashSet<>();
			for (int i = 0; i < investors; i++) {
				// a few firms invest everywhere: the global draw is heavily skewed to the first organizations
				int investor = this.random.nextInt(10) < 6 ? skewed(this.scale.organizations(), 3.0) : localCompany(p);
				if (!chosen.add(investor)) {
					continue;
				}
				file.refOrg(this, investor);
				var rel = file.rel("INVESTS_IN", this.orgIds[investor], id, this.orgNames[investor] + " invests in " + name + ".");
				if (this.random.nextInt(3) == 0) {
					rel.put("amount", Map.of("amount", (long) Math.pow(10, 6 + 3 * this.random.nextDouble()), "currency", "CNY"));
				}
			}
		}
		flush(file, dir, null, 0, null);
	}

	// --- drawing ---

	/** A province, weighted by how much is built there. */
	private int province() {
		int draw = this.random.nextInt(this.weightTotal);
		for (int p = 0; p < this.provinceWeights.length; p++) {
			draw -= this.provinceWeights[p];
			if (draw < 0) {
				return p;
			}
		}
		return this.provinceWeights.length - 1;
	}

	private int districtIn(int p) {
		return pick(this.cityDistricts.get(pick(this.provinceCities.get(p))));
	}

	/** A company of the province, or any company when the province has none. */
	private int localCompany(int p) {
		var companies = this.provinceCompanies.get(p);
		return companies.isEmpty() ? this.random.nextInt(this.scale.companies()) : pick(companies);
	}

	/** An index below {@code n}, small ones far more often: {@code n * u^power}. */
	private int skewed(int n, double power) {
		return Math.min(n - 1, (int) (n * Math.pow(this.random.nextDouble(), power)));
	}

	private int pick(List<Integer> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private String syllable() {
		return pick(SYLLABLES);
	}

	private String placeName() {
		return cap(syllable()) + syllable();
	}

	private String uniqueSlug(String name) {
		String slug = slug(name);
		String candidate = slug;
		for (int i = 2; !this.usedSlugs.add(candidate); i++) {
			candidate = slug + "-" + i;
		}
		return candidate;
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String cap(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private FileBuilder flush(FileBuilder file, Path dir, String prefix, int index, String kind) throws IOException {
		if (file != null && !file.nodes.isEmpty()) {
			file.write(dir.resolve(file.fileName));
		}
		if (prefix == null) {
			return null;
		}
		String sourceId = (kind.equals("news") ? "article:" : "source:") + "bench-" + prefix.substring(4) + "-" + index;
		String published = kind.equals("news") ? "%d-%02d".formatted(2016 + index % 9, 1 + index % 12) : null;
		var next = new FileBuilder(sourceId, kind, "Synthetic " + prefix.substring(4) + " " + index, published);
		next.fileName = "%s-%05d.json".formatted(prefix, index);
		return next;
	}

	/** One fact file being put together: its nodes (defined or only referred to) and relationships. */
	private final class FileBuilder {

		private final Map<String, Object> source = new LinkedHashMap<>();

		private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();

		private final List<Map<String, Object>> rels = new ArrayList<>();

		private final Set<String> partnerships = new HashSet<>();

		private String fileName;

		FileBuilder(String id, String kind, String title, String publishedOn) {
			this.source.put("id", id);
			this.source.put("kind", kind);
			this.source.put("title", title);
			this.source.put("publisher", "China Tech Graph benchmark generator");
			if (publishedOn != null) {
				this.source.put("publishedOn", publishedOn);
			}
		}

		void node(String id, String label, String name, Map<String, Object> props) {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", id);
			node.put("label", label);
			node.put("name", name);
			node.putAll(props);
			node.put("evidence", List.of(name + " is named in the source."));
			this.nodes.put(id, node);
			GraphGenerator.this.nodes++;
		}

		/** A node the file refers to without defining it: it must be in the graph already. */
		void ref(String id, String label) {
			this.nodes.computeIfAbsent(id, k -> {
				Map<String, Object> node = new LinkedHashMap<>();
				node.put("id", id);
				node.put("label", label);
				return node;
			});
		}

		void refOrg(GraphGenerator g, int k) {
			ref(g.orgIds[k], g.orgLabels[k]);
		}

		boolean hasPartnership(int a, int b) {
			return !this.partnerships.add(Math.min(a, b) + " " + Math.max(a, b));
		}

		Map<String, Object> rel(String type, String from, String to, String evidence) {
			Map<String, Object> rel = new LinkedHashMap<>();
			rel.put("type", type);
			rel.put("from", from);
			rel.put("to", to);
			rel.put("evidence", List.of(evidence));
			this.rels.add(rel);
			GraphGenerator.this.relationships++;
			return rel;
		}

		void write(Path path) {
			try {
				Map<String, Object> file = new LinkedHashMap<>();
				file.put("source", this.source);
				file.put("nodes", List.copyOf(this.nodes.values()));
				file.put("relationships", this.rels);
				Files.write(path, GraphGenerator.this.json.writeValueAsBytes(file));
				GraphGenerator.this.files++;
				GraphGenerator.this.mentions += this.nodes.size();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
