import { describe, expect, it } from 'vitest';
import { growing, summing, summingStage } from './bar-motion';

const qaim = { low: 1500, high: 2500 };
const kamal = { low: 2000, high: 3000 };

describe('a source’s range grows from low to high', () => {
	it('starts as nothing at its low end and ends on its own range', () => {
		expect(growing(qaim, 0)).toEqual({ low: 1500, high: 1500 });
		expect(growing(qaim, 1)).toEqual(qaim);
	});
	it('keeps its low end fixed and only moves the high end forward', () => {
		let last = -Infinity;
		for (let k = 0; k <= 1; k += 0.05) {
			const s = growing(qaim, k);
			expect(s.low).toBe(1500);
			expect(s.high).toBeGreaterThanOrEqual(last);
			expect(s.high).toBeLessThanOrEqual(2500);
			last = s.high;
		}
	});
});

describe('our sum is built by laying one range after the other', () => {
	it('shows the first range alone halfway, then the sum of the lows to the sum of the highs', () => {
		expect(summing([qaim, kamal], 0)).toEqual({ low: 1500, high: 1500 });
		expect(summing([qaim, kamal], 0.5)).toEqual(qaim);
		expect(summing([qaim, kamal], 1)).toEqual({
			low: qaim.low + kamal.low,
			high: qaim.high + kamal.high
		});
	});
	it('never moves an end backwards, and never runs past the sum', () => {
		let prev = summing([qaim, kamal], 0);
		for (let k = 0.02; k <= 1; k += 0.02) {
			const s = summing([qaim, kamal], k);
			expect(s.low).toBeGreaterThanOrEqual(prev.low);
			expect(s.high).toBeGreaterThanOrEqual(prev.high);
			expect(s.high).toBeLessThanOrEqual(5500);
			expect(s.low).toBeLessThanOrEqual(s.high);
			prev = s;
		}
	});
	it('names the range being laid', () => {
		expect(summingStage(2, 0.2)).toBe(0);
		expect(summingStage(2, 0.7)).toBe(1);
		expect(summingStage(2, 1)).toBe(1);
	});
	it('refuses an empty sum', () => {
		expect(() => summing([], 0.5)).toThrow(/at least one range/);
	});
});
