// One browser adapter over three engines, so that a spec is written once:
//   chromium: playwright-core driving Debian's /usr/bin/chromium (CDP)
//   firefox:  puppeteer-core driving /usr/bin/firefox-esr over WebDriver BiDi
//   webkit:   WebKitWebDriver (W3C WebDriver classic) driving MiniBrowser inside its own Xvfb
// Each engine's module is loaded only when that engine is launched.
import type { Browser, Engine, LaunchOptions } from './types.ts';

export * from './types.ts';

export async function launch(engine: Engine, options: LaunchOptions = {}): Promise<Browser> {
	if (engine === 'chromium') return (await import('./chromium.ts')).launchChromium(options);
	if (engine === 'firefox') return (await import('./firefox.ts')).launchFirefox(options);
	return (await import('./webkit.ts')).launchWebKit(options);
}
