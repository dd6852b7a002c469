// `npm run verify`: checks every claim against its article, the copy against the charts, and builds
// every chart once. Bad input prints what is wrong and where, never a stack trace: exit 1 for
// problems in the data, 2 when the check itself could not run.
// `--data <dir>` checks another folder with the layout of data/ (the hostile-edit tests use it).
import { resolve } from 'node:path';
import { EvidenceError } from '../src/lib/evidence/problems.ts';
import { readSite } from '../src/lib/server/site.ts';

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

try {
	const { evidence, story, charts } = readSite(dataDir(process.argv.slice(2)));
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
} catch (e) {
	if (e instanceof EvidenceError) {
		console.error(e.message);
		console.error('\nFix what is named above and run `npm run verify` again.');
		process.exit(1);
	}
	console.error(`npm run verify could not finish: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(2);
}
