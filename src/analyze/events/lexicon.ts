// The event lexicons, read once per process from data/lexicons: trigger patterns, CAMEO codes with
// their PLOVER mapping, and the cue words for status, clauses and denials.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLOVER_TYPES, type PloverType } from '../types.js';

/** The repository root: this file runs as dist/src/analyze/events/lexicon.js. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const readLexicon = (name: string): unknown =>
  JSON.parse(readFileSync(join(repoRoot, 'data', 'lexicons', name), 'utf8'));

export interface TriggerPattern {
  /** Lemmas or lower-cased words; '*' is a short gap. */
  words: string[];
  code: string | null;
  type: PloverType | null;
  mode: string | null;
  /** 'V' or 'N': the part of speech the pattern's first word must have. */
  pos: 'V' | 'N' | null;
  /**
   * 'speaker-threat': the quote's speaker threatens the clause's subject ("they will pay a price");
   * 'intent': a frame that takes the kind of the act it governs ("willing to send"); 'intent-frame': the
   * same, but an event only with such an act ("wants to attack", not "wants to know"); 'recipient-subject':
   * the subject receives what the one after "from" gives ("received assurances from the government");
   * 'intransitive': an event only where no object follows ("demonstrated in Kiev", "demonstrating against
   * the war"; not "these launches demonstrate the threat", "demonstrated very clearly that …");
   * 'military-object': an event only where a force is its object (cue list `militaryObjects`: "reinforce
   * the eastern flank", not "reinforce our commitment"); 'actor-object': an event only where a name or a
   * pronoun for people is its object ("prevent Iran from acquiring …", not "prevent further escalation");
   * 'permission': an event only where a party permits, not where a thing enables ("Yemen allowed the
   * flights to proceed", not "it allows us to engage"); 'verbal': an event only where words defend, not
   * arms a land (cue list `defendedLands`: "defended the decision", not "defend their country");
   * 'recognition': an event only where a party or its standing is recognised (cue list
   * `recognizedStatus`: "recognize Kosovo", not "recognize that …", "recognize the importance of …");
   * 'speaker-thanks': with no subject of its own inside a direct quotation ("Thank you, Tony, for …"),
   * the speaker thanks the people the sentence addresses; 'topic-object': the object is what is talked
   * of, no party ("discussed Ukraine’s sovereignty"), a target only after "with".
   */
  role: string | null;
}

interface RawTrigger {
  p: string;
  code: string | null;
  type?: string;
  mode?: string | null;
  pos?: 'V' | 'N';
  role?: string;
}
interface CameoCode {
  name: string;
  plover: string | null;
  mode: string | null;
}

export interface EventLexicon {
  /** Patterns by their first word, longest first. */
  byFirstWord: Map<string, TriggerPattern[]>;
  cues: Record<string, Set<string>>;
}

const isPlover = (t: string | null | undefined): t is PloverType =>
  !!t && (PLOVER_TYPES as readonly string[]).includes(t);

/** CAMEO roots CAMEO2PLOVER leaves unmapped that a PLOVER type covers: an appeal is a REQUEST. */
const ROOT_TYPES: Record<string, PloverType> = { '02': 'REQUEST' };

/** The PLOVER type and mode of a CAMEO code, walking up to its parent codes when it has none. */
function ploverOf(codes: Record<string, CameoCode>, code: string): { type: PloverType | null; mode: string | null } {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const row = codes[c];
    if (row && isPlover(row.plover)) return { type: row.plover, mode: row.mode };
  }
  return { type: ROOT_TYPES[code.slice(0, 2)] ?? null, mode: null };
}

export function buildLexicon(
  rawTriggers: RawTrigger[],
  codes: Record<string, CameoCode>,
  rawCues: Record<string, unknown>,
) {
  const byFirstWord = new Map<string, TriggerPattern[]>();
  for (const t of rawTriggers) {
    const words = t.p.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const mapped = t.code ? ploverOf(codes, t.code) : { type: null, mode: null };
    const type = isPlover(t.type) ? t.type : mapped.type;
    // a blocking entry (code null) stays in the table so that it wins over shorter patterns
    if (t.code && !type) continue;
    const pattern: TriggerPattern = {
      words,
      code: t.code,
      type,
      mode: t.mode !== undefined ? t.mode : mapped.mode,
      pos: t.pos ?? null,
      role: t.role ?? null,
    };
    const list = byFirstWord.get(words[0]) ?? [];
    list.push(pattern);
    byFirstWord.set(words[0], list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const cues: Record<string, Set<string>> = {};
  for (const [k, v] of Object.entries(rawCues)) if (Array.isArray(v)) cues[k] = new Set(v.map(String));
  return { byFirstWord, cues } satisfies EventLexicon;
}

let shared: EventLexicon | null = null;

export function eventLexicon(): EventLexicon {
  if (!shared) {
    const triggers = readLexicon('events-triggers.json') as { triggers: RawTrigger[] };
    const cameo = readLexicon('events-cameo.json') as { codes: Record<string, CameoCode> };
    const cues = readLexicon('events-cues.json') as Record<string, unknown>;
    shared = buildLexicon(triggers.triggers, cameo.codes, cues);
  }
  return shared;
}

/** A cue set by name; empty when the lexicon lacks it. */
export function cue(lex: EventLexicon, name: string): Set<string> {
  return lex.cues[name] ?? new Set();
}
