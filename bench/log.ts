// Progress lines on stdout, stamped with the seconds since the benchmark started.
import { performance } from 'node:perf_hooks';

const T0 = performance.now();

export function log(message: string) {
	console.log(`[${((performance.now() - T0) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}
