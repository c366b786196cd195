package org.chinatechgraph.curation;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.support.GraphDump;
import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.system.BadRequestException;
import org.chinatechgraph.system.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Merging two nodes keeps every relationship and source of both; undoing it gives back the graph exactly. */
class MergeTests extends ServiceTest {

	@Autowired
	private MergeService merges;

	@Test
	void aMergeKeepsEveryRelationshipAndSourceAndItsUndoRestoresTheGraphExactly() {
		var before = GraphDump.of(this.neo4j);
		String kept = "university:peking-university";
		String merged = "university:national-university-of-defense-technology";
		long keptRels = count("MATCH (:Entity {id: '" + kept + "'})-[r]-() RETURN count(r)");
		long mergedRels = count("MATCH (:Entity {id: '" + merged + "'})-[r]-() RETURN count(r)");
		long shared = count("""
				MATCH (:Entity {id: '%s'})-[r]-(o)-[s]-(:Entity {id: '%s'})
				WHERE type(r) = type(s) AND (type(r) = 'PARTNERS_WITH' OR (startNode(r) = o) = (startNode(s) = o))
				RETURN count(DISTINCT o.id + type(r))
				""".formatted(kept, merged));
		long between = count("MATCH (:Entity {id: '" + kept + "'})-[r]-(:Entity {id: '" + merged
				+ "'}) RETURN count(r)");
		var mergedSources = sources(merged);

		Merge merge = this.merges.merge(kept, merged);

		assertThat(count("MATCH (n:Entity {id: '" + merged + "'}) RETURN count(n)")).isZero();
		assertThat(count("MATCH (:Entity {id: '" + kept + "'})-[r]-() RETURN count(r)"))
			.isEqualTo(keptRels + mergedRels - shared - 2 * between);
		assertThat(merge.moved() + merge.combined()).isEqualTo((int) (mergedRels - between));
		assertThat(sources(kept)).containsAll(mergedSources);
		var node = one("MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases, n.mergedFrom AS from",
				Map.of("id", kept));
		assertThat((List<Object>) node.get("aliases")).contains("National University of Defense Technology");
		assertThat((List<Object>) node.get("from")).containsExactly(merged);
		assertThat(this.merges.list(kept, 5)).extracting(Merge::id).contains(merge.id());

		Merge undone = this.merges.undo(merge.id());

		assertThat(undone.undone()).isTrue();
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.merges.undo(merge.id()))
			.withMessageContaining("already undone");
	}

	@Test
	void refusesMergesThatMakeNoSense() {
		var before = GraphDump.of(this.neo4j);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.merges.merge("province:jiangxi", "company:dongguan-tianyou-semiconductor"))
			.withMessageContaining("cannot merge a Company");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.merges.merge("province:jiangxi", "province:jiangxi"))
			.withMessageContaining("into itself");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.merges.merge("province:jiangxi", "province:atlantis"))
			.withMessageContaining("province:atlantis");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.merges.undo("merge:nothing"));
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);
	}

	/** Every (relationship type, other end, article) a node's relationships are sourced by. */
	private List<String> sources(String id) {
		return this.neo4j.query("""
				MATCH (n:Entity {id: $id})-[r]-(o)
				UNWIND CASE type(r) WHEN 'REPORTED_IN' THEN [o.id] ELSE coalesce(r.sources, []) END AS source
				RETURN DISTINCT type(r) + ' ' + o.id + ' ' + source AS line
				""").bind(id).to("id").fetchAs(String.class).all().stream().toList();
	}

}
