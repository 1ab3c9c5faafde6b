// The explorer reads the graph only through the public GraphQL API, like any other client.

const KEY = "alk-explorer-api-key";

/** The API key the user entered (sessionStorage: this tab only), as request headers. */
export function authHeaders() {
  const key = sessionStorage.getItem(KEY);
  return key ? { authorization: `Bearer ${key}` } : {};
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

/** Runs one GraphQL operation; throws with the server's message on any error. */
export async function gql(query, variables = {}) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (body.errors?.length) {
    const unauthenticated = body.errors[0].extensions?.code === "UNAUTHENTICATED";
    const hint = unauthenticated ? " Enter an API key (top right)." : "";
    const error = new Error(body.errors.map((e) => e.message).join("; ") + hint);
    error.code = body.errors[0].extensions?.code;
    throw error;
  }
  return body.data;
}

/** A display name for any entity of the Entity union (Publication has a title instead). */
export const ENTITY_FIELDS = `
  __typename
  ... on Drug { id name }
  ... on Regimen { id name }
  ... on Gene { id name symbol }
  ... on Variant { id name fullName kind }
  ... on ResistanceMechanism { id name }
  ... on Pathway { id name }
  ... on ClinicalTrial { id name nctId }
  ... on Publication { id title firstAuthor year }`;

export function entityLabel(entity) {
  if (entity.__typename === "Variant") return entity.fullName;
  if (entity.__typename === "Gene") return entity.symbol;
  if (entity.__typename === "Publication") return `${entity.firstAuthor} ${entity.year}`;
  return entity.name;
}

/** Suggestions for what the user is typing: full-text search, optionally limited to some kinds. */
export async function suggest(text, kinds = null, first = 8) {
  if (text.trim().length < 2) return [];
  const data = await gql(
    `query Suggest($text: String!, $first: Int!) { search(text: $text, first: $first) { kind entity { ${ENTITY_FIELDS} } } }`,
    {
      text,
      first: kinds ? 25 : first,
    },
  ).catch(() => ({ search: [] }));
  return data.search
    .filter((hit) => !kinds || kinds.includes(hit.kind))
    .slice(0, first)
    .map((hit) => ({ id: hit.entity.id, kind: hit.kind, label: entityLabel(hit.entity), entity: hit.entity }));
}

/** Links for the ids cited as sources: PubMed, DOI and ClinicalTrials.gov. */
export function sourceUrl(source) {
  if (source.startsWith("PMID:")) return `https://pubmed.ncbi.nlm.nih.gov/${source.slice(5)}/`;
  if (source.startsWith("DOI:")) return `https://doi.org/${source.slice(4)}`;
  if (/^NCT\d{8}$/.test(source)) return `https://clinicaltrials.gov/study/${source}`;
  return null;
}
