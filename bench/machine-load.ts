// Other work on the machine while the benchmark runs: every second, the CPU time that processes
// outside the benchmark's own process tree (builds, browsers, servers are all inside it) used, read
// from /proc. A disturbed run then says so instead of passing for a measurement. Linux only; elsewhere
// only the load average is kept.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { spread, type Spread } from './stats.ts';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS_PER_S = 100;

export interface MachineLoad {
	/** CPU seconds used by processes outside the benchmark, over the whole run. */
	otherCpuS: number | null;
	/** The same per second of the run, in cores: average and the busiest second. */
	otherCores: { average: number; peak: number } | null;
	/** 1-minute load average, sampled every second. */
	loadAverage1m: Spread;
}

export interface LoadSampler {
	stop(): MachineLoad;
}

/** pid → parent pid and CPU ticks (user + system) of every process. */
function processes(): Map<number, { ppid: number; ticks: number }> {
	const out = new Map<number, { ppid: number; ticks: number }>();
	for (const name of readdirSync('/proc')) {
		const pid = Number(name);
		if (!Number.isInteger(pid)) continue;
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			out.set(pid, { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
		} catch {
			/* exited meanwhile */
		}
	}
	return out;
}

function descendants(of: number, procs: Map<number, { ppid: number }>): Set<number> {
	const ours = new Set([of]);
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, { ppid }] of procs) {
			if (!ours.has(pid) && ours.has(ppid)) {
				ours.add(pid);
				grew = true;
			}
		}
	}
	return ours;
}

let current: (() => number) | null = null;

/**
 * CPU seconds used by other processes since sampling started (NaN when not sampling, or not on
 * Linux); the difference over a run says how disturbed that run was.
 */
export function otherCpuSeconds(): number {
	return current ? current() : NaN;
}

/** ", other processes used 3.2 CPU-s" for a log line, when they used more than half a second. */
export function busy(otherCpuS: number): string {
	return otherCpuS > 0.5 ? `; other processes used ${otherCpuS} CPU-s` : '';
}

export function sampleLoad(everyMs = 1000): LoadSampler {
	const linux = existsSync('/proc/self/stat');
	const loads = [os.loadavg()[0]];
	const perSample: number[] = [];
	let previous = linux ? processes() : new Map<number, { ppid: number; ticks: number }>();
	let otherTicks = 0;
	const started = Date.now();
	const sample = () => {
		loads.push(os.loadavg()[0]);
		if (!linux) return;
		const now = processes();
		const ours = descendants(process.pid, now);
		let ticks = 0;
		for (const [pid, { ticks: total }] of now) {
			if (!ours.has(pid)) ticks += Math.max(0, total - (previous.get(pid)?.ticks ?? 0));
		}
		otherTicks += ticks;
		perSample.push(ticks / TICKS_PER_S / (everyMs / 1000));
		previous = now;
	};
	const timer = setInterval(sample, everyMs);
	timer.unref();
	if (linux) current = () => otherTicks / TICKS_PER_S;
	return {
		stop() {
			clearInterval(timer);
			current = null;
			sample();
			const seconds = (Date.now() - started) / 1000;
			const round = (x: number) => Math.round(x * 100) / 100;
			return {
				otherCpuS: linux ? round(otherTicks / TICKS_PER_S) : null,
				otherCores: linux
					? {
							average: round(otherTicks / TICKS_PER_S / seconds),
							peak: round(Math.max(0, ...perSample))
						}
					: null,
				loadAverage1m: spread(loads.map(round))
			};
		}
	};
}

/** A warning when other processes used more than a fifth of a core on average. */
export function loadWarning(load: MachineLoad, cores = os.cpus().length): string | null {
	if (!load.otherCores || load.otherCores.average <= 0.2) return null;
	return (
		`note: other processes on this ${cores}-core machine used ${load.otherCpuS} CPU-seconds during ` +
		`the run (${load.otherCores.average} cores on average, ${load.otherCores.peak} at peak). Runs are ` +
		`interleaved, so the ratios to the floors suffer less than the absolute figures, but consider ` +
		`running again on a quiet machine.`
	);
}
