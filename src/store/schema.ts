// The store's schema as an ordered list of migrations. PRAGMA user_version records how many have been
// applied; a new change is a new step at the end, never an edit of an old one.
import type Database from 'better-sqlite3';
import { backfillAliasVia } from './alias-backfill.js';
import { backfillReporters } from './reporter-backfill.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** What SQL alone cannot bring forward, run after `sql` in the same transaction. */
  backfill?: (db: Database.Database) => void;
}

const STATUSES = `'asserted','reported','alleged','denied','planned','expected','hypothetical','negated','demanded'`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, entities, mentions, roles, quotes, events, assertions, times; FTS5 on articles and quotes',
    sql: `
-- n is the article's integer key for FTS5: an explicit INTEGER PRIMARY KEY survives VACUUM, a bare rowid does not.
CREATE TABLE article (
  n            INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  url          TEXT,
  title        TEXT,
  source       TEXT,
  published    TEXT,
  license      TEXT,
  text         TEXT NOT NULL,
  text_hash    TEXT NOT NULL,
  duplicate_of TEXT REFERENCES article(id) ON DELETE SET NULL,
  analysed_at  TEXT NOT NULL,
  analysis     TEXT NOT NULL
);
CREATE INDEX article_text_hash ON article(text_hash);
CREATE INDEX article_published ON article(published);

-- One row per real-world actor across articles; key is 'kb:ID' or 'TYPE:normalised name'.
CREATE TABLE entity (
  id      INTEGER PRIMARY KEY,
  key     TEXT NOT NULL UNIQUE,
  type    TEXT NOT NULL,
  name    TEXT NOT NULL,
  country TEXT,
  actor   TEXT,
  kb      TEXT
);
CREATE INDEX entity_name ON entity(name COLLATE NOCASE);
CREATE INDEX entity_actor ON entity(actor);

CREATE TABLE mention (
  id      INTEGER PRIMARY KEY,
  article TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE ON UPDATE CASCADE,
  entity  INTEGER NOT NULL REFERENCES entity(id),
  start   INTEGER NOT NULL,
  "end"   INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  text    TEXT NOT NULL,
  rule    TEXT
);
CREATE INDEX mention_article ON mention(article);
CREATE INDEX mention_entity ON mention(entity);

CREATE TABLE role (
  id         INTEGER PRIMARY KEY,
  entity     INTEGER NOT NULL REFERENCES entity(id),
  title      TEXT NOT NULL,
  org        TEXT,
  org_entity INTEGER REFERENCES entity(id),
  country    TEXT,
  as_of      TEXT,
  article    TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE ON UPDATE CASCADE,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  rule       TEXT
);
CREATE INDEX role_entity ON role(entity);
CREATE INDEX role_article ON role(article);

CREATE TABLE quote (
  id            INTEGER PRIMARY KEY,
  article       TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE ON UPDATE CASCADE,
  local_id      TEXT NOT NULL,
  kind          TEXT NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  text          TEXT NOT NULL,
  parts         TEXT,
  cue_start     INTEGER,
  cue_end       INTEGER,
  cue_text      TEXT,
  speaker       INTEGER REFERENCES entity(id),
  speaker_name  TEXT,
  speaker_start INTEGER,
  speaker_end   INTEGER,
  rule          TEXT,
  speaker_rule  TEXT
);
CREATE INDEX quote_article ON quote(article);
CREATE INDEX quote_speaker ON quote(speaker);

-- One row per real-world event; key = type | source actors | target actors | time value.
CREATE TABLE event (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  type       TEXT NOT NULL,
  mode       TEXT,
  code       TEXT,
  time_value TEXT
);
CREATE INDEX event_type ON event(type);

CREATE TABLE event_actor (
  event    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  side     TEXT NOT NULL CHECK (side IN ('source', 'target')),
  position INTEGER NOT NULL,
  actor    TEXT,
  entity   INTEGER REFERENCES entity(id),
  name     TEXT,
  PRIMARY KEY (event, side, position)
);
CREATE INDEX event_actor_entity ON event_actor(entity);
CREATE INDEX event_actor_actor ON event_actor(actor);

-- One row per report of an event; a denier is an assertion with status 'denied'.
CREATE TABLE assertion (
  id             INTEGER PRIMARY KEY,
  event          INTEGER NOT NULL REFERENCES event(id),
  article        TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE ON UPDATE CASCADE,
  local_event    TEXT NOT NULL,
  asserter       INTEGER REFERENCES entity(id),
  asserter_name  TEXT,
  status         TEXT NOT NULL CHECK (status IN (${STATUSES})),
  trigger_start  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  trigger_text   TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  sentence_text  TEXT NOT NULL,
  time_start     INTEGER,
  time_end       INTEGER,
  time_text      TEXT,
  rule           TEXT,
  status_rule    TEXT
);
CREATE INDEX assertion_event ON assertion(event);
CREATE INDEX assertion_article ON assertion(article);
CREATE INDEX assertion_asserter ON assertion(asserter);

CREATE TABLE time (
  id      INTEGER PRIMARY KEY,
  article TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE ON UPDATE CASCADE,
  start   INTEGER NOT NULL,
  "end"   INTEGER NOT NULL,
  text    TEXT NOT NULL,
  type    TEXT NOT NULL,
  value   TEXT NOT NULL,
  rule    TEXT
);
CREATE INDEX time_article ON time(article);
CREATE INDEX time_value ON time(value);

-- Full-text search, external content kept in sync by triggers.
CREATE VIRTUAL TABLE article_fts USING fts5(
  title, text, content='article', content_rowid='n', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
  INSERT INTO article_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
  INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
  INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
  INSERT INTO article_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
END;

CREATE VIRTUAL TABLE quote_fts USING fts5(
  text, content='quote', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
  INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
  INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
  INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;
`,
  },
  {
    version: 2,
    description: 'indexes for the reference checks that run when an article is replaced',
    sql: `
CREATE INDEX role_org_entity ON role(org_entity) WHERE org_entity IS NOT NULL;
CREATE INDEX article_duplicate_of ON article(duplicate_of) WHERE duplicate_of IS NOT NULL;
`,
  },
  {
    version: 3,
    description: 'the analyser version each article was analysed with; MinHash signatures for near-duplicates',
    sql: `
-- NULL for articles stored before versions were kept: they count as analysed by another version.
ALTER TABLE article ADD COLUMN analyser TEXT;

-- 64 32-bit MinHash values of the text's word shingles, little-endian; NULL when the text is too
-- short to compare (those match only by text_hash).
CREATE TABLE article_signature (
  article TEXT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE ON UPDATE CASCADE,
  minhash BLOB
);
`,
  },
  {
    version: 4,
    description: 'aliases: the key of a surname-only person merged into the full-named person it stands for',
    sql: `
CREATE TABLE entity_alias (
  key    TEXT PRIMARY KEY,
  name   TEXT NOT NULL,
  entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE
);
CREATE INDEX entity_alias_entity ON entity_alias(entity);
`,
  },
  {
    version: 5,
    description: 'which rows reached their entity through an alias, so that a merge can follow later evidence',
    sql: `
-- The alias key (entity_alias.key) a row's entity was reached through: the key of an entity merged
-- since, or of a later article's name already merged. NULL: the row is the entity's own.
ALTER TABLE mention ADD COLUMN via TEXT;
ALTER TABLE role ADD COLUMN via TEXT;
ALTER TABLE role ADD COLUMN org_via TEXT;
ALTER TABLE quote ADD COLUMN speaker_via TEXT;
ALTER TABLE event_actor ADD COLUMN via TEXT;
ALTER TABLE assertion ADD COLUMN asserter_via TEXT;
CREATE INDEX mention_via ON mention(via) WHERE via IS NOT NULL;
CREATE INDEX role_via ON role(via) WHERE via IS NOT NULL;
CREATE INDEX role_org_via ON role(org_via) WHERE org_via IS NOT NULL;
CREATE INDEX quote_speaker_via ON quote(speaker_via) WHERE speaker_via IS NOT NULL;
CREATE INDEX event_actor_via ON event_actor(via) WHERE via IS NOT NULL;
CREATE INDEX assertion_asserter_via ON assertion(asserter_via) WHERE asserter_via IS NOT NULL;
`,
    // the rows merged before this version: found again from each article's Analysis
    backfill: backfillAliasVia,
  },
  {
    version: 6,
    description: 'the others who say a quote together with its speaker (a meeting readout\'s "they", "A and B agreed")',
    sql: `
-- One row per other speaker of a quote (Analysis quote.with), in their order; via as in version 5.
CREATE TABLE quote_with (
  quote    INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  entity   INTEGER REFERENCES entity(id),
  name     TEXT NOT NULL,
  start    INTEGER,
  "end"    INTEGER,
  via      TEXT,
  PRIMARY KEY (quote, position)
);
CREATE INDEX quote_with_entity ON quote_with(entity);
CREATE INDEX quote_with_via ON quote_with(via) WHERE via IS NOT NULL;
`,
  },
  {
    version: 7,
    description: 'who reports a quote ("“…,” Sanders said, according to CNN": Analysis quote.reported_by)',
    sql: `
-- The source that reports a quote said by its speaker; NULL where none is named. via as in version 5.
ALTER TABLE quote ADD COLUMN reported_by INTEGER REFERENCES entity(id);
ALTER TABLE quote ADD COLUMN reported_by_name TEXT;
ALTER TABLE quote ADD COLUMN reported_by_start INTEGER;
ALTER TABLE quote ADD COLUMN reported_by_end INTEGER;
ALTER TABLE quote ADD COLUMN reported_by_via TEXT;
CREATE INDEX quote_reported_by ON quote(reported_by) WHERE reported_by IS NOT NULL;
CREATE INDEX quote_reported_by_via ON quote(reported_by_via) WHERE reported_by_via IS NOT NULL;
`,
    // the quotes stored before this version: their reporters are in each article's Analysis
    backfill: backfillReporters,
  },
  {
    version: 8,
    description: 'roles the article says were held before ("previously served as …": Analysis role.former)',
    sql: `
-- 1 for a title the person held before the article's date; NULL for one held then, or unsaid.
ALTER TABLE role ADD COLUMN former INTEGER;
-- the roles stored before: those whose title says so itself ("Former British defense minister")
UPDATE role SET former = 1 WHERE lower(title) LIKE 'former %' OR lower(title) LIKE 'ex-%';
`,
  },
];
