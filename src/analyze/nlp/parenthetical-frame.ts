// A parenthetical attribution inside the clause it reports: "Clinton, a top aide said, is very
// confident …". The phrase before the cue is then not one noun phrase with an apposition (Clinton, a
// top aide) but the clause's subject and, after its comma, the speaker.
import type { Token } from '../document.js';

/** Whether the cue at token k is followed by a comma and a finite verb with no subject of its own (", is …", ", “has …"). */
export function predicateAfterCueComma(toks: readonly Token[], k: number): boolean {
  let a = k + 1;
  while (toks[a]?.pos === 'ADV') a++;
  if (toks[a]?.text !== ',') return false;
  a++;
  if (toks[a] && /^["“‘']$/.test(toks[a].text)) a++;
  const t = toks[a];
  // (a participle after the comma is the cue's own adjunct: "said, adding …")
  return !!t && (t.pos === 'AUX' || t.pos === 'VERB') && !/ing$/.test(t.lower);
}

/**
 * Whether the comma at c closes an adjunct that opens its sentence with a preposition or subordinator
 * and holds no comma before it ("In an interview with … Mika Brzezinski, the Democratic presidential
 * candidate stated"): the phrase after the comma is then the clause's subject, no apposition to the
 * name before it. `first` is the sentence's first token.
 */
export function closesFrontedAdjunct(toks: readonly Token[], first: number, c: number): boolean {
  const opener = toks[first];
  if (!opener || (opener.pos !== 'ADP' && opener.pos !== 'SCONJ') || c <= first + 1) return false;
  for (let j = first + 1; j < c; j++) if (toks[j].text === ',' || toks[j].pos === 'VERB') return false;
  return true;
}
