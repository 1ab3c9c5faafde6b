import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import type { Claim } from "./rules.js";
import { nextLineOptions, resistanceProfile } from "./reasoning.service.js";
import { type CitedClaim, DrugActivity, TherapyOption } from "./reasoning.type.js";

/** Thin: validation, the two Cypher reads and the rules live in reasoning.service.ts and its pure modules. */
@Resolver()
export class ReasoningResolver {
  @Query(() => [DrugActivity], {
    description:
      'One row per drug for a tumour\'s findings (["ALK G1202R"], ["G1202R", "L1196M"], ["MET amplification"]): ' +
      "a compound mutation's own evidence decides, otherwise the worst class of the findings wins (inferred).",
  })
  async resistanceProfile(@Arg("findings", () => [String]) findings: string[], @Ctx() ctx: Context) {
    const rows = await resistanceProfile(ctx, findings);
    return rows.map((r) => ({ ...r, evidence: r.claims.map(cited) }));
  }

  @Query(() => [TherapyOption], {
    description:
      "Ranked options after progression on priorTherapies with these findings; drugs with resistance evidence come " +
      "last with a caution; a tissue re-biopsy is advised when the findings (or plasma) cannot explain resistance.",
  })
  async nextLineOptions(
    @Arg("priorTherapies", () => [String]) priorTherapies: string[],
    @Arg("findings", () => [String]) findings: string[],
    @Ctx() ctx: Context,
  ) {
    const options = await nextLineOptions(ctx, priorTherapies, findings);
    return options.map((o) => ({ ...o, evidence: o.claims.map(cited) }));
  }
}

function cited(claim: Claim): CitedClaim {
  return {
    about: claim.subject,
    kind: claim.kind as CitedClaim["kind"],
    activity: claim.activity as CitedClaim["activity"],
    evidence: {
      level: claim.level as CitedClaim["evidence"]["level"],
      sources: claim.sources,
      specimen: claim.specimen as CitedClaim["evidence"]["specimen"],
      note: claim.note,
    },
  };
}
