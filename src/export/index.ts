// The export formats by name, each a generator of output lines over the store's database.
import type Database from 'better-sqlite3';
import { csvLines } from './csv.js';
import { graphmlLines } from './graphml.js';
import { jsonlLines } from './jsonl.js';
import { ploverLines } from './plover.js';

export const EXPORT_FORMATS = {
  jsonl: jsonlLines,
  csv: csvLines,
  plover: ploverLines,
  graphml: graphmlLines,
} satisfies Record<string, (db: Database.Database) => Iterable<string>>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (f: string): f is ExportFormat => Object.hasOwn(EXPORT_FORMATS, f);
