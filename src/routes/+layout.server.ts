// What every page knows of where the site is published: SITE_URL's origin ('' when the build was not
// told it), from which Meta makes canonical, og:url and og:image absolute.
import type { LayoutServerLoad } from './$types';
import { siteLocation } from '$lib/server/site-location';

export const load: LayoutServerLoad = () => ({ siteOrigin: siteLocation().origin });
