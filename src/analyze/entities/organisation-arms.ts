// A body of an international organisation named after it: "OSCE Permanent Council", "NATO Military
// Committee", "UN Human Rights Council" where the KB does not know the whole name. The body acts for
// the organisation (its actor code, IGO…), though it is a body of its own: it keeps its name and no KB
// id, so that the store keys it by its name.
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';

/** Lower-case words that may join a body's capitalised words ("Peace and Security Council"). */
const GLUE = new Set(['and', 'of', 'for', 'on']);
/** Class nouns an organisation calls itself by ("NATO Alliance", "ASEAN Organization"). */
const SELF_NOUNS = new Set(['alliance', 'organization', 'organisation', 'union', 'group', 'association']);

/** Heads of an organisation's arms beyond the lexicon's bodies ("Assistance Mission", "Development Programme"). */
const ARM_HEADS = new Set(['mission', 'programme', 'program', 'force', 'operation', 'operations', 'panel', 'office']);
/** Prepositions after an arm's head that say where or for what it works ("Mission in Iraq", "Mission to Afghanistan"). */
const ARM_PLACES = new Set(['in', 'to', 'for', 'of', 'on']);
/** The most words of an organisation's name that open its arm's name ("United Nations"). */
const MAX_OWNER_WORDS = 3;

/**
 * The actor of the organisation whose name opens `text` ("NATO", "United Nations"), when the rest
 * names one of its bodies: capitalised words up to a body's head, and after the head at most where
 * or for what it works ("United Nations Assistance Mission in Iraq"); else null.
 */
export function armOfOrganisation(text: string): { actor: string } | null {
  const all = text.replace(/^the\s+/i, '').split(/\s+/);
  for (let n = Math.min(MAX_OWNER_WORDS, all.length - 1); n >= 1; n--) {
    const owner = lookupName(all.slice(0, n).join(' '));
    if (owner?.kind !== 'org' || !owner.actor?.startsWith('IGO')) continue;
    return armWords(all.slice(n)) ? { actor: owner.actor } : null;
  }
  return null;
}

/** Whether the words after an organisation's name name a body of it. */
function armWords(words: string[]): boolean {
  // (a head, then what it is toward: "Assistance Mission in Iraq")
  // (its preposition capitalised in a title-case name too: "United Nations Interim Force In Lebanon")
  const at = words.findIndex(
    (w, k) => k > 0 && ARM_PLACES.has(w.toLowerCase()) && ARM_HEADS.has(words[k - 1].toLowerCase()),
  );
  const own = at > 0 ? words.slice(0, at) : words;
  // (its complement may join capitalised words: "Office on Drugs and Crime")
  if (
    at > 0 &&
    !words
      .slice(at + 1)
      .every((w, k, rest) => /^\p{Lu}/u.test(w) || w === 'the' || (GLUE.has(w) && k > 0 && k < rest.length - 1))
  )
    return false;
  const head = own[own.length - 1].toLowerCase();
  // ("NATO Alliance": the organisation itself by its class noun, no body of it)
  if (own.length === 1 && SELF_NOUNS.has(head)) return false;
  if (!lexiconSets().orgHeads.has(head) && !ARM_HEADS.has(head)) return false;
  return own.every((w) => /^\p{Lu}/u.test(w) || GLUE.has(w));
}
