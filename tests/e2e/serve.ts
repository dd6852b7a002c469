// Vitest global setup for the browser tests: serves build/ on a free loopback port.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { chromiumPath } from '../../tools/chromium.ts';

let site: StaticServer | undefined;

export async function setup(project: TestProject) {
	const root = resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(resolve(root, 'index.html'))) {
		throw new Error(
			'build/ is missing: run `npm run build` before the browser tests (npm test does).'
		);
	}
	chromiumPath();
	site = await serveStatic(root);
	project.provide('origin', site.origin);
}

export async function teardown() {
	await site?.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		origin: string;
	}
}
