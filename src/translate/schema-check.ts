import {
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import { COMPUTED, NODE_EVIDENCE, SUBQUERY_FIELDS } from "./computed.js";
import { NODE_TYPES, RELATIONSHIP_MAP } from "./relationship-map.js";
import { SHAPED } from "./result.js";

/**
 * Fails when a field of a node type cannot be translated: it has no relationship mapping, no computed or subquery
 * mapping, and is not a stored property (a leaf without a field resolver of its own). Runs when the schema is
 * built, so an unmapped field stops the server at start-up, never a request. `resolved` names the fields that have
 * a field resolver ("Type.field"): a leaf computed by code is not a stored property.
 */
export function checkTranslatable(schema: GraphQLSchema, resolved: ReadonlySet<string>): GraphQLSchema {
  const unmapped: string[] = [];
  for (const typeName of NODE_TYPES) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const path = `${typeName}.${field.name}`;
      const mapped = RELATIONSHIP_MAP[path] ?? COMPUTED[path] ?? (NODE_EVIDENCE.has(path) || SUBQUERY_FIELDS.has(path));
      const stored = isLeafType(getNamedType(field.type)) && !resolved.has(path);
      if (!mapped && !stored) unmapped.push(path);
    }
  }
  for (const path of Object.keys(RELATIONSHIP_MAP)) {
    const [typeName, fieldName] = path.split(".") as [string, string];
    const type = schema.getType(typeName);
    if (!isObjectType(type) || !type.getFields()[fieldName]) unmapped.push(`${path} (mapped, but not in the schema)`);
  }
  if (unmapped.length > 0) {
    throw new Error(`fields without a translation (src/translate/relationship-map.ts): ${unmapped.join(", ")}`);
  }
  return schema;
}

/**
 * Every field of every object type first checks for a translated parent: a tree from src/translate/result.ts is
 * keyed by response key, so the field is a property read (no class instance, no argument injection, no middleware).
 * Any other parent (reasoning answers, paths) goes through the field's own resolver as before.
 */
export function readShapedTrees(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) =>
        source !== null && typeof source === "object" && SHAPED in source
          ? (source as Record<string, unknown>)[info.path.key as string]
          : resolve(source, args, context, info);
    }
  }
  return schema;
}
