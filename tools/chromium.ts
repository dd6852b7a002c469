// Launching Debian's Chromium for the browser tests, the screenshots and the benchmark.
import { existsSync } from 'node:fs';
import type { BrowserType, LaunchOptions } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * For the tests only, which open hundreds of pages: a frame of another origin shares its page's
 * renderer process instead of starting one of its own (what a page sees is the same; the benchmark
 * keeps Chromium's defaults).
 */
export const TEST_ARGS = [
	'--disable-site-isolation-trials',
	'--disable-features=IsolateOrigins,site-per-process'
];

/** The Chromium binary: CHROME_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
	const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROME_PATH.`
		);
	}
	return path;
}

export function launchChromium(
	type: BrowserType,
	options: LaunchOptions = {},
	extraArgs: string[] = []
) {
	return type.launch({
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, ...extraArgs],
		headless: true,
		...options
	});
}
