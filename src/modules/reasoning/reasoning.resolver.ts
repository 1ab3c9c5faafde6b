import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Query, Resolver } from "type-graphql";
import { asksAny } from "../shared/asks.js";
import type { Context } from "../../context.js";
import { EvidenceLevel } from "../shared/enums.js";
import type { Claim } from "./rules.js";
import { TestingMethod } from "../outcome/outcome.type.js";
import { nextLineOptions, resistanceProfile } from "./reasoning.service.js";
import { type CitedClaim, DrugActivity, FindingInput, TherapyOption } from "./reasoning.type.js";

const TESTED = {
  nullable: true,
  description:
    "How the tumour was tested (PLASMA_CTDNA, TISSUE_NGS, TISSUE_HISTOLOGY); a finding's specimen implies its method.",
};
const DETAILS = {
  nullable: true,
  description: "Findings with their specimen and plasma allele fraction; their names join `findings`.",
};

/** Evidence fields only display reads (the rules do not): the read leaves them out unless one is asked. */
const CLAIM_TEXT = new Set(["note", "locator", "basis", "assay", "extract"]);
/** Drug fields the rules do not read (they read id, name and drugClass): a profile reads them only when asked. */
const DRUG_DETAIL = new Set(["synonyms", "researchCodes", "generation", "approvalStatus"]);

/** Thin: validation, the Cypher reads (one for a profile, two for options) and the rules live in reasoning.service.ts. */
@Resolver()
export class ReasoningResolver {
  @Query(() => [DrugActivity], {
    description:
      'One row per drug for a tumour\'s findings (["ALK G1202R"], ["G1202R", "L1196M"], ["MET amplification"]): ' +
      "a compound mutation's own evidence decides, otherwise the worst class of the findings wins (inferred). " +
      "Primary studies outrank reviews, clinical evidence outranks preclinical; `level` keeps one level only. " +
      "findingDetails add where a finding was found (and its plasma allele fraction) to the rationale.",
  })
  async resistanceProfile(
    @Arg("findings", () => [String]) findings: string[],
    @Arg("level", () => EvidenceLevel, {
      nullable: true,
      description: "Only CLINICAL (patients) or only PRECLINICAL (cells, animals) evidence; both when omitted.",
    })
    level: EvidenceLevel | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("tested", () => [TestingMethod], TESTED) tested?: TestingMethod[] | null,
    @Arg("findingDetails", () => [FindingInput], DETAILS) details?: FindingInput[] | null,
  ) {
    const rows = await resistanceProfile(
      ctx,
      findings,
      { tested: tested ?? [], details: details ?? [] },
      level ?? null,
      { claimText: asksAny(info, CLAIM_TEXT), drugDetail: asksAny(info, DRUG_DETAIL) },
    );
    return rows.map((r) => ({ ...r, evidence: r.claims.map(cited) }));
  }

  @Query(() => [TherapyOption], {
    description:
      "Ranked options after progression on priorTherapies with these findings (may be empty: no result yet); " +
      "testing advice first when no finding is known (plasma ctDNA, then tissue), ranked on reported outcomes " +
      "where they fit the patient (rankBasis), drugs with resistance evidence last with a caution; a tissue " +
      "re-biopsy is advised when the findings (or plasma) cannot explain resistance.",
  })
  async nextLineOptions(
    @Arg("priorTherapies", () => [String]) priorTherapies: string[],
    @Arg("findings", () => [String]) findings: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("tested", () => [TestingMethod], TESTED) tested?: TestingMethod[] | null,
    @Arg("findingDetails", () => [FindingInput], DETAILS) details?: FindingInput[] | null,
  ) {
    const options = await nextLineOptions(
      ctx,
      priorTherapies,
      findings,
      { tested: tested ?? [], details: details ?? [] },
      asksAny(info, CLAIM_TEXT),
    );
    return options.map((o) => ({ ...o, evidence: o.claims.map(cited) }));
  }
}

export function cited(claim: Claim): CitedClaim {
  type E = CitedClaim["evidence"];
  return {
    about: claim.subject,
    kind: claim.kind as CitedClaim["kind"],
    activity: claim.activity as CitedClaim["activity"],
    evidence: {
      level: claim.level as E["level"],
      sources: claim.sources,
      specimen: claim.specimen as E["specimen"],
      note: claim.note,
      sourceKind: (claim.sourceKind ?? null) as E["sourceKind"],
      locator: claim.locator ?? null,
      basis: claim.basis ?? null,
      ic50nM: claim.ic50nM,
      assay: claim.assay ?? null,
      extract: claim.extract ?? null,
    },
  };
}
