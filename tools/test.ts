// `npm test`: the type check, the lint and the test build side by side (none reads what another
// writes, once `svelte-kit sync` has run), each one's output printed whole when it ends; then, if all
// three passed, every Vitest layer on that build. The build is made under a base path and for the
// address the browser tests serve it at, so one build serves every test (docs/tests.md).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

// A port of its own per checkout, so two clones can test side by side.
const port = 20000 + (createHash('sha1').update(process.cwd()).digest().readUInt16BE(0) % 10000);
const env = {
	...process.env,
	BUILD_DIR: '.test-build',
	BASE_PATH: '/graphics/last-towns',
	SITE_URL: `http://127.0.0.1:${port}`
};

/** Runs a command, its output kept until it ends. */
function run(
	script: string,
	command = ['npm', 'run', '--silent', script]
): Promise<{ script: string; ok: boolean; output: string; s: number }> {
	const start = performance.now();
	return new Promise((done) => {
		const child = spawn(command[0], command.slice(1), { env, stdio: 'pipe' });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) =>
			done({ script, ok: code === 0, output, s: (performance.now() - start) / 1000 })
		);
	});
}

const sync = spawnSync('npx', ['svelte-kit', 'sync'], { env, stdio: 'inherit' });
if (sync.status !== 0) process.exit(sync.status ?? 1);

// The build is `vite build` alone: `npm run build` runs `npm run verify` first for its messages, and
// the unit layer runs the real verify script on a copy of data/ (tests/hostile/verify-script.test.ts);
// the build's own pipeline fails on the same problems.
const results = await Promise.all([
	run('check:types'),
	run('lint'),
	run('build', ['npx', 'vite', 'build'])
]);
for (const r of results) {
	console.log(`\n── ${r.script}: ${r.ok ? 'passed' : 'FAILED'} in ${r.s.toFixed(1)} s`);
	if (!r.ok || r.output.trim()) console.log(r.output.trimEnd());
}
const failed = results.filter((r) => !r.ok).map((r) => r.script);
if (failed.length) {
	console.error(`\nnpm test stopped: ${failed.join(', ')} failed (above); no test was run.`);
	process.exit(1);
}

const vitest = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
	env,
	stdio: 'inherit'
});
process.exit(vitest.status ?? 1);
