package org.chinatechgraph.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The kinds of tie a sentence names ("joint venture", "investment agreement"), in English or Chinese, in one vocabulary. */
public final class PartnershipKinds {

	/** The kind of tie a sentence names, most specific first; an English or a Chinese (simplified) sentence. */
	private static final List<Map.Entry<Pattern, String>> PARTNERSHIP_KINDS = List.of(
			Map.entry(Pattern.compile("\\bjoint[- ]ventures?\\b|合资"), "joint venture"),
			Map.entry(Pattern.compile("\\bjoint (?:research |innovation |r&d )?(?:lab|labs|laboratory|laboratories)\\b|联合实验室|共建实验室"), "joint lab"),
			Map.entry(Pattern.compile("\\bstrategic (?:cooperation|co-operation|partnership|alliance|collaboration)|战略合作"), "strategic cooperation"),
			Map.entry(Pattern.compile("\\binvestment (?:agreements?|contracts?|deals?)\\b|投资(?:合作)?协议|投资合同"), "investment agreement"),
			Map.entry(Pattern.compile("\\bframework agreements?\\b|框架协议"), "framework agreement"),
			Map.entry(Pattern.compile("\\b(?:memorandum|memoranda) of understanding\\b|\\bmous?\\b|备忘录"), "memorandum of understanding"),
			Map.entry(Pattern.compile("\\b(?:cooperation|co-operation|cooperative) agreements?\\b|合作协议"), "cooperation agreement"),
			Map.entry(Pattern.compile("\\bjointly invest\\w*|\\bjoint investment\\b"), "joint investment"),
			Map.entry(Pattern.compile("\\bco-develop\\w*|\\bjointly develop\\w*"), "co-development"),
			Map.entry(Pattern.compile("\\bjointly (?:construct|build|built)\\w*|\\bco-construct\\w*"), "joint construction"),
			Map.entry(Pattern.compile("\\bsign(?:ed|ing|s)?\\b.{0,80}\\b(?:agreements?|contracts?|deals?)\\b|\\b(?:agreements?|contracts?|deals?)\\b.{0,40}\\bsigned\\b"), "signed agreement"),
			Map.entry(Pattern.compile("\\bpartnerships?\\b"), "partnership"),
			Map.entry(Pattern.compile("\\b(?:will|plans? to|planned to|intends? to|to) (?:cooperate|co-operate|collaborate|partner)\\b"), "planned cooperation"));

	private PartnershipKinds() {
	}

	/**
	 * What kind of tie a sentence with a cooperation cue names (English, or Chinese in simplified
	 * characters: 投资协议 is an investment agreement): "joint venture", "joint lab", "strategic
	 * cooperation", "investment agreement", "framework agreement", "memorandum of understanding", "cooperation
	 * agreement", "joint investment", "co-development", "joint construction", "signed agreement", "partnership",
	 * "planned cooperation"; null when it names none.
	 */
	public static String of(String sentence) {
		String lower = sentence.toLowerCase(Locale.ROOT);
		for (Map.Entry<Pattern, String> k : PARTNERSHIP_KINDS) {
			if (k.getKey().matcher(lower).find()) {
				return k.getValue();
			}
		}
		return null;
	}

}
