// Every chart's image edition, built once per build from the same props its component draws, in
// its final state. A chart without a body renderer here stops the build with the file to add.
import type { PageChart } from '$lib/charts/page-chart';
import type { Site } from '../site';
import { pageChart } from '../pages';
import { publicUrl, type SiteLocation } from '../site-url';
import { editionPng, editionSvg, PNG_SCALE, type BodyRenderer } from './edition';
import { caliphateSizeBody } from './charts/caliphate-size';
import { territoryLostBody } from './charts/territory-lost';
import { heldSharesBody } from './charts/held-shares';
import { townSequenceBody } from './charts/town-sequence';
import { fightersBody } from './charts/fighters';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const BODIES: Record<string, BodyRenderer<any>> = {
	'caliphate-size': caliphateSizeBody,
	'territory-lost': territoryLostBody,
	'held-shares': heldSharesBody,
	'town-sequence': townSequenceBody,
	fighters: fightersBody
};

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

/** A chart's image edition, from the props its page is sent, in its final state. */
export function chartImage(chart: PageChart, at: SiteLocation): ChartImage {
	const body = BODIES[chart.id];
	if (!body) {
		throw new Error(
			`chart ${chart.id} has no image edition: add src/lib/server/images/charts/${chart.id}.ts (a BodyRenderer of its props) and list it in src/lib/server/images/chart-images.ts`
		);
	}
	const { svg, width, height } = editionSvg(
		{
			id: chart.id,
			title: chart.title,
			description: chart.description,
			sources: chart.sources.map((s) => s.label),
			links: at.origin
				? { sources: publicUrl('/sources', at), chart: publicUrl(`/embed/${chart.id}`, at) }
				: null
		},
		body(chart.props, chart.final, BODY_WIDTH, chart.id)
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
		images = new Map(site.charts.map((c) => [c.id, chartImage(pageChart(site, c), at)]));
		built.set(site, images);
	}
	return images;
}
