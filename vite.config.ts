import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Quiet builds: the prerender's plugin time is expected (it builds the whole site), not news.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: [
						'src/**/*.test.ts',
						'scripts/**/*.test.ts',
						'tests/golden/**/*.test.ts',
						'tests/hostile/**/*.test.ts',
						'tools/**/*.test.ts',
						'tests/copy/**/*.test.ts'
					],
					environment: 'node',
					globalSetup: ['tests/setup/pipeline.ts'],
					testTimeout: 20_000,
					// Vitest's default is one worker fewer than the cores: one, on a 2-core machine.
					maxWorkers: 2,
					// A worker keeps its modules from file to file (the pipeline's, the Svelte compiler):
					// no test mocks a module, and the one that stubs globals restores them after each test.
					isolate: false
				}
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/setup/pipeline.ts'],
					maxWorkers: 2,
					isolate: false
				}
			},
			// The browser layer, one group after unit and build, its files a few at a time (they mostly
			// wait on a browser): the matrix (tests/engines/*.spec.ts), the same specs once per engine,
			// `--project=firefox` runs one, with its driver's own spec if it has one; and what only
			// Chromium measures (tests/e2e, project e2e). tests/engines/setup.ts serves the build and
			// starts the engines once for all four.
			...(['e2e', 'chromium', 'firefox', 'webkit'] as const).map((name) => ({
				extends: true as const,
				test: {
					name,
					include:
						name === 'e2e'
							? ['tests/e2e/**/*.test.ts', 'tests/engines/engine.spec.ts']
							: ['tests/engines/*.spec.ts', `tests/engines/driver/${name}.spec.ts`],
					environment: 'node',
					globalSetup: ['tests/engines/setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					sequence: { groupOrder: 1 },
					// Two per project: the four projects run side by side, and on two cores four each
					// thrashed (npm test 458 CPU-s, 240 s; with two, 416 CPU-s, 231 s; with one, 292 s).
					maxWorkers: Number(process.env.BROWSER_WORKERS ?? 2),
					// A worker keeps its modules (Vitest, Playwright, puppeteer) from file to file: each
					// file opens and closes its own browser and pages, and keeps no other state.
					isolate: false
				}
			}))
		]
	}
});
