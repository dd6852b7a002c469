// bench/results.json: the machine, the settings, the targets, the table and every raw run.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import type { BenchData, Row } from './report.ts';
import { SCROLL } from './scroll-frames.ts';
import { MOBILE, TARGETS } from './settings.ts';
import type { MachineLoad } from './machine-load.ts';

export interface RunInfo {
	startedAt: Date;
	lighthouseRuns: number;
	scrollRuns: number;
	chromium: string;
	/** HTML file → <script>/<link> elements removed for the no-JS floor. */
	floorRemoved: Record<string, number>;
	/** Other work on the machine during the run. */
	machineLoad: MachineLoad;
}

export function writeResults(file: string, info: RunInfo, rows: Row[], data: BenchData) {
	const cpus = os.cpus();
	const version = (pkg: string) =>
		(
			JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
				version: string;
			}
		).version;
	const results = {
		timestamp: info.startedAt.toISOString(),
		durationS: Math.round((Date.now() - info.startedAt.getTime()) / 1000),
		machine: {
			cpu: cpus[0]?.model ?? 'unknown',
			cores: cpus.length,
			memoryGb: Math.round(os.totalmem() / 1024 ** 3),
			os: `${os.type()} ${os.release()} ${os.arch()}`,
			node: process.version,
			chromium: info.chromium,
			lighthouse: version('lighthouse'),
			chromeLauncher: version('chrome-launcher'),
			playwrightCore: version('playwright-core'),
			duringRun: info.machineLoad
		},
		settings: {
			served:
				'gzip level 9 on 127.0.0.1 (tools/static-server.ts): build/, bench/out/nojs, bench/out/empty-app/build',
			noJsFloor:
				'build/ with every <script>, <link rel=modulepreload> and <link rel=preload as=script> removed from its HTML',
			scriptBytes:
				'script responses at their encoded (gzip) body size, plus inline <script> elements of every type at gzip -9, in a fresh context',
			lighthouse: {
				runs: info.lighthouseRuns,
				config: 'default: mobile preset, simulated throttling',
				order: 'interleaved'
			},
			scroll: { runs: info.scrollRuns, ...SCROLL, context: MOBILE, order: 'interleaved' },
			floorRemoved: info.floorRemoved
		},
		targets: TARGETS,
		table: rows,
		...data
	};
	writeFileSync(file, JSON.stringify(results, null, '\t') + '\n');
	return results.durationS;
}
