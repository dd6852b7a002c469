// The browser's idle time: a stretch with no frame to draw, where work delays neither a scroll nor an
// animation.

/**
 * Idle time at least this long (ms) means nothing is moving: while the page scrolls or a chart
 * moves, each frame at 60 Hz leaves less than 16 ms; at rest Chromium hands out 50 ms.
 */
export const RESTING_IDLE_MS = 30;

/** Without requestIdleCallback (Safari), how long to wait instead (ms). */
const FALLBACK_MS = 200;

/** Calls `then` once the page has been idle for `minMs` within one idle period. */
export function whenIdle(then: () => void, minMs = RESTING_IDLE_MS): void {
	if (typeof requestIdleCallback !== 'function') {
		setTimeout(then, FALLBACK_MS);
		return;
	}
	const tick = (deadline: IdleDeadline) => {
		if (deadline.timeRemaining() >= minMs) then();
		else requestIdleCallback(tick);
	};
	requestIdleCallback(tick);
}
