// A chart's embed snippets as the Embed control receives them: absolute URLs from SITE_URL, or an
// origin slot the control fills with its page's origin; the chart's image and fixed frame height
// (computed by the build: embed-frame-height.ts).
import { ORIGIN_SLOT, snippetTemplates, type Variant } from '$lib/embed/embed-snippet';
import type { BuiltChart } from '$lib/charts/chart-spec';
import type { Site } from './site';
import type { SiteLocation } from './site-url';
import { embedParent } from './embed-parent';
import { chartImages } from './images/chart-images';
import { frameHeight } from './embed-frame-height';

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
		height: frameHeight(chart)
	});
}
