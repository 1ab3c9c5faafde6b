import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Drug } from "../drug/drug.type.js";
import { Activity } from "../shared/enums.js";
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
}
registerEnumType(ClaimKind, {
  name: "ClaimKind",
  description:
    "ACTIVITY: a drug against a variant; OBSERVED_AT_RESISTANCE: a mechanism found at resistance to a drug; OVERCOMES: a therapy reported active despite it.",
});
registerEnumType(OptionKind, {
  name: "OptionKind",
  description: "A therapy, or a tissue re-biopsy when the findings cannot (or plasma cannot) explain resistance.",
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

  @Field(() => Activity, { nullable: true, description: "For a single drug: its activity against the findings." })
  activity!: Activity | null;

  @Field(() => String, { description: "The mechanism or variant it addresses, and how." })
  rationale!: string;

  @Field(() => String, { nullable: true, description: "Why it is ranked last: resistance evidence, prior failure." })
  caution!: string | null;

  @Field(() => [CitedClaim])
  evidence!: CitedClaim[];

  @Field(() => [ClinicalTrial], { description: "Trials that address a finding and give these drugs." })
  trials!: ClinicalTrial[];
}
