import { createUnionType } from "type-graphql";
import { Drug } from "../drug/drug.type.js";
import { Gene } from "../gene/gene.type.js";
import { Outcome, TestingAdvice } from "../outcome/outcome.type.js";
import { ResistanceMechanism } from "../mechanism/mechanism.type.js";
import { Pathway } from "../pathway/pathway.type.js";
import { Publication } from "../publication/publication.type.js";
import { Regimen } from "../regimen/regimen.type.js";
import { ClinicalTrial } from "../trial/trial.type.js";
import { Variant } from "../variant/variant.type.js";
import { NODE_TYPES } from "../../graph/model.js";
import type { GraphNode } from "./graph-node.js";

export function typeNameOf(node: GraphNode): string {
  const name = NODE_TYPES.find((type) => node.__labels.includes(type));
  if (!name) throw new Error(`no GraphQL type for labels ${node.__labels.join(",")}`);
  return name;
}

export const Therapy = createUnionType({
  name: "Therapy",
  description: "A single drug or a combination.",
  types: () => [Drug, Regimen] as const,
  resolveType: (value) => typeNameOf(value as unknown as GraphNode),
});

export const ResistanceTarget = createUnionType({
  name: "ResistanceTarget",
  description: "What a therapy overcomes or a trial addresses: a mechanism or a specific variant.",
  types: () => [ResistanceMechanism, Variant] as const,
  resolveType: (value) => typeNameOf(value as unknown as GraphNode),
});

export const Entity = createUnionType({
  name: "Entity",
  description: "Any node of the graph.",
  types: () =>
    [
      Drug,
      Regimen,
      Gene,
      Variant,
      ResistanceMechanism,
      Pathway,
      ClinicalTrial,
      Publication,
      Outcome,
      TestingAdvice,
    ] as const,
  resolveType: (value) => typeNameOf(value as unknown as GraphNode),
});
