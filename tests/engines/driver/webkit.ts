// WebKit: WebKitGTK's MiniBrowser, driven by WebKitWebDriver (W3C WebDriver classic over fetch) in
// an Xvfb of its own. Reduced motion is GTK's "animations off", which WebKitGTK
// reports to pages as prefers-reduced-motion: reduce; it is read from $XDG_CONFIG_HOME/gtk-3.0/
// settings.ini at launch.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTOR, collected } from './collector.ts';
import { MINIBROWSER, WEBKIT_DRIVER, requireEngine } from './paths.ts';
import { expression, type Browser, type Key, type LaunchOptions, type Page } from './types.ts';
import {
	freePort,
	injectingProxy,
	startXvfb,
	waitFor,
	webDriverClient,
	type WebDriverCall
} from './webkit-infra.ts';
import { focusTopLevel } from './x11-focus.ts';

/** Each key as the WebDriver key codes pressed together (held in order, released in reverse). */
const KEYS: Record<Key, string[]> = {
	Tab: ['\uE004'],
	'Shift+Tab': ['\uE008', '\uE004'],
	Enter: ['\uE007'],
	Space: ['\uE00D'],
	Escape: ['\uE00C']
};
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export async function launchWebKit(options: LaunchOptions): Promise<Browser> {
	requireEngine('webkit');
	const children: ChildProcess[] = [];
	const config = await mkdtemp(join(tmpdir(), 'engines-webkit-'));
	await mkdir(join(config, 'gtk-3.0'));
	const animations = options.reducedMotion ? 0 : 1;
	await writeFile(
		join(config, 'gtk-3.0', 'settings.ini'),
		`[Settings]\ngtk-enable-animations=${animations}\n`
	);
	// MiniBrowser's own widgets, shrunk to nothing, let its window (so the viewport) go below 447 px.
	await writeFile(
		join(config, 'gtk-3.0', 'gtk.css'),
		'* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n'
	);
	const close = async () => {
		for (const child of children.reverse()) child.kill();
		await rm(config, { recursive: true, force: true });
	};
	try {
		const xvfb = await startXvfb();
		children.push(xvfb.process);
		const port = await freePort();
		const log = process.env.ENGINES_WEBKIT_LOG
			? openSync(process.env.ENGINES_WEBKIT_LOG, 'a')
			: 'ignore';
		const env = { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config };
		children.push(spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: ['ignore', log, log], env }));
		const wd = webDriverClient(`http://127.0.0.1:${port}`);
		await waitFor(
			'WebKitWebDriver',
			async () => ((await wd('GET', '/status', undefined, 1000)) as { ready: boolean }).ready
		);
		const sessions = sessionPool(wd, xvfb.display);
		return {
			engine: 'webkit',
			async version() {
				if (!sessions.version) await sessions.give(await sessions.take());
				return `WebKitGTK ${sessions.version} (MiniBrowser)`;
			},
			open: (url, o) => openPage(wd, sessions, url, o),
			async close() {
				await sessions.close();
				await close();
			}
		};
	} catch (e) {
		await close();
		throw e;
	}
}

interface Session {
	id: string;
	proxy: Awaited<ReturnType<typeof injectingProxy>>;
	/** The X display its window is on. */
	display: string;
}

/**
 * MiniBrowser sessions, kept between pages: each one takes over a second to start. A page handed
 * back is left on about:blank (its document, timers and listeners gone); the site keeps no storage.
 */
function sessionPool(wd: WebDriverCall, display: string) {
	const all: Session[] = [];
	const idle: Session[] = [];
	return {
		/** The engine's version, as the first session reported it. */
		version: '',
		async take(): Promise<Session> {
			const reused = idle.pop();
			if (reused) return reused;
			const proxy = await injectingProxy();
			const capabilities = {
				alwaysMatch: {
					browserName: 'MiniBrowser',
					proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${proxy.port}` },
					// --full-screen hides the toolbar (no window manager in Xvfb: the window keeps its rect).
					'webkitgtk:browserOptions': {
						binary: MINIBROWSER,
						args: ['--automation', '--full-screen']
					}
				}
			};
			// A browser that fails to start makes WebKitWebDriver hang, not fail: hence the timeout.
			const { sessionId, capabilities: got } = (await wd(
				'POST',
				'/session',
				{ capabilities },
				30_000
			)) as { sessionId: string; capabilities: { browserVersion?: string } };
			this.version ||= got.browserVersion ?? 'of unknown version';
			const session = { id: sessionId, proxy, display };
			all.push(session);
			return session;
		},
		async give(session: Session) {
			await wd('POST', `/session/${session.id}/url`, { url: 'about:blank' });
			idle.push(session);
		},
		async close() {
			for (const { id, proxy } of all) {
				await wd('DELETE', `/session/${id}`).catch(() => {});
				proxy.closeAllConnections();
				await new Promise((r) => proxy.close(r));
			}
		}
	};
}

async function openPage(
	wd: WebDriverCall,
	sessions: ReturnType<typeof sessionPool>,
	url: string,
	o: Parameters<Browser['open']>[1]
): Promise<Page> {
	const session = await sessions.take();
	session.proxy.script = `${COLLECTOR}\n${o.initScript ?? ''}`;
	const sessionId = session.id;
	const s = (path: string) => `/session/${sessionId}${path}`;
	const run = (script: string) => wd('POST', s('/execute/sync'), { script, args: [] });
	const collect = async () => (await run(`return (${collected})();`)) as string[];
	const previous: string[] = [];
	const page: Page = {
		evaluate: async (fn, arg) => (await run(`return ${expression(fn, arg)};`)) as never,
		async frameEvaluate(selector, fn, arg) {
			const find = { using: 'css selector', value: selector };
			let iframe: Record<string, string> | undefined;
			await waitFor(selector, async () => {
				iframe = (await wd('POST', s('/element'), find)) as Record<string, string>;
				return true;
			});
			await wd('POST', s('/frame'), { id: { [ELEMENT]: iframe![ELEMENT] } });
			try {
				return (await run(`return ${expression(fn, arg)};`)) as never;
			} finally {
				await wd('POST', s('/frame/parent'), {});
			}
		},
		async setViewport(width, height) {
			// GTK resizes the window asynchronously: ask, then wait for the page to see it.
			await wd('POST', s('/window/rect'), { width, height });
			let seen = [0, 0];
			await waitFor(
				`a ${width}x${height} viewport`,
				async () => {
					seen = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
					return seen[0] === width && seen[1] === height;
				},
				5000
			).catch(() => {
				throw new Error(`webkit viewport is ${seen.join('x')}, not ${width}x${height}`);
			});
			// The resize took the window's focus (no window manager): give it back, as a reader's is.
			await focusTopLevel(session.display, width, height);
			await waitFor('the window to have the focus again', () =>
				page.evaluate(() => document.hasFocus())
			);
		},
		async goto(u) {
			previous.push(...(await collect()));
			await wd('POST', s('/url'), { url: u });
		},
		async reload() {
			previous.push(...(await collect()));
			await wd('POST', s('/refresh'), {});
		},
		async press(key) {
			const actions = [
				...KEYS[key].map((value) => ({ type: 'keyDown', value })),
				...KEYS[key].toReversed().map((value) => ({ type: 'keyUp', value }))
			];
			await wd('POST', s('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
		},
		screenshot: async (path) =>
			writeFile(path, Buffer.from((await wd('GET', s('/screenshot'))) as string, 'base64')),
		errors: async () => [...previous, ...(await collect())],
		async close() {
			await sessions.give(session).catch(() => {});
		}
	};
	await page.setViewport(o.width, o.height);
	await wd('POST', s('/url'), { url });
	return page;
}
