// Vitest global setup of the unit and build projects: runs the site pipeline (verify, copy, map,
// charts) once per test run and hands its result to every test file (`testSite()`), instead of each
// file running it again.
import type { TestProject } from 'vitest/node';
import { readSite, type Site } from '$lib/server/site';

/** One run of the pipeline for both projects (their setups run in Vitest's one main process). */
const shared = globalThis as typeof globalThis & { __pipelineSite?: Site };

export function setup(project: TestProject) {
	shared.__pipelineSite ??= readSite();
	project.provide('pipelineSite', shared.__pipelineSite);
}

declare module 'vitest' {
	export interface ProvidedContext {
		pipelineSite: Site;
	}
}
