import "reflect-metadata";
import { isUnionType, type GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage } from "type-graphql";
import { AboutResolver } from "./modules/about/about.resolver.js";
import { CurationResolver } from "./modules/curation/curation.resolver.js";
import { DrugResolver } from "./modules/drug/drug.resolver.js";
import { GeneResolver } from "./modules/gene/gene.resolver.js";
import { MatrixResolver } from "./modules/matrix/matrix.resolver.js";
import { MechanismResolver } from "./modules/mechanism/mechanism.resolver.js";
import { OutcomeResolver, TestingAdviceResolver } from "./modules/outcome/outcome.resolver.js";
import { PathsResolver } from "./modules/paths/paths.resolver.js";
import { PathwayResolver } from "./modules/pathway/pathway.resolver.js";
import { PublicationResolver } from "./modules/publication/publication.resolver.js";
import { ReasoningResolver } from "./modules/reasoning/reasoning.resolver.js";
import { RegimenResolver } from "./modules/regimen/regimen.resolver.js";
import { SearchResolver } from "./modules/search/search.resolver.js";
import { EvidenceResolver } from "./modules/shared/evidence.resolver.js";
import { TrialArmResolver } from "./modules/trial/trial-arm.resolver.js";
import { TrialResolver } from "./modules/trial/trial.resolver.js";
import { VariantResolver } from "./modules/variant/variant.resolver.js";
import { typeNameOf } from "./modules/shared/unions.js";
import type { GraphNode } from "./modules/shared/graph-node.js";
import { checkTranslatable, readShapedTrees } from "./translate/schema-check.js";

export const RESOLVERS = [
  AboutResolver,
  CurationResolver,
  DrugResolver,
  EvidenceResolver,
  GeneResolver,
  MechanismResolver,
  OutcomeResolver,
  PathsResolver,
  PathwayResolver,
  PublicationResolver,
  ReasoningResolver,
  RegimenResolver,
  SearchResolver,
  TestingAdviceResolver,
  TrialArmResolver,
  TrialResolver,
  VariantResolver,
  MatrixResolver,
] as const;

/** Builds the executable schema. `schema/schema.graphql` is this schema printed (npm run schema:emit). */
export async function createSchema(): Promise<GraphQLSchema> {
  // Argument checks are explicit in resolvers (BAD_USER_INPUT with a message), so class-validator stays off.
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  // Graph reads are translated to one Cypher statement per root field (src/translate/): every field of a node type
  // must have a translation, and fields read translated trees as plain properties.
  return syncTypeResolution(readShapedTrees(checkTranslatable(schema, fieldsWithResolvers())));
}

/**
 * Every union of this schema (Therapy, ResistanceTarget, Entity) resolves a value by its labels (typeNameOf).
 * type-graphql wraps a union's resolveType in an async function, which costs graphql-js a promise per value and
 * which graphql-jit cannot use at all (it needs the type name itself; bench/README, "Compiled execution").
 */
function syncTypeResolution(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isUnionType(type)) type.resolveType = (value) => typeNameOf(value as GraphNode);
  }
  return schema;
}

/** "Type.field" of every @FieldResolver (a leaf computed by code is not a stored property). */
function fieldsWithResolvers(): Set<string> {
  const names = getMetadataStorage().fieldResolvers.map((r) => `${r.getObjectType?.().name}.${r.schemaName}`);
  return new Set(names);
}
