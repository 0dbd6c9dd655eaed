// Converts ../shared/data/kb/cameo_codes.tsv into data/lexicons/events-cameo.json: for each CAMEO code,
// its name, PLOVER event type and mode, Goldstein value and quad class. Run after a change of the table:
//   npm run build && node dist/scripts/build-event-lexicon.js
// Sources: CAMEO codebook (open); PLOVER mapping CAMEO2PLOVER (OEDA, CC BY-SA 4.0).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedDir = process.env.DOSSIER_SHARED ?? join(repoRoot, '..', 'shared');
const rows = readFileSync(join(sharedDir, 'data', 'kb', 'cameo_codes.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean);
const header = rows[0].split('\t');
const col = (name: string) => header.indexOf(name);
const codes: Record<
  string,
  { name: string; plover: string | null; mode: string | null; goldstein: number; quad: number }
> = {};
for (const line of rows.slice(1)) {
  const f = line.split('\t');
  const plover = f[col('plover_event')];
  codes[f[col('code')]] = {
    name: f[col('name')],
    plover: /^[A-Z]+$/.test(plover) ? plover : null,
    mode: f[col('plover_mode')] || null,
    goldstein: Number(f[col('goldstein')]),
    quad: Number(f[col('quad_class')]),
  };
}
const out = {
  _source:
    'CAMEO event codes (CAMEO codebook, open) with their PLOVER type and mode (CAMEO2PLOVER, Open Event Data Alliance, CC BY-SA 4.0), converted from shared/data/kb/cameo_codes.tsv by scripts/build-event-lexicon.ts',
  codes,
};
writeFileSync(join(repoRoot, 'data', 'lexicons', 'events-cameo.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(codes).length} codes written`);
