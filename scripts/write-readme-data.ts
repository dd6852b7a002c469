// Rewrites the README's table of published files and columns from the data package, so the two
// cannot drift (src/lib/server/datapackage.test.ts fails when the README is stale).
//   npx tsx scripts/write-readme-data.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { withViteModules } from './vite-modules.ts';

await withViteModules(async (load) => {
	const { readSite } =
		await load<typeof import('../src/lib/server/site.ts')>('src/lib/server/site.ts');
	const { publishedTables } = await load<typeof import('../src/lib/server/published-tables.ts')>(
		'src/lib/server/published-tables.ts'
	);
	const { dataPackage } = await load<typeof import('../src/lib/server/datapackage.ts')>(
		'src/lib/server/datapackage.ts'
	);
	const { withDataBlock } = await load<typeof import('../src/lib/server/datapackage-readme.ts')>(
		'src/lib/server/datapackage-readme.ts'
	);
	const readme = readFileSync('README.md', 'utf8');
	writeFileSync('README.md', await withDataBlock(readme, dataPackage(publishedTables(readSite()))));
});
console.log('wrote the data files block of README.md');
