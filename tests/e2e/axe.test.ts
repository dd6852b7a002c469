// Accessibility, in Chromium (axe runs through Playwright): the story and the sources page, with
// zero violations, light and dark.
import { describe, it, expect } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { runs, useBrowser } from './fixtures.ts';
import { scriptReady } from '../engines/story-steps.ts';

const b = useBrowser();

describe('axe', () => {
	// Each page read light with every rule, then, switched to dark in place, with the rules whose
	// outcome depends on colours (the only thing the scheme changes).
	// (The map's overview, read at '/', shows the last town's entry, as its last step does.)
	for (const path of ['/', '/sources']) {
		it(`${path} passes axe with zero violations, light and dark`, async () => {
			const page = await b.open(path, { colorScheme: 'light' });
			if (path === '/') await scriptReady(runs(page));
			const paper: string[] = [];
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				paper.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
				const axe = new AxeBuilder({ page });
				if (scheme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
				const result = await axe.analyze();
				const summary = result.violations.map(
					(v) =>
						`${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`
				);
				expect(summary, `${path} ${scheme}`).toEqual([]);
			}
			// The switch took: the dark reading ran on the page's dark colours.
			expect(paper[1], `${path}: the paper, light then dark`).not.toBe(paper[0]);
		});
	}
});
