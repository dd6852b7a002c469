// What WebKitGTK's WebDriver needs around it: an X server (Xvfb), a W3C WebDriver client over fetch,
// and, because WebDriver classic has no init scripts, a loopback proxy that puts the init script
// first in every HTML document the browser loads (frames of other origins included).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { XVFB } from './paths.ts';

export const INIT_PATH = '/__engines_init.js';

/** Starts Xvfb on the first free display (-displayfd: no race with other X servers). */
export async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
	const xvfb = spawn(
		XVFB,
		['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'],
		{ stdio: ['ignore', 'ignore', 'ignore', 'pipe'] }
	);
	const display = await new Promise<string>((resolve, reject) => {
		let out = '';
		xvfb.stdio[3]!.on('data', (d: Buffer) => (out += d).includes('\n') && resolve(out.trim()));
		xvfb.on('error', reject);
		xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
		setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10_000);
	}).catch((e) => {
		xvfb.kill();
		throw e;
	});
	return { display: `:${display}`, process: xvfb };
}

export async function freePort(): Promise<number> {
	const s = createServer();
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
	const port = (s.address() as { port: number }).port;
	await new Promise((r) => s.close(r));
	return port;
}

export type WebDriverCall = (
	method: string,
	path: string,
	body?: unknown,
	timeout?: number
) => Promise<unknown>;

/** A W3C WebDriver client: one function, errors thrown with the driver's message. */
export function webDriverClient(base: string): WebDriverCall {
	return async (method, path, body, timeout = 60_000) => {
		const res = await fetch(base + path, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(timeout)
		});
		const { value } = (await res.json()) as { value: { error?: string; message?: string } };
		if (value?.error)
			throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
		return value;
	};
}

/** Polls `check` (every 50 ms) until it is true; fails naming `what` after `timeout` ms. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeout = 10_000) {
	const end = Date.now() + timeout;
	while (!(await check().catch(() => false))) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** A forward HTTP proxy that serves `script` (which may be changed) at INIT_PATH on every origin
 *  and loads it first in every HTML document. It asks for identity encoding so it can edit the HTML. */
export async function injectingProxy(): Promise<Server & { port: number; script: string }> {
	let script = '';
	const tag = `<script src="${INIT_PATH}"></script>`;
	const server = createServer((req, res) => {
		const url = new URL(req.url!);
		if (url.pathname === INIT_PATH) {
			res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
			return void res.end(script);
		}
		const headers = { ...req.headers, 'accept-encoding': 'identity' };
		const upstream = request(url, { method: req.method, headers }, (up) => {
			if (!String(up.headers['content-type']).startsWith('text/html')) {
				res.writeHead(up.statusCode!, up.headers);
				return void up.pipe(res);
			}
			const chunks: Buffer[] = [];
			up.on('data', (c: Buffer) => chunks.push(c));
			up.on('end', () => {
				// After <head>, or else after the doctype: a script before the doctype is quirks mode.
				const page = Buffer.concat(chunks).toString();
				const at = /<head[^>]*>/i.exec(page) ?? /^\s*<!doctype[^>]*>/i.exec(page);
				const end = at ? at.index + at[0].length : 0;
				const html = page.slice(0, end) + tag + page.slice(end);
				res.writeHead(up.statusCode!, { ...up.headers, 'content-length': Buffer.byteLength(html) });
				res.end(html);
			});
		});
		upstream.on('error', (e) => res.destroy(e));
		req.pipe(upstream);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.address() as { port: number }).port;
	return Object.defineProperties(server, {
		port: { value: port },
		script: { get: () => script, set: (value: string) => (script = value) }
	}) as Server & { port: number; script: string };
}
