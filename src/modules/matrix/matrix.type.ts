import { Field, Float, ObjectType } from "type-graphql";
import { Drug } from "../drug/drug.type.js";
import { CitedClaim } from "../reasoning/reasoning.type.js";
import { Activity, EvidenceLevel } from "../shared/enums.js";
import { Variant } from "../variant/variant.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "One drug × variant cell of an activity matrix: the class its claims give (primary studies outrank reviews, " +
    "clinical outranks preclinical), the IC50 shown beside it, and every claim. UNKNOWN with no evidence is a gap.",
})
export class ActivityCell {
  @Field(() => Drug)
  drug!: Drug;

  @Field(() => Variant)
  variant!: Variant;

  @Field(() => Activity)
  activity!: Activity;

  @Field(() => Float, { nullable: true, description: "IC50 (nM) of the deciding class, where published." })
  ic50nM!: number | null;

  @Field(() => String, { nullable: true, description: "The assay of that IC50." })
  assay!: string | null;

  @Field(() => EvidenceLevel, {
    nullable: true,
    description: "The evidence level the cell was decided at: the `level` asked, null when both count.",
  })
  level!: EvidenceLevel | null;

  @Field(() => [String], { description: "Every source of the cell's claims (PMID:…, DOI:…, NCT…)." })
  sources!: string[];

  @Field(() => [CitedClaim], { description: "The cell's claims with their evidence (empty for a gap)." })
  evidence!: CitedClaim[];
}
