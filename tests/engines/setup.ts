// Vitest global setup of each engine project (chromium, firefox, webkit): checks the engine is
// installed, serves the build on a free loopback port, and tells the specs which engine they drive.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { requireEngine } from './driver/paths.ts';
import { ENGINES, type Engine } from './driver/types.ts';

let site: StaticServer | undefined;

export async function setup(project: TestProject) {
	const engine = project.name as Engine;
	if (!ENGINES.includes(engine)) throw new Error(`project ${engine} is not one of ${ENGINES}`);
	requireEngine(engine);
	const root = resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(resolve(root, 'index.html')))
		throw new Error(`${root}/index.html is missing: run \`npm run build\` first (npm test does).`);
	site = await serveStatic(root);
	project.provide('origin', site.origin);
	project.provide('engine', engine);
}

export async function teardown() {
	await site?.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		engine: Engine;
	}
}
