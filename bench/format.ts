// How figures are written in the table and the log.
import type { Spread } from './stats.ts';

const finite = (x: number) => Number.isFinite(x);

/** "12.3 KB" (1 KB = 1024 bytes). */
export const kb = (bytes: number) => (finite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a');
export const ms = (x: number) => (finite(x) ? `${Math.round(x)} ms` : 'n/a');
export const seconds = (x: number) => (finite(x) ? `${(x / 1000).toFixed(2)} s` : 'n/a');
export const count = (x: number) => (finite(x) ? String(Math.round(x * 10) / 10) : 'n/a');
export const cls = (x: number) => (finite(x) ? x.toFixed(3) : 'n/a');

/** "median (min–max)", or the value alone after a single run. */
export function spread(s: Spread | undefined, f: (x: number) => string): string {
	if (!s || !finite(s.median)) return 'n/a';
	const runs = s.values.filter(finite).length;
	return runs === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/** story / floor, or "–" when the floor is 0 or missing. */
export function ratio(story: number | undefined, floor: number | undefined): string {
	if (
		story === undefined ||
		floor === undefined ||
		!finite(story) ||
		!finite(floor) ||
		floor === 0
	) {
		return '–';
	}
	return `${(story / floor).toFixed(2)}×`;
}

export const met = (ok: boolean | null) => (ok === null ? '–' : ok ? 'met' : 'NOT met');
