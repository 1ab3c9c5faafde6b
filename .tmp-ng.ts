import { Neo4jGraphQL } from "@neo4j/graphql";
import { printType, type GraphQLObjectType } from "graphql";
const typeDefs = /* GraphQL */ `
  type Claim @relationshipProperties { key: String activity: String }
  type Drug @node { id: ID! name: String! resistantVariants: [Variant!]! @relationship(type: "CONFERS_RESISTANCE_TO", direction: IN, properties: "Claim") }
  type Variant @node { id: ID! name: String! resistantTo: [Drug!]! @relationship(type: "CONFERS_RESISTANCE_TO", direction: OUT, properties: "Claim") }
`;
const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
const drug = schema.getType("Drug") as GraphQLObjectType;
const f = drug.getFields()["resistantVariantsConnection"]!;
console.log(f.args.map((a) => `${a.name}: ${a.type}`).join("\n"));
for (const t of ["DrugResistantVariantsConnectionSort", "ClaimSort"]) { const ty = schema.getType(t); if (ty) console.log(printType(ty)); }
