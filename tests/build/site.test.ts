// Build tests: read the prerendered site in build/ the way a static host would serve it.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement, NodeType, type Node } from 'node-html-parser';
import { csvParse } from 'd3-dsv';
import { readSiteContent } from '$lib/server/content';
import { fromCsv } from '$lib/csv';

const BUILD = 'build';
const read = (p: string) => readFileSync(join(BUILD, p), 'utf8');

interface PublishedClaim {
	claim_id: string;
	article: string;
	paragraph: number;
	quote: string;
	value: number | null;
	low: number | null;
	high: number | null;
	text: string | null;
}

let index: HTMLElement;
let claims: Map<string, PublishedClaim>;

beforeAll(() => {
	if (!existsSync(join(BUILD, 'index.html'))) {
		throw new Error('build/ is missing: run `npm run build` first (npm test does).');
	}
	index = parse(read('index.html'));
	const published = JSON.parse(read('data/claims.json')) as { claims: PublishedClaim[] };
	claims = new Map(published.claims.map((c) => [c.claim_id, c]));
});

/** Text nodes of the story that are not inside a cited figure, script, style or hidden template. */
function uncitedText(root: HTMLElement): string[] {
	const out: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === NodeType.TEXT_NODE) {
			out.push(node.rawText);
			return;
		}
		if (node.nodeType !== NodeType.ELEMENT_NODE) return;
		const el = node as HTMLElement;
		if (['script', 'style', 'template'].includes(el.rawTagName?.toLowerCase())) return;
		// Allow-list: cited figures, and source attributions (licence names and map scales are not figures).
		if (el.hasAttribute('data-claim') || el.hasAttribute('data-attribution')) return;
		el.childNodes.forEach(walk);
	};
	walk(root);
	return out;
}

describe('the story page (build/index.html)', () => {
	it('has a title, description and a social card with a real image', () => {
		expect(index.querySelector('title')?.text).toBe('The last towns');
		const description = index.querySelector('meta[name="description"]')?.getAttribute('content');
		expect(description?.length).toBeGreaterThan(40);
		const image = index.querySelector('meta[property="og:image"]')?.getAttribute('content');
		expect(image).toBe('/og.png');
		const png = readFileSync(join(BUILD, 'og.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeGreaterThan(20_000);
		expect(index.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
			'summary_large_image'
		);
	});

	it('has no digit outside a data-claim element, so no uncited number can slip in', () => {
		const body = index.querySelector('body')!;
		const offending = uncitedText(body)
			.map((t) => t.replace(/&[a-z]+;|&#\d+;/g, ' ').trim())
			.filter((t) => /\d/.test(t));
		expect(offending).toEqual([]);
	});

	it('the digit check finds an uncited number when one is there', () => {
		const doctored = parse(
			read('index.html').replace(/<h1([^>]*)>/, '<h1$1>In 2017 ').replace('</h1>', '</h1><p>lost 95%</p>')
		);
		const offending = uncitedText(doctored.querySelector('body')!).filter((t) => /\d/.test(t));
		expect(offending.map((t) => t.trim())).toEqual(['In 2017', 'lost 95%']);
	});

	it('cites only claims that exist, and every cited figure has text', () => {
		const cited = index.querySelectorAll('[data-claim]');
		expect(cited.length).toBeGreaterThan(60);
		for (const el of cited) {
			const ids = el.getAttribute('data-claim')!.split(' ');
			for (const id of ids) expect(claims.has(id), `unknown claim ${id}`).toBe(true);
			expect(el.text.trim(), `empty figure for ${ids}`).not.toBe('');
		}
	});

	it('shows each claim figure as the claim gives it (numbers in the text match the claim)', () => {
		const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
		for (const el of index.querySelectorAll('[data-claim]:not([data-derived])')) {
			const c = claims.get(el.getAttribute('data-claim')!.split(' ')[0])! as PublishedClaim & {
				event_date: string;
			};
			if (el.getAttribute('data-show') === 'date') {
				const [y, m, d] = c.event_date.split('-');
				const expected = [d ? String(Number(d)) : '', m ? months[Number(m) - 1] : '', y]
					.filter(Boolean)
					.join(' ');
				expect(el.text, c.claim_id).toBe(expected);
			} else if (c.text !== null) {
				expect(el.text, c.claim_id).toBe(c.text);
			} else {
				const shown = el.text.replace(/,/g, '');
				for (const n of [c.value, c.low, c.high]) {
					if (n !== null) expect(shown, c.claim_id).toContain(String(n));
				}
			}
		}
	});

	it('labels derived figures with how they were made and their input claims', () => {
		const derived = index.querySelectorAll('[data-derived]');
		expect(derived.length).toBeGreaterThanOrEqual(4);
		for (const el of derived) {
			expect(el.getAttribute('data-derived')).toMatch(/^computed by us/);
			expect(el.getAttribute('data-claim')!.split(' ').length).toBeGreaterThanOrEqual(1);
		}
		const sum = derived.find((el) => el.text.includes('fighters'))!;
		expect(sum.getAttribute('data-claim')).toBe('fighters-qaim-001 fighters-albu-kamal-001');
		const [qaim, ak] = ['fighters-qaim-001', 'fighters-albu-kamal-001'].map((id) => claims.get(id)!);
		const expected = `${(qaim.low! + ak.low!).toLocaleString('en-US')}–${(qaim.high! + ak.high!).toLocaleString('en-US')}`;
		expect(sum.text).toContain(expected);
	});

	it('shows both sides of each disagreement', () => {
		const ids = new Set(
			index.querySelectorAll('[data-claim]').flatMap((el) => el.getAttribute('data-claim')!.split(' '))
		);
		for (const pair of [
			['territory-lost-95-000', 'territory-lost-96-003'],
			['size-britain-000', 'size-belgium-002'],
			['albu-kamal-retaken-last-month-000', 'albu-kamal-still-held-002'],
			['fighters-qaim-001', 'fighters-euphrates-jarrard-002'],
			['deir-countryside-25-000', 'deir-province-40-sohr-003']
		]) {
			for (const id of pair) expect(ids.has(id), id).toBe(true);
		}
	});

	it('prerenders every chart in a meaningful state with its steps', () => {
		const scrollies = index.querySelectorAll('.scrolly');
		expect(scrollies.map((s) => s.getAttribute('data-chart'))).toEqual([
			'caliphate-size',
			'territory-lost',
			'held-shares',
			'town-sequence',
			'fighters'
		]);
		for (const s of scrollies) {
			expect(s.querySelector('.chart')?.getAttribute('data-state')).toBe('final');
			expect(s.querySelectorAll('.step').length).toBeGreaterThanOrEqual(3);
		}
		const lostSquares = index.querySelectorAll('.scrolly[data-chart="territory-lost"] .waffles rect.lost');
		expect(lostSquares.length).toBe(
			claims.get('territory-lost-95-000')!.value! + claims.get('territory-lost-96-003')!.value!
		);
		expect(index.querySelectorAll('.scrolly[data-chart="town-sequence"] path').length).toBeGreaterThan(5);
	});

	it('carries the map attribution and links to the data', () => {
		const text = index.text;
		expect(text).toContain('Natural Earth');
		expect(text).toContain('GeoNames');
		for (const href of ['/sources', '/data/claims.csv', '/data/claims.json', '/data/charts.json']) {
			expect(index.querySelector(`a[href="${href}"]`), href).not.toBeNull();
		}
	});

	it('serialises the page data into the HTML, not into a JS chunk', () => {
		const quote = claims.get('fighters-euphrates-jarrard-002')!.quote;
		const immutable = join(BUILD, '_app/immutable');
		const chunks = readdirSync(immutable, { recursive: true, withFileTypes: true })
			.filter((f) => f.isFile() && f.name.endsWith('.js'))
			.map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'));
		expect(chunks.some((c) => c.includes('Jarrard'))).toBe(false);
		expect(read('index.html')).toContain(quote.slice(0, 30));
	});
});

describe('published evidence', () => {
	it('every published quote is verbatim in its article paragraph (checked again, independently)', () => {
		for (const c of claims.values()) {
			const text = readFileSync(join('data/articles', c.article), 'utf8');
			const paragraphs = text.split(/\n(?:[ \t]*\n)+/).map((p) => p.replace(/^\n+|\n+$/g, ''));
			const nonEmpty = paragraphs.filter((p) => p.trim() !== '');
			expect(nonEmpty[c.paragraph - 1], `${c.claim_id} paragraph ${c.paragraph}`).toContain(c.quote);
		}
	});

	it('claims.csv has the same claims as claims.json', () => {
		const rows = csvParse(read('data/claims.csv'));
		expect(rows.map((r) => r.claim_id)).toEqual([...claims.keys()]);
		for (const r of rows) {
			const c = claims.get(r.claim_id!)!;
			const quote = r.quote!.startsWith("'") && /^'[=+\-@]/.test(r.quote!) ? r.quote!.slice(1) : r.quote;
			expect(quote).toBe(c.quote);
			expect(Number(r.paragraph)).toBe(c.paragraph);
		}
	});

	it('the sources page lists every article with its date evidence and every quote', () => {
		const sources = parse(read('sources.html'));
		const articles = JSON.parse(read('data/claims.json')).articles as { file: string; date_display: string }[];
		expect(articles).toHaveLength(5);
		for (const a of articles) {
			const section = sources.getElementById(`article-${a.file}`);
			expect(section, a.file).not.toBeNull();
			expect(section!.text).toContain(a.date_display);
		}
		for (const c of claims.values()) {
			const li = sources.getElementById(`claim-${c.claim_id}`);
			expect(li, c.claim_id).not.toBeNull();
			expect(li!.querySelector('blockquote')!.text).toBe(`“${c.quote}”`);
		}
	});
});

describe('chart data downloads', () => {
	const content = readSiteContent();
	const manifest = () =>
		JSON.parse(read('data/charts.json')) as {
			id: string;
			title: string;
			description: string;
			embed_url: string;
			csv_url: string;
			claim_ids: string[];
		}[];

	it('the manifest lists every chart with working URLs and known claims', () => {
		const m = manifest();
		expect(m.map((c) => c.id)).toEqual(content.charts.map((c) => c.id));
		for (const c of m) {
			expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(existsSync(join(BUILD, `${c.embed_url}.html`)), c.embed_url).toBe(true);
			expect(existsSync(join(BUILD, c.csv_url)), c.csv_url).toBe(true);
			for (const id of c.claim_ids) expect(claims.has(id), id).toBe(true);
			expect(c.title.length).toBeGreaterThan(5);
		}
	});

	it('each CSV round-trips to exactly the chart data', () => {
		for (const chart of content.charts) {
			const csv = read(`data/${chart.id}.csv`);
			expect(fromCsv(csv, chart.columns), chart.id).toEqual(chart.rows);
		}
	});

	it('each CSV row carries provenance that matches the published claims', () => {
		for (const chart of content.charts) {
			const rows = csvParse(read(`data/${chart.id}.csv`));
			expect(rows.columns.slice(-3)).toEqual(['claim_id', 'article', 'quote']);
			expect(rows.length).toBe(chart.rows.length);
			for (const r of rows) {
				const ids = r.claim_id!.split(' ');
				const cs = ids.map((id) => claims.get(id)!);
				expect(cs.every(Boolean), r.claim_id).toBe(true);
				for (const c of cs) expect(r.article).toContain(c.article);
				expect(r.quote).toContain(cs[0].quote.replace(/^[=+\-@]/, (m) => m));
			}
		}
	});

	it('plotted numbers equal the claims they cite (fighters and territory)', () => {
		for (const r of csvParse(read('data/fighters.csv'))) {
			if (r.derived) continue;
			const c = claims.get(r.claim_id!)!;
			expect([r.low ? Number(r.low) : null, r.high ? Number(r.high) : null]).toEqual([c.low, c.high]);
		}
		for (const r of csvParse(read('data/territory-lost.csv'))) {
			expect(Number(r.percent_lost)).toBe(claims.get(r.claim_id!)!.value);
		}
	});

	it('claims.csv and every chart CSV are UTF-8 with a header row', () => {
		for (const file of ['claims.csv', ...content.charts.map((c) => `${c.id}.csv`)]) {
			const bytes = readFileSync(join(BUILD, 'data', file));
			expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n')[0]).toMatch(/^[a-z0-9_,]+$/);
		}
	});
});

describe('embed pages and errors', () => {
	it('every embed page is noindex and carries title, source line, download, embed and back link', () => {
		for (const chart of readSiteContent().charts) {
			const page = parse(read(`embed/${chart.id}.html`));
			expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
			expect(page.querySelector('h1')?.text).toBe(chart.title);
			expect(page.querySelector('.source-line')).not.toBeNull();
			expect(page.querySelector(`a[href="/data/${chart.id}.csv"]`)).not.toBeNull();
			expect(page.querySelector('details summary')?.text).toBe('Embed');
			expect(page.querySelector('a[href^="/#"]')).not.toBeNull();
			if (chart.map) expect(page.text).toContain('GeoNames');
		}
	});

	it('has a 404 page that names the known charts', () => {
		const nf = parse(read('404.html'));
		expect(nf.querySelector('h1')?.text).toBe('Not found');
		for (const chart of readSiteContent().charts) {
			expect(nf.querySelector(`a[href="/embed/${chart.id}"]`), chart.id).not.toBeNull();
		}
	});

	it('serves the parent-side resizer script', () => {
		const js = read('embed.js');
		expect(js).toContain('autoInitFrames');
		expect(js.length).toBeLessThan(4000);
	});
});

describe('loading', () => {
	it('defers hydration past the first paint and preloads no script in the head', () => {
		const html = read('index.html');
		expect(html).toContain('/* hydrate after first paint */');
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).not.toContain('modulepreload');
		expect(head).toMatch(/<style[^>]*>/);
	});
});
