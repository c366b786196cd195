package org.chinatechgraph.graph;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * A field whose answer is a node's relationships of one type, in one direction: {@code Project.investors} is the
 * {@code INVESTS_IN} relationships arriving at the project, each answered as an {@link Investment}. The field is
 * loaded in one batch per request for every parent asked ({@link LinkFields}), or, below a page of a list,
 * fetched in the page's own statement and handed to that batch ready ({@link Prefetch}); both read the same
 * relationships in the same order (by the other node's name, then id) and build the same answer.
 *
 * @param type the GraphQL type the field is on, which is also the label of its parents
 * @param field the field's name
 * @param relationship the relationship type
 * @param direction which way the relationships point, seen from the parent
 * @param other the kind of node at the other end that the answer keeps (others are left out)
 * @param element what the answer lists
 * @param otherField the field of {@code element}'s GraphQL type that holds the other node; {@link #SELF} when the
 *        answer lists the other nodes themselves (a project's sectors), null when there is none to follow
 * @param limited whether the field takes {@code first}: the first so many by the other node's name (every field
 *        made by {@link #of} does: a hub can have thousands of any relationship)
 * @param mapper one item of the answer, from the parent and one of its relationships
 */
public record LinkField(String type, String field, String relationship, Direction direction,
		Class<? extends Entity> other, Class<?> element, String otherField, boolean limited,
		BiFunction<Entity, Link, Object> mapper) {

	/** {@link #otherField} of a field that lists the other nodes themselves. */
	public static final String SELF = ".";

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/** Which way a field's relationships point, seen from its parent. */
	public enum Direction {

		OUTGOING, INCOMING, EITHER

	}

	public LinkField {
		if (!NAME.matcher(type).matches() || !NAME.matcher(field).matches()
				|| !relationship.matches("[A-Z][A-Z_]*")) {
			throw new IllegalArgumentException("Not a type, field or relationship type: " + type + "." + field + " "
					+ relationship);
		}
	}

	/**
	 * A field listing answers built by {@code mapper}, with the other node in {@code otherField}, taking
	 * {@code first}.
	 */
	public static <P extends Entity> LinkField of(String type, String field, String relationship, Direction direction,
			Class<? extends Entity> other, Class<?> element, String otherField, BiFunction<P, Link, ?> mapper) {
		return new LinkField(type, field, relationship, direction, other, element, otherField, true, cast(mapper));
	}

	/** The label of the nodes at the other end the answer keeps ({@code Entity} for any). */
	public String label() {
		return this.other.getSimpleName();
	}

	/** The same field taking {@code first}. */
	public LinkField takingFirst() {
		return new LinkField(this.type, this.field, this.relationship, this.direction, this.other, this.element,
				this.otherField, true, this.mapper);
	}

	/** The name of the field's batch loader in a request. */
	public String loader() {
		return this.type + "." + this.field;
	}

	/**
	 * The answer for one parent from its relationships, in their order: those whose other node is an
	 * {@link #other}, each mapped.
	 */
	List<Object> answer(Entity parent, List<Link> links) {
		return links.stream().filter(link -> this.other.isInstance(link.other()))
			.map(link -> this.mapper.apply(parent, link))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static <P extends Entity> BiFunction<Entity, Link, Object> cast(BiFunction<P, Link, ?> mapper) {
		return (parent, link) -> mapper.apply((P) parent, link);
	}

	/** The fields one feature declares. */
	public record Group(List<LinkField> fields) {

		public Group(LinkField... fields) {
			this(List.of(fields));
		}

	}

}
