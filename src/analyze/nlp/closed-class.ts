// Closed-class words that analysers of several layers test tokens against, kept in one place so that
// their lists cannot drift apart. Each user composes the set it needs from these and says why.

/** Days named from the day of writing: a time adjunct of one word ("today", "yesterday"). */
export const DEICTIC_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

/** The days of the week ("the Sunday Times" opens a name; "Serbia Friday rejected" is a date). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Possessive determiners ("his", "its", "our"): the noun after them is someone's, already there. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);

/** Reflexive pronouns of people ("killed himself", "found themselves"). */
export const PERSONAL_REFLEXIVES: ReadonlySet<string> = new Set([
  'myself',
  'yourself',
  'himself',
  'herself',
  'ourselves',
  'yourselves',
  'themselves',
]);

/** Adverbs that open a sentence before its subject, set off by a comma or not ("However, …", "Meanwhile …"). */
export const SENTENCE_OPENING_ADVERBS: ReadonlySet<string> = new Set([
  'however',
  'meanwhile',
  'separately',
  'still',
  'now',
  'then',
  'later',
  'earlier',
  'tonight',
]);

/** The forms of "be" written out in full. */
export const BE_WORDS: readonly string[] = ['is', 'am', 'are', 'was', 'were', 'be', 'been', 'being'];

/** The personal pronouns that can be a clause's subject and name who speaks ("it" names no one). */
export const PERSONAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/** The finite forms of "be" written out in full. */
export const FINITE_BE_WORDS: ReadonlySet<string> = new Set(['is', 'am', 'are', 'was', 'were']);

/**
 * "is" contracted onto its subject ("He's denied …", "It's expected …"). The same letters make "has"
 * and the possessive: a user that counts them as "be" says so.
 */
export const CONTRACTED_IS: readonly string[] = ["'s", '’s'];

/** "are" contracted onto its subject ("They're expected to …"). */
export const CONTRACTED_ARE: readonly string[] = ["'re", '’re'];

/** Nouns and names of times: days, months, "week", "morning" ("said Thursday", "this week", "at one point"). */
export const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|tonight|day|days|week|weeks|weekend|month|months|year|years|morning|afternoon|evening|night|decade|decades|hour|hours|point)$/;

/** Days, months, "today" and "yesterday": a time adverb a phrase reader may take for a name ("said Thursday"). */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/i;

/** Whether a word is a day, a month, today or yesterday. */
export const isCalendarText = (word: string): boolean => CALENDAR.test(word);

/** Conjunctions that open a subordinate clause (When …, If …, After …): a sentence's fronted clause, or a clause no phrase runs across. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'if',
  'after',
  'before',
  'while',
  'although',
  'though',
  'because',
  'since',
  'once',
  'until',
  'unless',
  'whether',
  'whenever',
]);

/** A year written out ("1916", "2005"). */
export const YEAR = /^(?:1[89]|20)\d\d$/;
