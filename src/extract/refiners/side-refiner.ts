// Whose troops, losses, control or event a candidate is about, from nationality words:
// - figures of people: the nationality of the counted people ("6,500 Ukrainian servicemen", "Russian
//   losses …: 392,000"), else of the agent ("Moscow deployed …"), else the figure before it in the
//   sentence ("killed 1,221 Russian soldiers and wounded 545"), else the last casualty side in the paragraph;
// - control and events: the actor of the verb ("Russian forces had taken control", "under the control of
//   the Russian army"); "its forces" is the speaker's; a nationality naming a place ("the Ukrainian city
//   of") is not an actor;
// - areas: who holds the land ("under its control", "X ceding") or the opponent of who must take it.
import type { Side } from "../../claims/index.js";
import type { ArticleContext, Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";

// The rows of the pack, compiled once per lexicon.
const compile = (lex: Lexicon) => {
  const { ENEMY_WORDS, NATIONALITY, PLACE_NOUNS } = lex;
  const ENEMY = re(lex, `\\b(?:${ENEMY_WORDS})\\b`);
  const ENEMY_AFTER = re(lex, `^\\s+(?:\\p{L}+\\s+)?(?:${ENEMY_WORDS})\\b`);
  const NATION = re(lex, `\\b(${NATIONALITY.map((n) => n.pattern).join("|")})\\b`, "g");
  const nations = NATIONALITY.map((n) => ({ side: n.side, re: re(lex, `^(?:${n.pattern})$`) }));
  const sideOf = (w: string): Side | null => nations.find((n) => n.re.test(w))?.side ?? null;
  const sideOfWord = (w: string): Side => sideOf(w) ?? "RU";
  const AGENT_AFTER_NOUN = re(lex, `\\b(?:${lex.AGENT_AFTER_NOUN})$`);
  const FLAG = re(lex, `\\b(${NATIONALITY.map((n) => n.pattern).join("|")})\\s+(?:national\\s+)?flag`);
  const PLACE_NOUN_AFTER = re(lex, `^\\s+(?:\\w+\\s+)?(?:${PLACE_NOUNS})\\b`);
  const NAT_WORD = `(${NATIONALITY.map((n) => n.pattern).join("|")}|its|their)`;
  const HOLDER = re(lex, `\\b(?:under (?:the )?(?:control of (?:the )?)?${NAT_WORD}(?: control)?|${NAT_WORD}-(?:held|controlled)|held by (?:the )?${NAT_WORD}|${NAT_WORD}(?: \\w+)? (?:ceding|cedes|ceded|cede|holds|held|retains|retained|controls|controlled|occupies|still holds|keeps|losing|lose))\\b`);
  const TAKER = re(lex, `\\b${NAT_WORD}(?: \\w+){0,3}? (?:would need to|needs to|must|has yet to|would have to|still has to|aims to|wants to|seeks to|would|could) (?:seize|capture|take|occupy|conquer|gain|win)\\b`);
  const ACTOR_AFTER_VERB = lex.ACTOR_AFTER_VERB ? re(lex, lex.ACTOR_AFTER_VERB) : null;
  return { ENEMY, ENEMY_AFTER, NATION, sideOf, sideOfWord, FLAG, AGENT_AFTER_NOUN, PLACE_NOUN_AFTER, NAT_WORD, HOLDER, TAKER, ACTOR_AFTER_VERB };
};
type Rules = ReturnType<typeof compile>;
const compiled = perLexicon(compile);
import { clauseStart } from "../text-window.js";

const POSSESSIVE_OWN = /\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|soldiers|units|army|servicemen|fighters|men|military)\b/;
const opposite = (side: Side): Side => (side === "RU" ? "UA" : "RU");

interface Nation { side: Side; at: number; end: number }

function nations(ctx: ArticleContext, from: number, to: number): Nation[] {
  const R = compiled(ctx.lexicon);
  const text = ctx.lower.slice(from, to);
  const out: Nation[] = [];
  R.NATION.lastIndex = 0;
  for (let m = R.NATION.exec(text); m; m = R.NATION.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (R.PLACE_NOUN_AFTER.test(after) || /^\s+of\b/.test(after) && /^(?:ukraine|russia)$/.test(m[1])) continue;
    if (/\b(?:in|of|across|from|into|to|inside|against|with|for|throughout|on)\s+(?:eastern |western |southern |northern |central |occupied )?$/.test(text.slice(0, m.index)) && /^(?:ukraine|russia)$/.test(m[1])) continue;
    out.push({ side: R.sideOfWord(m[1]), at: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

export const SideRefiner: Refiner = {
  name: "side",
  refine(ctx, found) {
    const lastCasualtySide = new Map<number, Side>();
    const out: Candidate[] = [];
    const sorted = [...found].sort((a, b) => a.at - b.at);
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i];
      if (c.kind === "population" || c.kind === "distance") { out.push(c); continue; }
      const s = ctx.sentences[c.sentence];
      let side: Side | null = null, reason = "";
      if (c.kind === "casualties" || c.kind === "forces") {
        [side, reason] = peopleSide(ctx, c, out);
        if (!side && c.kind === "casualties") { side = lastCasualtySide.get(s.paragraph) ?? null; reason = side ? "paragraph-casualties" : ""; }
        if (side && c.kind === "casualties") lastCasualtySide.set(s.paragraph, side);
      } else if (c.kind === "area") {
        [side, reason] = areaSide(ctx, c);
      } else {
        [side, reason] = actorSide(ctx, c);
      }
      const inferred = side && reason.startsWith("inferred:") ? [...c.inferred, { field: "side", reason: reason.slice(9) }] : c.inferred;
      out.push({ ...c, side, inferred, trail: side ? [...c.trail, `side:${reason}`] : c.trail });
    }
    return out;
  },
};

// "16 injured in Ukrainian shelling": a nationality before an attack noun names who attacked.
const AGENT_NOUN_AFTER = /^\s+(?:[a-z-]+\s+)?(?:shelling|attacks?|strikes?|fire|artillery|drones?|missiles?|bombing|bombardment|airstrikes?|air strikes?|offensive|assault)\b/;
const CIVILIANS_AFTER = /^(?:\s+[a-z-]+){0,2}?\s+(?:civilians|residents|inhabitants|children|people|non-combatants)\b/;
const countrySide = (country: string | null | undefined): Side | null => (country === "UA" ? "UA" : country === "RU" ? "RU" : null);

function peopleSide(ctx: ArticleContext, c: Candidate, earlier: Candidate[]): [Side | null, string] {
  const R = compiled(ctx.lexicon);
  const s = ctx.sentences[c.sentence];
  // "the town was encircled": its defenders, of the town's own country.
  if (c.sideRule === "defenders") {
    const home = countrySide(c.place?.country);
    if (home) return [home, "inferred:defenders"];
  }
  // "the blockade of Ukrainian forces in X": the forces the trigger itself names.
  if (c.kind === "forces") {
    const named = nations(ctx, c.at, c.end);
    if (named.length) return [named[named.length - 1].side, "in-trigger"];
  }
  // Civilians are counted on the side of the country they were in.
  if (c.kind === "casualties" && CIVILIANS_AFTER.test(ctx.lower.slice(c.end, Math.min(s.end, c.end + 40)))) {
    const own = nations(ctx, c.end, Math.min(s.end, c.end + 25));
    if (own.length) return [own[0].side, "counted-people"];
    const side = countrySide(c.place?.country) ?? (/\bin ukraine\b/.test(ctx.lower.slice(s.start, s.end)) ? "UA" : null);
    if (side) return [side, "inferred:civilians-country"];
  }
  // The counted people: nationality within the few words after the figure.
  // ("… two injured by Ukrainian artillery": a nationality after "by" is the agent, not the counted people.)
  const after = nations(ctx, c.end, Math.min(s.end, c.end + 30)).filter((n) => !/[,;]/.test(ctx.lower.slice(c.end, n.at)) && !/\bby\s+(?:the\s+)?$/.test(ctx.lower.slice(c.end, n.at)) && !AGENT_NOUN_AFTER.test(ctx.lower.slice(n.end, n.end + 24)));
  if (after.length) return [after[0].side, "counted-people"];
  // "… killed two people and wounded six": the second figure counts the same people.
  const chained = earlier.filter((e) => e.sentence === c.sentence && e.kind === c.kind && e.side && e.end <= c.at).at(-1);
  if (chained && /^[\s,]*(?:\w+\s+){0,3}?(?:and|,)\s+(?:\w+\s+)?(?:killed|wounded|injured|captured|dead|missing)?\s*$/.test(ctx.lower.slice(chained.end, c.at))) {
    return [chained.side, "inferred:same-people"];
  }
  const clause = clauseStart(ctx, s, c.at);
  // "the enemy lost up to 120 servicemen": the speaker's opponent (military reports on both sides).
  const party = c.source?.side === "RU" || c.source?.side === "UA" ? c.source.side : null;
  if (party && R.ENEMY.test(ctx.lower.slice(clause, Math.min(s.end, c.end + 30)))) return [party === "RU" ? "UA" : "RU", "inferred:enemy"];
  const before = nations(ctx, clause, c.at);
  if (POSSESSIVE_OWN.test(ctx.lower.slice(clause, Math.min(s.end, c.end + 40))) && c.source?.side && c.source.side !== "independent") {
    // "its forces are encircled" is the speaker's own side; "its forces killed N Russians" was handled above.
    if (c.kind === "forces") return [c.source.side, "inferred:own-forces"];
  }
  // "погибли … в ходе наступления ВСУ", "killed in an offensive by Ukrainian forces": the nationality right
  // after an attack noun is the attacker; the people counted are the other side's.
  // (The sentence's nationalities are read once, here or for the sentence-wide fallback below.)
  let wide: Nation[] | undefined;
  const sentenceNations = () => (wide ??= nations(ctx, s.start, s.end));
  if (c.kind === "casualties") {
    const attacker = sentenceNations().find((n) => R.AGENT_AFTER_NOUN.test(ctx.lower.slice(Math.max(s.start, n.at - 40), n.at)));
    if (attacker) return [attacker.side === "RU" ? "UA" : "RU", "inferred:victims-of-attacker"];
  }
  if (before.length) {
    const agent = before[before.length - 1];
    // "Ukrainian forces killed 300": the nationality before a killing verb is who killed, not who died.
    if (c.kind === "casualties" && c.victimsOfVerb && /\b(?:killed|kills|killing|wounded|injured|eliminated|destroyed|captured|took)\b/.test(ctx.lower.slice(agent.end, c.at))) {
      return [agent.side === "RU" ? "UA" : "RU", "inferred:victims-of-agent"];
    }
    return [agent.side, "agent-or-owner"];
  }
  const sameSentence = earlier.filter((e) => e.sentence === c.sentence && e.kind === c.kind && e.side);
  if (sameSentence.length) return [sameSentence[sameSentence.length - 1].side, "inferred:previous-figure"];
  const sentenceWide = sentenceNations();
  if (sentenceWide.length) return [nearest(sentenceWide, c.at).side, "sentence"];
  return [null, ""];
}

function actorSide(ctx: ArticleContext, c: Candidate): [Side | null, string] {
  const R = compiled(ctx.lexicon);
  const s = ctx.sentences[c.sentence];
  const clause = clauseStart(ctx, s, c.at);
  // "Ukraine lost control of X": the side named lost it; the other holds it.
  if (/^lost\b/.test(ctx.lower.slice(c.at, c.end))) {
    const loser = nations(ctx, clause, c.at).at(-1);
    if (loser) return [loser.side === "RU" ? "UA" : "RU", "inferred:lost-control"];
  }
  // An evacuation is carried out by the authorities announcing it, else those of the country it is in.
  if (c.measure === "evacuation") {
    const party = c.source?.side === "RU" || c.source?.side === "UA" ? c.source.side : null;
    const home = party ?? countrySide(c.place?.country);
    if (home) return [home, party ? "inferred:evacuating-authority" : "inferred:evacuation-country"];
  }
  // "X changed hands": to the side whose country X is not in.
  if (c.sideRule === "attackers") {
    const home = countrySide(c.place?.country);
    if (home) return [home === "UA" ? "RU" : "UA", "inferred:attackers"];
  }
  // "in Russian hands", "under Ukrainian control": the trigger names the side itself.
  if (c.sideRule === "in-trigger") {
    const own = nations(ctx, c.at, c.end);
    if (own.length) return [own[own.length - 1].side, "in-trigger"];
  }
  // "hoisting the Russian flag": whose flag it is says whose event it is.
  if (c.measure === "flag_raised") {
    const flag = R.FLAG.exec(ctx.lower.slice(c.at, c.end));
    if (flag) return [R.sideOfWord(flag[1]), "flag"];
  }
  // "X had fallen": to the side whose country X is not in.
  if (/^(?:fell|has fallen|had fallen|have fallen|fall of)/.test(ctx.lower.slice(c.at, c.end)) || /(?:fall|fallen)\b/.test(ctx.lower.slice(c.at, c.end))) {
    const home = countrySide(c.place?.country);
    if (home && !nations(ctx, clause, c.at).length) return [home === "UA" ? "RU" : "UA", "inferred:fell"];
  }
  const own = POSSESSIVE_OWN.test(ctx.lower.slice(clause, c.at));
  // "its forces": of the party named before "its" ("Kyiv's claim that its forces …"), else the speaker's.
  if (own) {
    const owner = nations(ctx, s.start, clause).at(-1);
    // (… or of the nationality of the report: "dismissed Russian statements that its forces had taken X".)
    if (owner && (/'s$/.test(ctx.lower.slice(owner.at, owner.end)) || /^\s+(?:claims?|statements?|reports?|assertions?|allegations?)\s+that\b/.test(ctx.lower.slice(owner.end, owner.end + 24)))) return [owner.side, "inferred:own-forces-of"];
    if (c.source?.side && c.source.side !== "independent") return [c.source.side, "inferred:own-forces"];
  }
  const before = nations(ctx, clause, c.at);
  const after = nations(ctx, c.end, Math.min(s.end, c.end + 50));
  // "Противник здійснив дев'ять спроб прориву …", "the enemy attacked X": the speaker's opponent; with no
  // party speaking, the side attacking the place's country. (A nationality named in the clause decides first.)
  // ("наступальні дії противника", "атаки ворога": the enemy named right after the trigger.)
  const enemyAfter = R.ENEMY_AFTER.test(ctx.lower.slice(c.end, Math.min(s.end, c.end + 30)));
  if ((!before.length && R.ENEMY.test(ctx.lower.slice(clause, c.at)) || c.measure === "contested" && enemyAfter) && c.measure !== "evacuation") {
    const party = c.source?.side === "RU" || c.source?.side === "UA" ? c.source.side : null;
    const home = countrySide(c.place?.country);
    if (party) return [opposite(party), "inferred:enemy"];
    if (home) return [opposite(home), "inferred:enemy-of-place"];
  }
  // Free word order ("…, около двух третей занимают рашисты"): the actor right after the verb, unless one
  // stands before it in the same comma-bounded part.
  if (R.ACTOR_AFTER_VERB && after.length && R.ACTOR_AFTER_VERB.test(ctx.lower.slice(c.end, after[0].at))
    && (!before.length || /,/.test(ctx.lower.slice(before[before.length - 1].end, c.at)))) return [after[0].side, "actor-after-verb"];
  if (before.length) return [before[before.length - 1].side, "actor-before"];
  // "19 атак оккупанты совершили вблизи X": the actor inside the trigger's own words.
  const inside = nations(ctx, c.at, c.end);
  if (inside.length && c.kind === "control") return [inside[inside.length - 1].side, "actor-in-trigger"];
  const trigger = ctx.lower.slice(c.at, c.end);
  if (after.length && (/\b(?:of|by|to)$/.test(trigger) || /\b(?:of|by|to)\b/.test(ctx.lower.slice(c.end, after[0].at)))) return [after[0].side, "actor-after"];
  // "the town had been freed", "X was recaptured": a place returns to the side of its own country.
  if (c.kind === "control" && /^(?:freed|recaptured|retaken|regained|retook|reclaimed)$/.test(ctx.lower.slice(c.at, c.end)) && !nations(ctx, clause, c.at).length) {
    const home = countrySide(c.place?.country);
    if (home) return [home, "inferred:returned-home"];
  }
  // "X had been captured": a party announces its own captures and denies the other side's.
  if (c.kind === "control" && /\b(?:been|was|were|is|are)\s+(?:\w+ly\s+)?["']?$/.test(ctx.lower.slice(Math.max(s.start, c.at - 24), c.at))) {
    const party = c.source?.side === "RU" || c.source?.side === "UA" ? c.source.side : null;
    if (party) return [c.polarity === "denied" ? (party === "UA" ? "RU" : "UA") : party, "inferred:passive-speaker"];
    const home = countrySide(c.place?.country);
    if (home) return [home === "UA" ? "RU" : "UA", "inferred:passive-place"];
  }
  // A strike on a place names no attacker: the side whose country the place is not in.
  if (c.measure === "strike") {
    const home = countrySide(c.place?.country);
    if (home) return [home === "UA" ? "RU" : "UA", "inferred:strike-on-country"];
  }
  if (c.measure === "contested") return [null, ""];
  // Nationality words of the speaker's own name ("Ukraine's General Staff denied …") are not the actor.
  const speakerEnd = c.sourceAt !== undefined && c.sourceAt < c.at ? c.sourceAt : s.start;
  const wide = nations(ctx, s.start, s.end).filter((n) => (n.at < c.at || n.at > c.end) && n.at >= speakerEnd);
  if (wide.length) return [nearest(wide, c.at).side, "sentence"];
  if (c.source?.side && c.source.side !== "independent") return [c.source.side, "inferred:speaker"];
  return [null, ""];
}


function areaSide(ctx: ArticleContext, c: Candidate): [Side | null, string] {
  const R = compiled(ctx.lexicon);
  const s = ctx.sentences[c.sentence];
  const text = ctx.lower.slice(s.start, s.end);
  const sideOf = (word: string | undefined): Side | null => {
    if (!word) return null;
    if (/^(?:its|their)$/.test(word)) {
      const ns = nations(ctx, s.start, s.end);
      return ns.length ? ns[0].side : null;
    }
    const m = R.sideOf(word);
    return m;
  };
  const taker = R.TAKER.exec(text);
  const takerSide = sideOf(taker?.[1]);
  if (takerSide) return [opposite(takerSide), "opposite-of-taker"];
  const holder = R.HOLDER.exec(text);
  const holderSide = holder ? sideOf(holder[1] ?? holder[2] ?? holder[3] ?? holder[4]) : null;
  if (holderSide) return [holderSide, "holder"];
  return actorSide(ctx, c);
}

const nearest = (list: Nation[], at: number) => list.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a));
