package org.chinatechgraph.graph;

import java.util.List;

/** A node of the knowledge graph other than a source: its GraphQL type is its record's simple name. */
public sealed interface Entity extends GraphNode permits Project, Organization, Place, Park, Program, Sector {

	String name();

	List<String> aliases();

}
