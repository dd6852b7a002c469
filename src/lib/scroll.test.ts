import { describe, it, expect } from 'vitest';
import { activeStepIndex } from './scroll';

const steps = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 400 }));

describe('activeStepIndex', () => {
	it('is the first step while the trigger line is above every step', () => {
		expect(activeStepIndex(steps(500, 900, 1300), 400)).toBe(0);
	});
	it('is the last step whose top has passed the line', () => {
		expect(activeStepIndex(steps(-900, -100, 300, 700), 400)).toBe(2);
	});
	it('stays on the last step after the section has scrolled past', () => {
		expect(activeStepIndex(steps(-2000, -1600, -1200), 400)).toBe(2);
	});
	it('treats a step whose top sits exactly on the line as reached', () => {
		expect(activeStepIndex(steps(0, 400), 400)).toBe(1);
	});
});
