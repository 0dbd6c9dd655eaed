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

/** The actor of the organisation whose name opens `text`, when the rest names one of its bodies; else null. */
export function armOfOrganisation(text: string): { actor: string } | null {
  const m = /^(\S+)\s+(.+)$/.exec(text.replace(/^the\s+/i, ''));
  if (!m) return null;
  const owner = lookupName(m[1]);
  if (owner?.kind !== 'org' || !owner.actor?.startsWith('IGO')) return null;
  const words = m[2].split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  // ("NATO Alliance": the organisation itself by its class noun, no body of it)
  if (words.length === 1 && SELF_NOUNS.has(head)) return null;
  if (!lexiconSets().orgHeads.has(head)) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || GLUE.has(w))) return null;
  return { actor: owner.actor };
}
