package org.chinatechgraph.system.graphql;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.normalized.ExecutableNormalizedField;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.QueryLimits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Holds every GraphQL request to the {@link QueryLimits} before it touches the database. Right after parsing,
 * before validation (whose cost grows with the document): operations, aliases, root fields and depth, a cheap
 * first line against huge documents. Before each execution, whatever a cache of parsed documents held, on the
 * operation that runs: operations, aliases, root fields and depth again (remembered per document and operation
 * name, so a cached document costs a lookup), then, with the variables' values known, page sizes, hops and
 * complexity. While executing: a field whose turn comes after the request's time is up is not fetched, and a
 * query whose answer grows past {@code max-result-fields} is stopped and refused. Introspection fields
 * ({@code __schema}, {@code __type}) are bounded by the schema and count towards none of the limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	/** The classification of a request that ran out of time. */
	public enum Timeout implements ErrorClassification {

		TIMEOUT

	}

	static final int PARSER_MAX_TOKENS = ParserOptions.MAX_QUERY_TOKENS;

	/** The lists of a traversal's answer whose size its {@code hops} or {@code maxHops} bounds. */
	private static final Set<String> TRAVERSAL_LISTS = Set.of("links", "nodes");

	/**
	 * The root fields that add up a whole selection of projects: their answer is small, but their work grows with
	 * the graph (each reads every project its filter selects), so the fields they answer do not say what they cost.
	 */
	static final Set<String> AGGREGATES = new TreeSet<>(Set.of("investmentSummary", "projectTimeline",
			"topInvestors", "topOrganizations"));

	/** How many documents' checks are remembered; when full, the memory is emptied and fills again. */
	private static final int CHECKED_DOCUMENTS = 1000;

	private final QueryLimits limits;

	private final ObjectProvider<ListBounds> bounds;

	private volatile ListBounds foundBounds;

	/**
	 * The outcome of the checks on the document as written, per parsed document (by identity: a cache hands the
	 * same instance again) and operation name: empty when within the limits.
	 */
	private final Map<Checked, Optional<GraphQLError>> checked = new ConcurrentHashMap<>();

	private record Checked(Document document, String operationName) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Checked that && this.document == that.document
					&& java.util.Objects.equals(this.operationName, that.operationName);
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.document) * 31 + java.util.Objects.hashCode(this.operationName);
		}

	}

	public QueryLimitsInstrumentation(QueryLimits limits, ObjectProvider<ListBounds> bounds) {
		this.limits = limits;
		this.bounds = bounds;
	}

	/** The lists' bounds, looked up in the context once found (a lookup per request was 2% of a cheap one's CPU). */
	private ListBounds bounds() {
		ListBounds found = this.foundBounds;
		if (found == null) {
			found = this.bounds.getIfAvailable();
			this.foundBounds = found;
		}
		return found;
	}

	/**
	 * A request: when it started, for its deadline; how many fields its answer holds so far, and whether it went
	 * over {@code max-result-fields}.
	 */
	private static final class Request implements InstrumentationState {

		final long nanos;

		final ExecutionInput input;

		final AtomicLong fields = new AtomicLong();

		volatile boolean query;

		volatile boolean overBudget;

		Request(long nanos, ExecutionInput input) {
			this.nanos = nanos;
			this.input = input;
		}

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Request(System.nanoTime(), parameters.getExecutionInput());
	}

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		checkDocument(documentAndVariables.getDocument(), parameters.getOperation());
		return documentAndVariables;
	}

	/**
	 * Before every execution, on the operation that runs: the document's checks (remembered, not skipped, when the
	 * document came from a cache), then sizes, hops and complexity with the variables' values.
	 */
	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		var context = parameters.getExecutionContext();
		String operationName = context.getOperationDefinition().getName();
		checkDocumentOnce(context.getDocument(), operationName);
		checkOperation(context.getNormalizedQueryTree().get().getTopLevelFields(), context.getGraphQLSchema(),
				context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION);
		if (state instanceof Request request) {
			request.query = context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY;
		}
		return super.beginExecuteOperation(parameters, state);
	}

	/** The checks of {@link #checkDocument} on one operation of a parsed document, each pair checked once. */
	void checkDocumentOnce(Document document, String operationName) {
		Checked key = new Checked(document, operationName);
		Optional<GraphQLError> refusal = this.checked.get(key);
		if (refusal == null) {
			try {
				checkDocument(document, operationName);
				refusal = Optional.empty();
			}
			catch (LimitExceededException ex) {
				refusal = Optional.of(ex.getUnderlyingErrors().getFirst());
			}
			if (this.checked.size() >= CHECKED_DOCUMENTS) {
				this.checked.clear();
			}
			this.checked.put(key, refusal);
		}
		if (refusal.isPresent()) {
			throw new LimitExceededException(refusal.get());
		}
	}

	/** Counts the fields of the answer as each object is completed; past the budget, the query is cancelled. */
	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		if (state instanceof Request request && request.query) {
			var strategy = parameters.getExecutionStrategyParameters();
			if (strategy.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLNamedType type
					&& type.getName().startsWith("__")) {
				return ExecuteObjectInstrumentationContext.NOOP; // introspection, bounded by the schema
			}
			long fields = request.fields.addAndGet(strategy.getFields().size());
			if (fields > this.limits.maxResultFields() && !request.overBudget) {
				request.overBudget = true;
				request.input.cancel();
			}
		}
		return ExecuteObjectInstrumentationContext.NOOP;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (!(state instanceof Request started) || parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		// a mutation writes (an ingestion may take minutes): it has the writes' timeout, and its result, once
		// written, is always answered in full
		boolean mutation = parameters.getExecutionContext().getOperationDefinition()
			.getOperation() == graphql.language.OperationDefinition.Operation.MUTATION;
		String limit = mutation ? "write-timeout" : "query-timeout";
		java.time.Duration timeout = mutation ? this.limits.writeTimeout() : this.limits.queryTimeout();
		long deadline = started.nanos + timeout.toNanos();
		return env -> {
			if (System.nanoTime() - deadline > 0 && !(mutation && env.getExecutionStepInfo().getPath().getLevel() > 1)) {
				return DataFetcherResult.newResult().error(GraphQLError.newError()
					.errorType(Timeout.TIMEOUT)
					.message("The request took longer than the limit " + limit + " = " + timeout)
					.path(env.getExecutionStepInfo().getPath())
					.location(env.getField().getSourceLocation())
					.extensions(Map.of("limit", limit, "maximum", timeout.toString()))
					.build()).build();
			}
			return dataFetcher.get(env);
		};
	}

	/**
	 * The parser stops at {@value #PARSER_MAX_TOKENS} tokens (graphql-java's own guard, which runs before any check
	 * here): its refusal is reworded to name that limit like the others.
	 */
	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Request request && request.overBudget) {
			return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
				.addError(LimitExceededException.error("max-result-fields", this.limits.maxResultFields(),
						"The answer exceeds " + this.limits.maxResultFields() + " fields"))
				.build());
		}
		if (result.getErrors().size() == 1 && result.getErrors().getFirst() instanceof InvalidSyntaxError syntax
				&& syntax.getMessage() != null && syntax.getMessage().contains("parsing has been cancelled")) {
			return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
				.addError(LimitExceededException.error("parser-max-tokens", PARSER_MAX_TOKENS,
						"The document has too many tokens for the parser"))
				.build());
		}
		return CompletableFuture.completedFuture(result);
	}

	/** The checks on the document as written: cheap, linear in its size. */
	void checkDocument(Document document, String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operations.size() > this.limits.maxOperations()) {
			throw LimitExceededException.of("max-operations", this.limits.maxOperations(),
					"The document defines " + operations.size() + " operations");
		}
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
		int aliases = countAliases(document);
		if (aliases > this.limits.maxAliases()) {
			throw LimitExceededException.of("max-aliases", this.limits.maxAliases(),
					"The document has " + aliases + " aliases");
		}
		for (OperationDefinition operation : operations) {
			if (operationName != null && !operationName.equals(operation.getName())) {
				continue;
			}
			int rootFields = rootFields(operation.getSelectionSet(), fragments, new HashSet<>());
			if (rootFields > this.limits.maxRootFields()) {
				throw LimitExceededException.of("max-root-fields", this.limits.maxRootFields(),
						"The operation selects " + rootFields + " root fields");
			}
			int depth = new Depths(fragments).of(operation.getSelectionSet());
			if (depth > this.limits.maxDepth()) {
				throw LimitExceededException.of("max-depth", this.limits.maxDepth(),
						"The query nests " + depth + " levels deep");
			}
		}
	}

	/** The checks that need the arguments' values and the schema, before any field of a query is fetched. */
	void checkOperation(List<ExecutableNormalizedField> rootFields, GraphQLSchema schema) {
		checkOperation(rootFields, schema, false);
	}

	/**
	 * The checks that need the arguments' values and the schema, before any field is fetched. A mutation's answer is
	 * computed before any of its fields is selected (an ingestion's report, a merge): a list of values in it (not
	 * nodes of the graph, whose fields read the graph) costs no reads and counts once, whatever its length.
	 */
	void checkOperation(List<ExecutableNormalizedField> rootFields, GraphQLSchema schema, boolean mutation) {
		long aggregates = rootFields.stream().filter(field -> AGGREGATES.contains(field.getName())).count();
		if (aggregates > this.limits.maxAggregates()) {
			throw LimitExceededException.of("max-aggregates", this.limits.maxAggregates(), "The query asks for "
					+ aggregates + " aggregates (" + String.join(", ", AGGREGATES)
					+ "), each of which may read every project; ask them in separate requests");
		}
		var walk = new Walk(schema, bounds(), mutation);
		long complexity = 0;
		for (ExecutableNormalizedField field : rootFields) {
			complexity = Math.min(complexity + cost(field, 1, null, walk), Long.MAX_VALUE / 2);
			if (complexity > this.limits.maxComplexity()) {
				break;
			}
		}
		if (complexity > this.limits.maxComplexity()) {
			throw LimitExceededException.of("max-complexity", this.limits.maxComplexity(), "The query costs "
					+ (complexity >= Integer.MAX_VALUE ? "more than " + Integer.MAX_VALUE : complexity)
					+ " (each field of each object it can answer 1; a list holds its first, or, without one, as many"
					+ " as the longest such lists in the graph)");
		}
	}

	/**
	 * The cost of a field asked on at most {@code parents} different objects (or on the one object a user named,
	 * {@code named}): one for each, plus its children's cost on the objects it answers ({@link #items}). Checks sizes
	 * and hops on the way.
	 */
	private long cost(ExecutableNormalizedField field, long parents, String named, Walk walk) {
		if (field.getName().startsWith("__")) {
			return 0;
		}
		Map<String, Object> arguments = field.getResolvedArguments();
		if (arguments.get("first") instanceof Integer first && first > this.limits.maxPageSize()) {
			throw LimitExceededException.of("max-page-size", this.limits.maxPageSize(),
					field.getResultKey() + " asks for a page of " + first);
		}
		if (arguments.get("ids") instanceof Collection<?> ids && ids.size() > this.limits.maxPageSize()) {
			throw LimitExceededException.of("max-page-size", this.limits.maxPageSize(),
					field.getResultKey() + " asks for " + ids.size() + " ids");
		}
		for (String name : List.of("hops", "maxHops")) {
			if (arguments.get(name) instanceof Integer hops && hops > this.limits.maxHops()) {
				throw LimitExceededException.of("max-hops", this.limits.maxHops(),
						field.getResultKey() + " asks for " + name + " " + hops);
			}
		}
		long cost = parents;
		if (!field.getChildren().isEmpty()) {
			long items = items(field, parents, named, walk);
			// a lookup of one node by id (project(id:), place(id:)...): its own lists are as long as the node's
			String lookup = (field.getParent() == null && arguments.get("id") instanceof String id
					&& !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType(walk.schema())))) ? id : null;
			for (ExecutableNormalizedField child : field.getChildren()) {
				cost = Math.min(cost + cost(child, items, lookup, walk), Long.MAX_VALUE / 2);
				if (cost > this.limits.maxComplexity()) {
					break;
				}
			}
		}
		return cost;
	}

	/**
	 * At most how many different objects a field with children answers on {@code parents} different objects. A field
	 * that is no list: one each. A list with {@code first} or {@code ids}: that many each, and no more than the
	 * graph's lists of that field hold. A list without: the {@code parents} longest such lists in the graph
	 * ({@link ListBounds}), over every type the field is asked on, or, on a node looked up by id, that node's own list
	 * (or, of a node that is not one of the graph's longest, the longest list of the others); a connection's {@code edges} are its page,
	 * counted on the connection; a traversal's chain has as many links as its hops; a list the graph does not bound
	 * (the result of a traversal such as {@code partners}) counts {@code default-page-size} each, and the result
	 * budget holds it to its real size.
	 *
	 * <p>Why different objects, when an answer can hold the same node under many parents: each list field is read
	 * once per different parent, in one statement for a page or in one batch per level, so the database's work
	 * follows the different objects; an answer that repeats them grows past {@code max-result-fields} and is
	 * stopped while it runs.
	 */
	private long items(ExecutableNormalizedField field, long parents, String named, Walk walk) {
		GraphQLSchema schema = walk.schema();
		ListBounds bounds = walk.bounds();
		var fieldType = GraphQLTypeUtil.unwrapNonNull(field.getType(schema));
		if (!GraphQLTypeUtil.isList(fieldType)) {
			Map<String, Object> arguments = field.getResolvedArguments();
			// a connection: its page, counted once here and not again on its edges
			return (arguments.get("first") instanceof Integer first) ? product(parents, Math.max(first, 1)) : parents;
		}
		Map<String, Object> arguments = field.getResolvedArguments();
		if (arguments.get("ids") instanceof Collection<?> ids) {
			return product(parents, Math.max(ids.size(), 1));
		}
		if (walk.mutation() && isValue(GraphQLTypeUtil.unwrapAll(fieldType))) {
			return parents; // a mutation's list of values, computed before it is selected
		}
		for (String type : field.getObjectTypeNames()) {
			if (type.endsWith("Connection") && field.getName().equals("edges")) {
				return parents;
			}
		}
		if (field.getParent() != null && TRAVERSAL_LISTS.contains(field.getName())) {
			// the chain of a traversal: as many links as it may have hops, one node more
			Map<String, Object> traversal = field.getParent().getResolvedArguments();
			Object hops = traversal.containsKey("hops") ? traversal.get("hops") : traversal.get("maxHops");
			if (hops instanceof Integer h && h >= 0 && h <= this.limits.maxHops()) {
				return product(parents, Math.max(1, field.getName().equals("nodes") ? h + 1 : h));
			}
		}
		Integer first = (arguments.get("first") instanceof Integer f) ? Math.max(f, 1) : null;
		Lengths lengths = Lengths.NONE;
		for (String type : field.getObjectTypeNames()) {
			Lengths known = (bounds == null) ? null
					: (named != null) ? bounds.of(type, field.getName(), named) : bounds.of(type, field.getName());
			lengths = lengths.plus((known != null) ? known
					: Lengths.atMost((first != null) ? first : this.limits.defaultPageSize()));
		}
		long items = lengths.total(parents);
		return Math.max(1, (first != null) ? Math.min(items, product(parents, first)) : items);
	}

	/** A type of plain values: not a node of the graph (nor an interface or union that may be one). */
	private static boolean isValue(GraphQLNamedType type) {
		return type instanceof graphql.schema.GraphQLObjectType object
				&& object.getInterfaces().stream().noneMatch(i -> i.getName().equals("Node"));
	}

	/** What a walk over an operation's fields needs: the schema, the lists' bounds, whether it is a mutation. */
	private record Walk(GraphQLSchema schema, ListBounds bounds, boolean mutation) {
	}

	private static long product(long a, long b) {
		return (a != 0 && b > Long.MAX_VALUE / 2 / a) ? Long.MAX_VALUE / 2 : a * b;
	}

	private static int countAliases(Document document) {
		int aliases = 0;
		Deque<SelectionSet> pending = new ArrayDeque<>();
		document.getDefinitionsOfType(OperationDefinition.class).forEach(o -> pending.push(o.getSelectionSet()));
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> pending.push(f.getSelectionSet()));
		while (!pending.isEmpty()) {
			SelectionSet set = pending.pop();
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					if (field.getAlias() != null) {
						aliases++;
					}
					if (field.getSelectionSet() != null) {
						pending.push(field.getSelectionSet());
					}
				}
				else if (selection instanceof InlineFragment inline) {
					pending.push(inline.getSelectionSet());
				}
			}
		}
		return aliases;
	}

	private static int rootFields(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> seen) {
		int count = 0;
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field) {
				count += field.getName().startsWith("__") ? 0 : 1;
			}
			else if (selection instanceof InlineFragment inline) {
				count += rootFields(inline.getSelectionSet(), fragments, seen);
			}
			else if (selection instanceof FragmentSpread spread && seen.add(spread.getName())
					&& fragments.containsKey(spread.getName())) {
				count += rootFields(fragments.get(spread.getName()).getSelectionSet(), fragments, seen);
			}
		}
		return count;
	}

	/** The depth of selection sets, each fragment measured once; a cycle of fragments (invalid) counts no deeper. */
	private static final class Depths {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Integer> measured = new HashMap<>();

		private final Set<String> open = new HashSet<>();

		Depths(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		int of(SelectionSet set) {
			if (set == null) {
				return 0;
			}
			int deepest = 0;
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					if (!field.getName().startsWith("__")) {
						deepest = Math.max(deepest, 1 + of(field.getSelectionSet()));
					}
				}
				else if (selection instanceof InlineFragment inline) {
					deepest = Math.max(deepest, of(inline.getSelectionSet()));
				}
				else if (selection instanceof FragmentSpread spread) {
					deepest = Math.max(deepest, fragment(spread.getName()));
				}
			}
			return deepest;
		}

		private int fragment(String name) {
			Integer known = this.measured.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = this.fragments.get(name);
			if (definition == null || !this.open.add(name)) {
				return 0;
			}
			int depth = of(definition.getSelectionSet());
			this.open.remove(name);
			this.measured.put(name, depth);
			return depth;
		}

	}

}
