// Below the table: what the story loads and what its traces say takes the time (Lighthouse's
// diagnostics of its median-TBT run, and the longest animation frames of the scroll runs).
import { median } from 'd3-array';
import type { LoadedScripts } from '../tools/loaded-scripts.ts';
import { kb } from './format.ts';
import type { Diagnostics, LighthouseSummary } from './lighthouse-runs.ts';
import type { ScrollSummary } from './scroll-frames.ts';

function scripts(bytes: LoadedScripts, origin: string): string[] {
	const lines = ['Scripts the story loads (transferred gz; inline: gzip -9 of the element):'];
	for (const item of bytes.fullScroll.items.slice(0, 10)) {
		const name = item.name.replace(origin, '') || '/';
		const type =
			item.kind === 'inline' ? ` <script${item.type ? ` type="${item.type}"` : ''}>` : '';
		lines.push(`  ${kb(item.bytes).padStart(8)}  ${item.phase.padEnd(10)} ${name}${type}`);
	}
	for (const item of bytes.fetched.items) {
		lines.push(
			`  ${kb(item.bytes).padStart(8)}  ${item.phase.padEnd(10)} ${item.name.replace(origin, '')} (fetched data)`
		);
	}
	return lines;
}

/** The run whose TBT is nearest the median. */
function medianRun(lh: LighthouseSummary) {
	const mid = median(lh.runs, (r) => r.tbtMs) ?? 0;
	return [...lh.runs].sort((a, b) => Math.abs(a.tbtMs - mid) - Math.abs(b.tbtMs - mid))[0];
}

const mainThread = (d: Diagnostics) =>
	Object.entries(d.mainThread)
		.map(([group, ms]) => `${group} ${ms} ms`)
		.join(', ');

function lighthouse(lh: LighthouseSummary, floor: LighthouseSummary | undefined): string[] {
	if (!lh.runs.length) return [];
	const run = medianRun(lh);
	const d = run.diagnostics;
	const lines = [
		`Lighthouse, story, its median-TBT run (TBT ${Math.round(run.tbtMs)} ms, LCP ${Math.round(run.lcpMs)} ms):`
	];
	lines.push(`  main thread: ${mainThread(d)}`);
	if (floor?.runs.length) {
		lines.push(`  (no-JS floor, its median-TBT run: ${mainThread(medianRun(floor).diagnostics)})`);
	}
	lines.push(
		`  CPU by script: ${d.bootup
			.slice(0, 5)
			.map((b) => `${b.url} ${b.totalMs} ms (eval ${b.scriptingMs})`)
			.join('; ')}`
	);
	lines.push(
		`  long tasks: ${d.longTasks
			.slice(0, 6)
			.map((t) => `${t.durationMs} ms at ${t.startMs} (${t.url})`)
			.join('; ')}`
	);
	lines.push(
		`  LCP element ${d.lcpElement}; ${Object.entries(d.lcpPhases)
			.map(([phase, ms]) => `${phase} ${ms} ms`)
			.join(', ')}`
	);
	const failing = new Map<string, number>();
	for (const r of lh.runs)
		for (const id of Object.keys(r.failing)) failing.set(id, (failing.get(id) ?? 0) + 1);
	if (failing.size) {
		lines.push(
			`  audits below 1: ${[...failing].map(([id, n]) => `${id} (${n} of ${lh.runs.length} runs)`).join(', ')}`
		);
	}
	return lines;
}

function scroll(sc: ScrollSummary): string[] {
	const frames = sc.runs
		.flatMap((r, i) => r.longFrames.map((l) => ({ ...l, run: i + 1 })))
		.sort((a, b) => b.durationMs - a.durationMs)
		.slice(0, 6);
	const lines: string[] = [];
	if (frames.length) {
		lines.push('Longest animation frames while scrolling the story:');
		for (const l of frames) {
			const top = l.scripts
				.map(
					(s) =>
						`${s.invoker} ${s.source} ${s.durationMs} ms${s.forcedLayoutMs ? ` (forced layout ${s.forcedLayoutMs} ms)` : ''}`
				)
				.join('; ');
			lines.push(
				`  run ${l.run}, +${(l.startMs / 1000).toFixed(1)} s: ${l.durationMs} ms, style+layout ${l.styleAndLayoutMs} ms; ${top || 'no script'}`
			);
		}
	}
	const sources = [...new Set(sc.runs.flatMap((r) => r.shiftSources))];
	if (sources.length) lines.push(`Elements that shifted: ${sources.slice(0, 8).join(', ')}`);
	return lines;
}

export function whereTimeGoes(
	bytes: LoadedScripts,
	lh: { story: LighthouseSummary; nojs: LighthouseSummary } | null,
	sc: ScrollSummary | undefined
): string {
	const origin = new URL(bytes.url).origin;
	return [
		...scripts(bytes, origin),
		...(lh ? lighthouse(lh.story, lh.nojs) : []),
		...(sc ? scroll(sc) : [])
	].join('\n');
}
