// A small tween for arrays of numbers (the map's viewBox). Hand-written rather than svelte/motion or
// d3-interpolate: both pull in code the page does not need (d3-interpolate brings all of d3-color).
import { untrack } from 'svelte';

const easeCubicInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/** True when the reader asked the system for reduced motion. */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Animates `current` towards a target array of numbers; a new target cancels the running one. */
export class ArrayTween {
	current = $state<number[]>([]);
	#frame = 0;

	constructor(initial: number[]) {
		this.current = initial;
	}

	/** Moves to `target` over `duration` ms (0 = at once). */
	set(target: number[], duration: number) {
		cancelAnimationFrame(this.#frame);
		if (duration <= 0 || typeof requestAnimationFrame !== 'function') {
			this.current = target;
			return;
		}
		// Untracked: an effect that calls set() must not re-run on every frame of the tween.
		const from = untrack(() => this.current);
		const start = performance.now();
		const step = (now: number) => {
			const t = Math.min(1, (now - start) / duration);
			const k = easeCubicInOut(t);
			this.current = target.map((v, i) => from[i] + (v - from[i]) * k);
			if (t < 1) this.#frame = requestAnimationFrame(step);
		};
		this.#frame = requestAnimationFrame(step);
	}
}
