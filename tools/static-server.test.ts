import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { pathUnderBase, serveStatic, type StaticServer } from './static-server';

describe('pathUnderBase', () => {
	it('maps paths under the base into the folder, and refuses the rest', () => {
		expect(pathUnderBase('/embed/x', '')).toBe('/embed/x');
		expect(pathUnderBase('/g/last-towns', '/g/last-towns')).toBe('/');
		expect(pathUnderBase('/g/last-towns/', '/g/last-towns')).toBe('/');
		expect(pathUnderBase('/g/last-towns/data/a.csv', '/g/last-towns')).toBe('/data/a.csv');
		expect(pathUnderBase('/g/last-townsX/a', '/g/last-towns')).toBeNull();
		expect(pathUnderBase('/data/a.csv', '/g/last-towns')).toBeNull();
	});
});

describe('serveStatic under a base path', () => {
	let dir: string;
	let server: StaticServer;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'static-base-'));
		mkdirSync(join(dir, 'embed'));
		writeFileSync(join(dir, 'index.html'), 'home');
		writeFileSync(join(dir, '404.html'), 'missing');
		writeFileSync(join(dir, 'embed', 'x.html'), 'chart x');
		writeFileSync(join(dir, '_headers'), '/g/t/embed/*\n  X-Test: yes\n');
		server = await serveStatic(dir, { base: '/g/t' });
	});
	afterAll(async () => {
		await server?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves the folder under the base, with clean URLs, the 404 page and _headers', async () => {
		expect(server.site).toBe(`${server.origin}/g/t`);
		const home = await fetch(`${server.site}/`);
		expect([home.status, await home.text()]).toEqual([200, 'home']);
		expect(await (await fetch(server.site)).text()).toBe('home');
		const chart = await fetch(`${server.site}/embed/x`);
		expect([chart.status, await chart.text(), chart.headers.get('x-test')]).toEqual([
			200,
			'chart x',
			'yes'
		]);
		const missing = await fetch(`${server.site}/embed/y`);
		expect([missing.status, await missing.text()]).toEqual([404, 'missing']);
	});

	it('answers 404 outside the base path, not with the site', async () => {
		const outside = await fetch(`${server.origin}/embed/x`);
		expect(outside.status).toBe(404);
		expect(await outside.text()).toMatch(/under \/g\/t\//);
	});

	it('refuses a malformed base', async () => {
		await expect(serveStatic(dir, { base: '/g/t/' })).rejects.toThrow(/must start with/);
	});
});

/** A GET with the Accept-Encoding given (fetch always asks for, and undoes, compression). */
function get(url: string, acceptEncoding: string) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
		(resolve, reject) => {
			const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					})
				);
			});
			req.on('error', reject);
			req.end();
		}
	);
}

describe('serveStatic, compression and types', () => {
	let dir: string;
	let plain: StaticServer;
	let gzipping: StaticServer;
	const css = 'body { color: black; }\n'.repeat(50);
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'static-encoding-'));
		writeFileSync(join(dir, 'index.html'), 'home');
		writeFileSync(join(dir, 'index.html.br'), brotliCompressSync('home, from brotli'));
		writeFileSync(join(dir, 'style.css'), css);
		writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n');
		writeFileSync(join(dir, 'map.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
		plain = await serveStatic(dir);
		gzipping = await serveStatic(dir, { gzip: true });
	});
	afterAll(async () => {
		await plain?.close();
		await gzipping?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves the precompressed copy to a browser that accepts it, and the file to one that does not', async () => {
		const br = await get(`${plain.origin}/`, 'gzip, br');
		expect(br.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(br.body).toString()).toBe('home, from brotli');
		const identity = await get(`${plain.origin}/`, 'identity');
		expect([identity.headers['content-encoding'], identity.body.toString()]).toEqual([
			undefined,
			'home'
		]);
	});

	it('gzips what has no precompressed copy only when asked to, and never a PNG', async () => {
		expect((await get(`${plain.origin}/style.css`, 'gzip')).headers['content-encoding']).toBe(
			undefined
		);
		const gz = await get(`${gzipping.origin}/style.css`, 'gzip, br');
		expect([gz.status, gz.headers['content-encoding']]).toEqual([200, 'gzip']);
		expect(gunzipSync(gz.body).toString()).toBe(css);
		expect(gz.body.length).toBeLessThan(css.length);
		const png = await get(`${gzipping.origin}/map.png`, 'gzip');
		expect([png.headers['content-encoding'], png.body.length]).toEqual([undefined, 4]);
		expect((await get(`${gzipping.origin}/`, 'gzip, br')).headers['content-encoding']).toBe('br');
	});

	it('names the charset of text files, and serves a file written after it started', async () => {
		const csv = await fetch(`${plain.origin}/data.csv`);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		writeFileSync(join(dir, 'later.html'), 'written later');
		expect(await (await fetch(`${plain.origin}/later`)).text()).toBe('written later');
	});
});
