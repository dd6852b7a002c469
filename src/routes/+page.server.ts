import { base } from '$app/paths';
import type { PageServerLoad } from './$types';
import { site } from '$lib/server/site';
import { storyPage } from '$lib/server/pages';
import { entryScript } from '$lib/server/client-bundle';

// HTML first: no SvelteKit client. The page's own script hydrates each chart on its own.
export const csr = false;

export const load: PageServerLoad = async () => ({
	...storyPage(site()),
	base,
	citations: `${base}/citations/story.json`,
	script: await entryScript(base, 'story')
});
