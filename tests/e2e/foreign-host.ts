// A newsroom's page on another origin, for the embed tests: a second static server whose pages hold
// a snippet pasted verbatim, light or dark, and the Embed control's snippet as a producer copies it.
import { afterAll, beforeAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

export interface HostOptions {
	/** A dark page (a dark newspaper theme), declaring color-scheme: dark. */
	dark?: boolean;
	/** Blank space before the snippet, in px (to test lazy loading). */
	before?: number;
}

/** A host page around `snippet`, as a CMS would publish it. */
export function hostPage(
	title: string,
	snippet: string,
	{ dark = false, before = 0 }: HostOptions = {}
) {
	const para = (n: number) =>
		`<p>Host paragraph ${n}. This page lives on another origin and knows nothing of the chart except the snippet pasted below, verbatim, the way a newsroom CMS would carry it.</p>`;
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${dark ? '<meta name="color-scheme" content="dark">' : ''}
<title>${title}</title>
<link rel="icon" href="data:,">
<style>body { font: 16px/1.5 sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; ${dark ? 'background: #111; color: #eee;' : 'background: #fff; color: #111;'} }</style>
</head>
<body>
<h1>A page that embeds a chart</h1>
${para(1)}
${before ? `<div style="height: ${before}px" aria-hidden="true"></div>` : ''}
${para(2)}
${snippet}
${para(3)}
${para(4)}
</body>
</html>
`;
}

/** A static server on another origin for host pages, for the test file. */
export function useForeignHost() {
	let dir: string;
	let server: StaticServer;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'embed-host-'));
		await writeFile(join(dir, '404.html'), '<!doctype html><title>missing</title><h1>missing</h1>');
		server = await serveStatic(dir);
	});
	afterAll(async () => {
		await server?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});
	return {
		origin: () => server.origin,
		/** Publishes a host page holding `snippet`; returns its URL. */
		async publish(name: string, snippet: string, options: HostOptions = {}): Promise<string> {
			await writeFile(join(dir, `${name}.html`), hostPage(name, snippet, options));
			return `${server.origin}/${name}.html`;
		}
	};
}

/** Opens an Embed control on `page` (the nth on the page, and on the story the control it sits
 *  behind) unless it is open, picks colours and code, and returns the snippet. */
export async function copySnippet(
	page: Page,
	{ nth = 0, theme, variant }: { nth?: number; theme?: string; variant?: string } = {}
): Promise<string> {
	const tools = page.locator('[data-embed-tools]').nth(nth);
	// On the story, each chart's tools sit behind one "Get the data" control: opened first.
	const outer = page.locator('details:has([data-embed-tools])').nth(nth);
	if ((await outer.count()) && !(await outer.evaluate((d) => (d as HTMLDetailsElement).open)))
		await outer.locator(':scope > summary').click();
	if (!(await tools.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)))
		await tools.locator('details > summary', { hasText: 'Embed' }).click();
	const area = tools.locator('details[open] textarea');
	await area.waitFor({ state: 'visible', timeout: 10_000 });
	const [colours, code] = [tools.locator('select').nth(0), tools.locator('select').nth(1)];
	if (theme) await colours.selectOption(theme);
	if (variant) await code.selectOption(variant);
	return area.inputValue();
}
