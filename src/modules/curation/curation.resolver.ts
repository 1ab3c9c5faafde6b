import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { cypher } from "../../db/cypher.js";
import { BadInputError } from "../../errors/errors.js";
import type {
  ActivityClaim as ActivityRecord,
  CompoundMutation,
  Mechanism,
  Publication as PublicationRecord,
  Trial,
  Variant as VariantRecord,
} from "../../seed/files.js";
import { activityClaim } from "../claims/claim-edges.js";
import { ActivityClaim } from "../claims/claims.type.js";
import { ResistanceMechanism } from "../mechanism/mechanism.type.js";
import { Publication } from "../publication/publication.type.js";
import { checkFirst } from "../shared/edges.js";
import { Evidence, evidenceOf } from "../shared/evidence.type.js";
import type { GraphNode } from "../shared/graph-node.js";
import { AUDIT_ID_MAX } from "../shared/string-limits.js";
import { ClinicalTrial } from "../trial/trial.type.js";
import { Variant } from "../variant/variant.type.js";
import { AuditEvent } from "./audit-event.type.js";
import { requireCurator, requireKey } from "./authorize.js";
import { CLAIM_EDGES } from "./claim-kinds.js";
import {
  ActivityClaimInput,
  AuditTrailArgs,
  CompoundMutationInput,
  EvidenceInput,
  MechanismInput,
  PublicationInput,
  TrialInput,
  VariantInput,
} from "./curation.inputs.js";
import * as plans from "./curation.plans.js";
import { addEvidence, applyWrite } from "./curation.repository.js";

const SOURCES = { description: "The PMID:, DOI: or NCT ids the change rests on; each must be in the graph." };

/**
 * Curator writes. Each mutation checks the key's role, then the input against the data files' JSON Schema, then
 * writes the change and its AuditEvent in one transaction. Writing the same record twice merges (MERGE on id or
 * claim key), it never duplicates.
 */
@Resolver()
export class CurationResolver {
  @Mutation(() => Publication, { description: "Adds or updates a publication." })
  async upsertPublication(
    @Arg("input", () => PublicationInput) input: PublicationInput,
    @Arg("sources", () => [String], SOURCES) sources: string[],
    @Ctx() ctx: Context,
  ) {
    requireCurator(ctx);
    const record = plans.checkRecord<PublicationRecord>("publications", input);
    return (await applyWrite(ctx, plans.publicationPlan(record, plans.checkSources(sources)))).node;
  }

  @Mutation(() => ClinicalTrial, { description: "Adds or updates a trial, its arms' drugs and what it addresses." })
  async upsertTrial(
    @Arg("input", () => TrialInput) input: TrialInput,
    @Arg("sources", () => [String], SOURCES) sources: string[],
    @Ctx() ctx: Context,
  ) {
    requireCurator(ctx);
    const record = plans.checkRecord<Trial>("trials", input);
    return (await applyWrite(ctx, plans.trialPlan(record, plans.checkSources(sources)))).node;
  }

  @Mutation(() => Variant, { description: "Adds or updates a single variant of a gene already in the graph." })
  async upsertVariant(
    @Arg("input", () => VariantInput) input: VariantInput,
    @Arg("sources", () => [String], SOURCES) sources: string[],
    @Ctx() ctx: Context,
  ) {
    requireCurator(ctx);
    const record = plans.checkRecord<VariantRecord>("variants", input);
    return (await applyWrite(ctx, plans.variantPlan(record, plans.checkSources(sources)))).node;
  }

  @Mutation(() => Variant, { description: "Adds or updates a compound mutation of variants already in the graph." })
  async upsertCompoundMutation(
    @Arg("input", () => CompoundMutationInput) input: CompoundMutationInput,
    @Arg("sources", () => [String], SOURCES) sources: string[],
    @Ctx() ctx: Context,
  ) {
    requireCurator(ctx);
    const record = plans.checkRecord<CompoundMutation>("compound-mutations", input);
    const checked = plans.checkSources(sources);
    const found = await ctx.loaders.node("Variant").loadMany(record.components);
    const components = found.filter((v): v is GraphNode => v !== null && !(v instanceof Error));
    if (components.length !== record.components.length) {
      const known = new Set(components.map((c) => c.id));
      const missing = record.components.filter((id) => !known.has(id));
      throw new BadInputError(`components not in the graph: ${missing.join(", ")}`, { argument: "components" });
    }
    const asRecords = components.map((c) => ({ id: c.id, gene: c.gene, name: c.name, kind: c.kind }) as VariantRecord);
    return (await applyWrite(ctx, plans.compoundPlan(record, asRecords, checked))).node;
  }

  @Mutation(() => ResistanceMechanism, {
    description: "Adds or updates a mechanism and its genes, pathways, variants.",
  })
  async upsertMechanism(
    @Arg("input", () => MechanismInput) input: MechanismInput,
    @Arg("sources", () => [String], SOURCES) sources: string[],
    @Ctx() ctx: Context,
  ) {
    requireCurator(ctx);
    const record = plans.checkRecord<Mechanism>("mechanisms", input);
    return (await applyWrite(ctx, plans.mechanismPlan(record, plans.checkSources(sources)))).node;
  }

  @Mutation(() => ActivityClaim, {
    description: "Adds or updates how active a drug is against a variant; the claim's own sources are the citation.",
  })
  async upsertActivityClaim(@Arg("input", () => ActivityClaimInput) input: ActivityClaimInput, @Ctx() ctx: Context) {
    requireCurator(ctx);
    const record = plans.checkIc50Class(plans.checkRecord<ActivityRecord>("activity", input));
    const { rels } = await applyWrite(ctx, plans.activityPlan(record));
    const [written] = rels;
    return activityClaim(written!.to, written!.from, written!.rel);
  }

  @Mutation(() => [Evidence], {
    description: "Adds cited sources to the existing claims of one level between two nodes.",
  })
  async addEvidence(@Arg("input", () => EvidenceInput) input: EvidenceInput, @Ctx() ctx: Context) {
    requireCurator(ctx);
    plans.checkDefinition("note", "text", input.note);
    plans.checkDefinition("from", "name", input.from);
    plans.checkDefinition("to", "name", input.to);
    const rels = await addEvidence(ctx, CLAIM_EDGES[input.claim], {
      from: input.from,
      to: input.to,
      level: input.level,
      sources: plans.checkSources(input.sources),
      specimen: input.specimen ?? null,
      note: input.note ?? null,
    });
    return rels.map(evidenceOf);
  }

  @Query(() => [AuditEvent], {
    description: "The write history of a node id or claim key, newest first (needs a key).",
  })
  async auditTrail(@Args(() => AuditTrailArgs) { id, first }: AuditTrailArgs, @Ctx() ctx: Context) {
    requireKey(ctx);
    if (id.length === 0 || id.length > AUDIT_ID_MAX) {
      throw new BadInputError(`id must be 1 to ${AUDIT_ID_MAX} characters`);
    }
    const rows = await ctx.executor.read(cypher("curation/audit-trail"), { id, limit: checkFirst(first, 500) });
    return rows.map((row) => row.event);
  }
}
