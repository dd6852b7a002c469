// Every chart's image edition, built once per build by its own component: rendered with svelte/server
// in its final state as pure SVG (the component's image mode, src/lib/charts/image-edition.ts), then
// framed with its title, source line and credit (edition.ts); resvg draws the PNG from that SVG.
import { SCOPE_CLASS_ATTRIBUTE } from '$lib/scope-class.js';
import { render } from 'svelte/server';
import type { BuiltChart } from '$lib/charts/chart-spec';
import { chartSpec } from '$lib/charts/registry';
import { IMAGE_EDITION, type ImageEdition } from '$lib/charts/image-edition';
import { SITE_PATHS } from '$lib/site-paths';
import type { Site } from '../site';
import { publicUrl, type SiteLocation } from '../site-url';
import { buildMap } from '../geo/map';
import { geographyPaths } from '../geo/geography-svg';
import { editionPng, editionSvg, PNG_SCALE, type ChartBody } from './edition';
import { PALETTE } from './palette';
import { collectFigures } from '$lib/figures/figure';
import { provenanceOf } from '$lib/figures/provenance';
import { textWidth, wrapRuns } from './svg-text';

/** One chart's image edition. */
export interface ChartImage {
	svg: string;
	/** Size of the SVG in CSS px; the PNG is PNG_SCALE times it. */
	width: number;
	height: number;
	png: { width: number; height: number; bytes(): Uint8Array };
	alt: string;
}

/** The content area of an edition (its width less the margins). */
const BODY_WIDTH = 592;

/** What the frame gives a component drawn as an image: width, colours, text metrics, the map. */
function imageEdition(width: number): ImageEdition {
	return {
		width,
		colour: PALETTE,
		text(runs, w, lineHeight) {
			const lines = wrapRuns(runs, w);
			return { lines, lineHeight, height: lines.length * lineHeight };
		},
		textWidth,
		geography: (scale) => geographyPaths(buildMap(), scale),
		height: 0
	};
}

/** A chart drawn by its component as an image, in its final state, `width` px wide. */
export function chartBody(chart: BuiltChart, width = BODY_WIDTH): ChartBody {
	const edition = imageEdition(width);
	const { body } = render(chartSpec(chart.id).component, {
		props: { ...chart.props, state: chart.final },
		context: new Map<symbol, unknown>([
			[IMAGE_EDITION, edition],
			[SITE_PATHS, { base: '' }]
		])
	});
	if (!edition.height) {
		throw new Error(
			`chart ${chart.id}: its component drew no image edition (it sets imageEdition().height when it draws one)`
		);
	}
	// Svelte's hydration markers are comments, and its scoping classes serve the page's stylesheet:
	// an image has neither. A line per element, so the golden files' diffs read line by line.
	const svg = body
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(SCOPE_CLASS_ATTRIBUTE, '')
		.replace(/(<\/(?:text|g|defs|rect|circle|path|pattern|clipPath)>)(?=<)/g, '$1\n')
		.trim();
	return { svg, height: edition.height };
}

/** A chart's image edition, from the props its page is sent, in its final state. */
export function chartImage(chart: BuiltChart, at: SiteLocation): ChartImage {
	const { svg, width, height } = editionSvg(
		{
			id: chart.id,
			title: chart.title,
			description: chart.description,
			sources: chart.sources.map((s) => s.label),
			provenance: provenanceOf(collectFigures(chart.props)).text,
			links: at.origin
				? { sources: publicUrl('/sources', at), chart: publicUrl(`/embed/${chart.id}`, at) }
				: null
		},
		chartBody(chart)
	);
	let png: Uint8Array | undefined;
	return {
		svg,
		width,
		height,
		png: {
			width: width * PNG_SCALE,
			height: height * PNG_SCALE,
			bytes: () => (png ??= editionPng(svg))
		},
		alt: `${chart.title}: ${chart.description}`
	};
}

const built = new WeakMap<Site, Map<string, ChartImage>>();

/** Every chart's image edition, by chart id; built once per site. */
export function chartImages(site: Site, at: SiteLocation): Map<string, ChartImage> {
	let images = built.get(site);
	if (!images) {
		images = new Map(site.charts.map((c) => [c.id, chartImage(c, at)]));
		built.set(site, images);
	}
	return images;
}
