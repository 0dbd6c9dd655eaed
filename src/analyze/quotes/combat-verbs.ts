// "Taliban insurgents attacked a police post", "help Ukraine defend itself", "Russia attacked Ukraine":
// "attack" and "defend" report words only when aimed at words, records and policies ("Keith Taylor
// attacked Cameron's record", "reluctant to defend this policy"). Done by an armed force, or to a
// place, a country, a force or a post, they are acts of war (the event layer's), and no one's words.
import { sectorOf } from '../entities/kb.js';
import type { Candidate, QuoteContext } from './context.js';
import { possessorAt } from './sentence-opening.js';

const COMBAT_VERBS = new Set(['attack', 'defend']);
/** CAMEO sectors of armed actors: military, rebels, insurgents, separatists, unidentified armed forces. */
const ARMED_SECTORS = new Set(['MIL', 'REB', 'INS', 'SEP', 'UAF']);
/** Entity types of places: a country, a city, an airport is fought over, not argued with. */
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** What is fired at or held against fire ("attacked the base", "defend every inch of NATO territory"). */
const TARGETS = new Set([
  'territory',
  'country',
  'countries',
  'homeland',
  'nation',
  'border',
  'base',
  'bases',
  'patrol',
  'patrols',
  'post',
  'positions',
  'convoy',
  'convoys',
  'vessel',
  'ship',
  'ships',
  'tank',
  'hotel',
  'embassy',
  'village',
  'villages',
  'town',
  'towns',
  'city',
  'cities',
  'airport',
  'crossing',
  'troops',
  'forces',
  'soldiers',
  'civilians',
  'sites',
  'infrastructure',
  'building',
  'ally',
  'allies',
]);
/** A state or a group defending itself is fighting ("help Ukraine defend itself"). */
const SELF = new Set(['itself', 'themselves', 'ourselves']);
/** Words before a target's head: "a", "every inch of", "their", "several". */
const TARGET_LEAD = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADP', 'PROPN', 'NOUN']);
/** How many words into the content a target's head is looked for. */
const TARGET_WINDOW = 5;

export function dropCombatAsSpeech(ctx: QuoteContext): void {
  ctx.keepCandidates(
    (c) => !(c.cue && COMBAT_VERBS.has(ctx.cueLemma(ctx.doc.tokenIndexAt(c.cue.start))) && combat(ctx, c)),
  );
}

function combat(ctx: QuoteContext, c: Candidate): boolean {
  return (c.speaker !== null && armed(ctx, c.speaker.head.start, c.speaker.head.end)) || physicalTarget(ctx, c);
}

/** Whether the speaker's head names an armed force: its last word's sector, or its entity's actor code. */
function armed(ctx: QuoteContext, start: number, end: number): boolean {
  const words = ctx.doc.text.slice(start, end).toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  const pair = words.slice(-2).join(' ');
  if (ARMED_SECTORS.has(sectorOf(pair) ?? sectorOf(last) ?? '')) return true;
  const actor = ctx.doc.entityAt(start)?.entity.actor;
  return !!actor && ARMED_SECTORS.has(actor.slice(3, 6));
}

/** Whether the content opens on a place, a country, a force or a post, or is "itself"/"themselves". */
function physicalTarget(ctx: QuoteContext, c: Candidate): boolean {
  const toks = ctx.doc.tokens;
  const first = ctx.doc.tokenIndexAt(c.start);
  if (SELF.has(toks[first]?.lower ?? '')) return true;
  for (let j = first; j < toks.length && j - first < TARGET_WINDOW && toks[j].start < c.end; j++) {
    const t = toks[j];
    if (TARGETS.has(t.lower)) return true;
    // (a place's possessive is the owner of what follows: "defended Iran's right to enrich uranium")
    const hit = t.pos === 'PROPN' ? ctx.doc.entityAt(t.start) : undefined;
    if (hit && PLACE_TYPES.has(hit.entity.type) && !possessorAt(ctx.doc.text, hit.mention.end)) return true;
    if (!TARGET_LEAD.has(t.pos)) return false;
  }
  return false;
}
