// The OpenAPI 3 description served at /api/openapi.json. Shapes follow spec/claims.md and spec/ledger.md.
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const query = (name: string, description: string, schema: object = { type: "string" }) => ({ name, in: "query", required: false, description, schema });
const path = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });
const error = (description: string) => json(ref("Error"), description);
const page = (item: string) => ({ type: "object", required: ["total", "limit", "offset", "items"], properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: ref(item) } } });
const nullable = (type: string) => ({ type: [type, "null"] });

const KINDS = ["casualties", "forces", "control", "event", "population", "distance", "area"];
const STATUSES = ["disputed", "denied", "unconfirmed", "single_source", "one_sided", "corroborated"];
const paging = [query("limit", "page size (default 50)", { type: "integer", minimum: 0 }), query("offset", "rows to skip", { type: "integer", minimum: 0 })];
const side = query("side", "RU or UA", { type: "string", enum: ["RU", "UA"] });
const kind = query("kind", "claim kind", { type: "string", enum: KINDS });

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "fogline", version: "0.1.0", description: "A ledger of attributed, contested claims about a war, read from news reporting. Writes need `Authorization: Bearer <token>` when the server was started with a token." },
  paths: {
    "/api/propositions": { get: { summary: "Propositions (ledger.md)", parameters: [query("place", "canonical place name or id"), kind, side, query("status", "status", { type: "string", enum: STATUSES }), query("q", "free text"), ...paging], responses: { 200: json(page("Proposition")), 400: error("bad filter") } } },
    "/api/propositions/{id}": { get: { summary: "One proposition with its claims, their articles and the claims of each primary source", parameters: [path("id", "proposition id")], responses: { 200: json(ref("PropositionDetail")), 404: error("unknown id") } } },
    "/api/propositions/{id}/claimreview": { get: { summary: "The proposition as schema.org ClaimReview JSON-LD", parameters: [path("id", "proposition id")], responses: { 200: { description: "JSON-LD", content: { "application/ld+json": { schema: { type: "object" } } } }, 404: error("unknown id") } } },
    "/api/disputes": { get: { summary: "Disputed propositions, each with the propositions contradicting it and its positions side by side (what each source says)", parameters: [query("place", "canonical place name or id"), ...paging], responses: { 200: json(page("Dispute")) } } },
    "/api/claims": { get: { summary: "Claims (claims.md)", parameters: [query("place", "canonical place name or id"), kind, side, query("source", "speaker name, substring"), query("from", "YYYY[-MM[-DD]]: periods ending on or after"), query("to", "YYYY[-MM[-DD]]: periods starting on or before"), query("q", "full text over evidence"), query("doc", "document id"), ...paging], responses: { 200: json(page("Claim")), 400: error("bad filter") } } },
    "/api/places": { get: { summary: "Places with claims: coordinates, claim counts, the leading control proposition (by status) and its status; every place unless limit or offset is given", parameters: paging, responses: { 200: json(page("Place")) } } },
    "/api/sources": { get: { summary: "Primary sources, most propositions first: stances, statuses reached and the outlets that carried each", parameters: paging, responses: { 200: json(page("Source")) } } },
    "/api/places/{id}": { get: { summary: "One place, by id or name", parameters: [path("id", "place id or name")], responses: { 200: json(ref("Place")), 404: error("unknown place") } } },
    "/api/places/{id}/timeline": { get: { summary: "Control claims about one place in date order (undated last; the order of `fogline timeline`), paged when limit or offset is given, and each figure's values over time", parameters: [path("id", "place id or name"), ...paging], responses: { 200: json(ref("Timeline")), 404: error("unknown place") } } },
    "/api/documents": {
      get: { summary: "Articles, without text", parameters: paging, responses: { 200: json({ type: "object", properties: { items: { type: "array", items: ref("Document") } } }) } },
      post: {
        summary: "Ingest articles: pasted text, a URL (fetched on this request only; loopback, private and link-local addresses refused) or .txt/.html files",
        security: [{ bearer: [] }, {}],
        requestBody: { required: true, content: {
          "application/json": { schema: { oneOf: [ { type: "object", required: ["text"], properties: { text: { type: "string" }, title: { type: "string" }, outlet: { type: "string" }, published: { type: "string", description: "YYYY[-MM[-DD]]" }, id: { type: "string" } } }, { type: "object", required: ["url"], properties: { url: { type: "string", format: "uri" } } } ] } },
          "multipart/form-data": { schema: { type: "object", properties: { file: { type: "array", items: { type: "string", format: "binary" } }, outlet: { type: "string" }, published: { type: "string" }, title: { type: "string" } } } },
        } },
        responses: { 200: json(ref("IngestResult"), "only duplicates"), 201: json(ref("IngestResult"), "added"), 400: error("malformed JSON or refused URL"), 401: error("token missing or wrong"), 403: error("cross-site write"), 413: error("body or upload too large"), 415: error("unsupported content or file type"), 422: error("nothing could be read") },
      },
    },
    "/api/documents/{id}": { get: { summary: "One article: text and its claims", parameters: [path("id", "document id")], responses: { 200: json({ type: "object", properties: { document: ref("Document"), claims: { type: "array", items: ref("Claim") } } }), 404: error("unknown id") } } },
    "/api/export.csv": { get: { summary: "Every claim as CSV", responses: { 200: { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } } } } },
    "/api/export.geojson": { get: { summary: "Places with their propositions as GeoJSON", responses: { 200: { description: "GeoJSON", content: { "application/geo+json": { schema: { type: "object" } } } } } } },
    "/api/status": { get: { summary: "Whether writes need a token", responses: { 200: json({ type: "object", properties: { writeNeedsToken: { type: "boolean" }, documents: { type: "integer" }, claims: { type: "integer" }, propositions: { type: "integer" } } }) } } },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: { type: "object", required: ["error"], properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, hint: { type: "string" } } } } },
      Claim: { type: "object", description: "spec/claims.md", required: ["id", "doc", "kind", "measure", "side", "value", "polarity", "evidence"], properties: { id: { type: "string" }, doc: { type: "string" }, kind: { type: "string", enum: KINDS }, measure: { type: "string" }, side: nullable("string"), value: nullable("number"), low: nullable("number"), high: nullable("number"), qualifier: nullable("string"), unit: nullable("string"), place: { type: ["object", "null"] }, place2: { type: ["object", "null"] }, time: { type: ["object", "null"] }, source: { type: ["object", "null"] }, polarity: { type: "string", enum: ["asserted", "denied", "unconfirmed"] }, hedges: { type: "array", items: { type: "string" } }, evidence: { type: "object", properties: { text: { type: "string" }, start: { type: "integer" }, end: { type: "integer" } } } } },
      Proposition: { type: "object", description: "spec/ledger.md", required: ["id", "kind", "measure", "side", "claims", "reports", "primary_sources", "status"], properties: { id: { type: "string" }, kind: { type: "string", enum: KINDS }, measure: { type: "string" }, side: nullable("string"), place: { type: ["object", "null"] }, time: { type: ["object", "null"] }, claims: { type: "array", items: { type: "string" } }, reports: { type: "integer" }, primary_sources: { type: "array", items: { type: "object" } }, figure: { type: ["object", "null"] }, status: { type: "string", enum: STATUSES }, title: { type: "string", description: "the proposition in words, as the CLI and report word it" }, figure_text: nullable("string"), related: { type: "array", items: { type: "object" } }, checks: { type: "array", items: { type: "object" } } } },
      PropositionDetail: { type: "object", properties: { proposition: ref("Proposition"), claims: { type: "array", items: ref("Claim") }, documents: { type: "array", items: ref("Document") }, sources: { type: "array", items: { type: "object", description: "a primary source with claimIds" } }, related: { type: "array", items: { type: "object" } } } },
      Dispute: { type: "object", properties: { proposition: ref("Proposition"), contradicting: { type: "array", items: ref("Proposition") }, positions: { type: "array", items: { type: "object", properties: { says: { type: "string" }, stance: { type: "string" }, sources: { type: "array", items: { type: "object", properties: { source: { type: "string" }, side: nullable("string"), stance: { type: "string" }, says: { type: "string" }, when: nullable("string"), outlets: { type: "array", items: { type: "string" } }, hedges: { type: "array", items: { type: "string" } }, propositionId: { type: "string" } } } } } } } } },
      Source: { type: "object", properties: { name: { type: "string" }, side: nullable("string"), propositions: { type: "integer" }, stances: { type: "object" }, statuses: { type: "object" }, outlets: { type: "array", items: { type: "string" } } } },
      Place: { type: "object", properties: { name: { type: "string" }, id: nullable("string"), type: { type: ["string", "null"], enum: ["settlement", "region", "country", null] }, lat: nullable("number"), lon: nullable("number"), claims: { type: "integer" }, status: { type: ["string", "null"], enum: [...STATUSES, null] }, control: { type: ["object", "null"], properties: { side: nullable("string"), measure: { type: "string" }, status: { type: "string", enum: STATUSES }, proposition: { type: "string" }, title: { type: "string" } } } } },
      Timeline: { type: "object", properties: { place: ref("Place"), total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, entries: { type: "array", items: { type: "object", properties: { date: nullable("string"), claim: ref("Claim"), outlet: nullable("string"), side: nullable("string"), source: nullable("string"), stance: { type: "string" } } } }, figures: { type: "array", items: { type: "object" } } } },
      Document: { type: "object", properties: { id: { type: "string" }, outlet: nullable("string"), title: nullable("string"), published: nullable("string"), url: nullable("string"), origin: { type: "string" }, claimCount: { type: "integer" }, ingestedAt: { type: "string" }, text: { type: "string", description: "only on /api/documents/{id}" } } },
      IngestResult: { type: "object", properties: { articles: { type: "integer" }, added: { type: "integer" }, duplicates: { type: "integer" }, claims: { type: "integer" }, documents: { type: "array", items: { type: "object", properties: { id: { type: "string" }, added: { type: "boolean" }, claims: { type: "integer" } } } }, problems: { type: "array", items: { type: "object", properties: { origin: { type: "string" }, reason: { type: "string" } } } } } },
    },
  },
} as const;
