// A small made-up ledger for the export tests: a disputed capture, a contradicting "fighting goes on",
// a figure, a distance with a check, and a proposition without a place.
import type { Claim, Proposition } from "../../claims/index.js";
import { createReconciler } from "../../reconcile/index.js";
import { fakePlaceIndex, makeClaim } from "../../reconcile/test-fixtures.js";
import { claimRecordsOf, documentLookup, reviewOf, type ClaimRecord, type DocumentInfo, type PropositionReview } from "../../ledger/index.js";
import type { Ledger } from "./ledger.js";

export const OUTLETS: Record<string, string> = { "doc-a": "Northern Courier", "doc-b": "Harbor & Hill <Daily>", "doc-c": "Weekly Ledger" };
export const outletOf = (doc: string): string | null => OUTLETS[doc] ?? null;

export const PLACES = [
  { id: "id:Alderton", name: "Alderton", lat: 50.0, lon: 30.0, population: 40_000 },
  { id: "id:Brisk", name: "Brisk", lat: 50.0, lon: 30.7 },
];

export function sampleClaims(): Claim[] {
  const ctl = { kind: "control", measure: "controls", side: "RU", place: "Alderton" } as const;
  return [
    makeClaim({ ...ctl, id: "k1", doc: "doc-a", time: "2031-04-01", source: { name: "General Orlov", side: "RU", kind: "person" }, text: "General Orlov said his troops had taken Alderton." }),
    makeClaim({ ...ctl, id: "k2", doc: "doc-b", polarity: "denied", source: { name: "Kestrel Brigade", side: "UA" }, text: "The Kestrel Brigade | called the report <script>alert(1)</script> false." }),
    makeClaim({ ...ctl, id: "k3", doc: "doc-c", time: "2031-04-01", polarity: "unconfirmed", source: { name: "Watch Institute", side: "independent" }, text: "Watch Institute could not confirm the capture." }),
    makeClaim({ kind: "control", measure: "contested", place: "Alderton", id: "k4", doc: "doc-b", time: "2031-04-02", source: { name: "Kestrel Brigade", side: "UA" }, text: "Fighting in Alderton continues, the brigade said." }),
    makeClaim({ kind: "casualties", measure: "killed", side: "UA", place: "Alderton", id: "k5", doc: "doc-a", value: 900, qualifier: "over", unit: "people", time: "2031-03", source: { name: "Channel Vek", side: "RU" }, hedges: ["without citing sources"], text: "Channel Vek said, without citing sources, that over 900 had died, \"mostly\" in March." }),
    makeClaim({ kind: "distance", measure: "distance", place: "Alderton", place2: "Brisk", id: "k6", doc: "doc-c", value: 50, qualifier: "about", unit: "km", text: "Alderton lies about 50 km west of Brisk." }),
    makeClaim({ kind: "forces", measure: "deployed", side: "RU", id: "k7", doc: "doc-a", value: 300_000, qualifier: "about", unit: "people", text: "About 300,000 troops are deployed in total." }),
  ];
}

export function sampleLedger(): Ledger {
  const claims = sampleClaims();
  const places = fakePlaceIndex(PLACES);
  const propositions = createReconciler().reconcile(claims, { outletOf, places });
  return { propositions, claims: new Map(claims.map((c) => [c.id, c])), outletOf };
}

/** The articles behind the sample claims; titles and URLs with commas and quotes, one in Cyrillic. */
export const DOCUMENTS: Record<string, DocumentInfo> = {
  "doc-a": { doc: "doc-a", outlet: "Northern Courier", url: "https://courier.example/news?id=1,2", title: 'Orlov: "Alderton is ours"', published: "2031-04-02" },
  "doc-b": { doc: "doc-b", outlet: OUTLETS["doc-b"], url: null, title: "Бригада: бои продолжаются", published: "2031-04-03" },
  "doc-c": { doc: "doc-c", outlet: "Weekly Ledger", url: "https://weekly.example/c", title: null, published: "2031-04" },
};
export const documentsOf = documentLookup(new Map(Object.entries(DOCUMENTS)));

/** The sample ledger with the places' coordinates on its claims, as the gazetteer would give them. */
export function sampleLedgerWithCoordinates(): { propositions: Proposition[]; claims: Map<string, Claim> } {
  const { propositions } = sampleLedger();
  const located = sampleClaims().map((c) => {
    const place = c.place && PLACES.find((p) => p.name === c.place!.name);
    return place ? { ...c, place: { ...c.place!, lat: place.lat, lon: place.lon, region: "Eastern Oblast", country: "UA" } } : c;
  });
  return { propositions, claims: new Map(located.map((c) => [c.id, c])) };
}

export const sampleRecords = (): ClaimRecord[] => claimRecordsOf(sampleLedgerWithCoordinates(), documentsOf);

export function sampleReviews(): PropositionReview[] {
  const { propositions } = sampleLedger();
  return propositions.map((p) => reviewOf(p, sampleClaims(), documentsOf));
}
