// The period of each candidate: the date of its own sentence nearest to it; without one, the last date
// told earlier in the same paragraph (news narrates in order: "On December 1, Putin visited …. Gerasimov
// informed him that …"); then the publication date — a figure or status told without a date is news as of
// publication — except for figures that sum the whole war or front ("in total", "since the invasion"),
// which keep no period rather than a wrong one. Unresolvable dates keep their text, with null bounds.
// Every phrase read here is a row of the language pack (lexicon TIME_WORDS, SUBCOUNT_BEFORE, GLOBAL_SCOPE).
import type { Period } from "../../claims/index.js";
import type { ArticleContext, Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import type { DateMention } from "../../language/dates.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";
export const TimeRefiner: Refiner = {
  name: "time",
  refine(ctx, found) {
    return reportDates(ctx, dateEach(ctx, found));
  },
};

/**
 * "Gerasimov told Putin on Thursday that … ¶ He said more than 80 percent of Vovchansk …": an undated
 * claim of a speaker whose earlier claim in the article is dated to a recent day (the day they spoke) is
 * of that day too, not of the publication date.
 */
function reportDates(ctx: ArticleContext, dated: Candidate[]): Candidate[] {
  const published = ctx.article.published;
  if (!published || published.length < 10) return dated;
  const spokeOn = new Map<string, Period>();
  return dated.map((c) => {
    const name = c.source?.name;
    if (!name) return c;
    const fromPublication = c.inferred.some((i) => i.field === "time" && i.reason === "publication-date");
    if (!fromPublication) {
      const t = c.time;
      const own = !c.inferred.some((i) => i.field === "time");
      if (own && t?.start && t.start === t.end && t.start.length === 10 && t.start <= published && daysBetween(t.start, published) <= 7) spokeOn.set(name, t);
      return c;
    }
    const day = spokeOn.get(name);
    if (!day || day.start === published) return c;
    return {
      ...c, time: { start: day.start, end: day.end, text: "" },
      inferred: [...c.inferred.filter((i) => !(i.field === "time" && i.reason === "publication-date")), { field: "time", reason: "report-date" }],
      trail: [...c.trail.filter((t) => t !== "time:publication-date"), "time:report-date"],
    };
  });
}
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

function dateEach(ctx: ArticleContext, found: Candidate[]): Candidate[] {
    const R = compiled(ctx.lexicon);
    return found.map((c) => {
      const s = ctx.sentences[c.sentence];
      // "… since December, including more than 20,000 killed": the part has the period of the whole.
      const ownAfter = s.dates.find((d) => d.start >= c.end && !/[,;]/.test(ctx.lower.slice(c.end, d.start)));
      if (!ownAfter && R.SUBCOUNT.test(ctx.lower.slice(Math.max(s.start, c.at - 30), c.at))) {
        const whole = found.filter((f) => f.sentence === c.sentence && f.end <= c.at && f.kind === c.kind).at(-1);
        if (whole) {
          const own = nearestDate(ctx, s.dates, whole);
          if (own) return { ...c, time: period(ctx, own), trail: [...c.trail, "time:part-of-figure"] };
        }
      }
      const own = nearestDate(ctx, s.dates, c);
      if (own) return { ...c, time: period(ctx, own), trail: [...c.trail, `time:${own.reason}`] };
      // "killed or wounded in the war": the whole of the full-scale war, to publication.
      const sentence = ctx.lower.slice(s.start, s.end);
      const whole = (c.kind === "casualties" || c.kind === "forces") ? R.WHOLE_WAR.exec(sentence) : null;
      if (whole && ctx.article.published) {
        return {
          ...c, time: { start: FULL_SCALE_INVASION, end: ctx.article.published, text: ctx.text.slice(s.start + whole.index, s.start + whole.index + whole[0].length) },
          inferred: [...c.inferred, { field: "time", reason: "whole-war" }], trail: [...c.trail, "time:whole-war"],
        };
      }
      // A figure summed over the whole war or front has no one day: better no period than the wrong one;
      // a town's population and distances are no news of the day either.
      if (R.GLOBAL.test(sentence) || c.kind === "population" || c.kind === "distance") return c;
      // "Hours later, …": the day of the sentence before.
      if (R.SAME_DAY.test(ctx.lower.slice(s.start, s.start + 30))) {
        const before = ctx.sentences.slice(0, c.sentence).reverse().find((x) => x.dates.some((d) => d.period.start));
        const d = before?.dates.filter((x) => x.period.start).at(-1);
        if (d) return { ...c, time: period(ctx, d), inferred: [...c.inferred, { field: "time", reason: "same-day" }], trail: [...c.trail, "time:same-day"] };
      }
      for (let i = c.sentence - 1; i >= 0 && ctx.sentences[i].paragraph === s.paragraph; i--) {
        const earlier = ctx.sentences[i].dates.filter((d) => d.period.start).at(-1);
        if (earlier) {
          return {
            ...c, time: period(ctx, earlier),
            inferred: [...c.inferred, { field: "time", reason: "paragraph-date" }],
            trail: [...c.trail, "time:paragraph-date"],
          };
        }
      }
      // Told without a date: news as of publication, at the precision known.
      const published = ctx.article.published;
      if (published && published.length >= 7) {
        return { ...c, time: { start: published, end: published, text: "" }, inferred: [...c.inferred, { field: "time", reason: "publication-date" }], trail: [...c.trail, "time:publication-date"] };
      }
      return c;
    });
}

/** The start of Russia's full-scale invasion: the period "the war" means in figures for the whole of it. */
const FULL_SCALE_INVASION = "2022-02-24";
// The rows of the pack, compiled once per lexicon.
const compile = (lex: Lexicon) => {
  const { SUBCOUNT_BEFORE, GLOBAL_SCOPE, TIME_WORDS } = lex;
  return {
    SUBCOUNT: re(lex, `\\b${SUBCOUNT_BEFORE}`),
    GLOBAL: re(lex, GLOBAL_SCOPE),
    WHOLE_WAR: re(lex, TIME_WORDS.wholeWar),
    SAME_DAY: re(lex, TIME_WORDS.sameDay),
    CLAUSE_GAP: re(lex, TIME_WORDS.clauseGap),
  };
};
const compiled = perLexicon(compile);

// A date in the claim's own clause wins; then the date of the speech ("said on Thursday that …");
// then the nearest. "advanced 3 km over the past day and now controlled 1,150 km²": the past day is the
// advance's, not the area's.
function nearestDate(ctx: ArticleContext, dates: DateMention[], c: Candidate): DateMention | null {
  const { CLAUSE_GAP } = compiled(ctx.lexicon);
  const between = (d: DateMention) => (d.start >= c.end ? ctx.lower.slice(c.end, d.start) : ctx.lower.slice(d.end, c.at));
  const sameClause = dates.filter((d) => !CLAUSE_GAP.test(between(d)));
  const pool = sameClause.length ? sameClause
    : c.sourceAt !== undefined ? dates.filter((d) => d.start > c.sourceAt! && d.start - c.sourceAt! < 24) : [];
  const from = pool.length ? pool : dates;
  let best: DateMention | null = null, bestDistance = Infinity;
  for (const d of from) {
    const distance = Math.abs(d.start >= c.end ? d.start - c.end : c.at - d.end);
    if (distance < bestDistance) { best = d; bestDistance = distance; }
  }
  return best;
}

const period = (ctx: ArticleContext, d: DateMention): Period => ({
  start: d.period.start, end: d.period.end, text: ctx.text.slice(d.start, d.end),
});
