import { describe, it, expect, vi, afterEach } from 'vitest';
import { FRAME_MS, lerp, tween } from './transition.svelte';

afterEach(() => vi.unstubAllGlobals());

describe('tween', () => {
	it('jumps to the end at once outside a browser', () => {
		const frames: number[] = [];
		tween(500, (k) => frames.push(k));
		expect(frames).toEqual([1]);
	});

	it('jumps to the end at once when the reader prefers reduced motion', () => {
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => setTimeout(f, 16));
		vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
		const frames: number[] = [];
		tween(500, (k) => frames.push(k));
		expect(frames).toEqual([1]);
	});

	it('eases from 0 to exactly 1 on a clock, and can be stopped', async () => {
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) =>
			setTimeout(() => f(performance.now()), 16)
		);
		vi.stubGlobal('matchMedia', () => ({ matches: false }));
		const frames: number[] = [];
		tween(120, (k) => frames.push(k));
		await new Promise((r) => setTimeout(r, 400));
		expect(frames.length).toBeGreaterThan(2);
		expect(frames.at(-1)).toBe(1);
		expect(frames.every((k, i) => i === 0 || k >= frames[i - 1])).toBe(true);
		const stopped: number[] = [];
		const stop = tween(1000, (k) => stopped.push(k));
		await new Promise((r) => setTimeout(r, 60));
		stop();
		const count = stopped.length;
		await new Promise((r) => setTimeout(r, 100));
		expect(stopped.length).toBe(count);
		expect(stopped.at(-1)).toBeLessThan(1);
	});
});

describe('tween, drawing', () => {
	it('draws at most one frame per FRAME_MS however often the clock ticks, and ends on exactly 1', async () => {
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) =>
			setTimeout(() => f(performance.now()), 16)
		);
		vi.stubGlobal('matchMedia', () => ({ matches: false }));
		const drawn: { k: number; at: number }[] = [];
		tween(300, (k) => drawn.push({ k, at: performance.now() }));
		await vi.waitFor(() => expect(drawn.at(-1)?.k).toBe(1), { timeout: 2000, interval: 20 });
		const gaps = drawn.slice(1, -1).map((d, i) => d.at - drawn[i].at);
		expect(gaps.length).toBeGreaterThan(2);
		// A timer's clock and performance.now() may round apart by a millisecond.
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(FRAME_MS - 1);
	});
});

describe('lerp', () => {
	it('interpolates numbers and lists', () => {
		expect(lerp(0, 10, 0.25)).toBe(2.5);
		expect(lerp([0, 0, 640, 480], [100, 50, 320, 240], 0.5)).toEqual([50, 25, 480, 360]);
	});
});
