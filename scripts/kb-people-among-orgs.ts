// Leaders the organisations list files as bodies: Phoenix's agents file has "Bashar Al-Assad" with
// the keys "bashar al-assad", "bashar assad", "assad", "mr. assad" and also "assad regime", "assad
// government", while the people list has the same man as "Bashar Al Assad". Left so, "Bashar
// al-Assad" in an article was an organisation id shared with "the Assad regime", and "Bashar Assad"
// and "Bashar al Assad" were two more identities. A body entry whose own name is, spelling aside, a
// kept person's full name is that person: its keys that name a person go to the person; the keys
// that name a body ("assad regime") stay the body's, shown under the first of them.

/** Arabic articles a name is written with or without ("al-Assad", "al Assad", "Assad"). */
const ARTICLES = new Set(['al', 'el', 'ul']);
/** Words that make a leader's name a body's: "Assad regime", "Assad government". */
const BODY_OF_LEADER = /\b(?:regime|government|forces|administration|loyalists|supporters|movement)\b/;

/** A name without its spelling: lower case, hyphens as spaces, no Arabic articles. */
export function spellingFree(name: string): string {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !ARTICLES.has(w))
    .join(' ');
}

export interface PeopleAmongOrgs {
  /** Body key → the person it names. */
  moved: Map<string, number>;
  /** Body id → the key its remaining names are shown under. */
  renamed: Map<number, string>;
}

/**
 * The keys of body entries that are people the people list holds, of the same country (an office
 * the people list does not date stays the body's: the EU's "Catherine Ashton" entry is her EU post).
 * `orgs[id]` is each body's own name and country, `personKeys` the people's full-name keys (key →
 * person id), `personCountry` each person's country; `isBodyKey` tells a body's key.
 */
export function peopleAmongOrgs(
  orgs: ReadonlyArray<{ name: string; country: string | null }>,
  orgKeys: Readonly<Record<string, number>>,
  personKeys: Readonly<Record<string, number>>,
  personCountry: (id: number) => string | null,
  isBodyKey: (key: string) => boolean,
): PeopleAmongOrgs {
  // spelling-free full name → person (-1 where two people share it)
  const people = new Map<string, number>();
  for (const [k, id] of Object.entries(personKeys)) {
    const f = spellingFree(k);
    people.set(f, people.has(f) && people.get(f) !== id ? -1 : id);
  }
  const keysOf = new Map<number, string[]>();
  for (const [k, id] of Object.entries(orgKeys)) keysOf.set(id, [...(keysOf.get(id) ?? []), k]);
  const moved = new Map<string, number>();
  const renamed = new Map<number, string>();
  orgs.forEach(({ name, country }, id) => {
    const f = spellingFree(name);
    const person = people.get(f);
    if (f.split(' ').length < 2 || person === undefined || person < 0) return;
    if (!country || personCountry(person) !== country) return;
    const keys = (keysOf.get(id) ?? []).sort();
    const bodyKeys = keys.filter((k) => BODY_OF_LEADER.test(k) || isBodyKey(k));
    for (const k of keys) if (!bodyKeys.includes(k)) moved.set(k, person);
    if (bodyKeys.length) renamed.set(id, bodyKeys[0]);
  });
  return { moved, renamed };
}
