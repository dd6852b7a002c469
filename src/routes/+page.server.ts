import { base } from '$app/paths';
import type { PageServerLoad } from './$types';
import { site } from '$lib/server/site';
import { storyPage } from '$lib/server/pages';

export const load: PageServerLoad = () => ({
	...storyPage(site()),
	base,
	citations: `${base}/citations/story.json`
});
