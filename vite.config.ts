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
					testTimeout: 20_000
				}
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/setup/pipeline.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/serve.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false
				}
			},
			// The same specs (tests/engines) once per browser engine: `--project=firefox` runs one. The
			// three run together, after unit and build and before e2e: their files mostly wait on a
			// browser, so several at once fit on two cores (ENGINES_WORKERS files at a time).
			...(['chromium', 'firefox', 'webkit'] as const).map((engine) => ({
				extends: true as const,
				test: {
					name: engine,
					include: ['tests/engines/**/*.spec.ts'],
					environment: 'node',
					globalSetup: ['tests/engines/setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					sequence: { groupOrder: 1 },
					maxWorkers: Number(process.env.ENGINES_WORKERS ?? 3)
				}
			}))
		]
	}
});
