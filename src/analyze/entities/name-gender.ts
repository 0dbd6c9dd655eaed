// Given names of one sex and the honorifics that show a person's sex, for the quote layer's
// pronouns (quotes/speaker-gender.ts) and the entity layer's surnames after "Mr."/"Mrs."
// (names.ts). The first names are common English given names from the U.S. Social Security
// Administration's lists of popular baby names (public domain), plus the given names of politicians
// frequent in news wires (Arab, Israeli and Slavic ones too, some of which Moby lists as female only:
// "Adel", "Andrei"); names common to both sexes are left out.

import { oneSexGivenNames } from './data.js';

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
  howard marty evan duncan darrell trey jason kevin lamar sid stuart cory ed
  adel andrei khaled walid tariq hosni saad fuad nabil ziad samir amr anwar yasser ismail hamad faisal
  salman abdullah nouri kamal jalal nasser ayman sami rami hani majid abbas imad shimon ehud yair
  naftali yitzhak dmitry sergey viktor petro volodymyr`.split(/\s+/),
);

const MALE_HONORIFIC = /\b(Mr\.?|Sir|Lord|King|Prince)\s+$/;
const FEMALE_HONORIFIC = /\b(Mrs\.?|Ms\.?|Miss|Madam|Lady|Queen|Princess)\s+$/;

/**
 * The sex a given name shows (lower case), where it is a name of one sex only: the lists above first
 * (they settle names news uses for one sex, "Hillary"), then Moby's lists of one-sex names ("Anton").
 */
export function givenNameGender(first: string): Gender | null {
  const w = first.toLowerCase();
  const female = FEMALE.has(w);
  const male = MALE.has(w);
  if (female || male) return female && !male ? 'f' : male && !female ? 'm' : null;
  const moby = oneSexGivenNames();
  return moby.female.has(w) ? 'f' : moby.male.has(w) ? 'm' : null;
}

/** The sex an honorific right before a mention shows ("Mrs. Clinton"), from the text before it. */
export function honorificGender(before: string): Gender | null {
  if (MALE_HONORIFIC.test(before)) return 'm';
  if (FEMALE_HONORIFIC.test(before)) return 'f';
  return null;
}

/** The sex a word of kinship gives the person it names ("her husband, Saeed Abedini"). */
export const KIN_GENDER: Record<string, Gender> = {
  mother: 'f',
  daughter: 'f',
  wife: 'f',
  sister: 'f',
  widow: 'f',
  granddaughter: 'f',
  grandmother: 'f',
  niece: 'f',
  aunt: 'f',
  father: 'm',
  son: 'm',
  husband: 'm',
  brother: 'm',
  widower: 'm',
  grandson: 'm',
  grandfather: 'm',
  nephew: 'm',
  uncle: 'm',
};

/** Words of kinship before a relative's name, of either sex or of one ("his cousin Ali", "his wife Christin"). */
export const KINSHIP_WORDS: ReadonlySet<string> = new Set([...Object.keys(KIN_GENDER), 'cousin']);

/**
 * A word of kinship, then "of" or a few words of the relative's description, right before a name.
 * With "of" (group 2) the word is the relation of someone named before ("mother of … Sean Smith");
 * without it, the name's own ("her husband, Saeed Abedini").
 */
export const KINSHIP_BEFORE = new RegExp(
  `\\b(${[...KINSHIP_WORDS].join('|')})(\\s+of)?\\s+(?:[\\p{L}.’'-]+\\s+){0,3}$`,
  'iu',
);
