// Rewrites the tables and columns of docs/data-dictionary.md from the data package, so the two
// cannot drift (src/lib/server/datapackage.test.ts fails when the page is stale).
//   npx tsx scripts/write-data-dictionary.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { readSite } from '../src/lib/server/site.ts';
import { publishedTables } from '../src/lib/server/published-tables.ts';
import { dataPackage } from '../src/lib/server/datapackage.ts';
import { DATA_DICTIONARY_FILE, withDataDictionary } from '../src/lib/server/data-dictionary.ts';

const page = readFileSync(DATA_DICTIONARY_FILE, 'utf8');
const pkg = dataPackage(publishedTables(readSite()));
writeFileSync(DATA_DICTIONARY_FILE, await withDataDictionary(page, pkg));
console.log(`wrote the data files block of ${DATA_DICTIONARY_FILE}`);
