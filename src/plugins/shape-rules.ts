import {
  getIntrospectionQuery,
  GraphQLError,
  Kind,
  parse,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/**
 * An operation type the schema does not define (a `subscription`; a `mutation` on a read-only schema) is invalid
 * against the schema: 400 GRAPHQL_VALIDATION_FAILED, not an execution error masked as INTERNAL_SERVER_ERROR.
 */
export const knownOperationTypesRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === "query"
        ? schema.getQueryType()
        : node.operation === "mutation"
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) {
      context.reportError(
        new GraphQLError(`This server does not serve ${node.operation} operations.`, { nodes: node }),
      );
    }
  },
});

/**
 * Depth of a selection, fragments flattened (a spread adds no level, as in the response). Fragment depths are
 * memoised, so a document spreading fragments inside fragments is measured in linear time; a cycle (reported by
 * graphql-js's own rule) counts as no depth.
 */
function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: (name: string) => FragmentDefinitionNode | null | undefined,
  memo: Map<string, number>,
): number {
  if (!set) return 0;
  let depth = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      depth = Math.max(depth, 1 + selectionDepth(selection.selectionSet, fragments, memo));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = Math.max(depth, selectionDepth(selection.selectionSet, fragments, memo));
    } else {
      const name = selection.name.value;
      if (!memo.has(name)) {
        memo.set(name, 0);
        memo.set(name, selectionDepth(fragments(name)?.selectionSet, fragments, memo));
      }
      depth = Math.max(depth, memo.get(name)!);
    }
  }
  return depth;
}

/** Depth of the standard introspection query with every option on (what GraphiQL sends), fragments flattened. */
export const INTROSPECTION_MAX_DEPTH = (() => {
  const document = parse(
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  );
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return selectionDepth(
    "selectionSet" in operation ? operation.selectionSet : undefined,
    (n) => fragments.get(n),
    new Map(),
  );
})();

/** The root `__schema` / `__type` fields of an operation, also when they sit in fragments on the root type. */
function rootIntrospection(
  set: SelectionSetNode,
  fragments: (name: string) => FragmentDefinitionNode | null | undefined,
  seen: Set<string>,
): FieldNode[] {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) {
      return selection.name.value === "__schema" || selection.name.value === "__type" ? [selection] : [];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootIntrospection(selection.selectionSet, fragments, seen);
    const fragment = fragments(selection.name.value);
    if (!fragment || seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    return rootIntrospection(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Introspection is under a depth limit too: `__schema` and `__type` selections may be as deep as the standard
 * introspection query and no deeper (graphql-armor's depth limit skips `__schema`, whose standard query is deeper
 * than data queries may be). Its size is held by the cost limit, its aliases by the alias limit.
 */
export const introspectionDepthRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const memo = new Map<string, number>();
  return {
    OperationDefinition(node) {
      const fragments = (name: string) => context.getFragment(name);
      const selections = rootIntrospection(node.selectionSet, fragments, new Set());
      const depth = selectionDepth({ kind: Kind.SELECTION_SET, selections }, fragments, memo);
      if (depth > INTROSPECTION_MAX_DEPTH) {
        context.reportError(
          new GraphQLError(`Introspection depth limit of ${INTROSPECTION_MAX_DEPTH} exceeded, found ${depth}.`, {
            nodes: node,
          }),
        );
      }
      return false;
    },
  };
};
