// Vitest global setup of the unit and build projects: runs the site pipeline (verify, copy, map,
// charts) once per test run and hands its result to every test file (`testSite()`), instead of each
// file running it again.
import type { TestProject } from 'vitest/node';
import { readSite, type Site } from '$lib/server/site';

export function setup(project: TestProject) {
	project.provide('pipelineSite', readSite());
}

declare module 'vitest' {
	export interface ProvidedContext {
		pipelineSite: Site;
	}
}
