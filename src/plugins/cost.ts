import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * Selections the cost walk visits at most: fragments spread inside fragments are walked once per spread, so a
 * small document could otherwise expand exponentially. Past it the operation is refused.
 */
export const MAX_COST_NODES = 10_000;

/**
 * The cost of an operation as the executor will run it: every field costs 1, and a field with a `first` argument
 * multiplies the cost of its selection by `first` as the executor sees it: a literal, a variable's value, or the
 * argument's default (20 on lists, 100 on relationship fields, 50 on neighbourhoods…). Other lists count once
 * (their length follows the data, and the request's row bound holds them), except introspection lists, which
 * count as long as they are in this schema on average, so introspection is under the same limit as data.
 * `@skip` / `@include` are honoured; on an abstract type, the costliest possible type counts. Arguments are read
 * with graphql-js's own getArgumentValues, from the variables as coerced for the executor.
 *
 * Every term is non-negative, so the walk stops as soon as any part of the operation costs more than `max` and
 * returns that part's cost: a refused operation is not walked to its end.
 */
export function operationCost({
  schema,
  document,
  operation,
  variables,
  max = Infinity,
}: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  max?: number;
}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const sizes = introspectionSizes(schema);
  let visited = 0;

  const included = (node: SelectionNode): boolean => {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
    const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
    return skip?.if !== true && include?.if !== false;
  };

  const applies = (condition: NamedTypeNode | undefined, runtime: GraphQLObjectType): boolean => {
    if (!condition) return true;
    const type = schema.getType(condition.name.value);
    if (type === runtime) return true;
    return type !== undefined && isAbstractType(type) && schema.isSubType(type, runtime);
  };

  const selectionCost = (set: SelectionSetNode, type: GraphQLCompositeType): number => {
    const runtimes = isAbstractType(type) ? schema.getPossibleTypes(type) : [type as GraphQLObjectType];
    return Math.max(0, ...runtimes.map((runtime) => costFor(set, runtime, new Set())));
  };

  const costFor = (set: SelectionSetNode, runtime: GraphQLObjectType, active: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (++visited > MAX_COST_NODES) {
        throw new GraphQLError(`The query has more than ${MAX_COST_NODES} selections once its fragments are expanded.`);
      }
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, runtime);
        if (total > max) throw new OverLimit(total);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition, runtime)) total += costFor(selection.selectionSet, runtime, active);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || active.has(name) || !applies(fragment.typeCondition, runtime)) continue;
        active.add(name);
        total += costFor(fragment.selectionSet, runtime, active);
        active.delete(name);
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLObjectType): number => {
    const name = node.name.value;
    const field: GraphQLField<unknown, unknown> | undefined =
      name === TypeNameMetaFieldDef.name
        ? TypeNameMetaFieldDef
        : name === SchemaMetaFieldDef.name
          ? SchemaMetaFieldDef
          : name === TypeMetaFieldDef.name
            ? TypeMetaFieldDef
            : parent.getFields()[name];
    if (!field) return 0;
    const named = getNamedType(field.type);
    const child = node.selectionSet && isCompositeType(named) ? selectionCost(node.selectionSet, named) : 0;
    const first = getArgumentValues(field, node, variables).first;
    const multiplier = typeof first === "number" ? Math.max(0, first) : (sizes.get(`${parent.name}.${name}`) ?? 1);
    const cost = 1 + multiplier * child;
    if (cost > max) throw new OverLimit(cost);
    return cost;
  };

  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  try {
    return root ? selectionCost(operation.selectionSet, root) : 0;
  } catch (error) {
    if (error instanceof OverLimit) return error.cost;
    throw error;
  }
}

/** Thrown inside the walk once a part of the operation costs more than the limit. */
class OverLimit {
  constructor(readonly cost: number) {}
}

const sizesBySchema = new WeakMap<GraphQLSchema, Map<string, number>>();

/**
 * How long each introspection list of this schema is on average (rounded up): `__Schema.types` is the number of
 * types, `__Type.fields` the fields per type, `__Field.args` the arguments per field… Multiplied down a query,
 * averages give the real number of items (types × fields per type = all fields), so one full introspection costs
 * about what it returns.
 */
export function introspectionSizes(schema: GraphQLSchema): Map<string, number> {
  const cached = sizesBySchema.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const count = { fields: 0, args: 0, inputFields: 0, enumValues: 0, interfaces: 0, possibleTypes: 0 };
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields: GraphQLField<unknown, unknown>[] = Object.values(type.getFields());
      count.fields += fields.length;
      count.args += fields.reduce((sum, f) => sum + f.args.length, 0);
      count.interfaces += type.getInterfaces().length;
    }
    if (isInputObjectType(type)) count.inputFields += Object.keys(type.getFields()).length;
    if ("getValues" in type) count.enumValues += type.getValues().length;
    if (isInterfaceType(type) || "getTypes" in type) count.possibleTypes += schema.getPossibleTypes(type).length;
  }
  const perType = (n: number) => Math.ceil(n / Math.max(1, types.length));
  const sizes = new Map<string, number>([
    ["__Schema.types", types.length],
    ["__Schema.directives", directives.length],
    ["__Type.fields", perType(count.fields)],
    ["__Type.inputFields", perType(count.inputFields)],
    ["__Type.enumValues", perType(count.enumValues)],
    ["__Type.interfaces", perType(count.interfaces)],
    ["__Type.possibleTypes", perType(count.possibleTypes)],
    ["__Field.args", Math.ceil(count.args / Math.max(1, count.fields))],
    ["__Directive.args", Math.ceil(directives.reduce((s, d) => s + d.args.length, 0) / Math.max(1, directives.length))],
  ]);
  sizesBySchema.set(schema, sizes);
  return sizes;
}
