// fogline disputes [--place P]: each disputed proposition with its positions side by side, and the
// propositions that contradict it (e.g. "taken 1 December" against "fighting ongoing").
import type { Claim, Proposition } from "../../claims/index.js";
import type { LedgerStore } from "../../store/index.js";
import { loadPlaceIndex } from "../../places/index.js";
import { formatTable, formatPeriod, titleOf } from "../export/index.js";
import { positionsOf, whenText } from "../export/positions.js";
import type { Io } from "./io.js";
import { oneOf, parse } from "./options.js";
import { openLedger, resolvePlaceOption } from "./ledger-access.js";

export const DISPUTES_USAGE = `usage: fogline disputes [--place P] [--format table|json] [--db FILE]

Disputed propositions: one source asserts what another denies, or their figures differ by more than
their wording allows; with the propositions that contradict them.`;

export async function disputesCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { place: { type: "string" }, format: { type: "string" }, db: { type: "string" } }, DISPUTES_USAGE);
  if (values.help) { io.out(DISPUTES_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  const format = oneOf("format", v.format, ["table", "json"] as const, DISPUTES_USAGE) ?? "table";
  const store = await openLedger(io, v.db, "read");
  try {
    const place = v.place === undefined ? undefined : await resolvePlaceOption(store, loadPlaceIndex(), v.place);
    const disputed = await store.propositions({ status: "disputed", place, limit: 10_000 });
    if (format === "json") { io.out(JSON.stringify({ propositions: disputed }, null, 1) + "\n"); return 0; }
    if (!disputed.length) { io.out(place ? `no disputes at ${v.place}\n` : "no disputes in the ledger\n"); return 0; }
    for (const p of disputed) io.out(await renderDispute(store, p, io.columns) + "\n");
    return 0;
  } finally {
    await store.close();
  }
}

async function renderDispute(store: LedgerStore, p: Proposition, columns?: number): Promise<string> {
  const related = (await Promise.all(p.related.filter((r) => r.relation === "contradicts").map((r) => store.proposition(r.id))))
    .filter((x): x is Proposition => x !== null);
  const all = [p, ...related];
  const claims = new Map<string, Claim>();
  for (const c of await store.claims({ place: p.place?.id ?? p.place?.name, limit: 100_000 })) claims.set(c.id, c);
  const docs = [...new Set([...claims.values()].map((c) => c.doc))];
  const outlets = await store.outlets(docs);
  const outletOf = (doc: string) => outlets.get(doc) ?? null;
  const rows = [["position", "source", "side", "when", "reported by", "hedges"]];
  for (const q of all) {
    const own = q.claims.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    for (const x of positionsOf(q, own, outletOf)) {
      rows.push([x.says, x.source, x.side ?? "", whenText(x.when), x.outlets.join(", "), x.hedges.join(", ")]);
    }
  }
  const head = `${titleOf(p)} — ${p.status}${p.time ? ` (${formatPeriod(p.time)})` : ""}   [${p.id}]`;
  return `${head}\n${formatTable(rows, { widths: [48, 30, 11, 18, 34, 26], columns: columns ?? 200 })}\n`;
}
