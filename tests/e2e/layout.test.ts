// Text and chart never fight, at the sizes neither the engine specs (390x844 and 1280x800 in every
// engine, tests/engines/reduced-motion.spec.ts) nor reading-layout.test.ts read: a laptop, and a
// laptop at 200% zoom, which only Chromium emulates here (a device scale factor of 2 with half the
// CSS pixels). The same reading as the engine specs, run in Chromium.
import { describe, it, expect } from 'vitest';
import { runs, useBrowser } from './fixtures.ts';
import { storySteps } from '../engines/story-steps.ts';
import { stepsWithoutAPosition } from '../engines/layout-reading.ts';

const b = useBrowser();
const steps = await storySteps(b.site());

// 360, 390, 768, 1280 and 1920 px are read step by step by reading-layout.test.ts (the card on
// screen, the chart unclipped in its room); here the sizes it does not read.
const SIZES = [
	{ name: '1366x768', width: 1366, height: 768, zoom: 1 },
	{ name: '1280x800 at 200%', width: 640, height: 400, zoom: 2 }
];

describe('text and chart never fight', () => {
	for (const size of SIZES) {
		it(`at ${size.name}, every step has a position with its whole text and its whole, uncovered chart`, async () => {
			const page = await b.open('/', {
				viewport: { width: size.width, height: size.height },
				deviceScaleFactor: size.zoom,
				reducedMotion: 'reduce'
			});
			expect(await stepsWithoutAPosition(runs(page), steps)).toEqual([]);
		});
	}
});
