package org.chinatechgraph.graph;

import java.util.List;

/** ANNOUNCED: a government or body announcing a project or program. */
public record Announcement(Entity announcer, Entity subject, List<Source> sources) {
}
