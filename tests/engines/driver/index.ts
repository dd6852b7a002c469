// One browser adapter over three engines, so that a spec is written once:
//   chromium: playwright-core driving Debian's /usr/bin/chromium (CDP)
//   firefox:  puppeteer-core driving /usr/bin/firefox-esr over WebDriver BiDi
//   webkit:   WebKitWebDriver (W3C WebDriver classic) driving MiniBrowser inside its own Xvfb
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import { launchWebKit } from './webkit.ts';
import type { Browser, Engine, LaunchOptions } from './types.ts';

export * from './types.ts';

export function launch(engine: Engine, options: LaunchOptions = {}): Promise<Browser> {
	return { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit }[engine](
		options
	);
}
