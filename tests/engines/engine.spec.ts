// The one test that fails when the project's browser engine cannot start (every other test of the
// project is then skipped): it names the Debian package to install. tests/engines/setup.ts started
// the engine once for the whole run and printed its name and version.
import { describe, it, expect, inject } from 'vitest';

describe(`the browser engine (${inject('engine')})`, () => {
	it('starts', () => {
		const problem = inject('engineProblem');
		if (problem) throw Object.assign(new Error(problem), { stack: problem });
		expect(problem).toBe('');
	});
});
