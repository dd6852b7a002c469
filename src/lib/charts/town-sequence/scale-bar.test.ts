import { describe, expect, it } from 'vitest';
import { scaleBar } from './scale-bar';

describe('scaleBar', () => {
	it('stands for a round distance (1, 2 or 5 times a power of ten)', () => {
		for (const kmPerUnit of [0.3, 1.7, 2.2, 9]) {
			const { km } = scaleBar(640, kmPerUnit);
			const mantissa = km / 10 ** Math.floor(Math.log10(km));
			expect([1, 2, 5]).toContain(mantissa);
		}
	});
	it('is as long as its km on the projection’s scale', () => {
		const { km, fraction } = scaleBar(640, 1.7);
		expect(fraction * 640 * 1.7).toBeCloseTo(km, 6);
	});
	it('takes at most the share of the view asked for, and more than half of it', () => {
		for (const kmPerUnit of [0.3, 1.7, 2.2, 9]) {
			const { fraction } = scaleBar(640, kmPerUnit, 0.28);
			expect(fraction).toBeLessThanOrEqual(0.28);
			expect(fraction).toBeGreaterThan(0.28 / 2.5);
		}
	});
	it('refuses a view or a scale that is not positive', () => {
		expect(() => scaleBar(0, 1)).toThrow(/scale bar/);
		expect(() => scaleBar(640, NaN)).toThrow(/scale bar/);
	});
});
