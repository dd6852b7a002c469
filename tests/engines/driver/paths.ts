// Where each engine's programs are (Debian's packages), and a clear error when one is missing.
import { existsSync } from 'node:fs';
import { chromiumPath } from '../../../tools/chromium.ts';
import type { Engine } from './types.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
	process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

const need = (path: string, install: string) => {
	if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install -y ${install}`);
};

/** Throws, naming the Debian package to install, when the engine's programs are not there. */
export function requireEngine(engine: Engine) {
	if (engine === 'chromium') chromiumPath();
	if (engine === 'firefox') need(FIREFOX, 'firefox-esr (or set FIREFOX_PATH)');
	if (engine === 'webkit') {
		need(WEBKIT_DRIVER, 'webkit2gtk-driver');
		need(MINIBROWSER, 'webkit2gtk-driver');
		need(XVFB, 'xvfb');
	}
}
