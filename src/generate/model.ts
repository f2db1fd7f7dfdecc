// The article graph's model as the generator and the bulk loader see it: kind labels, and which relationship joins which kinds.

/** Kind labels of graph/README.md; every entity also carries :Entity. `share` is its part of the entities. */
export const ENTITY_KINDS = [
  { label: "Person", slug: "person", share: 0.3 },
  { label: "Company", slug: "company", share: 0.22 },
  { label: "Product", slug: "product", share: 0.14 },
  { label: "Event", slug: "event", share: 0.12 },
  { label: "Organization", slug: "organization", share: 0.08 },
  { label: "Investment", slug: "investment", share: 0.08 },
  { label: "Model", slug: "model", share: 0.05 },
  { label: "Place", slug: "place", share: 0.01 },
] as const;

export type EntityLabel = (typeof ENTITY_KINDS)[number]["label"];

/** One row of graph/README.md's relationship table; `weight` is how often it occurs relative to the others. */
export interface RelationshipRule {
  type: string;
  from: EntityLabel;
  to: EntityLabel;
  weight: number;
}

const rule = (type: string, from: EntityLabel, to: EntityLabel, weight: number): RelationshipRule => ({
  type,
  from,
  to,
  weight,
});

export const RELATIONSHIP_RULES: readonly RelationshipRule[] = [
  rule("FOUNDED", "Person", "Company", 3),
  rule("CO_FOUNDED", "Person", "Company", 2),
  rule("CLOSE_AIDE_OF", "Person", "Person", 3),
  rule("STEPPED_DOWN_FROM", "Person", "Company", 2),
  rule("INFLUENCES", "Person", "Company", 3),
  rule("BROUGHT_BACK", "Person", "Person", 1),
  rule("APPOINTED", "Person", "Person", 2),
  rule("LEADS_ALONGSIDE", "Person", "Person", 1),
  rule("CHAIRMAN_OF", "Person", "Company", 2),
  rule("CEO_OF", "Person", "Company", 3),
  rule("OVERSEES", "Person", "Model", 1),
  rule("OVERSEES", "Person", "Investment", 1),
  rule("LEADS", "Person", "Event", 3),
  rule("REACTED_TO", "Person", "Event", 2),
  rule("DEVELOPS", "Company", "Model", 3),
  rule("DEVELOPS", "Company", "Product", 4),
  rule("DEVELOPS", "Organization", "Model", 1),
  rule("DEVELOPS", "Organization", "Product", 1),
  rule("RELEASED", "Company", "Model", 2),
  rule("ADOPTED_BY", "Model", "Company", 2),
  rule("POWERED_BY", "Product", "Model", 3),
  rule("MANUFACTURES", "Company", "Product", 3),
  rule("OWNS", "Company", "Product", 2),
  rule("MARKETED_IN", "Product", "Place", 3),
  rule("COMPETES_WITH", "Company", "Company", 5),
  rule("COMPETES_WITH", "Product", "Model", 1),
  rule("AIMS_TO_SURPASS", "Company", "Product", 1),
  rule("PARTNERS_WITH", "Company", "Company", 4),
  rule("PARTNERS_WITH", "Organization", "Organization", 1),
  rule("PARTNERS_WITH", "Company", "Organization", 1),
  rule("REGULATED_IN", "Company", "Place", 2),
  rule("RANKS_AMONG_TOP_IN", "Model", "Place", 1),
  rule("BASED_IN", "Company", "Place", 4),
  rule("BASED_IN", "Organization", "Place", 2),
  rule("BASED_IN", "Product", "Place", 1),
  rule("PART_OF", "Organization", "Company", 2),
  rule("PART_OF", "Product", "Organization", 1),
  rule("PART_OF", "Event", "Event", 2),
  rule("PART_OF", "Investment", "Event", 1),
  rule("INVOLVES", "Event", "Person", 4),
  rule("INVOLVES", "Event", "Company", 4),
  rule("INVOLVES", "Event", "Model", 1),
  rule("INVOLVES", "Event", "Place", 1),
  rule("FOLLOWED_BY", "Event", "Event", 2),
  rule("ANNOUNCED", "Company", "Event", 3),
  rule("ANNOUNCED", "Company", "Investment", 2),
  rule("IMPOSED", "Organization", "Event", 1),
  rule("RESTRICTS_EXPORT_OF", "Organization", "Product", 1),
  rule("AFFECTS", "Event", "Company", 3),
  rule("AFFECTS", "Event", "Place", 1),
  rule("INVESTS", "Company", "Investment", 3),
  rule("FUNDS", "Investment", "Product", 2),
  rule("IN", "Investment", "Company", 2),
];

export const ENTITY_LABELS: ReadonlySet<string> = new Set(ENTITY_KINDS.map((k) => k.label));
export const RELATIONSHIP_TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_RULES.map((r) => r.type));
