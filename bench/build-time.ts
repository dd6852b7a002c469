// Build times from clean: the site (`npm run build`: verify + vite build) and the empty SvelteKit
// page (vite build in bench/empty-app), each in its own process group, logged to bench/out/*.log.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { onCleanup } from './cleanup.ts';
import { log } from './log.ts';
import { EMPTY_APP, EMPTY_OUT, OUT, ROOT, SITE_BUILD } from './paths.ts';

const BUILD_TIMEOUT_MS = 300_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Kills a process group started with detached: true (the child and its children, nothing else). */
async function killGroup(child: ChildProcess, graceMs = 3000) {
	if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const signal = (name: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, name);
		} catch {
			/* already gone */
		}
	};
	signal('SIGTERM');
	const outcome = await Promise.race([exited, wait(graceMs).then(() => 'late' as const)]);
	if (outcome === 'late') {
		signal('SIGKILL');
		await Promise.race([exited, wait(2000)]);
	}
}

/** Runs a command in its own process group, output to `logFile`; returns the wall time in ms. */
async function timedRun(cmd: string, args: string[], cwd: string, logFile: string) {
	const out = createWriteStream(logFile);
	const start = performance.now();
	const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	const stop = onCleanup(() => killGroup(child));
	child.stdout!.pipe(out, { end: false });
	child.stderr!.pipe(out, { end: false });
	const timer = setTimeout(() => void killGroup(child, 1000), BUILD_TIMEOUT_MS);
	const code = await new Promise<number | null>((resolve, reject) => {
		child.once('error', reject);
		child.once('close', resolve);
	});
	const ms = performance.now() - start;
	clearTimeout(timer);
	await stop();
	await new Promise<void>((resolve) => out.end(resolve));
	if (code !== 0) {
		const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(
			`${cmd} ${args.join(' ')} (in ${cwd}) failed with ${code}; see ${logFile}:\n${tail}`
		);
	}
	return ms;
}

export async function buildSite(): Promise<number> {
	rmSync(SITE_BUILD, { recursive: true, force: true });
	rmSync(join(ROOT, '.svelte-kit', 'output'), { recursive: true, force: true });
	log('building the site from clean (npm run build)…');
	const ms = await timedRun('npm', ['run', 'build'], ROOT, join(OUT, 'build.log'));
	log(`  ${(ms / 1000).toFixed(1)} s`);
	return ms;
}

export async function buildEmptyApp(): Promise<number> {
	rmSync(EMPTY_OUT, { recursive: true, force: true });
	log('building the empty SvelteKit page from clean (vite build in bench/empty-app)…');
	const vite = join(ROOT, 'node_modules', '.bin', 'vite');
	const ms = await timedRun(vite, ['build'], EMPTY_APP, join(OUT, 'empty-build.log'));
	log(`  ${(ms / 1000).toFixed(1)} s`);
	return ms;
}
