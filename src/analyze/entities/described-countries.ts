// A title the article gives a person with no country, which a description elsewhere in the article
// gives with one: "It's a great pleasure to receive my colleague, the foreign minister of Angola, here
// at the State Department" before the transcript's "FOREIGN MINISTER ANTONIO:" makes the minister
// Angola's (rule +described-country), as "Angola's foreign minister" or "the Angolan foreign
// minister" would. Only where the article describes that title with one country alone, and gives
// it to one person alone.
import type { ArticleDocument, EntityRecord } from '../document.js';
import { actorCountry, sectorInWords } from './kb.js';
import { lexiconSets } from './lexicon.js';

/** "the foreign minister of (the) ", up to a country's name: the title's words, lower case. */
const TITLE_OF = /\bthe((?: [a-z-]+){1,4}) of (?:the )?$/;
/** "'s foreign minister" after a country's name, or " foreign minister" after its people's word. */
const TITLE_AFTER = /^(?:['’]s)?((?: [a-z-]+){1,4})(?=[\s,.;:!?)]|$)/;
/** Words before a title that say which holder, not which office ("the new foreign minister of …"). */
const HOLDER_MODIFIERS = new Set(['new', 'current', 'incumbent', 'visiting', 'acting']);
/** How far before or after a country's name its title is looked for. */
const REACH = 60;

const isCountry = (e: EntityRecord) => e.type === 'GPE' && !!e.kb?.startsWith('country:');
const isPeople = (e: EntityRecord) => e.type === 'NORP' && !!e.country;

export function countriesFromDescriptions(doc: ArticleDocument): void {
  const people = doc.entities.filter(lacksCountry);
  if (!people.length) return;
  const described = describedTitles(doc);
  if (described.size) for (const person of people) describedCountry(doc, person, described);
}

/** The same for one person, found later (a transcript's label: "FOREIGN MINISTER ANTONIO:"). */
export function countryFromDescriptions(doc: ArticleDocument, person: EntityRecord): void {
  if (!lacksCountry(person)) return;
  const described = describedTitles(doc);
  if (described.size) describedCountry(doc, person, described);
}

/** A person with titles that name no country or body. */
const lacksCountry = (e: EntityRecord) =>
  e.type === 'PERSON' && !e.country && e.roles.length > 0 && e.roles.every((r) => !r.country && !r.org);

function describedCountry(doc: ArticleDocument, person: EntityRecord, described: Map<string, Description[]>): void {
  // (a description after the person is named may be anyone's: "The Ukrainian foreign minister came
  // to Berlin" in the German minister's briefing; one before introduces them, or names them after it)
  const firstNamed = Math.min(...person.mentions.filter((m) => m.kind === 'name').map((m) => m.start));
  for (const role of person.roles) {
    const title = titleKey(role.title);
    // (an office's title only: "Australian lawyer" makes no lawyer Australia's government)
    const sector = sectorInWords(title.split(' '));
    if (!sector) continue;
    const countries = new Set(
      (described.get(title) ?? [])
        .filter((d) => d.owner === person || (!d.owner && d.end <= firstNamed))
        .map((d) => d.country),
    );
    if (countries.size !== 1) continue;
    // (one holder of the title only: two ministers' labels leave the description to neither)
    const holders = doc.entities.filter((e) => e.type === 'PERSON' && e.roles.some((r) => titleKey(r.title) === title));
    if (holders.length !== 1) continue;
    const [country] = countries;
    for (const r of person.roles) {
      if (titleKey(r.title) !== title) continue;
      r.country = country;
      r.rule = `${r.rule ?? ''}+described-country`;
    }
    person.country = country;
    person.actor ??= `${actorCountry(country)}${sector}`;
    return;
  }
}

/** A title as descriptions are matched by: lower case, single spaces. */
const titleKey = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The titles the article gives with a country and no name (lower case words → countries): "the
 * foreign minister of Angola", "Angola's foreign minister", "the Angolan foreign minister". A title
 * written before a name is that name's, and left out ("Angolan Foreign Minister Téte António").
 */
function describedTitles(doc: ArticleDocument): Map<string, Description[]> {
  const heads = lexiconSets().titleHeads;
  const out = new Map<string, Description[]>();
  const note = (phrase: string, country: string, end: number, holder: EntityRecord | null) => {
    // (a description the entity layer made a person of its own, or joined to one, is theirs:
    // "The Ukrainian foreign minister came to Berlin" in a German minister's briefing)
    if (doc.entityAt(end - 1)?.mention.kind === 'nominal') return;
    // (the title ends at its last head word, "foreign minister said"; a new holder's is the title too)
    const words = phrase.trim().split(' ');
    let last = words.length - 1;
    while (last >= 0 && !heads.has(words[last])) last--;
    let first = 0;
    while (first < last && HOLDER_MODIFIERS.has(words[first])) first++;
    if (last < 0 || words[first] === 'former') return;
    const w = words.slice(first, last + 1).join(' ');
    const d = { country, end, owner: holder ?? (last === words.length - 1 ? namedAfter(doc, end) : null) };
    const list = out.get(w);
    if (list) list.push(d);
    else out.set(w, [d]);
  };
  for (const e of doc.entities) {
    const country = e.country;
    if (!country || !(isCountry(e) || isPeople(e))) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name') continue;
      const before = doc.text.slice(Math.max(0, m.start - REACH), m.start);
      const of = isCountry(e) ? TITLE_OF.exec(before) : null;
      // ("Giorgio Napolitano, the President of Italy": the name before a description set off by its
      // comma is its holder)
      if (of) note(of[1], country, m.end, namedBefore(doc, m.start - of[0].length));
      const after = TITLE_AFTER.exec(doc.text.slice(m.end, m.end + REACH));
      // (lower case only: a capitalised title runs on into its holder's name)
      if (after && (isPeople(e) || /^['’]/.test(after[0])))
        note(after[1], country, m.end + after[0].length, namedBefore(doc, m.start));
    }
  }
  return out;
}

/** A title given with a country, and the person named beside it, whose title it is (else null). */
interface Description {
  country: string;
  /** Where the description ends. */
  end: number;
  owner: EntityRecord | null;
}

/** Words of address between a description and its holder's name ("Israel's foreign minister, my friend Yair Lapid"). */
const BEFORE_HOLDER = /^,?\s+(?:(?:my|our|his|her|dear|good|friend|colleague|and)\s+)*/i;
/** How far after a description its holder's name may start. */
const HOLDER_REACH = 24;

/** The person whose name ends right before a comma and a description starting at `start`, or null. */
function namedBefore(doc: ArticleDocument, start: number): EntityRecord | null {
  const m = /,\s*(?:the\s+)?$/i.exec(doc.text.slice(Math.max(0, start - 8), start));
  if (!m) return null;
  const hit = doc.entityAt(start - m[0].length - 1);
  return hit?.entity.type === 'PERSON' && hit.mention.kind === 'name' ? hit.entity : null;
}

/** The person whose name follows a description ending at `end` ("Pakistan's foreign minister Khurshid Kasuri"), or null. */
function namedAfter(doc: ArticleDocument, end: number): EntityRecord | null {
  const between = BEFORE_HOLDER.exec(doc.text.slice(end, end + HOLDER_REACH));
  if (!between?.[0]) return null;
  const at = end + between[0].length;
  const hit = doc.entityAt(at);
  return hit?.entity.type === 'PERSON' && hit.mention.kind === 'name' && hit.mention.start === at ? hit.entity : null;
}
