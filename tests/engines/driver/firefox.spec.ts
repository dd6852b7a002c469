// The Firefox adapter sends Firefox only what it supports (run by the firefox project only): a
// command of BiDi's emulation module this Firefox does not know is an option it lacks, answered as
// done; any other unknown command still fails; and the viewport is set by BiDi's
// browsingContext.setViewport, exactly.
import { describe, it, expect, afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { launchFirefox } from './firefox.ts';
import type { Browser } from './types.ts';

let browser: Browser;
// A Firefox that cannot start is reported once, by engine.spec.ts.
const missing = inject('engineProblem');
beforeAll(async () => {
	if (!missing) browser = await launchFirefox({});
}, 60_000);
beforeEach((context) => {
	if (missing) context.skip();
});
afterAll(() => browser?.close());

describe('Firefox over WebDriver BiDi', () => {
	it('takes an unknown emulation command as an option it lacks, and fails any other', async () => {
		await expect(browser.bidi!('emulation.setNoSuchOverride', {})).resolves.toEqual({});
		await expect(browser.bidi!('browsingContext.noSuchCommand', {})).rejects.toThrow(
			/unknown command/
		);
	});

	it('sets the viewport it is asked for', async () => {
		const page = await browser.open(`${inject('site')}/`, { width: 390, height: 844 });
		expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([390, 844]);
		await page.setViewport(1000, 700);
		expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([1000, 700]);
		await page.close();
	});
});
