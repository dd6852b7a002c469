// Build tests on the story page: meta, no uncited digit, every figure as its claim gives it, both
// sides of each disagreement, charts prerendered in a meaningful state.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement, NodeType, type Node } from 'node-html-parser';
import { BUILD, citedIds, fileOf, html, publishedClaims, read, requireBuild, type PublishedClaim } from './built-site';
import { countStories, independentStories } from '$lib/evidence/independence';

let index: HTMLElement;
let claims: Map<string, PublishedClaim>;

beforeAll(() => {
	requireBuild();
	index = html('index.html');
	claims = publishedClaims();
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
		// Allow-list: cited figures, source attributions (licence names and map scales are not
		// figures), axis tick labels and the map's scale bar (scales, checked below to be ones).
		if (['data-claim', 'data-attribution', 'data-axis', 'data-km'].some((a) => el.hasAttribute(a)))
			return;
		// The page's own publication dates: a <time> that says exactly its machine-readable date.
		const datetime = el.rawTagName?.toLowerCase() === 'time' && el.getAttribute('datetime');
		if (datetime && /^\d{4}-\d{2}-\d{2}$/.test(datetime) && el.text === readerDate(datetime)) return;
		el.childNodes.forEach(walk);
	};
	walk(root);
	return out;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** A partial ISO date as a reader sees it, written out here independently of the site's formatter. */
function readerDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return [d ? String(Number(d)) : '', m ? MONTHS[Number(m) - 1] : '', y].filter(Boolean).join(' ');
}

describe('the story page (index.html)', () => {
	it('has a title, description and a social card with a real image', () => {
		expect(index.querySelector('title')?.text).toBe('The last towns');
		const description = index.querySelector('meta[name="description"]')?.getAttribute('content');
		expect(description?.length).toBeGreaterThan(40);
		const image = index.querySelector('meta[property="og:image"]')?.getAttribute('content');
		expect(image).toMatch(/\/og\.png$/);
		const png = readFileSync(join(BUILD, 'og.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeGreaterThan(20_000);
		expect(index.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
			'summary_large_image'
		);
	});

	it('has no digit outside a data-claim element, so no uncited number can slip in', () => {
		const offending = uncitedText(index.querySelector('body')!)
			.map((t) => t.replace(/&[a-z]+;|&#\d+;/g, ' ').trim())
			.filter((t) => /\p{Nd}/u.test(t));
		expect(offending).toEqual([]);
	});

	it('the digit check finds an uncited number when one is there', () => {
		const doctored = parse(
			read('index.html').replace(/<h1([^>]*)>/, '<h1$1>In 2017 ').replace('</h1>', '</h1><p>lost 95%</p>')
		);
		const offending = uncitedText(doctored.querySelector('body')!).filter((t) => /\d/.test(t));
		expect(offending.map((t) => t.trim())).toEqual(['In 2017 The last towns', 'lost 95%']);
		const misdated = parse(
			read('index.html').replace(/(<time datetime="[^"]+">)[^<]+/, '$13 November 2017')
		);
		expect(uncitedText(misdated.querySelector('body')!).map((t) => t.trim())).toContain(
			'3 November 2017'
		);
	});

	it('says who made the page and when, from story.aml, as <time datetime>', () => {
		const aml = readFileSync('data/story.aml', 'utf8');
		const field = (key: string) => aml.match(new RegExp(`^${key}: (.+)$`, 'm'))![1].trim();
		const credit = index.querySelector('.credit')!;
		expect(credit.text).toContain(field('credit'));
		const times = credit.querySelectorAll('time').map((t) => t.getAttribute('datetime'));
		expect(times[0]).toBe(field('published'));
		if (field('updated') !== field('published')) expect(times[1]).toBe(field('updated'));
	});

	it('labels the map’s scale bar with its own round length in km, and nothing else', () => {
		const bars = index.querySelectorAll('[data-km]');
		expect(bars.length).toBeGreaterThan(0);
		for (const bar of bars) {
			const km = bar.getAttribute('data-km')!;
			expect(km).toMatch(/^[125]0*$/);
			expect(bar.text.trim()).toBe(`${km} km`);
		}
	});

	it('labels an axis only with a scale: evenly spaced round numbers from zero', () => {
		const axes = index.querySelectorAll('.scale');
		expect(axes.length).toBeGreaterThan(0);
		for (const axis of axes) {
			const ticks = axis
				.querySelectorAll('[data-axis]')
				.map((t) => Number(t.text.replace(/,/g, '')));
			expect(ticks.length).toBeGreaterThan(2);
			expect(ticks[0]).toBe(0);
			const step = ticks[1];
			expect(String(step)).toMatch(/^[125]0*$/);
			ticks.forEach((t, i) => expect(t).toBe(i * step));
		}
	});

		it('cites only claims that exist, and every cited figure has text', () => {
		const cited = index.querySelectorAll('[data-claim]');
		expect(cited.length).toBeGreaterThan(60);
		for (const el of cited) {
			for (const id of el.getAttribute('data-claim')!.split(' ')) {
				expect(claims.has(id), `unknown claim ${id}`).toBe(true);
			}
			expect(el.text.trim(), `empty figure for ${el.getAttribute('data-claim')}`).not.toBe('');
		}
	});

	it('shows each claim’s figure as the claim gives it: its words, its numbers or its date', () => {
		for (const el of index.querySelectorAll('[data-claim]:not([data-derived])')) {
			for (const id of el.getAttribute('data-claim')!.split(' ')) {
				const c = claims.get(id)!;
				const shown = el.text;
				const dates = [readerDate(c.event_date), readerDate(c.event_date.slice(0, 7))];
				if (c.event_date && dates.includes(shown)) continue;
				// A figure in words is the report's own words, shown in quotation marks.
				if (c.text !== null && shown === `“${c.text}”`) continue;
				if (c.text !== null) throw new Error(`${id} shows "${shown}", not “${c.text}” nor its date`);
				const digits = shown.replace(/,/g, '');
				for (const n of [c.value, c.low, c.high]) {
					if (n !== null) expect(digits, id).toContain(String(n));
				}
			}
		}
	});

	it('labels derived figures with how they were made and their input claims', () => {
		const derived = index.querySelectorAll('[data-derived]');
		expect(derived.length).toBeGreaterThanOrEqual(4);
		// Each names its derived figure; how it was made is in the page's citation data.
		const citations = JSON.parse(read('citations/story.json')) as {
			derived: Record<string, { how: string; claims: string[] }>;
		};
		const how = (el: HTMLElement) => citations.derived[el.getAttribute('data-derived')!]?.how ?? '';
		for (const el of derived) {
			expect(how(el), el.getAttribute('data-derived')!).toMatch(/^(computed|counted) by us/);
			// Only a count of every report cites no claim: it counts the reports themselves.
			if (!el.hasAttribute('data-claim')) {
				expect(how(el)).toMatch(/^counted by us: the reports this page is built from/);
			}
		}
		const counts = derived.filter((el) => how(el).startsWith('counted'));
		const published = JSON.parse(read('data/claims.json')) as { articles: unknown[] };
		// Reports that print one story count once (measured here from the reports' texts).
		const dir = 'data/articles';
		const texts = Object.fromEntries(
			readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])
		);
		const { stories } = independentStories(texts);
		const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
		for (const el of counts) {
			const ids = el.getAttribute('data-claim')?.split(' ') ?? [];
			const files = ids.length ? [...new Set(ids.map((id) => claims.get(id)!.article))] : Object.keys(texts);
			const reports = files.length;
			const independent = countStories(files, stories);
			expect(reports).toBe(ids.length ? reports : published.articles.length);
			// Claims from every report are counted as all of them.
			const every = ids.length > 0 && reports === published.articles.length ? 'all ' : '';
			const plain = `${every}${words[reports]} report${reports === 1 ? '' : 's'}`;
			const text = el.text.toLowerCase();
			if (independent === reports) expect(text, how(el)).toBe(plain);
			else {
				// Fewer stories than reports: the count says so, and gives the number of stories.
				expect(text, how(el)).not.toBe(plain);
				expect(text, how(el)).toContain(words[independent]);
			}
		}
		const sum = derived.find((el) => el.text.includes('fighters'))!;
		expect(sum.getAttribute('data-claim')).toBe('fighters-qaim-001 fighters-albu-kamal-001');
		const [qaim, ak] = ['fighters-qaim-001', 'fighters-albu-kamal-001'].map((id) => claims.get(id)!);
		const expected = `${(qaim.low! + ak.low!).toLocaleString('en-US')}–${(qaim.high! + ak.high!).toLocaleString('en-US')}`;
		expect(sum.text).toContain(expected);
	});

	it('shows both sides of each disagreement', () => {
		const ids = citedIds(index);
		for (const pair of [
			['territory-lost-95-000', 'territory-lost-96-003'],
			['size-britain-000', 'size-belgium-002'],
			['albu-kamal-retaken-last-month-000', 'albu-kamal-still-held-002'],
			['qaim-taken-002', 'qaim-entered-001'],
			['fighters-qaim-001', 'fighters-euphrates-jarrard-002'],
			['deir-countryside-25-000', 'deir-province-40-sohr-003']
		]) {
			for (const id of pair) expect(ids.has(id), id).toBe(true);
		}
	});

	it('prerenders every chart in its final state with its steps', () => {
		const charts = JSON.parse(read('data/charts.json')) as { id: string }[];
		const scrollies = index.querySelectorAll('.scrolly');
		expect(scrollies.map((s) => s.getAttribute('data-chart'))).toEqual(charts.map((c) => c.id));
		for (const s of scrollies) {
			expect(s.querySelector('.chart')?.getAttribute('data-state')).toBe('final');
			expect(s.querySelectorAll('.step').length).toBeGreaterThanOrEqual(3);
		}
		const lostSquares = index.querySelectorAll('.scrolly[data-chart="territory-lost"] .waffles rect.lost');
		expect(lostSquares.length).toBe(
			claims.get('territory-lost-95-000')!.value! + claims.get('territory-lost-96-003')!.value!
		);
		// The map draws its geography from one cached file: land, borders and both rivers.
		const use = index.querySelector('.scrolly[data-chart="town-sequence"] svg use')!;
		const [file, fragment] = use.getAttribute('href')!.split('#');
		const geography = parse(read(fileOf(file)));
		expect(geography.getElementById(fragment)?.querySelectorAll('path').length).toBeGreaterThan(5);
	});

	it('ends on a picture: after the last scroll-driven chart, a chart drawn still with each town it shows in its final status', () => {
		const sections = index.querySelectorAll('.sections > section');
		const lastScrolly = sections.findLastIndex((s) => s.querySelector('.scrolly'));
		const closing = sections.findIndex((s, i) => i > lastScrolly && s.querySelector('figure[data-picture]'));
		expect(closing, 'a section after the last chart section holds a picture').toBeGreaterThan(lastScrolly);
		const picture = sections[closing].querySelector('figure[data-picture]')!;
		expect(picture.querySelector('figcaption')?.text.trim().length).toBeGreaterThan(0);
		// The map's picture is where the sequence ended: each town it shows is marked as the overview
		// (the scroll-driven map's prerendered final state) marks it, none still to come or singled out.
		const overview = new Map(
			index
				.querySelectorAll('.scrolly[data-chart="town-sequence"] .marker[data-town]')
				.map((t) => [t.getAttribute('data-town'), t.classList.toString()])
		);
		const shown = picture.querySelectorAll('.marker[data-town]');
		expect(shown.length).toBeGreaterThan(1);
		for (const t of shown) {
			const id = t.getAttribute('data-town');
			expect(overview.get(id), `${id} as the overview marks it`).toBe(t.classList.toString());
			expect(t.classList.contains('ahead') || t.classList.contains('active'), id).toBe(false);
		}
		// Only the method note may follow it: no chart, no step after the closing picture.
		for (const s of sections.slice(closing + 1)) expect(s.querySelector('.scrolly, figure')).toBeNull();
	});

	it('labels what the map draws of its own as ours, in our code, citing the claim it rests on', () => {
		const map = index.querySelector('.scrolly[data-chart="town-sequence"]')!;
		const drawn = map.querySelectorAll('[data-pocket]');
		expect(drawn.length).toBeGreaterThan(0);
		for (const d of drawn) expect(d.classList.contains('code-ours')).toBe(true);
		const key = map.querySelector('[data-key="pocket"]')!;
		expect(key.querySelector('.code-ours')).not.toBeNull();
		const cited = key.querySelectorAll('[data-claim]').map((f) => f.getAttribute('data-claim')!);
		expect(cited.length).toBeGreaterThan(0);
		for (const id of cited) expect(claims.has(id), id).toBe(true);
	});

	it('carries the map attribution and links to the data', () => {
		expect(index.text).toContain('Natural Earth');
		expect(index.text).toContain('GeoNames');
		for (const href of ['/sources', '/data/claims.csv', '/data/claims.json', '/data/charts.json']) {
			expect(index.querySelector(`a[href$="${href}"]`), href).not.toBeNull();
		}
	});

	it('keeps the quotes out of the page: citations are fetched from the page’s own data file', () => {
		const quote = claims.get('fighters-euphrates-jarrard-002')!.quote;
		expect(read('index.html')).not.toContain(quote);
		const src = index.querySelector('[data-citation-panel]')!.getAttribute('data-citations')!;
		const data = JSON.parse(read(fileOf(src))) as { claims: Record<string, { quote: string }> };
		expect(data.claims['fighters-euphrates-jarrard-002'].quote).toBe(quote);
		for (const id of citedIds(index)) expect(data.claims[id], id).toBeDefined();
	});
});
