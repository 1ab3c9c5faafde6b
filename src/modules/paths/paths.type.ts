import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { RELATIONSHIPS } from "../../graph/model.js";
import { Activity } from "../shared/enums.js";
import { Evidence } from "../shared/evidence.type.js";
import { Entity } from "../shared/unions.js";

/** The relationship types of the graph model (src/graph/model.ts), as a GraphQL enum: `via` can name only these. */
export const RelTypeEnum = Object.fromEntries(RELATIONSHIPS.map((r) => [r.type, r.type])) as Record<string, string>;
registerEnumType(RelTypeEnum, { name: "RelType", description: "A relationship type of the graph model." });

export enum EntityKind {
  DRUG = "Drug",
  REGIMEN = "Regimen",
  GENE = "Gene",
  VARIANT = "Variant",
  MECHANISM = "ResistanceMechanism",
  PATHWAY = "Pathway",
  TRIAL = "ClinicalTrial",
  PUBLICATION = "Publication",
}
registerEnumType(EntityKind, { name: "EntityKind", description: "The kind of entity a name refers to." });

export enum Direction {
  FORWARD = "FORWARD",
  BACKWARD = "BACKWARD",
}
registerEnumType(Direction, {
  name: "Direction",
  description:
    "FORWARD: the relationship points from the previous node of the path to the next; BACKWARD: the reverse.",
});

@InputType({ description: 'A node, by id ({ id: "lorlatinib" }) or by name within a kind ({ name, kind }).' })
export class NodeRef {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => EntityKind, { nullable: true })
  kind?: EntityKind | null;
}

@ObjectType({ description: "A node on a path or in a subgraph." })
export class GraphElementNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The GraphQL type of the entity, e.g. Drug." })
  kind!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Entity)
  entity!: typeof Entity;
}

@ObjectType({ description: "A relationship on a path or in a subgraph, with its evidence when it is a claim." })
export class GraphElementEdge {
  @Field(() => String, { description: "The relationship type (a RelType value)." })
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Evidence, { nullable: true })
  evidence!: Evidence | null;

  @Field(() => Activity, {
    nullable: true,
    description: "For a drug × variant activity claim (CONFERS_RESISTANCE_TO from a variant, SENSITIVE_TO): its class.",
  })
  activity!: Activity | null;

  @Field(() => Float, {
    nullable: true,
    description: "For an activity claim: the cellular IC50 in nM, where published.",
  })
  ic50nM!: number | null;
}

@ObjectType({ description: "A relationship along a path, oriented relative to the path's order." })
export class PathRelationship extends GraphElementEdge {
  @Field(() => Direction)
  direction!: Direction;
}

@ObjectType({ description: "A path: nodes in order, and the relationships between consecutive nodes." })
export class GraphPath {
  @Field(() => Int, { description: "Number of relationships." })
  length!: number;

  @Field(() => [GraphElementNode])
  nodes!: GraphElementNode[];

  @Field(() => [PathRelationship])
  relationships!: PathRelationship[];
}

@ObjectType({ description: "A node of a neighbourhood, with its distance (hops) from the centre." })
export class SubgraphNode extends GraphElementNode {
  @Field(() => Int)
  distance!: number;
}

@ObjectType({ description: "The nodes around an entity and the relationships among them." })
export class Subgraph {
  @Field(() => [SubgraphNode])
  nodes!: SubgraphNode[];

  @Field(() => [GraphElementEdge])
  edges!: GraphElementEdge[];
}
