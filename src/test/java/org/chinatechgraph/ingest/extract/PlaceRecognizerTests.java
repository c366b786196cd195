package org.chinatechgraph.ingest.extract;

import java.util.List;

import org.chinatechgraph.ingest.FactFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceRecognizerTests {

	private static FactFile.NodeFact node(String id, String label, String name, String zh, String code, String... aliases) {
		return new FactFile.NodeFact(id, label, name, List.of(aliases), zh, null, null, null, null, null, null, null, null,
				null, null, null, null, code, null);
	}

	private static FactFile.RelationshipFact partOf(String from, String to) {
		return new FactFile.RelationshipFact("PART_OF", from, to, null, null, null, null, List.of("x"));
	}

	/** Two Suzhous and two Gulou Districts, as in the full list of divisions. */
	private static final Gazetteer GAZETTEER = new Gazetteer(new FactFile(null, null, List.of(
			node("province:jiangsu", "Province", "Jiangsu", "江苏省", "320000", "Jiangsu Province"),
			node("province:anhui", "Province", "Anhui", "安徽省", "340000"),
			node("province:fujian", "Province", "Fujian", "福建省", "350000"),
			node("city:suzhou", "City", "Suzhou", "苏州市", "320500", "Suzhou City"),
			node("city:suzhou-anhui", "City", "Suzhou", "宿州市", "341300"),
			node("city:nanjing", "City", "Nanjing", "南京市", "320100"),
			node("city:fuzhou", "City", "Fuzhou", "福州市", "350100"),
			node("district:nanjing-gulou", "District", "Gulou District", "鼓楼区", "320106"),
			node("district:fuzhou-gulou", "District", "Gulou District", "鼓楼区", "350102"),
			node("district:anyuan", "District", "Anyuan District", "安源区", "360302", "Anyuan")),
			List.of(partOf("city:suzhou", "province:jiangsu"), partOf("city:suzhou-anhui", "province:anhui"),
					partOf("city:nanjing", "province:jiangsu"), partOf("city:fuzhou", "province:fujian"),
					partOf("district:nanjing-gulou", "city:nanjing"), partOf("district:fuzhou-gulou", "city:fuzhou"))));

	private final PlaceRecognizer places = new PlaceRecognizer(GAZETTEER);

	private List<PlaceRecognizer.Mention> find(String sentence) {
		return this.places.find(sentence, Token.of(sentence));
	}

	@Test
	void findsNamesWithAndWithoutTheirKindWord() {
		assertThat(find("a project in Anyuan District of Jiangxi")).extracting(PlaceRecognizer.Mention::text)
			.containsExactly("Anyuan District");
		assertThat(find("settled in Anyuan’s industrial chain")).extracting(PlaceRecognizer.Mention::text)
			.containsExactly("Anyuan");
		assertThat(find("signed in Jiangsu Province")).extracting(PlaceRecognizer.Mention::kindHint).containsExactly("Province");
	}

	@Test
	void readsChineseNames() {
		assertThat(find("项目落户江苏省苏州市")).extracting(PlaceRecognizer.Mention::text).containsExactly("江苏省", "苏州市");
	}

	@Test
	void resolvesASharedNameByThePlacesNearIt() {
		PlaceRecognizer.Mention gulou = find("a fab in Gulou District, Fuzhou").get(0);
		assertThat(gulou.candidates()).hasSize(2);
		PlaceRecognizer.Resolved r = this.places.resolve(gulou, List.of(GAZETTEER.byId("city:fuzhou").orElseThrow()), List.of());
		assertThat(r.place().code()).isEqualTo("350102");
		assertThat(r.confidence()).isGreaterThan(0.8);

		PlaceRecognizer.Mention suzhou = find("signed in Suzhou").get(0);
		PlaceRecognizer.Resolved inAnhui = this.places.resolve(suzhou, List.of(), List.of(GAZETTEER.byId("province:anhui").orElseThrow()));
		assertThat(inAnhui.place().code()).isEqualTo("341300");
		PlaceRecognizer.Resolved unresolved = this.places.resolve(suzhou, List.of(), List.of());
		assertThat(unresolved.confidence()).isLessThan(0.6);
	}

	@Test
	void ignoresShoutedDatelinesAndOrdinaryWords() {
		assertThat(find("SUZHOU, June 8 -- the suzhou project")).isEmpty();
	}

	@Test
	void readsTheReferencePlaces() {
		Gazetteer reference = Gazetteer.reference();
		assertThat(reference.lookup("Kunshan City")).extracting(Gazetteer.Place::code).contains("320583");
		Gazetteer.Place anyuan = reference.lookup("Anyuan District").stream().filter((p) -> "360302".equals(p.code())).findFirst().orElseThrow();
		Gazetteer.Place jiangxi = reference.lookup("Jiangxi").get(0);
		assertThat(reference.within(anyuan, jiangxi)).isTrue();
	}

}
