import { base } from '$app/paths';
import type { PageServerLoad } from './$types';
import { entryScript } from '$lib/server/client-bundle';
import { site } from '$lib/server/site';

// A static page: no framework, only the frame-sizing script (an embed snippet may point here).
export const csr = false;

export const load: PageServerLoad = async () => ({
	script: await entryScript(base, 'embed'),
	charts: site().charts.map(({ id, title }) => ({ id, title })),
	themeScript: await entryScript(base, 'embed-theme')
});
