import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { SourceKind, Specimen } from "../shared/enums.js";

export enum TestingMethod {
  PLASMA_CTDNA = "PLASMA_CTDNA",
  TISSUE_NGS = "TISSUE_NGS",
  TISSUE_HISTOLOGY = "TISSUE_HISTOLOGY",
}
export enum TreatmentLine {
  FIRST_LINE = "FIRST_LINE",
  SECOND_LINE_PLUS = "SECOND_LINE_PLUS",
}
export enum AlkMutationStatus {
  DETECTED = "DETECTED",
  NOT_DETECTED = "NOT_DETECTED",
  ANY = "ANY",
}
registerEnumType(TestingMethod, {
  name: "TestingMethod",
  description:
    "How the tumour was (or should be) tested: PLASMA_CTDNA (plasma ctDNA NGS, a liquid biopsy), TISSUE_NGS (NGS of a tissue biopsy), TISSUE_HISTOLOGY (histology and IHC of a tissue biopsy).",
});
registerEnumType(TreatmentLine, {
  name: "TreatmentLine",
  description: "FIRST_LINE: ALK-TKI-naive; SECOND_LINE_PLUS: after at least one ALK TKI.",
});
registerEnumType(AlkMutationStatus, {
  name: "AlkMutationStatus",
  description: "An ALK kinase-domain resistance mutation DETECTED, NOT_DETECTED, or ANY (not restricted).",
});

@ObjectType({
  simpleResolvers: true,
  description:
    "A reported result of a therapy for one trial arm (or cohort) and subgroup, each number as read in its source.",
})
export class Outcome {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The therapy, the trial and the subgroup, in words." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The trial arm, as labelled in the trial's arms." })
  arm!: string | null;

  @Field(() => TreatmentLine, { nullable: true })
  line!: TreatmentLine | null;

  @Field(() => [String], {
    nullable: true,
    description: "Drug ids the subgroup had received ([] = ALK-TKI-naive; null = not restricted).",
  })
  priorTherapies!: string[] | null;

  @Field(() => Int, { nullable: true, description: 'The generation of a prior ALK TKI ("after a 2G TKI").' })
  priorGeneration!: number | null;

  @Field(() => AlkMutationStatus, { nullable: true })
  alkMutation!: AlkMutationStatus | null;

  @Field(() => Specimen, { nullable: true, description: "Where the ALK-mutation status was determined." })
  specimen!: Specimen | null;

  @Field(() => [String], {
    nullable: true,
    description: "Mechanism ids the subgroup's tumours had (e.g. sclc-transformation); null = not restricted.",
  })
  mechanisms!: string[] | null;

  @Field(() => String, { nullable: true, description: "The subgroup as the source describes it." })
  population!: string | null;

  @Field(() => Int, { nullable: true, description: "Patients in the subgroup." })
  patients!: number | null;

  @Field(() => Float, { nullable: true, description: "Objective response rate (%)." })
  orrPercent!: number | null;

  @Field(() => Float, { nullable: true, description: "Median progression-free survival (months)." })
  medianPfsMonths!: number | null;

  @Field(() => Boolean, { description: "true when the source reports the median PFS as not reached." })
  pfsNotReached!: boolean;

  @Field(() => Float, { nullable: true, description: "Intracranial objective response rate (%)." })
  intracranialOrrPercent!: number | null;

  @Field(() => SourceKind, { description: "PRIMARY (the study that measured it), REVIEW or KNOWLEDGEBASE." })
  sourceKind!: SourceKind;

  @Field(() => [String], { description: "PMID:…, DOI:… or NCT… ids." })
  sources!: string[];

  @Field(() => String, { description: "Where in the source the numbers are (abstract, Table 2…)." })
  locator!: string;

  @Field(() => String, { description: "What the source shows there, in one line." })
  basis!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "A cited statement of how, and when, to test the tumour at progression.",
})
export class TestingAdvice {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => TestingMethod)
  step!: TestingMethod;

  @Field(() => String, { description: "When the step applies." })
  when!: string;

  @Field(() => String, { description: "What the source says, in the curator's words (numbers as read)." })
  statement!: string;

  @Field(() => SourceKind, { description: "PRIMARY, REVIEW or KNOWLEDGEBASE." })
  sourceKind!: SourceKind;

  @Field(() => [String])
  sources!: string[];

  @Field(() => String)
  locator!: string;

  @Field(() => String)
  basis!: string;
}
