// Vitest global setup of every browser project (e2e, chromium, firefox, webkit), doing its work once
// per run for all of them: serves the build at the address it was built for (tests/engines/
// built-site.ts), and starts every engine the run needs, printing each one's name and version. An
// engine that cannot start is named with the Debian package to install; its project's tests are
// skipped and its one test, tests/engines/engine.spec.ts, fails with that. Each test file then
// starts its own browser: it costs Chromium under a second, and one Chromium shared by every file
// through Playwright's server measured no faster (Firefox takes one client at a time anyway, and its
// reduced motion is a pref fixed at launch).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { builtSite, servingPort } from './built-site.ts';
import { launch } from './driver/index.ts';
import { ENGINES, type Engine } from './driver/types.ts';
import { sabotage } from './sabotage.ts';

/** The Debian packages each engine needs (see .ci/run). */
const PACKAGES: Record<Engine, string> = {
	chromium: 'chromium (or set CHROME_PATH)',
	firefox: 'firefox-esr (or set FIREFOX_PATH)',
	webkit: 'webkit2gtk-driver xvfb'
};

interface Run {
	server: StaticServer;
	site: string;
	/** Why each engine that cannot start cannot, and what to install. */
	problems: Partial<Record<Engine, string>>;
	/** The profile of Firefox's first start, which its later launches copy. */
	firefoxProfile: string;
}

/** What the setups of one run share (they all run in Vitest's main process). */
const shared = globalThis as typeof globalThis & {
	__browserRun?: { users: number; run: Promise<Run> };
};

/** The engines the projects of this run drive (the e2e project drives Chromium). */
function enginesOf(project: TestProject): Engine[] {
	const names = project.vitest.projects.map((p) => p.name);
	return ENGINES.filter((e) => names.includes(e) || (e === 'chromium' && names.includes('e2e')));
}

/** Starts `engine` once: its name and version, or why it cannot start and what to install.
 *  Firefox's profile of this first start is kept, for the specs' launches to start from. */
async function probe(engine: Engine, profile: string): Promise<string> {
	try {
		const browser = await launch(engine, engine === 'firefox' ? { keepProfileIn: profile } : {});
		try {
			return await browser.version();
		} finally {
			await browser.close();
		}
	} catch (e) {
		const why = String((e as Error).message ?? e).split('\n')[0];
		throw new Error(
			/apt-get install/.test(why)
				? `${engine}: ${why}`
				: `${engine} did not start (${why}): is its package installed? apt-get install -y ${PACKAGES[engine]}`,
			{ cause: e }
		);
	}
}

async function startRun(project: TestProject): Promise<Run> {
	for (const engine of ENGINES) sabotage(engine); // a malformed ENGINES_BREAK fails here, once
	const built = builtSite();
	const server = await serveStatic(built.root, {
		port: servingPort(built),
		base: built.base
	}).catch((e: Error) => {
		throw new Error(`cannot serve ${built.root} at ${built.origin ?? 'a free port'}: ${e.message}`);
	});
	const profile = await mkdtemp(join(tmpdir(), 'engines-firefox-profile-'));
	const run: Run = { server, site: server.site, problems: {}, firefoxProfile: profile };
	const engines = enginesOf(project);
	const outcomes = await Promise.allSettled(engines.map((e) => probe(e, profile)));
	const versions: string[] = [];
	outcomes.forEach((o, i) => {
		if (o.status === 'fulfilled') versions.push(o.value);
		else run.problems[engines[i]] = String((o.reason as Error).message);
	});
	console.log(`Browser engines: ${versions.join(', ') || 'none'}; the site at ${run.site}/`);
	for (const problem of Object.values(run.problems))
		console.error(`A browser engine cannot start, its tests are skipped: ${problem}`);
	return run;
}

export async function setup(project: TestProject) {
	shared.__browserRun ??= {
		users: 0,
		// A build missing or made for elsewhere, a port taken: the reason is all there is to say.
		run: startRun(project).catch((e: Error) => {
			throw Object.assign(new Error(e.message), { stack: e.message });
		})
	};
	shared.__browserRun.users++;
	const run = await shared.__browserRun.run;
	project.provide('site', run.site);
	project.provide('origin', run.server.origin);
	// The e2e project drives Chromium.
	const engine = project.name === 'e2e' ? 'chromium' : (project.name as Engine);
	project.provide('engine', engine);
	project.provide('engineProblem', run.problems[engine] ?? '');
	project.provide('firefoxProfile', run.firefoxProfile);
}

export async function teardown() {
	const entry = shared.__browserRun;
	if (!entry || --entry.users > 0) return;
	shared.__browserRun = undefined;
	const run = await entry.run.catch(() => undefined);
	await run?.server.close();
	if (run) await rm(run.firefoxProfile, { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The site's root URL: the origin it is served at and its base path, no trailing slash. */
		site: string;
		/** The origin it is served at. */
		origin: string;
		/** The engine the project drives (Chromium for e2e). */
		engine: Engine;
		/** Why that engine cannot start, and what to install; '' when it started. */
		engineProblem: string;
		/** A Firefox profile to start from (a copy of it): see LaunchOptions.startFrom. */
		firefoxProfile: string;
	}
}
