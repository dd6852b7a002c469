// This build's location: SITE_URL from the environment and the base path SvelteKit was built with.
import { base } from '$app/paths';
import { parseSiteUrl, type SiteLocation } from './site-url';

let location: SiteLocation | undefined;

/** Where this build is published (read once). */
export function siteLocation(): SiteLocation {
	location ??= { origin: parseSiteUrl(process.env.SITE_URL), base };
	return location;
}
