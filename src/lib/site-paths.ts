// The site's base path (BASE_PATH at build time), given to components by context so the same
// component renders the same links on the server, in an island and in a test.
import { getContext, setContext } from 'svelte';

export interface SitePaths {
	/** '' at a domain root, or '/graphics/last-towns'. */
	base: string;
}

export const SITE_PATHS = Symbol('site-paths');

export function setSitePaths(paths: SitePaths): SitePaths {
	return setContext(SITE_PATHS, paths);
}

export function sitePaths(): SitePaths {
	const paths = getContext<SitePaths | undefined>(SITE_PATHS);
	if (!paths) throw new Error('sitePaths() needs setSitePaths() in a parent component');
	return paths;
}
