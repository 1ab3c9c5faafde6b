import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import {
  Activity,
  DetectionMethod,
  EvidenceLevel,
  MechanismCategory,
  PlasmaDetectability,
  SourceKind,
  Specimen,
  TrialPhase,
  TrialStatus,
  VariantKind,
} from "../shared/enums.js";
import { AUDIT_ID_MAX, MaxChars, TEXT_MAX } from "../shared/string-limits.js";
import { ClaimEdge } from "./claim-kinds.js";

// Each input has the fields of one record of the data files (data/README.md), and is checked against the same
// JSON Schema (data/schema/*.schema.json) before anything is written, so the API and the files share one set of
// rules for identifiers, enumerations and lengths.

@InputType({ description: "A paper, as in data/publications.yaml." })
export class PublicationInput {
  @Field(() => ID, { description: "PMID:<digits>, or DOI:10.… for a paper without a PMID." })
  id!: string;
  @Field(() => String, { nullable: true })
  pmid?: string | null;
  @Field(() => String, { nullable: true })
  doi?: string | null;
  @Field(() => String)
  @MaxChars(TEXT_MAX)
  title!: string;
  @Field(() => String)
  firstAuthor!: string;
  @Field(() => String)
  journal!: string;
  @Field(() => Int)
  year!: number;
}

@InputType()
export class TrialArmInput {
  @Field(() => String)
  label!: string;
  @Field(() => [String], { description: "Drug ids (e.g. lorlatinib); each must be in the graph." })
  drugs!: string[];
}

@InputType()
export class TrialAddressesInput {
  @Field(() => [String], { nullable: true })
  mechanisms?: string[] | null;
  @Field(() => [String], { nullable: true })
  variants?: string[] | null;
}

@InputType({ description: "A clinical trial, as in data/trials.yaml." })
export class TrialInput {
  @Field(() => ID, { description: "The NCT id." })
  id!: string;
  @Field(() => String, { nullable: true })
  acronym?: string | null;
  @Field(() => String)
  @MaxChars(TEXT_MAX)
  title!: string;
  @Field(() => TrialPhase)
  phase!: TrialPhase;
  @Field(() => TrialStatus)
  status!: TrialStatus;
  @Field(() => String)
  @MaxChars(TEXT_MAX)
  setting!: string;
  @Field(() => [TrialArmInput])
  arms!: TrialArmInput[];
  @Field(() => TrialAddressesInput, { nullable: true })
  addresses?: TrialAddressesInput | null;
  @Field(() => [String], { nullable: true, description: "Publication ids reporting the trial." })
  publications?: string[] | null;
}

@InputType({ description: "A single alteration, as in data/variants.yaml." })
export class VariantInput {
  @Field(() => ID, { description: "Gene, hyphen, name: ALK-G1202R." })
  id!: string;
  @Field(() => String)
  gene!: string;
  @Field(() => String)
  name!: string;
  @Field(() => VariantKind)
  kind!: VariantKind;
  @Field(() => String, { nullable: true })
  region?: string | null;
  @Field(() => [String], { nullable: true })
  synonyms?: string[] | null;
}

@InputType({ description: "A compound mutation, as in data/compound-mutations.yaml." })
export class CompoundMutationInput {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  gene!: string;
  @Field(() => [String], { description: "2 to 4 variant ids already in the graph." })
  components!: string[];
  @Field(() => [String], { nullable: true })
  synonyms?: string[] | null;
}

@InputType()
export class DetectionInput {
  @Field(() => [DetectionMethod])
  methods!: DetectionMethod[];
  @Field(() => PlasmaDetectability)
  plasmaDetectable!: PlasmaDetectability;
  @Field(() => String, { nullable: true })
  @MaxChars(TEXT_MAX)
  note?: string | null;
  @Field(() => [String], { nullable: true })
  sources?: string[] | null;
}

@InputType({ description: "A resistance mechanism, as in data/mechanisms.yaml." })
export class MechanismInput {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => MechanismCategory)
  category!: MechanismCategory;
  @Field(() => String, { nullable: true })
  @MaxChars(TEXT_MAX)
  description?: string | null;
  @Field(() => [String], { nullable: true })
  synonyms?: string[] | null;
  @Field(() => [String], { nullable: true })
  genes?: string[] | null;
  @Field(() => [String], { nullable: true })
  pathways?: string[] | null;
  @Field(() => [String], { nullable: true })
  variants?: string[] | null;
  @Field(() => DetectionInput)
  detection!: DetectionInput;
}

@InputType({ description: "How active a drug is against a variant, as in data/claims/activity.yaml." })
export class ActivityClaimInput {
  @Field(() => String)
  variant!: string;
  @Field(() => String)
  drug!: string;
  @Field(() => Activity)
  activity!: Activity;
  @Field(() => Float, { nullable: true })
  ic50nM?: number | null;
  @Field(() => String, { nullable: true })
  assay?: string | null;
  @Field(() => EvidenceLevel)
  level!: EvidenceLevel;
  @Field(() => Specimen, { nullable: true })
  specimen?: Specimen | null;
  @Field(() => Float, { nullable: true })
  frequencyPercent?: number | null;
  @Field(() => String, { nullable: true })
  @MaxChars(TEXT_MAX)
  frequencyContext?: string | null;
  @Field(() => [String])
  sources!: string[];
  @Field(() => SourceKind, { nullable: true, description: "A primary study, a review's summary or a knowledge base." })
  sourceKind?: SourceKind | null;
  @Field(() => String, { nullable: true, description: "Where in the source: abstract, Table 2, Figure 6A…" })
  locator?: string | null;
  @Field(() => String, { nullable: true, description: "One line, in your own words, of what the source shows." })
  basis?: string | null;
  @Field(() => String, { nullable: true })
  @MaxChars(TEXT_MAX)
  note?: string | null;
}

@InputType({ description: "More evidence for the existing claims of one level between two nodes." })
export class EvidenceInput {
  @Field(() => ClaimEdge)
  claim!: ClaimEdge;
  @Field(() => ID)
  from!: string;
  @Field(() => ID)
  to!: string;
  @Field(() => EvidenceLevel)
  level!: EvidenceLevel;
  @Field(() => [String])
  sources!: string[];
  @Field(() => Specimen, { nullable: true })
  specimen?: Specimen | null;
  @Field(() => String, { nullable: true })
  @MaxChars(TEXT_MAX)
  note?: string | null;
}

@ArgsType()
export class AuditTrailArgs {
  // Declared in the order the schema has always printed them.
  @Field(() => Int, { defaultValue: 50, description: "At most 500." })
  first: number = 50;

  @Field(() => String)
  @MaxChars(AUDIT_ID_MAX)
  id!: string;
}
