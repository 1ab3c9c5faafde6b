import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

/** What the selection step needs from a request: the schema, the fragments and the variables (for @skip/@include). */
export interface SelectionScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The fields asked of one object type, by response key (alias or name); same-key fields are merged, as in graphql-js. */
export type FieldsByKey = Map<string, FieldNode[]>;

/**
 * The fields of `selections` that apply to the concrete `type`: inline and named fragments are expanded when their
 * type condition matches, @skip / @include are honoured. Mirrors graphql-js's CollectFields (spec §6.3.2).
 */
export function collectFields(
  scope: SelectionScope,
  type: GraphQLObjectType,
  selectionSets: readonly (SelectionSetNode | undefined)[],
): FieldsByKey {
  const fields: FieldsByKey = new Map();
  const visited = new Set<string>();
  for (const set of selectionSets) if (set) collectInto(scope, type, set, fields, visited);
  return fields;
}

/** The sub-fields of merged field nodes (the selection below one response key) for a concrete type. */
export function subFields(scope: SelectionScope, type: GraphQLObjectType, nodes: readonly FieldNode[]): FieldsByKey {
  return collectFields(
    scope,
    type,
    nodes.map((node) => node.selectionSet),
  );
}

function collectInto(
  scope: SelectionScope,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  fields: FieldsByKey,
  visited: Set<string>,
): void {
  for (const selection of set.selections) {
    if (!included(scope, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const list = fields.get(key);
      if (list) list.push(selection);
      else fields.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? (typeFromAST(scope.schema, selection.typeCondition) as GraphQLNamedType | undefined)
        : undefined;
      if (!condition || applies(scope, condition, type))
        collectInto(scope, type, selection.selectionSet, fields, visited);
    } else {
      const name = selection.name.value;
      if (visited.has(name)) continue;
      visited.add(name);
      const fragment = scope.fragments[name];
      if (!fragment) continue;
      const condition = typeFromAST(scope.schema, fragment.typeCondition) as GraphQLNamedType | undefined;
      if (condition && applies(scope, condition, type))
        collectInto(scope, type, fragment.selectionSet, fields, visited);
    }
  }
}

function applies(scope: SelectionScope, condition: GraphQLNamedType, type: GraphQLObjectType): boolean {
  if (condition === type) return true;
  return isAbstractType(condition) && scope.schema.isSubType(condition, type);
}

function included(scope: SelectionScope, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, scope.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, scope.variables);
  return include?.if !== false;
}
