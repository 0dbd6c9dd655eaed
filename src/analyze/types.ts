// The Analysis of ../shared/CONTRACT.md, as TypeScript types. Fields may be added, never renamed,
// retyped or dropped: the scorer and every consumer read exactly this shape.

/** A half-open range of UTF-16 code units into the article text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC';
export type MentionKind = 'name' | 'nominal' | 'pronoun';

export interface Mention extends TextSpan {
  kind: MentionKind;
  /** The rule or model that found this mention. */
  rule?: string;
}

export interface Role {
  title: string;
  org?: string | null;
  country?: string | null;
  span: Span;
  rule?: string;
  /** Extension: a title the article says the person held before ("previously served as …"). */
  former?: boolean;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  actor?: string | null;
  country?: string | null;
  kb?: string | null;
  roles: Role[];
  mentions: Mention[];
  /**
   * Extension: "byline" for a person the article names only outside its text (the byline signing a
   * statement), whose mentions are all pronouns: the name is still theirs, in every article.
   */
  credited?: 'byline';
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface SpeakerRef extends Partial<Span> {
  entity: string | null;
  name: string;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  start: number;
  end: number;
  text: string;
  cue: TextSpan | null;
  speaker: SpeakerRef | null;
  parts?: Span[];
  /**
   * Others who say it together with the speaker: "Secretary Blinken met … with Minister Gantz. They
   * expressed …" is Blinken's, with Gantz. (An extension of the contract; absent when the speaker speaks alone.)
   */
  with?: SpeakerRef[];
  /**
   * Who reports the quote: the source an "according to" names after the quote's own attribution
   * ("“…,” Sanders said, according to CNN": Sanders speaks, CNN reports it). (An extension of the
   * contract; absent where no one is named so.)
   */
  reported_by?: SpeakerRef;
  /** The rule that found the quote and the one that chose its speaker. */
  rule?: string;
  speaker_rule?: string | null;
}

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const EVENT_STATUSES = [
  'asserted',
  'reported',
  'alleged',
  'denied',
  'planned',
  'expected',
  'hypothetical',
  'negated',
  'demanded',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface ActorRef {
  entity: string | null;
  actor: string | null;
  name?: string;
}

export interface AgentRef {
  entity: string | null;
  name: string;
}

export interface Event {
  id: string;
  type: PloverType;
  mode: string | null;
  code: string | null;
  source: ActorRef[];
  target: ActorRef[];
  status: EventStatus;
  asserted_by: AgentRef | null;
  denied_by: AgentRef[];
  trigger: TextSpan;
  sentence: Span;
  time: TimeValue | null;
  rule?: string;
  status_rule?: string;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeValue extends TextSpan {
  type: TimeType;
  value: string;
  rule?: string;
}

export interface Analysis {
  id: string;
  published: string | null;
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  times: TimeValue[];
}

/** One input article, as the JSONL contract gives it. */
export interface ArticleInput {
  id: string;
  text: string;
  published?: string | null;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** Who the input says wrote or gave it ("Jalina Porter, Principal Deputy Spokesperson"), or null. */
  byline?: string | null;
}
