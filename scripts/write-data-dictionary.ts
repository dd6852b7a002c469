// Rewrites the tables and columns of docs/data-dictionary.md from the data package, so the two
// cannot drift (src/lib/server/datapackage.test.ts fails when the page is stale).
//   npx tsx scripts/write-data-dictionary.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { withViteModules } from './vite-modules.ts';

type Module<T> = Promise<T>;
const file = await withViteModules(async (load) => {
	const { readSite } = await (load('src/lib/server/site.ts') as Module<
		typeof import('../src/lib/server/site.ts')
	>);
	const { publishedTables } = await (load('src/lib/server/published-tables.ts') as Module<
		typeof import('../src/lib/server/published-tables.ts')
	>);
	const { dataPackage } = await (load('src/lib/server/datapackage.ts') as Module<
		typeof import('../src/lib/server/datapackage.ts')
	>);
	const { DATA_DICTIONARY_FILE, withDataDictionary } = await (load(
		'src/lib/server/data-dictionary.ts'
	) as Module<typeof import('../src/lib/server/data-dictionary.ts')>);
	const page = readFileSync(DATA_DICTIONARY_FILE, 'utf8');
	const pkg = dataPackage(publishedTables(readSite()));
	writeFileSync(DATA_DICTIONARY_FILE, await withDataDictionary(page, pkg));
	return DATA_DICTIONARY_FILE;
});
console.log(`wrote the data files block of ${file}`);
