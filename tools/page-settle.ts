// Waiting until a page has settled: no request in flight for a while, then an idle main thread
// (requestIdleCallback with a full idle period), repeated until that brings no new request.
import type { BrowserContext, Page } from 'playwright-core';

export interface RequestTracker {
	/** Requests started so far. */
	started(): number;
	/** Requests neither finished nor failed yet. */
	inFlight(): number;
}

/** Counts the requests of every page and frame of `context` from now on. */
export function trackRequests(context: BrowserContext): RequestTracker {
	let started = 0;
	let done = 0;
	context.on('request', () => started++);
	context.on('requestfinished', () => done++);
	context.on('requestfailed', () => done++);
	return { started: () => started, inFlight: () => started - done };
}

// A plain JS string, so that no transpiler helper (tsx adds __name) leaks into the page.
const IDLE_SCRIPT = `(maxMs) => new Promise((resolve) => {
	const t0 = performance.now();
	const fallback = setTimeout(resolve, maxMs);
	const tick = (deadline) => {
		if (deadline.timeRemaining() >= 40 || performance.now() - t0 > maxMs) {
			clearTimeout(fallback);
			resolve();
		} else requestIdleCallback(tick);
	};
	requestIdleCallback(tick);
})`;

export interface SettleOptions {
	/** How long the network must stay quiet. */
	quietMs?: number;
	/** Give up (and go on) after this long. */
	maxMs?: number;
}

/** Resolves once the network has been quiet for `quietMs` and the main thread is idle. */
export async function settle(
	page: Page,
	requests: RequestTracker,
	{ quietMs = 1000, maxMs = 20_000 }: SettleOptions = {}
): Promise<void> {
	const deadline = Date.now() + maxMs;
	for (;;) {
		const before = requests.started();
		let quietSince = Date.now();
		while (Date.now() < deadline) {
			if (requests.inFlight() > 0) quietSince = Date.now();
			else if (Date.now() - quietSince >= quietMs) break;
			await page.waitForTimeout(50);
		}
		const left = deadline - Date.now();
		if (left <= 0) return;
		await page.evaluate(`(${IDLE_SCRIPT})(${Math.min(left, 5000)})`);
		if (requests.started() === before && requests.inFlight() === 0) return;
	}
}
