package org.chinatechgraph.ingest.extract.zh;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP (com.hankcs:hanlp, portable, Apache 2.0), behind a holder so that its dictionaries are read on the first
 * Chinese article only: an English-only service never loads them.
 */
final class HanLanguage {

	/** A word of a segmented sentence, at {@code [start, end)}, with HanLP's part of speech ("ns", "v", "w"...). */
	record Word(String text, String nature, int start, int end) {

		boolean is(String prefix) {
			return this.nature.startsWith(prefix);
		}

	}

	private HanLanguage() {
	}

	private static final class Holder {

		static final Segment SEGMENT = HanLP.newSegment().enableOffset(true).enablePlaceRecognize(true);

	}

	/** The text in simplified characters, when conversion keeps every character where it was; else the text. */
	static String simplified(String text) {
		String s = HanLP.convertToSimplifiedChinese(text);
		return s.length() == text.length() ? s : text;
	}

	private static final java.util.regex.Pattern HAN_RUN = java.util.regex.Pattern.compile("\\p{IsHan}+");

	/**
	 * The text with its Chinese characters in pinyin without tones, each syllable and each other run apart
	 * ("12英寸晶圆生产线项目" → "12 ying cun jing yuan sheng chan xian xiang mu"): what a readable id is made from.
	 */
	static String pinyin(String text) {
		StringBuilder out = new StringBuilder();
		java.util.regex.Matcher han = HAN_RUN.matcher(text);
		int at = 0;
		while (han.find()) {
			out.append(text, at, han.start()).append(' ').append(HanLP.convertToPinyinString(han.group(), " ", false)).append(' ');
			at = han.end();
		}
		return out.append(text.substring(at)).toString().strip().replaceAll("\\s+", " ");
	}

	static List<Word> segment(String sentence) {
		List<Word> words = new ArrayList<>();
		int at = 0;
		for (Term t : Holder.SEGMENT.seg(sentence)) {
			int start = sentence.indexOf(t.word, at);
			if (start < 0) {
				start = at;
			}
			int end = Math.min(sentence.length(), start + t.word.length());
			String nature = t.nature == null ? "x" : t.nature.toString();
			if (nature.startsWith("w") && end - start > 1) {
				// marks HanLP glues together (")(" of "…合伙企业(有限合伙)(以下简称…") are one word each
				for (int i = start; i < end; i++) {
					words.add(new Word(sentence.substring(i, i + 1), nature, i, i + 1));
				}
			}
			else if (t.word.startsWith("项目") && end - start > 2 && !t.word.matches("项目[一二三四五六七八九十]期")) {
				// "项目计划", "项目建设": the 项目 that ends a project's name, then what is said of it
				words.add(new Word("项目", "n", start, start + 2));
				words.add(new Word(t.word.substring(2), "v", start + 2, end));
			}
			else {
				words.add(new Word(t.word, nature, start, end));
			}
			at = end;
		}
		return words;
	}

}
