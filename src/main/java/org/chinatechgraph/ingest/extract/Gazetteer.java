package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chinatechgraph.ingest.FactFile;

/**
 * China's administrative places, read from a fact file of Province/City/District/Town nodes linked child → parent
 * by PART_OF (the format of {@code facts/reference/places.json}, whatever its size). Indexes every place under its
 * normalised English name and aliases, with and without the kind word ("Anyuan District" and "Anyuan"), and under
 * its Chinese name with and without the suffix (安源区, 安源).
 */
public final class Gazetteer {

	/** One place: the graph node it is, and its parent's id (null for a province). */
	public record Place(String id, String kind, String name, String nameZh, String code, String parentId) {
	}

	/** Words naming the kind of a division, dropped to index the bare name. */
	static final Set<String> KIND_WORDS = Set.copyOf(java.util.Arrays.asList("province", "city", "district", "county", "municipality",
			"prefecture", "town", "township", "autonomous", "region", "sar", "special", "administrative", "league",
			"banner", "area", "new", "county-level", "prefecture-level"));

	private static final String[] ZH_SUFFIXES = { "特别行政区", "自治区", "自治州", "自治县", "省", "市", "区", "县", "镇", "乡", "旗", "盟" };

	private final Map<String, Place> byId = new HashMap<>();

	private final Map<String, List<Place>> byName = new HashMap<>();

	private final Map<String, List<Place>> byChinese = new HashMap<>();

	private int longestName = 1;

	public Gazetteer(FactFile places) {
		for (FactFile.NodeFact node : places.nodes()) {
			if (!Set.of("Province", "City", "District", "Town").contains(node.label()) || node.name() == null) {
				continue;
			}
			this.byId.put(node.id(), new Place(node.id(), node.label(), node.name(), node.nameZh(), node.code(), null));
		}
		Map<String, String> parents = new HashMap<>();
		for (FactFile.RelationshipFact rel : places.relationships()) {
			if ("PART_OF".equals(rel.type())) {
				parents.put(rel.from(), rel.to());
			}
		}
		for (FactFile.NodeFact node : places.nodes()) {
			Place p = this.byId.get(node.id());
			if (p == null) {
				continue;
			}
			p = new Place(p.id(), p.kind(), p.name(), p.nameZh(), p.code(), parents.get(p.id()));
			this.byId.put(p.id(), p);
			Set<String> keys = new LinkedHashSet<>();
			keys.add(node.name());
			keys.addAll(node.aliases());
			for (String key : keys) {
				if (key.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
					indexChinese(key, p);
				}
				else {
					index(Text.normalise(key), p);
					index(bare(key), p);
				}
			}
			if (node.nameZh() != null) {
				indexChinese(node.nameZh(), p);
			}
		}
	}

	public static Gazetteer reference() {
		return new Gazetteer(ReferenceFiles.classpath("facts/reference/places.json"));
	}

	/** The normalised name without kind words: "Anyuan District" → "anyuan". */
	static String bare(String name) {
		List<String> words = new ArrayList<>(List.of(Text.normalise(name).split(" ")));
		while (words.size() > 1 && KIND_WORDS.contains(words.get(words.size() - 1))) {
			words.remove(words.size() - 1);
		}
		return String.join(" ", words);
	}

	private void index(String key, Place p) {
		if (key.isEmpty()) {
			return;
		}
		List<Place> list = this.byName.computeIfAbsent(key, (k) -> new ArrayList<>());
		if (!list.contains(p)) {
			list.add(p);
		}
		this.longestName = Math.max(this.longestName, key.split(" ").length);
	}

	private void indexChinese(String name, Place p) {
		List<String> keys = new ArrayList<>(List.of(name));
		for (String suffix : ZH_SUFFIXES) {
			if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
				keys.add(name.substring(0, name.length() - suffix.length()));
				break;
			}
		}
		for (String key : keys) {
			List<Place> list = this.byChinese.computeIfAbsent(key, (k) -> new ArrayList<>());
			if (!list.contains(p)) {
				list.add(p);
			}
		}
	}

	/** The places an English name (with or without kind word) may be. */
	public List<Place> lookup(String name) {
		List<Place> exact = this.byName.getOrDefault(Text.normalise(name), List.of());
		if (!exact.isEmpty()) {
			return exact;
		}
		return this.byName.getOrDefault(bare(name), List.of());
	}

	/** The places a Chinese name may be. */
	public List<Place> lookupChinese(String name) {
		return this.byChinese.getOrDefault(name, List.of());
	}

	/** Chinese names indexed, longest first, for scanning text. */
	public List<String> chineseNames() {
		return this.byChinese.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	int longestName() {
		return this.longestName;
	}

	public Optional<Place> byId(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The place and every place it is part of, nearest first. */
	public List<Place> chain(Place place) {
		List<Place> chain = new ArrayList<>();
		Place p = place;
		while (p != null && chain.size() < 6) {
			chain.add(p);
			p = p.parentId() == null ? null : this.byId.get(p.parentId());
		}
		return chain;
	}

	/** Whether {@code inner} lies within {@code outer} (or is it). */
	public boolean within(Place inner, Place outer) {
		return chain(inner).stream().anyMatch((p) -> p.id().equals(outer.id()));
	}

	/** The kind a kind word points at: "District"/"County" → District, "City" → City, "Province" → Province. */
	static String kindOfWord(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "district", "county" -> "District";
			case "city", "prefecture" -> "City";
			case "province", "municipality", "region" -> "Province";
			case "town", "township" -> "Town";
			default -> null;
		};
	}

}
