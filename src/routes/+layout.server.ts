// What every page knows of where the site is published (SITE_URL, read at build time).
import type { LayoutServerLoad } from './$types';
import { siteLocation } from '$lib/server/site-url';

export const load: LayoutServerLoad = () => ({ siteOrigin: siteLocation().origin });
