// `npm run verify`: checks every claim against its article, the copy against the charts, and builds
// every chart once. Bad input prints what is wrong and where, never a stack trace.
import { EvidenceError } from '../src/lib/evidence/problems.ts';
import { readSite } from '../src/lib/server/site.ts';

try {
	const { evidence, story, charts } = readSite();
	const cited = new Set(charts.flatMap((c) => c.claims));
	console.log(
		`✓ ${evidence.claims.length} claims verified verbatim against ${Object.keys(evidence.articleTexts).length} articles; ` +
			`${story.sections.length} story sections and ${charts.length} charts check out (the charts cite ${cited.size} claims).`
	);
} catch (e) {
	if (e instanceof EvidenceError) {
		console.error(e.message);
		console.error(
			'\nFix data/ (claims.csv, articles.json or story.aml) and run `npm run verify` again.'
		);
		process.exit(1);
	}
	console.error(`npm run verify could not finish: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(2);
}
