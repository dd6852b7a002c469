// `npm run verify`: checks every claim against its article, the copy against the charts, and builds
// every chart once. Bad input prints what is wrong and where, never a stack trace: exit 1 for
// problems in the data, 2 when the check itself could not run.
// `--data <dir>` checks another folder with the layout of data/ (the hostile-edit tests use it).
import { resolve } from 'node:path';
import { withViteModules } from './vite-modules.ts';
type Problems = typeof import('../src/lib/evidence/problems.ts');
type SiteModule = typeof import('../src/lib/server/site.ts');

/** The data folder: `--data <dir>`, or data/ in the working directory. */
function dataDir(args: string[]): string | undefined {
	const at = args.indexOf('--data');
	if (at < 0) return undefined;
	const dir = args[at + 1];
	if (!dir || dir.startsWith('--')) {
		console.error('usage: npm run verify [-- --data <folder laid out like data/>]');
		process.exit(2);
	}
	return resolve(dir);
}

const dir = dataDir(process.argv.slice(2));
try {
	await withViteModules(async (load) => {
		const { EvidenceError } = await load<Problems>('src/lib/evidence/problems.ts');
		const { readSite } = await load<SiteModule>('src/lib/server/site.ts');
		try {
			report(readSite(dir));
		} catch (e) {
			if (!(e instanceof EvidenceError)) throw e;
			console.error(e.message);
			console.error('\nFix what is named above and run `npm run verify` again.');
			process.exitCode = 1;
		}
	});
} catch (e) {
	console.error(`npm run verify could not finish: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 2;
}

function report({ evidence, story, charts }: ReturnType<SiteModule['readSite']>) {
	const cited = new Set(charts.flatMap((c) => c.claims));
	const label = (file: string) => evidence.articles.find((a) => a.file === file)?.label ?? file;
	const twins = evidence.stories
		.filter((s) => s.files.length > 1)
		.map(
			(s) =>
				`${s.files.map(label).join(' and ')} print one story (they share ${Math.round(100 * s.evidence[0].share)}% of their running text)`
		);
	console.log(
		`✓ ${evidence.claims.length} claims verified verbatim against ${Object.keys(evidence.articleTexts).length} articles, ` +
			`${evidence.stories.length} independent stories${twins.length ? `: ${twins.join('; ')}` : ''}; ` +
			`${story.sections.length} story sections and ${charts.length} charts check out (the charts cite ${cited.size} claims).`
	);
}
