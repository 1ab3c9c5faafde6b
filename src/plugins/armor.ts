import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { Context } from "../context.js";
import type { Limits } from "../server-config.js";
import { operationLimitsPlugin } from "./operation-limits.js";
import { introspectionDepthRule, knownOperationTypesRule } from "./shape-rules.js";

/**
 * Query-shape limits. graphql-armor: depth, aliases, directives (a refused query gets 400
 * GRAPHQL_VALIDATION_FAILED and never reaches a resolver). Ours: operation types the schema does not serve,
 * introspection depth (shape-rules.ts), and, once the variables are known, string lengths and cost
 * (operation-limits.ts): armor's cost rule is off, since a validation rule cannot see variables or defaults.
 * The token limit is graphql-js's own `maxTokens` parse option (see createApollo): armor's token plugin throws
 * from a hook, which Apollo answers with a 500. Field suggestions ("did you mean…") are hidden when
 * introspection is off, so errors do not leak the schema that introspection hides.
 */
export function armor(
  limits: Limits,
  introspection: boolean,
): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxTokens: { enabled: false },
    // `__schema` is deeper than data queries may be; introspectionDepthRule holds it to the standard query's depth.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    // Every alias counts, `__typename` ones too (armor lets those through by default).
    maxAliases: { n: limits.maxAliases, allowList: [] },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  // graphql-armor is typed against Apollo's CJS build and this project imports the ESM one: same shape, two
  // declarations, so the plugins are cast across.
  return {
    plugins: [...(plugins as unknown as ApolloServerPlugin<Context>[]), operationLimitsPlugin(limits)],
    validationRules: [...validationRules, knownOperationTypesRule, introspectionDepthRule],
  };
}
