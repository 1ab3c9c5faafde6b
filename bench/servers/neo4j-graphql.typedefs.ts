/** The type definitions @neo4j/graphql serves in the benchmark: our labels and types, the fields the operations read. */
export const typeDefs = /* GraphQL */ `
  "A claim's relationship properties: the key orders claims of one pair (nested lists count edges, as ours do)."
  type Claim @relationshipProperties {
    key: String
  }

  enum TrialPhase {
    PHASE1
    PHASE1_2
    PHASE2
    PHASE3
  }

  type Drug @node {
    id: ID!
    name: String!
    nameKey: String
    drugClass: String!
    generation: Int
    resistantVariants: [Variant!]! @relationship(type: "CONFERS_RESISTANCE_TO", direction: IN, properties: "Claim")
  }

  type Gene @node {
    id: ID!
    symbol: String!
    variants: [Variant!]! @relationship(type: "VARIANT_OF", direction: IN)
  }

  type Variant @node {
    id: ID!
    name: String!
    fullName: String!
    nameKey: String
    kind: String!
    region: String
    genes: [Gene!]! @relationship(type: "VARIANT_OF", direction: OUT)
    resistantTo: [Drug!]! @relationship(type: "CONFERS_RESISTANCE_TO", direction: OUT, properties: "Claim")
  }

  type ClinicalTrial @node {
    id: ID!
    name: String!
    phase: TrialPhase!
    status: String!
  }
`;
