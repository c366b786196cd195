package org.chinatechgraph.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English sentence model (Universal Dependencies EWT) as the rules' sentence splitter: each line
 * (a line break always ends a sentence, as in the rules) is split where the model says. The only English model of
 * OpenNLP's on Maven Central that bears on these rules: its names and parses are not served there.
 */
public final class OpenNlpToolkit implements ExtractionToolkit {

	private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.0-1.9.3.bin";

	private volatile SentenceModel model;

	@Override
	public String name() {
		return "opennlp";
	}

	@Override
	public ExtractionToolkit configured(String options) {
		if (!options.isBlank() && !options.strip().equals("ssplit")) {
			throw new IllegalArgumentException("opennlp has only the stage ssplit");
		}
		return this;
	}

	private SentenceModel model() {
		SentenceModel m = this.model;
		if (m == null) {
			synchronized (this) {
				if (this.model == null) {
					try (InputStream in = OpenNlpToolkit.class.getClassLoader().getResourceAsStream(MODEL)) {
						this.model = new SentenceModel(in);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				m = this.model;
			}
		}
		return m;
	}

	@Override
	public Analysis analyse(ArticleText article) {
		SentenceDetectorME detector = new SentenceDetectorME(model());
		String text = article.text();
		List<Sentence> sentences = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			for (Span span : detector.sentPosDetect(line)) {
				int b = lineStart + span.getStart();
				int e = lineStart + span.getEnd();
				while (b < e && Character.isWhitespace(text.charAt(b))) {
					b++;
				}
				while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
					e--;
				}
				if (e > b) {
					sentences.add(new Sentence(text.substring(b, e), b, e));
				}
			}
			lineStart = lineEnd + 1;
		}
		return new Analysis() {
			@Override
			public List<Sentence> sentences() {
				return sentences;
			}
		};
	}

}
