package org.chinatechgraph.ingest;

import java.util.Collection;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a fact file could not be read, said in the file's own terms (where in it, what was expected) and never in the
 * loader's: the parser's messages name Java classes, which are no business of whoever sent the file.
 */
final class ParseProblems {

	private ParseProblems() {
	}

	static String describe(RuntimeException failure) {
		if (!(failure instanceof JacksonException ex)) {
			return "not a fact file";
		}
		String where = path(ex.getPath());
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "unknown property '" + unknown.getPropertyName() + "'" + at(where);
		}
		if (ex instanceof MismatchedInputException mismatch) {
			return where.equals("$") ? "not a JSON object holding a fact file"
					: "a value of the wrong type" + at(where) + expected(mismatch.getTargetType());
		}
		if (ex instanceof InputCoercionException) {
			return "a number out of range" + at(where) + line(ex);
		}
		if (ex instanceof StreamConstraintsException) {
			return "too large or nested too deeply" + line(ex);
		}
		if (ex instanceof StreamReadException) {
			return "not valid JSON in UTF-8" + line(ex);
		}
		return "not a fact file" + at(where);
	}

	/** {@code $.nodes[2].aliases}: where in the file, as a JSON path. */
	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder("$");
		for (var reference : references) {
			if (reference.getPropertyName() != null) {
				path.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String at(String where) {
		return where.equals("$") ? "" : " at " + where;
	}

	private static String line(JacksonException ex) {
		var location = ex.getLocation();
		return (location == null || location.getLineNr() < 0) ? ""
				: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return " (expected a string)";
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
			return " (expected a number)";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return " (expected an array)";
		}
		if (type == Boolean.class || type == boolean.class) {
			return " (expected true or false)";
		}
		return " (expected an object)";
	}

}
