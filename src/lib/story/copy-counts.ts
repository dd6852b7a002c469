// Counts of reports in the copy ({{#reports …}}) must count what their words say: a count that
// stands for the whole page ("everything here comes from…", the method) counts every report, and a
// count of the reports that say one thing lists claims that all say that thing (one metric, one
// place, one status). Words a `[.relations]` entry with `check: none` covers are exempt. Pure.
import type { Claim } from '$lib/evidence/claim-schema';
import type { Problem } from '$lib/evidence/problems';
import type { CopyRelations, StoryCopy } from './copy';
import { exempt, runs, say, sentences } from './copy-ties';

/**
 * Words that speak of the whole page or story, of every figure in it: a count of sources in their
 * sentence stands for all of it. The story's method speaks of the whole page throughout.
 */
const THE_WHOLE =
	/(?<![\p{L}])(?:everything|every (?:figure|quote|claim|word)|all of (?:it|this)|the whole|this page|the page|this story|the story|this site|the site|nothing else|throughout)(?![\p{L}])/iu;

/** A count of reports that stands for the whole page is {{#reports all}}, not a count of some. */
export function findPartialWholeCounts(
	copy: StoryCopy,
	relations: CopyRelations,
	source: string
): Problem[] {
	const lines = source.split('\n');
	const out: Problem[] = [];
	for (const run of runs(copy, relations)) {
		const method = !run.place.id && /^method /.test(run.place.field ?? '');
		for (const [a, b] of sentences(run.text)) {
			const whole = THE_WHOLE.exec(run.text.slice(a, b));
			if (!method && !whole) continue;
			for (const { at, ref } of run.refs) {
				if (at < a || at >= b || ref.ref !== 'reports' || ref.ids.length === 0) continue;
				const words = whole?.[0] ?? 'the method';
				if (whole && exempt(run, a + whole.index, a + whole.index + words.length)) continue;
				out.push(
					say(
						run,
						lines,
						'reports-count-not-all',
						whole?.[0] ?? run.pieces[0] ?? '',
						`{{#reports ${ref.ids.join(' ')}}} counts only the reports those claims are in, but "${words}" speaks of the whole page, which uses every report: write {{#reports all}}`
					)
				);
			}
		}
	}
	return out;
}

/** What a claim says, as far as a count of reports that say it must agree: metric, place, status. */
const SAME_THING = ['metric', 'place', 'status'] as const;

/**
 * The claims one {{#reports …}} lists say one thing: one metric, one place and one status (a
 * fighters estimate or an "entered" account does not pad a count of reports placing the group in a
 * town).
 */
export function findMixedReportCounts(
	copy: StoryCopy,
	relations: CopyRelations,
	source: string,
	claims: Claim[]
): Problem[] {
	const lines = source.split('\n');
	const byId = new Map(claims.map((c) => [c.claim_id, c]));
	const out: Problem[] = [];
	for (const run of runs(copy, relations)) {
		for (const { ref } of run.refs) {
			if (ref.ref !== 'reports' || ref.ids.length < 2) continue;
			const listed = ref.ids.map((id) => byId.get(id)).filter((c): c is Claim => !!c);
			if (listed.length < 2) continue;
			const first = listed[0];
			for (const field of SAME_THING) {
				const odd = listed.find((c) => (c[field] ?? '') !== (first[field] ?? ''));
				if (!odd) continue;
				out.push(
					say(
						run,
						lines,
						'reports-count-mixed',
						ref.ids[0],
						`{{#reports …}} counts claims that do not say one thing: ${first.claim_id} has ${field} "${first[field] ?? ''}", ${odd.claim_id} has ${field} "${odd[field] ?? ''}"; list only claims that say what the sentence counts`
					)
				);
				break;
			}
		}
	}
	return out;
}
