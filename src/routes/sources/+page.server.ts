import { base } from '$app/paths';
import type { PageServerLoad } from './$types';
import { site } from '$lib/server/site';
import { citedBy } from '$lib/figures/figure';
import { storyPage } from '$lib/server/pages';
import { MIN_RUN, ONE_STORY_SHARE } from '$lib/evidence/independence';
import { quotesOf } from './quotes-of';

// Static: no framework.
export const csr = false;

export const load: PageServerLoad = () => {
	const s = site();
	const onPage = new Set([...citedBy(storyPage(s)).claims, ...s.charts.flatMap((c) => c.claims)]);
	const label = (file: string) => s.evidence.articles.find((a) => a.file === file)?.label ?? file;
	return {
		base,
		// Reports that print one story, with the shared text that shows it (measured at build time).
		stories: s.evidence.stories.map((story) => ({
			labels: story.files.map(label),
			evidence: story.evidence.map((e) => ({
				labels: e.files.map(label),
				share: e.share,
				words: e.words,
				longest: e.longest
			}))
		})),
		minRun: MIN_RUN,
		oneStoryShare: ONE_STORY_SHARE,
		// The method in full (the story shows a short note).
		method: storyPage(s).story.method,
		articles: s.evidence.articles.map((a) => ({
			...a,
			claims: quotesOf(s.evidence.claims.filter((c) => c.article === a.file)).map((q) => ({
				...q.claim,
				also: q.also,
				shown: [q.claim.claim_id, ...q.also].some((id) => onPage.has(id))
			}))
		}))
	};
};
