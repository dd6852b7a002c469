// Every chart transition runs here, on d3-timer and d3-ease (about 1 KB gz): one clock for the page,
// eased, cancellable, and instant when the reader asks for reduced motion.
import { untrack } from 'svelte';
import { timer } from 'd3-timer';
import { easeCubicInOut } from 'd3-ease';

/** How long a state change takes, in ms. */
export const TRANSITION_MS = 700;

/**
 * The shortest time between two drawn frames of a transition, in ms: about 30 a second, every other
 * frame of a 60 Hz screen. A chart's frame relays out and repaints it (a map's view box, a bar's
 * width are not compositor properties), so drawing every other frame halves what a transition adds
 * to the frames of a scroll; eased over 700 ms, 30 steps a second still read as motion.
 */
export const FRAME_MS = 1000 / 30 - 4;

/** True when the reader asked the system for reduced motion. */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Calls `frame(k)` on every animation frame with k eased from 0 to 1 over `ms`, ending on exactly
 * 1. With `ms` 0, under reduced motion, or outside a browser, it calls `frame(1)` once, at once.
 * Returns a function that stops it where it is.
 */
export function tween(ms: number, frame: (k: number) => void): () => void {
	if (ms <= 0 || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
		frame(1);
		return () => {};
	}
	let drawnAt = -Infinity;
	const t = timer((elapsed) => {
		const k = Math.min(1, elapsed / ms);
		if (k < 1 && elapsed - drawnAt < FRAME_MS) return;
		drawnAt = elapsed;
		frame(easeCubicInOut(k));
		if (k >= 1) t.stop();
	});
	return () => t.stop();
}

/** Linear interpolation between two numbers, or two equal-length lists of numbers. */
export function lerp(a: number, b: number, k: number): number;
export function lerp(a: number[], b: number[], k: number): number[];
export function lerp(a: number | number[], b: number | number[], k: number): number | number[] {
	if (typeof a === 'number' && typeof b === 'number') return a + (b - a) * k;
	const from = a as number[];
	return (b as number[]).map((v, i) => (from[i] ?? v) + (v - (from[i] ?? v)) * k);
}

/**
 * A list of numbers that follows `target()` through eased frames: what a chart draws while it moves
 * between states. Starts at the target (the server-rendered state); changes at once when
 * `animate()` is false. Call it while a component initialises.
 */
export function tweened(
	target: () => number[],
	animate: () => boolean
): { readonly current: number[] } {
	let drawn = $state(untrack(target));
	$effect(() => {
		const to = target();
		const from = untrack(() => drawn);
		return tween(untrack(animate) ? TRANSITION_MS : 0, (k) => (drawn = lerp(from, to, k)));
	});
	return {
		get current() {
			return drawn;
		}
	};
}
