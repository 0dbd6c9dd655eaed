// The grammatical gender a person's mentions show, so that "she" is not resolved to a man: an
// honorific before a mention (Mr., Mrs., Ms.), a gendered pronoun already resolved to the person,
// else the first name. The first names are common English given names from the U.S. Social
// Security Administration's lists of popular baby names (public domain), plus the given names of
// politicians frequent in news wires; names common to both sexes are left out.
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Mention } from '../types.js';
import { nameForms } from './name-forms.js';

export type Gender = 'm' | 'f';

const FEMALE = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
  ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
  cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine christine debra
  rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina
  joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann gloria kathryn
  alice teresa sara janice doris madison julia grace judy abigail marie denise beverly amber theresa
  marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte hillary condoleezza
  nikki carly huma kellyanne dianne nancy elena sonia ruth madeleine theresa angela marine sheryl debbie
  donna kamala elizabeth tulsi michele susana jeanne christiane ivanka melania chelsea loretta
  janet valerie samantha kirsten claire tammy patty barbara lisa shelley jodi gwen kay marsha jeanne
  susan maxine sheila heidi jill mia ana jennifer cecelia phyllis betsy gretchen megyn katy katie
  paula ellen yulia dilma cristina michelle`.split(/\s+/),
);

const MALE = new Set(
  `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence
  jesse dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
  eugene vincent russell elijah louis bobby philip johnny barack bernie ted marco jeb mitt newt rand
  mike chris ben bill vladimir xi barry harry mitch paul reince rudy rick lindsey
  bobby jim tim tom ron jon ken dan dick joe al jimmy rahm reid chuck elijah orrin jeff corey
  rex sean reince steve bob francois emmanuel nicolas recep benjamin bashar hassan shinzo justin
  narendra abdel mahmoud ali mohammed muhammad ahmed omar jake ash ashton denis josh martin lincoln
  howard marty evan duncan darrell trey jason kevin lamar sid stuart cory ed`.split(/\s+/),
);

const MALE_HONORIFIC = /\b(Mr\.?|Sir|Lord|King|Prince)\s+$/;
const FEMALE_HONORIFIC = /\b(Mrs\.?|Ms\.?|Miss|Madam|Lady|Queen|Princess)\s+$/;

/** A person's gender as last worked out, with what it was worked out from. */
interface KnownGender {
  mentions: Mention[];
  count: number;
  last: Mention | undefined;
  name: string;
  /** The mentions read so far that show a man, and a woman (honorifics, resolved pronouns). */
  male: number;
  female: number;
  gender: Gender | null;
}

// keyed by the entity object (an entry goes when its document's entities do): each pronoun asks about
// every person before it, and reading all of a person's mentions each time grew with pronouns ×
// mentions. Within the quote pass mentions are only appended (a pronoun resolved to the person),
// so an answer holds while the mention list is the same array with the same length and last mention;
// when mentions were only appended, only those are read and added to the counts kept.
const known = new WeakMap<EntityRecord, KnownGender>();

/** The gender of a person entity from the article's own evidence, or null when it says nothing. */
export function genderOf(doc: ArticleDocument, e: EntityRecord): Gender | null {
  if (e.type !== 'PERSON') return null;
  let k = known.get(e);
  const mentions = e.mentions;
  const last = mentions.at(-1);
  if (k && k.mentions === mentions && k.count === mentions.length && k.last === last && k.name === e.name)
    return k.gender;
  const appended =
    k !== undefined &&
    k.mentions === mentions &&
    k.name === e.name &&
    k.count < mentions.length &&
    (k.count === 0 || mentions[k.count - 1] === k.last);
  if (!k || !appended) {
    k = { mentions, count: 0, last: undefined, name: e.name, male: 0, female: 0, gender: null };
    known.set(e, k);
  }
  for (; k.count < mentions.length; k.count++) countGender(doc, mentions[k.count], k);
  k.last = last;
  k.gender = k.male !== k.female ? (k.male > k.female ? 'm' : 'f') : nameGender(e);
  return k.gender;
}

/** Adds what one mention shows to the counts: an honorific before it, and a resolved pronoun (he, her). */
function countGender(doc: ArticleDocument, mention: Mention, k: KnownGender): void {
  const before = doc.text.slice(Math.max(0, mention.start - 10), mention.start);
  if (MALE_HONORIFIC.test(before)) k.male++;
  else if (FEMALE_HONORIFIC.test(before)) k.female++;
  if (mention.kind === 'pronoun') {
    const w = mention.text.toLowerCase();
    if (w === 'he' || w === 'him') k.male++;
    else if (w === 'she' || w === 'her') k.female++;
  }
}

/** The gender the first name shows, where it is a given name of one sex only. */
function nameGender(e: EntityRecord): Gender | null {
  const first = nameForms(e).split[0] ?? '';
  if (FEMALE.has(first) && !MALE.has(first)) return 'f';
  if (MALE.has(first) && !FEMALE.has(first)) return 'm';
  return null;
}

/** The gender a pronoun asks for, or null (they, I, we, who). */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his') return 'm';
  if (w === 'she' || w === 'her' || w === 'hers') return 'f';
  return null;
}
