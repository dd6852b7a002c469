// A chart's embed snippets as the Embed control receives them: absolute URLs from SITE_URL, or an
// origin slot the control fills with its page's origin; the chart's image and fixed frame height.
import { ORIGIN_SLOT, snippetTemplates, type Variant } from '$lib/embed/embed-snippet';
import frameHeights from '$lib/embed/frame-heights.json';
import type { BuiltChart } from '$lib/charts/chart-spec';
import type { Site } from './site';
import type { SiteLocation } from './site-url';
import { embedParent } from './embed-parent';
import { chartImages } from './images/chart-images';

/** A frame height for a chart scripts/measure-frame-heights.ts has not measured yet. */
export const DEFAULT_FRAME_HEIGHT = 640;

/** The fixed height of a chart's iframe (and the height its responsive frame starts at). */
export const frameHeight = (id: string): number =>
	(frameHeights as Record<string, number>)[id] ?? DEFAULT_FRAME_HEIGHT;

export function chartSnippets(
	site: Site,
	chart: BuiltChart,
	at: SiteLocation
): Record<Variant, string> {
	const root = `${at.origin || ORIGIN_SLOT}${at.base}`;
	const image = chartImages(site, at).get(chart.id)!;
	const parent = embedParent();
	return snippetTemplates({
		embedUrl: `${root}/embed/${chart.id}`,
		scriptUrl: `${root}/${parent.file}`,
		integrity: parent.integrity,
		title: chart.title,
		image: {
			url: `${root}/data/${chart.id}.png`,
			width: image.width,
			height: image.height,
			alt: image.alt
		},
		height: frameHeight(chart.id)
	});
}
