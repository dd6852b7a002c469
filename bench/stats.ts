// The summary of repeated runs: median and range (d3-array), with every value kept.
import { extent, median } from 'd3-array';

export interface Spread {
	median: number;
	min: number;
	max: number;
	values: number[];
}

export function spread(values: number[]): Spread {
	const finite = values.filter((v) => Number.isFinite(v));
	const [min = NaN, max = NaN] = extent(finite);
	return { median: median(finite) ?? NaN, min, max, values };
}

/** Spread of one numeric field over runs. */
export function spreadOf<T>(runs: T[], pick: (run: T) => number): Spread {
	return spread(runs.map(pick));
}
