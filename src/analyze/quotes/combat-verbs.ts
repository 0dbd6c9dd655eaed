// "Taliban insurgents attacked a police post", "help Ukraine defend itself", "Russia attacked Ukraine":
// "attack" and "defend" report words only when aimed at words, records and policies ("Keith Taylor
// attacked Cameron's record", "reluctant to defend this policy"). Done by an armed force, or to a
// place, a country, a force or a post, they are acts of war (the event layer's), and no one's words.
import { sectorOf } from '../entities/kb.js';
import type { Candidate, QuoteContext } from './context.js';
import { possessorAt } from './sentence-opening.js';
import { isPassive } from '../nlp/passive.js';

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
  'vehicle',
  'vehicles',
  'truck',
  'trucks',
  'bus',
  'buses',
  'car',
  'cars',
  'motorcade',
]);
/** A state or a group defending itself is fighting ("help Ukraine defend itself"). */
const SELF = new Set(['itself', 'themselves', 'ourselves']);
/** Words before a target's head: "a", "every inch of", "their", "several". */
const TARGET_LEAD = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADP', 'PROPN', 'NOUN']);
/** How many words into the content a target's head is looked for. */
const TARGET_WINDOW = 5;

/** Verbs that open an undertaking named by their object: "launched an offensive", "mounted a raid". */
const LAUNCH_VERBS = new Set(['launch', 'mount', 'unleash', 'wage', 'stage']);
/** Objects of a launch that are acts of force whoever launches them ("an offensive against the town", "a swoop on suspects"). */
const FORCE_ACTS = new Set([
  'offensive',
  'offensives',
  'counteroffensive',
  'counter-offensive',
  'invasion',
  'incursion',
  'incursions',
  'airstrike',
  'airstrikes',
  'bombardment',
  'bombardments',
  'raid',
  'raids',
  'swoop',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shelling',
  'ambush',
  'crackdown',
  'manhunt',
]);
/** Objects of a launch that are acts of force only by an armed force or at a physical target ("launched an attack on the base", not "on Obama"). */
const ARMED_ACTS = new Set([
  'attack',
  'attacks',
  'assault',
  'assaults',
  'strike',
  'strikes',
  'operation',
  'operations',
  'war',
]);
/** How many words open a launch's object before its head ("a large-scale ground offensive"). */
const OBJECT_WINDOW = 5;

export function dropCombatAsSpeech(ctx: QuoteContext): void {
  ctx.keepCandidates((c) => {
    if (!c.cue) return true;
    const lemma = ctx.cueLemma(ctx.doc.tokenIndexAt(c.cue.start));
    // (a passive with its agent is read as the active: "Trump was attacked by … Hillary Clinton")
    if (COMBAT_VERBS.has(lemma))
      return (
        !combat(ctx, c) && (c.rule.startsWith('passive-agent') || !passive(ctx, ctx.doc.tokenIndexAt(c.cue.start)))
      );
    return !(LAUNCH_VERBS.has(lemma) && launchedForce(ctx, c));
  });
}

/**
 * Whether the cue at k is a passive participle ("Saraf Jidad, which was attacked three times",
 * "the town was repeatedly attacked"): what was attacked is its subject, and with no agent named the
 * words after it are no one's content ("was defending his record" is active).
 */
function passive(ctx: QuoteContext, k: number): boolean {
  return isPassive(ctx.doc.tokens, k, k, ctx.sentenceAt(k)?.firstToken ?? 0);
}

/**
 * Whether a launch's object is an act of force: "Georgian troops launched an offensive against the
 * Ossetian town of Tskhinvali", "Italian police have launched a swoop on suspected Islamic extremists"
 * are acts, not statements ("launched a trio of anti-Trump ads", "unleashed a harsh attack on Ben
 * Carson" are).
 */
function launchedForce(ctx: QuoteContext, c: Candidate): boolean {
  const toks = ctx.doc.tokens;
  const first = ctx.doc.tokenIndexAt(c.start);
  for (let j = first; j < toks.length && j - first < OBJECT_WINDOW && toks[j].start < c.end; j++) {
    const t = toks[j];
    if (FORCE_ACTS.has(t.lower)) return true;
    if (ARMED_ACTS.has(t.lower)) return combat(ctx, c) || physicalTargetAfter(ctx, c, j + 1);
    // (the object's head is read before any preposition: "a campaign against rocket attacks")
    if (!(
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      t.pos === 'NOUN' ||
      t.pos === 'PRON' ||
      t.text === '-'
    ))
      return false;
  }
  return false;
}

/** Whether the words after an act's noun aim it at a physical target: "an attack [on] the base", "a strike [against] Tskhinvali". */
function physicalTargetAfter(ctx: QuoteContext, c: Candidate, j: number): boolean {
  const toks = ctx.doc.tokens;
  const prep = toks[j];
  if (!prep || prep.pos !== 'ADP' || prep.start >= c.end) return false;
  return physicalTarget(ctx, { ...c, start: toks[j + 1]?.start ?? c.end });
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
  return !!actor && armedActor(actor);
}

/**
 * Whether an actor code names an armed force: a militarized group across borders (IMG: "Al-Qaeda",
 * IMGMUSALQ), or a country's armed sector first (USAMIL, AFGINS; not a defence secretary's USAGOVMIL,
 * who "defended the $515 billion request" in words).
 */
function armedActor(code: string): boolean {
  return code.startsWith('IMG') || ARMED_SECTORS.has(code.slice(3, 6));
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
    // (a demonstrative the tagger read as a conjunction: "defend that country")
    if (!TARGET_LEAD.has(t.pos) && !DEMONSTRATIVES.has(t.lower)) return false;
  }
  return false;
}

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
