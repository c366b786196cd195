package org.chinatechgraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How big a generated graph is. Three presets (small for CI, medium, large) and any count overridden on the
 * command line; {@link #check()} refuses shapes that cannot be built.
 *
 * @param provinces province-level divisions (at most the 34 China has)
 * @param cities prefecture-level cities, spread over the provinces
 * @param districts districts, spread over the cities
 * @param parks industrial parks, each in a district
 * @param companies firms
 * @param institutions universities and research institutes
 * @param projects projects
 * @param perFile nodes per fact file (one file is one article and one transaction of the loader)
 */
record BenchScale(String name, int provinces, int cities, int districts, int parks, int companies,
		int institutions, int projects, int perFile) {

	static final int MAX_PROVINCES = 34;

	static BenchScale preset(String name) {
		return switch (name) {
			case "small" -> new BenchScale("small", 34, 120, 600, 60, 1_000, 150, 2_000, 1_000);
			case "medium" -> new BenchScale("medium", 34, 340, 2_900, 1_000, 20_000, 2_000, 50_000, 2_000);
			case "large" -> new BenchScale("large", 34, 340, 2_900, 5_000, 200_000, 20_000, 500_000, 2_000);
			default -> throw new BenchmarkException("unknown scale '" + name + "'; use small, medium or large");
		};
	}

	static BenchScale from(BenchArgs args) {
		var base = preset(args.string("scale", "small"));
		var scale = new BenchScale(args.has("scale") || !args.has("projects") ? base.name() : "custom",
				args.integer("provinces", base.provinces()), args.integer("cities", base.cities()),
				args.integer("districts", base.districts()), args.integer("parks", base.parks()),
				args.integer("companies", base.companies()), args.integer("institutions", base.institutions()),
				args.integer("projects", base.projects()), args.integer("per-file", base.perFile()));
		scale.check();
		return scale;
	}

	/** Refuses impossible shapes, naming every problem. */
	void check() {
		List<String> problems = new ArrayList<>();
		if (this.provinces < 1 || this.provinces > MAX_PROVINCES) {
			problems.add("--provinces must be between 1 and " + MAX_PROVINCES + " (China has 34), not " + this.provinces);
		}
		if (this.cities < this.provinces) {
			problems.add("--cities (" + this.cities + ") must be at least --provinces (" + this.provinces + "): every province has a city");
		}
		if (this.cities > this.provinces * 99) {
			problems.add("--cities (" + this.cities + ") must be at most 99 per province (GB/T 2260 codes have two digits for the city)");
		}
		if (this.districts < this.cities) {
			problems.add("--districts (" + this.districts + ") must be at least --cities (" + this.cities + "): every city has a district");
		}
		if (this.districts > this.cities * 99) {
			problems.add("--districts (" + this.districts + ") must be at most 99 per city");
		}
		if (this.parks < 0) {
			problems.add("--parks must not be negative");
		}
		if (this.companies < 2) {
			problems.add("--companies must be at least 2 (partnerships need two firms), not " + this.companies);
		}
		if (this.institutions < 0) {
			problems.add("--institutions must not be negative");
		}
		if (this.projects < 1) {
			problems.add("--projects must be at least 1, not " + this.projects);
		}
		if (this.perFile < 10 || this.perFile > 100_000) {
			problems.add("--per-file must be between 10 and 100000, not " + this.perFile);
		}
		if (!problems.isEmpty()) {
			throw new BenchmarkException("impossible graph: " + String.join("; ", problems));
		}
	}

	int organizations() {
		return this.companies + this.institutions;
	}

	@Override
	public String toString() {
		return "%s: %d provinces, %d cities, %d districts, %d parks, %d companies, %d universities and institutes, %d projects, %d nodes per file"
			.formatted(this.name, this.provinces, this.cities, this.districts, this.parks, this.companies,
					this.institutions, this.projects, this.perFile);
	}

}
