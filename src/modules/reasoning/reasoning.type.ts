import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Drug } from "../drug/drug.type.js";
import { Outcome, TestingAdvice, TestingMethod } from "../outcome/outcome.type.js";
import { Activity, DrugClass, Specimen } from "../shared/enums.js";
import { Evidence } from "../shared/evidence.type.js";
import { ClinicalTrial } from "../trial/trial.type.js";

export enum ClaimKind {
  ACTIVITY = "ACTIVITY",
  OBSERVED_AT_RESISTANCE = "OBSERVED_AT_RESISTANCE",
  OVERCOMES = "OVERCOMES",
}
export enum OptionKind {
  THERAPY = "THERAPY",
  TISSUE_REBIOPSY = "TISSUE_REBIOPSY",
  TESTING = "TESTING",
}
export enum RankBasis {
  OUTCOME = "OUTCOME",
  ACTIVITY_CLASS = "ACTIVITY_CLASS",
  TESTING = "TESTING",
}
registerEnumType(RankBasis, {
  name: "RankBasis",
  description:
    "What an option's rank rests on: OUTCOME (a reported outcome whose population fits the patient), ACTIVITY_CLASS (evidence of activity only, no fitting outcome), TESTING (a testing step, which comes before therapies).",
});
registerEnumType(ClaimKind, {
  name: "ClaimKind",
  description:
    "ACTIVITY: a drug against a variant; OBSERVED_AT_RESISTANCE: a mechanism found at resistance to a drug; OVERCOMES: a therapy reported active despite it.",
});
registerEnumType(OptionKind, {
  name: "OptionKind",
  description:
    "A therapy; a tissue re-biopsy when the findings cannot (or plasma cannot) explain resistance; or a TESTING step, which leads the answer when no finding is known yet.",
});

@ObjectType({ description: "One claim of the graph an answer rests on: what it is about, and its evidence." })
export class CitedClaim {
  @Field(() => String, { description: "The finding the claim is about, e.g. ALK G1202R or MET amplification." })
  about!: string;

  @Field(() => ClaimKind)
  kind!: ClaimKind;

  @Field(() => Activity)
  activity!: Activity;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType({ description: "How active a drug is expected to be against a tumour's findings, and why." })
export class DrugActivity {
  @Field(() => Drug)
  drug!: Drug;

  @Field(() => Activity)
  activity!: Activity;

  @Field(() => Float, { nullable: true, description: "IC50 (nM) of the deciding claim, where published." })
  ic50nM!: number | null;

  @Field(() => Boolean, {
    description: "true when no single claim says this: evidence of several findings was combined, or a rule applied.",
  })
  inferred!: boolean;

  @Field(() => String, { description: "How the activity was derived." })
  rationale!: string;

  @Field(() => [CitedClaim])
  evidence!: CitedClaim[];
}

@ObjectType({ description: "A ranked option after progression, with the mechanism it addresses and its evidence." })
export class TherapyOption {
  @Field(() => Int, { description: "1 is the best-supported option; options with a caution come last." })
  rank!: number;

  @Field(() => OptionKind)
  kind!: OptionKind;

  @Field(() => String)
  name!: string;

  @Field(() => [Drug], { description: "The drugs given (one, or the combination's); empty for a re-biopsy." })
  therapy!: Drug[];

  @Field(() => [DrugClass], {
    description:
      "For a strategy its source names only by drug class (e.g. an ALK inhibitor with a SRC inhibitor): the classes " +
      "given besides `therapy`, which holds only the drugs the source names. Empty for named therapies.",
  })
  drugClasses!: DrugClass[];

  @Field(() => Activity, { nullable: true, description: "For a single drug: its activity against the findings." })
  activity!: Activity | null;

  @Field(() => String, { description: "The mechanism or variant it addresses, and how." })
  rationale!: string;

  @Field(() => String, { nullable: true, description: "Why it is ranked last: resistance evidence, prior failure." })
  caution!: string | null;

  @Field(() => [CitedClaim])
  evidence!: CitedClaim[];

  @Field(() => [ClinicalTrial], {
    description: "Trials that address a finding and give these drugs, and trials that reported its outcomes.",
  })
  trials!: ClinicalTrial[];

  @Field(() => RankBasis)
  rankBasis!: RankBasis;

  @Field(() => [Outcome], {
    description: "Reported outcomes of this therapy whose population fits the patient, best fit first.",
  })
  outcomes!: Outcome[];

  @Field(() => TestingMethod, { nullable: true, description: "For a testing step or a re-biopsy: what to do." })
  testingMethod!: TestingMethod | null;

  @Field(() => [TestingAdvice], { description: "The cited testing statements behind a testing step or re-biopsy." })
  testingAdvice!: TestingAdvice[];
}

@InputType({
  description:
    "One finding with how it was found: specimen (PLASMA or TISSUE) and, for plasma, its allele fraction where known.",
})
export class FindingInput {
  @Field(() => String, { description: 'A variant or mechanism, as in findings ("ALK G1202R").' })
  name!: string;

  @Field(() => Specimen, { nullable: true })
  specimen?: Specimen | null;

  @Field(() => Float, {
    nullable: true,
    description: "Variant allele fraction in plasma ctDNA (%), above 0 and at most 100.",
  })
  alleleFractionPercent?: number | null;
}
