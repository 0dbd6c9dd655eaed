// Writes data/lexicons/given-name-genders.json: the given names that Moby Word II lists as female only
// or as male only (data/sources/moby-female-first-names.txt, moby-male-first-names.txt; public domain).
// A name on both lists ("Kim", "Jordan", "Leslie") shows no sex and is left out.
//   npm run build:name-genders
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sources = join(process.cwd(), 'data', 'sources');
const read = (file: string) =>
  new Set(
    readFileSync(join(sources, file), 'utf8')
      .split('\n')
      .map((n) => n.trim().toLowerCase())
      .filter(Boolean),
  );
const female = read('moby-female-first-names.txt');
const male = read('moby-male-first-names.txt');
const only = (a: Set<string>, b: Set<string>) => [...a].filter((n) => !b.has(n)).sort();
const out = join(process.cwd(), 'data', 'lexicons');
mkdirSync(out, { recursive: true });
const genders = { female: only(female, male), male: only(male, female) };
writeFileSync(join(out, 'given-name-genders.json'), JSON.stringify(genders) + '\n');
console.log(
  `${genders.female.length} female and ${genders.male.length} male given names (${female.size + male.size - genders.female.length - genders.male.length} on both lists left out)`,
);
