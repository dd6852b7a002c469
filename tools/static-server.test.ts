import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
