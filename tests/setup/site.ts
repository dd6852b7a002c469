// The project's site as the pipeline built it once for this test run (tests/setup/pipeline.ts).
// Each call gives a fresh copy, so a test that changes it changes nothing for another.
import { inject } from 'vitest';
import type { Site } from '$lib/server/site';

export function testSite(): Site {
	const site = inject('pipelineSite');
	if (!site) {
		throw new Error(
			'no site was provided: run this file through a vitest project whose globalSetup is tests/setup/pipeline.ts'
		);
	}
	return structuredClone(site);
}
