import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AboutResolver } from "./modules/about/about.resolver.js";
import { ActivityResolver } from "./modules/activity/activity.resolver.js";
import { CurationResolver } from "./modules/curation/curation.resolver.js";
import { DrugResolver } from "./modules/drug/drug.resolver.js";
import { GeneResolver } from "./modules/gene/gene.resolver.js";
import { MechanismResolver } from "./modules/mechanism/mechanism.resolver.js";
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

export const RESOLVERS = [
  AboutResolver,
  ActivityResolver,
  CurationResolver,
  DrugResolver,
  EvidenceResolver,
  GeneResolver,
  MechanismResolver,
  PathsResolver,
  PathwayResolver,
  PublicationResolver,
  ReasoningResolver,
  RegimenResolver,
  SearchResolver,
  TrialArmResolver,
  TrialResolver,
  VariantResolver,
] as const;

/** Builds the executable schema. `schema/schema.graphql` is this schema printed (npm run schema:emit). */
export function createSchema(): Promise<GraphQLSchema> {
  // Argument checks are explicit in resolvers (BAD_USER_INPUT with a message), so class-validator stays off.
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
