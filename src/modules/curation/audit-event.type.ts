import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "One write through the API: who, when, on which evidence, and what changed.",
})
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "When (ISO-8601, UTC)." })
  at!: string;

  @Field(() => String, { description: "The name of the API key that wrote." })
  actor!: string;

  @Field(() => String, { description: "Its role (CURATOR)." })
  role!: string;

  @Field(() => String, { description: "The mutation, e.g. upsertVariant." })
  operation!: string;

  @Field(() => String, { description: "The node id, or the claim key for a claim." })
  entity!: string;

  @Field(() => String, { description: "A label, or a relationship type for a claim." })
  entityType!: string;

  @Field(() => [String], { description: "Every node id the write involved." })
  subjects!: string[];

  @Field(() => [String], { description: "The cited PMID:, DOI: or NCT ids." })
  sources!: string[];

  @Field(() => Boolean, { description: "True when the write created the entity." })
  created!: boolean;

  @Field(() => [String], { description: "Names of the properties that changed (claim.property for a claim)." })
  changed!: string[];

  @Field(() => String, { description: 'JSON: {"property": [before, after]} for every change.' })
  changes!: string;
}
