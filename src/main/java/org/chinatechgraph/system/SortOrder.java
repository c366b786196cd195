package org.chinatechgraph.system;

/** A sort field (an enum constant of the schema) and a direction. */
public record SortOrder(String field, String direction) {

	public boolean descending() {
		return "DESC".equals(this.direction);
	}

}
