// Rewrites the README's table of published files and columns from the data package, so the two
// cannot drift (src/lib/server/datapackage.test.ts fails when the README is stale).
//   npx tsx scripts/write-readme-data.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { readSite } from '../src/lib/server/site.ts';
import { publishedTables } from '../src/lib/server/published-tables.ts';
import { dataPackage } from '../src/lib/server/datapackage.ts';
import { withDataBlock } from '../src/lib/server/datapackage-readme.ts';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', await withDataBlock(readme, dataPackage(publishedTables(readSite()))));
console.log('wrote the data files block of README.md');
