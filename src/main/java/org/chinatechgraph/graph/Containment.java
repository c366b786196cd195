package org.chinatechgraph.graph;

/**
 * How things sit inside places, the one rule every statement uses: a node is inside a place (or park, or program)
 * when a chain of one to eight {@code LOCATED_IN} or {@code PART_OF} links leads up from it to that place, each
 * link starting from a place, a park, a program or a node of the same kind as the one inside (a project part of
 * a project, a school part of a university). So a walk down from a province to its projects steps only onto
 * places, parks, programs and projects, never onto the hundreds of thousands of firms located there, and a walk
 * down to its organizations never onto its projects.
 * <p>
 * Each pattern is written for a label that the calling code fixes ({@code Project}, {@code Organization}...),
 * never for anything a request says.
 */
public final class Containment {

	/** The most links between a node and a place it is inside. */
	public static final int DEPTH = 8;

	private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("[A-Z][A-Za-z]*");

	private Containment() {
	}

	/**
	 * From a node down to the nodes of {@code label} inside it: write {@code (place)} before and {@code (n:Label)}
	 * after. Each node is reached once per chain, so a node reached by two chains needs a {@code DISTINCT}.
	 */
	public static String down(String label) {
		return down(label, DEPTH);
	}

	/** {@link #down(String)}, at most {@code depth} links. */
	public static String down(String label, int depth) {
		return "(()<-[:LOCATED_IN|PART_OF]-(:" + steps(label) + ")){1," + depth + "}";
	}

	/** From a node of {@code label} up to what it is inside: write {@code (n)} before and the place after. */
	public static String up(String label) {
		return up(label, DEPTH);
	}

	/** {@link #up(String)}, at most {@code depth} links. */
	public static String up(String label, int depth) {
		return "((:" + steps(label) + ")-[:LOCATED_IN|PART_OF]->()){1," + depth + "}";
	}

	/**
	 * From a node of {@code label} to each node it is directly inside, the first link of {@link #up(String)}: write
	 * {@code (n)} before; binds {@code variable}.
	 */
	public static String parent(String label, String variable) {
		if (!variable.matches("[a-z][A-Za-z]*")) {
			throw new IllegalArgumentException("Not a variable: " + variable);
		}
		return "-[:LOCATED_IN|PART_OF]->(" + variable + ":" + steps(label) + ")";
	}

	/**
	 * From what a node of {@code label} is directly inside ({@link #parent}) up to what that is inside, or to itself:
	 * the rest of {@link #up(String)}, {@code DEPTH - 1} links at most. Write the parent before and the place after.
	 */
	public static String upFromParent(String label) {
		return "((:" + steps(label) + ")-[:LOCATED_IN|PART_OF]->()){0," + (DEPTH - 1) + "}";
	}

	/** Whether the node {@code n} of {@code label} is inside the node whose id is the parameter {@code $parameter}. */
	public static String inside(String label, String parameter) {
		return "EXISTS { (n)" + up(label) + "(:Entity {id: $" + parameter + "}) }";
	}

	/** The labels a chain may step from: containers, and nodes of the same kind as the one inside. */
	private static String steps(String label) {
		if (!LABEL.matcher(label).matches()) {
			throw new IllegalArgumentException("Not a label: " + label);
		}
		return switch (label) {
			case "Place", "Park", "Program" -> "Place|Park|Program";
			default -> "Place|Park|Program|" + label;
		};
	}

}
