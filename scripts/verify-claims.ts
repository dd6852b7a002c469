// `npm run verify`: checks every claim against its article and every reference from the copy and charts.
import { EvidenceError } from '../src/lib/server/evidence.ts';
import { siteContent } from '../src/lib/server/content.ts';

try {
	const { evidence, story, charts } = siteContent();
	console.log(
		`✓ ${evidence.claims.length} claims verified verbatim against ${Object.keys(evidence.articleTexts).length} articles; ` +
			`the story cites ${story.citedIds.length} of them and ${charts.length} charts cite ${new Set(charts.flatMap((c) => c.claim_ids)).size}.`
	);
} catch (e) {
	if (e instanceof EvidenceError) {
		console.error(e.message);
		console.error('\nFix data/claims.csv (or data/story.aml) and run `npm run verify` again.');
		process.exit(1);
	}
	throw e;
}
