// Each chart's image edition, from the real data: every figure the chart shows, cited; a
// self-contained SVG with title, source line and credit; a PNG of at least 1200 px at 2x.
import { describe, it, expect } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { testSite } from '../../../../tests/setup/site';
import { collectFigures } from '$lib/figures/figure';
import { chartBody, chartImage } from './chart-images';
import { provenanceOf } from '$lib/figures/provenance';

const site = testSite();
const at = { origin: 'https://news.example.org', base: '/graphics/last-towns' };

describe.each(site.charts.map((c) => [c.id, c] as const))('image edition of %s', (id, chart) => {
	const image = chartImage(chart, at);

	it('shows every figure the chart shows, each with the claims it cites', () => {
		const cited = [...image.svg.matchAll(/<tspan[^>]*data-claim="([^"]+)"[^>]*>([^<]*)</g)].map(
			(m) => `${m[1]} → ${m[2]}`
		);
		const shown = collectFigures(chart.props).map(
			(f) => `${f.claims.join(' ')} → ${f.text.replace(/&/g, '&amp;')}`
		);
		// A long figure may wrap onto two lines; every one is there whole or in parts.
		for (const figure of new Set(shown)) {
			const [claims, text] = figure.split(' → ');
			const parts = cited.filter((c) => c.startsWith(`${claims} → `)).map((c) => c.split(' → ')[1]);
			expect(parts.join(' ').replace(/\s+/g, ' '), `${id}: ${figure}`).toContain(text);
		}
		expect(cited.length).toBeGreaterThan(0);
	});

	it('says in its footer what its figures are: quotes, and any we computed or dates we read', () => {
		const figures = collectFigures(chart.props);
		const { text, computed, read } = provenanceOf(figures);
		const flat = image.svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(flat.replace(/’/g, "'"), id).toContain(
			text.replace(/’/g, "'").split(' ').slice(0, 5).join(' ')
		);
		// The footer's line is the one for this chart's own mix of figures.
		expect(computed, `${id} has a figure of ours`).toBe(figures.some((f) => f.derived));
		expect(read, `${id} has a date we read`).toBe(figures.some((f) => f.read));
		if (computed || read) expect(flat).not.toContain(provenanceOf([]).text);
	});

	it('is self-contained: no external reference, script or embedded document', () => {
		expect(image.svg).not.toMatch(
			/\bhref=|<image\b|<script\b|<foreignObject\b|@import|url\((?!#)/i
		);
		for (const [, ref] of image.svg.matchAll(/url\(#([\w-]+)\)/g)) {
			expect(image.svg, `${id} defines #${ref}`).toContain(`id="${ref}"`);
		}
	});

	it('carries its title, description, source line and credit with the public URLs', () => {
		expect(image.svg).toContain(`<title id="${id}-title">`);
		expect(image.svg).toMatch(/<desc id="[\w-]+-desc">/);
		for (const s of chart.sources) expect(image.svg).toContain(s.label);
		expect(image.svg).toContain('Sources: ');
		expect(image.svg).toContain('news.example.org/graphics/last-towns/sources');
		expect(image.svg).toContain(`news.example.org/graphics/last-towns/embed/${id}`);
		if (chart.map) expect(image.svg).toContain('GeoNames');
	});

	it('renders as a PNG at twice its size, at least 1200 px wide', () => {
		const png = Buffer.from(image.png.bytes());
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
			image.png.width,
			image.png.height
		]);
		expect(image.png.width).toBeGreaterThanOrEqual(1200);
		expect(image.png.width).toBe(image.width * 2);
		// resvg reads it as one SVG, at the size it declares.
		expect(new Resvg(image.svg).getBBox()?.width).toBeGreaterThan(image.width - 1);
	});
});

describe('a chart drawn as an image', () => {
	it('is its own component, drawn in pure SVG: no HTML element, nothing left for hydration', () => {
		for (const chart of site.charts) {
			const { svg, height } = chartBody(chart);
			const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
			const svgOnly = [
				'g',
				'text',
				'tspan',
				'rect',
				'circle',
				'line',
				'path',
				'svg',
				'defs',
				'pattern',
				'clipPath'
			];
			expect(
				[...tags].filter((t) => !svgOnly.includes(t)),
				chart.id
			).toEqual([]);
			expect(svg, chart.id).not.toMatch(/<!--|\sclass=|\sstyle=/);
			// Everything it draws lies within the height it reports to the frame.
			const ys = [...svg.matchAll(/\by="([\d.]+)"/g)].map((m) => Number(m[1]));
			expect(Math.max(...ys), chart.id).toBeLessThan(height);
		}
	});

	it('draws the state its props are in: a bar the final state shows, the first state does not', () => {
		const held = site.charts.find((c) => c.id === 'held-shares')!;
		const bar = (state: string) =>
			[
				...chartBody({ ...held, final: state }).svg.matchAll(/<rect x="1" [^>]*width="([\d.]+)"/g)
			].map((m) => Number(m[1]));
		expect(bar('apart').every((w) => w > 0)).toBe(true);
		// The first state shows its one bar; the others are not drawn yet, or drawn empty.
		expect(bar('iraq')[0]).toBeGreaterThan(0);
		expect(
			bar('iraq')
				.slice(1)
				.filter((w) => w > 0)
		).toEqual([]);
		expect(bar('apart').length).toBeGreaterThan(bar('iraq').filter((w) => w > 0).length);
	});
});

describe('image editions without SITE_URL', () => {
	it('name the site in words, not a URL they do not know', () => {
		const image = chartImage(site.charts[0], { origin: '', base: '' });
		expect(image.svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)|example/);
		expect(image.svg).toContain('sources page of “The last towns”');
	});
});
