import { Field, ObjectType } from "type-graphql";
import { EvidenceLevel, Specimen } from "./enums.js";

/** The evidence behind one claim edge: its level and the ids of the papers or trials that support it. */
@ObjectType({ description: "Why the graph holds a claim: the level of evidence and its sources." })
export class Evidence {
  @Field(() => EvidenceLevel)
  level!: EvidenceLevel;

  @Field(() => [String], { description: "PMID:…, DOI:… or NCT… ids; each resolves below." })
  sources!: string[];

  @Field(() => Specimen, { nullable: true })
  specimen!: Specimen | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/** Builds the Evidence of a relationship from its stored properties. */
export function evidenceOf(rel: Record<string, unknown>): Evidence {
  return {
    level: rel.evidenceLevel as EvidenceLevel,
    sources: (rel.sources as string[] | undefined) ?? [],
    specimen: (rel.specimen as Specimen | null | undefined) ?? null,
    note: (rel.note as string | null | undefined) ?? null,
  };
}
