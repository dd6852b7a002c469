// Every chart framed by a Pym.js parent, as a newsroom whose CMS runs Pym embeds it: a page on
// another origin loads the real pym.js 1.3.2 (its npm dist file, served from a third origin as from a
// CDN) and calls `new pym.Parent(id, '<site>/embed/<chart>', {})`. At 1000, 360 and 1000 px the
// iframe Pym made is as tall as its content, with no inner scrollbar, once Pym has set the height our
// embed reports; a width message from the parent is answered with our height. No error in the host
// page or inside the frame, in every engine.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { useEngine } from './use-engine.ts';
import { useForeignHost } from '../e2e/foreign-host.ts';
import { expectFits, frameInside, type Reading } from './frame-fit.ts';
import { collected } from './driver/collector.ts';
import { until } from './story-steps.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import type { Page } from './driver/index.ts';

const e = useEngine();
const host = useForeignHost();
const charts = (await (await fetch(`${e.origin()}/data/charts.json`)).json()) as { id: string }[];
const WIDTHS = [1000, 360, 1000];
const FRAME = '.pym-container iframe';

let pymCdn: StaticServer | undefined;
beforeAll(async () => {
	pymCdn = await serveStatic(dirname(createRequire(import.meta.url).resolve('pym.js')));
});
afterAll(async () => {
	await pymCdn?.close();
});

/** Pym's embed code as a newsroom pastes it: a container, the library, a Parent for the chart. */
const pymSnippet = (container: string, embed: string) =>
	`<div id="${container}" class="pym-container"></div>\n` +
	`<script src="${pymCdn!.origin}/pym.v1.min.js"></script>\n` +
	`<script>var pymParent = new pym.Parent(${JSON.stringify(container)}, ${JSON.stringify(embed)}, {});</script>`;

/** The frame from inside (what it reports, offsetHeight, and how its content fits), then from the
 *  host (the height Pym gave it: its attribute, "<px>px", and as drawn). */
async function read(page: Page): Promise<Reading> {
	const inside = await page.frameEvaluate(FRAME, frameInside);
	const outside = await page.evaluate((sel) => {
		const f = document.querySelector(sel)!;
		// Pym writes the attribute as "<px>px".
		return {
			iframe: f.getBoundingClientRect().height,
			attr: parseInt(f.getAttribute('height') ?? '')
		};
	}, FRAME);
	return { ...inside, ...outside };
}

/** Reads until Pym has set the height the frame reports now, twice in a row: the height has settled. */
async function settle(page: Page) {
	let previous = await read(page);
	const { now } = await until(
		async () => {
			const now = await read(page);
			const same = JSON.stringify(now) === JSON.stringify(previous);
			previous = now;
			return { now, same };
		},
		({ now, same }) => same && now.attr === now.offset,
		'the Pym parent sets the iframe to the height the embed has',
		10_000
	);
	return now;
}

describe(`embeds in a Pym.js parent on another origin (${e.engine})`, () => {
	for (const chart of charts) {
		it(`${chart.id}: fits at ${WIDTHS.join(', ')} px and answers Pym's width message`, async () => {
			const embed = `${e.origin()}/embed/${chart.id}?theme=light`;
			const container = `lasttowns-${chart.id}`;
			const url = await host.publish(`pym-${chart.id}`, pymSnippet(container, embed));
			const page = await e.open(url, { width: WIDTHS[0], height: 900 });
			await until(
				() =>
					page
						.frameEvaluate(FRAME, () => `${location.href} ${document.readyState}`)
						.catch((x: Error) => x.message),
				(s) => s.startsWith(`${embed}&initialWidth=`) && s.endsWith(' complete'),
				`Pym frames ${embed}, adding its parameters`,
				15_000
			);
			const heights: number[] = [];
			for (const width of WIDTHS) {
				await page.setViewport(width, 900);
				const r = await settle(page);
				expectFits(r, `${chart.id} at ${width} px`);
				heights.push(r.iframe);
			}
			expect(Math.abs(heights[1] - heights[0]), `follows the width: ${heights}`).toBeGreaterThan(4);
			expect(Math.abs(heights[2] - heights[0]), `and back: ${heights}`).toBeLessThanOrEqual(4);

			// A width message alone (nothing resized, so only the answer to it can bring a height).
			await page.evaluate(() => {
				const w = window as unknown as { __heights: string[]; pymParent: { sendWidth(): void } };
				w.__heights = [];
				addEventListener('message', (m) => {
					if (typeof m.data === 'string' && m.data.startsWith('pymxPYMx')) w.__heights.push(m.data);
				});
				w.pymParent.sendWidth();
			});
			const answers = await until(
				() => page.evaluate(() => (window as unknown as { __heights: string[] }).__heights),
				(m) => m.length > 0,
				'the embed answers the Pym parent’s width message with its height'
			);
			const { offset } = await read(page);
			expect(answers[0]).toBe(`pymxPYMx${container}xPYMxheightxPYMx${offset}`);
			expect(await page.frameEvaluate(FRAME, collected), 'errors in the frame').toEqual([]);
		});
	}
});
