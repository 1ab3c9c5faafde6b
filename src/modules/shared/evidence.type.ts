import { Field, Float, ObjectType } from "type-graphql";
import { EvidenceLevel, SourceKind, Specimen } from "./enums.js";

@ObjectType({
  simpleResolvers: true,
  description: "A value read through a database extract (e.g. ChEMBL), with the extract's own ids.",
})
export class SourceExtract {
  @Field(() => String, { description: "e.g. ChEMBL." })
  database!: string;

  @Field(() => String, { nullable: true, description: "The database's id of the source document." })
  document!: string | null;

  @Field(() => String, { nullable: true, description: "The database's id of the measurement." })
  activity!: string | null;

  @Field(() => String, { nullable: true, description: "Where the extract was read (repository and file)." })
  via!: string | null;
}

/** The evidence behind one claim edge: its level and the ids of the papers or trials that support it. */
@ObjectType({
  simpleResolvers: true,
  description: "Why the graph holds a claim: the level of evidence and its sources.",
})
export class Evidence {
  @Field(() => EvidenceLevel)
  level!: EvidenceLevel;

  @Field(() => [String], { description: "PMID:…, DOI:… or NCT… ids; each resolves below." })
  sources!: string[];

  @Field(() => Specimen, { nullable: true })
  specimen!: Specimen | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => SourceKind, { nullable: true, description: "A primary study, a review's summary, or a knowledge base." })
  sourceKind!: SourceKind | null;

  @Field(() => String, {
    nullable: true,
    description: "Where in the source the finding stands: abstract, Table 2, Figure 6A, a registry section…",
  })
  locator!: string | null;

  @Field(() => String, { nullable: true, description: "One line, in the curator's words, of what the source shows." })
  basis!: string | null;

  @Field(() => Float, { nullable: true, description: "Cellular IC50 in nM of an activity claim, as published." })
  ic50nM!: number | null;

  @Field(() => String, { nullable: true, description: "The assay of the IC50: cell line, fusion variant, readout." })
  assay!: string | null;

  @Field(() => SourceExtract, { nullable: true, description: "The database extract the value was read through." })
  extract!: SourceExtract | null;
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** Builds the Evidence of a relationship from its stored properties. */
export function evidenceOf(rel: Record<string, unknown>): Evidence {
  return {
    level: rel.evidenceLevel as EvidenceLevel,
    sources: (rel.sources as string[] | undefined) ?? [],
    specimen: (rel.specimen as Specimen | null | undefined) ?? null,
    note: text(rel.note),
    sourceKind: (text(rel.sourceKind) as SourceKind | null) ?? null,
    locator: text(rel.locator),
    basis: text(rel.basis),
    ic50nM: typeof rel.ic50nM === "number" ? rel.ic50nM : null,
    assay: text(rel.assay),
    extract:
      typeof rel.extractDatabase === "string"
        ? {
            database: rel.extractDatabase,
            document: text(rel.extractDocument),
            activity: text(rel.extractActivity),
            via: text(rel.extractVia),
          }
        : null,
  };
}
