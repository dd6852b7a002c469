// The results table: one row per measure, the story against its no-JS floor and the empty page,
// each target marked met or NOT met (on the median of the runs), printed as Markdown.
import type { LoadedScripts } from '../tools/loaded-scripts.ts';
import * as f from './format.ts';
import type { LighthouseSummary } from './lighthouse-runs.ts';
import type { HtmlSize } from './script-bytes.ts';
import type { ScrollSummary } from './scroll-frames.ts';
import { SCROLL } from './scroll-frames.ts';
import { TARGETS } from './settings.ts';
import type { Spread } from './stats.ts';

export type Page = 'story' | 'nojs' | 'empty';

export interface BenchData {
	buildMs: { site: number; empty: number };
	html: Record<Page, HtmlSize>;
	bytes: Record<Page, LoadedScripts>;
	embeds: Record<string, LoadedScripts>;
	lighthouse: Record<Page, LighthouseSummary> | null;
	scroll: Record<Exclude<Page, 'empty'>, ScrollSummary> | null;
}

export interface Row {
	measure: string;
	target: string;
	story: string;
	nojs: string;
	empty: string;
	ratio: string;
	met: string;
}

const HEADERS: Row = {
	measure: 'measure',
	target: 'target',
	story: 'story (median, min–max)',
	nojs: 'no-JS floor',
	empty: 'empty page',
	ratio: 'ratio to no-JS floor',
	met: 'met?'
};

const inline = (l: LoadedScripts) => l.firstView.items.filter((i) => i.kind === 'inline');
const sum = (xs: Array<{ bytes: number }>) => xs.reduce((s, x) => s + x.bytes, 0);

function byteRows(d: BenchData): Row[] {
	const { story, nojs, empty } = d.bytes;
	const row = (measure: string, target: number | null, pick: (l: LoadedScripts) => number) => ({
		measure,
		target: target === null ? '–' : `≤ ${f.kb(target)}`,
		story: f.kb(pick(story)),
		nojs: f.kb(pick(nojs)),
		empty: f.kb(pick(empty)),
		ratio: f.ratio(pick(story), pick(nojs)),
		met: f.met(target === null ? null : pick(story) <= target)
	});
	return [
		row(
			'script bytes at first view, gz, inline incl.',
			TARGETS.firstViewScriptBytes,
			(l) => l.firstView.bytes
		),
		row('… of which inline <script> (data blocks incl.)', null, (l) => sum(inline(l))),
		row(
			'script bytes over a full scroll, gz',
			TARGETS.fullScrollScriptBytes,
			(l) => l.fullScroll.bytes
		),
		row('data fetched by scripts (fetch/XHR), gz', null, (l) => l.fetched.bytes),
		...Object.entries(d.embeds).map(([id, l]) => ({
			measure: `script bytes of /embed/${id}, gz`,
			target: `≤ ${f.kb(TARGETS.embedScriptBytes)}`,
			story: f.kb(l.fullScroll.bytes),
			nojs: '–',
			empty: '–',
			ratio: '–',
			met: f.met(l.fullScroll.bytes <= TARGETS.embedScriptBytes)
		}))
	];
}

function htmlRows(d: BenchData): Row[] {
	const { story, nojs, empty } = d.html;
	const row = (measure: string, target: number | null, key: keyof HtmlSize) => ({
		measure,
		target: target === null ? '–' : `≤ ${f.kb(target)}`,
		story: f.kb(story[key]),
		nojs: f.kb(nojs[key]),
		empty: f.kb(empty[key]),
		ratio: f.ratio(story[key], nojs[key]),
		met: f.met(target === null ? null : story[key] <= target)
	});
	return [
		row('index.html, brotli 11', TARGETS.htmlBrotliBytes, 'brotli'),
		row('index.html, gzip 9', null, 'gzip')
	];
}

function spreadRow(
	measure: string,
	target: string,
	of: Partial<Record<Page, Spread>>,
	fmt: (x: number) => string,
	ok: ((story: number, nojs: number) => boolean) | null
): Row {
	const story = of.story?.median ?? NaN;
	const nojs = of.nojs?.median ?? NaN;
	return {
		measure,
		target,
		story: f.spread(of.story, fmt),
		nojs: f.spread(of.nojs, fmt),
		empty: of.empty ? f.spread(of.empty, fmt) : '–',
		ratio: f.ratio(story, nojs),
		met: f.met(ok === null ? null : Number.isFinite(story) && ok(story, nojs))
	};
}

function lighthouseRows(lh: Record<Page, LighthouseSummary>): Row[] {
	const pick = (key: keyof Omit<LighthouseSummary, 'runs' | 'errors'>) => ({
		story: lh.story[key],
		nojs: lh.nojs[key],
		empty: lh.empty[key]
	});
	const scores = (
		[
			['performance', 'performance'],
			['accessibility', 'accessibility'],
			['bestPractices', 'best practices'],
			['seo', 'SEO']
		] as const
	).map(([key, label]) =>
		spreadRow(
			`Lighthouse ${label}`,
			String(TARGETS.score),
			pick(key),
			String,
			(s) => s >= TARGETS.score
		)
	);
	return [
		...scores,
		spreadRow(
			'LCP, simulated mobile',
			`≤ ${TARGETS.lcpToFloor.toFixed(2)}× floor`,
			pick('lcpMs'),
			f.seconds,
			(s, n) => s <= TARGETS.lcpToFloor * n
		),
		spreadRow(
			'TBT, simulated mobile',
			`≤ ${TARGETS.tbtMs} ms`,
			pick('tbtMs'),
			f.ms,
			(s) => s <= TARGETS.tbtMs
		),
		spreadRow('CLS, Lighthouse', '0', pick('cls'), f.cls, (s) => s <= TARGETS.cls)
	];
}

function scrollRows(sc: Record<'story' | 'nojs', ScrollSummary>): Row[] {
	const pick = (key: 'framesOver20ms' | 'longFrames' | 'clsScroll') => ({
		story: sc.story[key],
		nojs: sc.nojs[key]
	});
	return [
		spreadRow(
			`frames over ${SCROLL.slowFrameMs} ms, full scroll at ${SCROLL.cpuSlowdown}× CPU`,
			`≤ max(${TARGETS.slowFramesFloorMin}, ${TARGETS.slowFramesToFloor}× floor)`,
			pick('framesOver20ms'),
			f.count,
			(s, n) => s <= Math.max(TARGETS.slowFramesFloorMin, TARGETS.slowFramesToFloor * n)
		),
		spreadRow(
			'… frames in the scroll',
			'–',
			{ story: sc.story.frames, nojs: sc.nojs.frames },
			f.count,
			null
		),
		spreadRow(
			'long animation frames (≥ 50 ms) in the scroll',
			'–',
			pick('longFrames'),
			f.count,
			null
		),
		spreadRow('CLS during the scroll', '0', pick('clsScroll'), f.cls, (s) => s <= TARGETS.cls)
	];
}

export function tableRows(d: BenchData): Row[] {
	return [
		...byteRows(d),
		...htmlRows(d),
		...(d.lighthouse ? lighthouseRows(d.lighthouse) : []),
		...(d.scroll ? scrollRows(d.scroll) : []),
		{
			measure: 'build from clean (npm run build; empty: vite build)',
			target: `≤ ${f.seconds(TARGETS.buildMs)}`,
			story: f.seconds(d.buildMs.site),
			nojs: '–',
			empty: f.seconds(d.buildMs.empty),
			ratio: '–',
			met: f.met(Number.isFinite(d.buildMs.site) ? d.buildMs.site <= TARGETS.buildMs : null)
		}
	];
}

export function markdownTable(rows: Row[]): string {
	const keys = Object.keys(HEADERS) as Array<keyof Row>;
	const widths = keys.map((k) => Math.max(HEADERS[k].length, ...rows.map((r) => r[k].length)));
	const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(widths[i])).join(' | ')} |`;
	const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
	return [line(HEADERS), rule, ...rows.map(line)].join('\n');
}
