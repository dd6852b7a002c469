// Text for the image editions: measured with the committed font metrics, wrapped into lines, and
// written as SVG <text> with a <tspan> per run. A cited figure keeps its data-claim attribute, so
// the image is traceable the way the page is.
import type { Run } from '$lib/charts/image-edition';
import { ADVANCE, CHARACTERS, type Face } from './font-metrics';
import { SERIF } from './palette';

export type { Run };

const INDEX = new Map([...CHARACTERS].map((ch, i) => [ch, i]));
/** Characters outside the table are measured as a wide letter ("m"), so lines never run long. */
const FALLBACK = INDEX.get('m')!;

/** The width of a text in px. */
export function textWidth(text: string, face: Face, size: number): number {
	let units = 0;
	for (const ch of text) units += ADVANCE[face][INDEX.get(ch) ?? FALLBACK];
	return (units / 1000) * size;
}

/** XML-escaped text for an element or an attribute. */
export const esc = (s: string) =>
	s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * Breaks runs into lines no wider than `width`, at spaces. A word wider than the line gets a line
 * of its own. `slack` widens every measure (a title set in Georgia where it was measured in Times).
 */
export function wrapRuns(runs: Run[], width: number, slack = 1): Run[][] {
	const lines: Run[][] = [[]];
	let used = 0;
	/** A line may break only where a space was: "(November 2017)" keeps its closing bracket. */
	let afterSpace = true;
	for (const run of runs) {
		for (const word of run.text.split(/(?<= )/)) {
			if (!word) continue;
			const w = textWidth(word, run.face, run.size) * slack;
			const trimmed = textWidth(word.trimEnd(), run.face, run.size) * slack;
			const line = lines.at(-1)!;
			const breakable = afterSpace && line.length > 0 && !/^\s*$/.test(word);
			afterSpace = /\s$/.test(word);
			if (used + trimmed > width && breakable) {
				trimLine(line);
				lines.push([]);
				used = 0;
			}
			const current = lines.at(-1)!;
			const last = current.at(-1);
			if (last && sameStyle(last, run)) last.text += word;
			else current.push({ ...run, text: word });
			used += w;
		}
	}
	for (const line of lines) trimLine(line);
	return lines.filter((l) => l.length);
}

function sameStyle(a: Run, b: Run): boolean {
	return (
		a.face === b.face &&
		a.size === b.size &&
		a.italic === b.italic &&
		a.fill === b.fill &&
		a.figure === b.figure
	);
}

function trimLine(line: Run[]) {
	const last = line.at(-1);
	if (last) last.text = last.text.trimEnd();
	while (line.length && !line.at(-1)!.text) line.pop();
}

/** The width of a line of runs. */
export const lineWidth = (line: Run[]) =>
	line.reduce((w, r) => w + textWidth(r.text, r.face, r.size), 0);

function tspan(run: Run): string {
	const attrs = [
		run.face !== 'sans' ? 'font-weight="bold"' : '',
		run.face === 'serifBold' ? `font-family="${SERIF}"` : '',
		run.italic ? 'font-style="italic"' : '',
		run.fill ? `fill="${run.fill}"` : '',
		run.figure ? `data-claim="${esc(run.figure.claims.join(' '))}"` : '',
		run.figure?.derived ? `data-derived="${esc(run.figure.derived.how)}"` : ''
	].filter(Boolean);
	return `<tspan${attrs.length ? ' ' + attrs.join(' ') : ''}>${esc(run.text)}</tspan>`;
}

/** One line of runs as a <text> element with its baseline at (x, y); `anchor` aligns it. */
export function textLine(
	line: Run[],
	x: number,
	y: number,
	{ anchor = 'start', extra = '' }: { anchor?: 'start' | 'middle' | 'end'; extra?: string } = {}
): string {
	const size = Math.max(...line.map((r) => r.size));
	const a = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
	return `<text x="${round(x)}" y="${round(y)}" font-size="${size}"${a}${extra}>${line.map(tspan).join('')}</text>`;
}

/**
 * Wrapped runs as lines from `top` down; returns the SVG and the height used. The first baseline
 * sits at `top + size * 0.95 + (lineHeight - size) / 2`, as a browser places it.
 */
export function textBlock(
	runs: Run[],
	x: number,
	top: number,
	width: number,
	lineHeight: number,
	options: { slack?: number; anchor?: 'start' | 'middle' | 'end' } = {}
): { svg: string; height: number; lines: Run[][] } {
	const lines = wrapRuns(runs, width, options.slack);
	const size = Math.max(...runs.map((r) => r.size));
	const first = top + (lineHeight - size) / 2 + size * 0.9;
	const svg = lines
		.map((line, i) => textLine(line, x, first + i * lineHeight, { anchor: options.anchor }))
		.join('\n');
	return { svg, height: lines.length * lineHeight, lines };
}

/** A coordinate with at most two decimals. */
export const round = (n: number) => String(Math.round(n * 100) / 100);
