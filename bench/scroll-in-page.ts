// The scripts the scroll benchmark runs inside the page. They are plain JS strings, so that no
// transpiler helper (tsx adds __name) leaks into the page.

/** Installed before the page's own scripts: records layout shifts and long animation frames. */
export const OBSERVER_SCRIPT = `(() => {
	const bench = (window.__bench = { shifts: [], loafs: [], loafSupported: false });
	const describe = (node) => {
		if (!node || !node.nodeName) return '?';
		const cls = typeof node.className === 'string' && node.className.trim()
			? '.' + node.className.trim().split(/\\s+/).join('.') : '';
		return node.nodeName.toLowerCase() + (node.id ? '#' + node.id : '') + cls;
	};
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				if (e.hadRecentInput) continue;
				bench.shifts.push({
					value: e.value,
					startTime: e.startTime,
					sources: (e.sources || []).map((s) => describe(s.node))
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	} catch {}
	try {
		bench.loafSupported = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame');
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				const scripts = [...(e.scripts || [])].sort((a, b) => b.duration - a.duration);
				bench.loafs.push({
					startTime: e.startTime,
					duration: e.duration,
					blockingDuration: e.blockingDuration,
					styleAndLayoutMs: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
					scripts: scripts.slice(0, 3).map((s) => ({
						invoker: s.invoker,
						source: (s.sourceURL || '').replace(location.origin, '') +
							(s.sourceFunctionName ? ' ' + s.sourceFunctionName : ''),
						durationMs: s.duration,
						forcedLayoutMs: s.forcedStyleAndLayoutDuration || 0
					}))
				});
			}
		}).observe({ type: 'long-animation-frame', buffered: true });
	} catch {}
})()`;

/**
 * Scrolls from top to bottom at `speed` px/s, one window.scrollTo per animation frame, and keeps
 * every requestAnimationFrame timestamp. Layout is read only at the start and when the bottom seems
 * reached, so that the benchmark itself forces no layout per frame.
 */
export const SCROLL_SCRIPT = `({ speed, minMs, maxMs }) => new Promise((resolve) => {
	const el = document.scrollingElement || document.documentElement;
	window.scrollTo(0, 0);
	let bottom = el.scrollHeight - window.innerHeight;
	const stamps = [];
	let position = 0;
	const frame = (t) => {
		const last = stamps.length ? stamps[stamps.length - 1] : t - 1000 / 60;
		stamps.push(t);
		if (position < bottom) {
			position = Math.min(bottom, position + (speed * (t - last)) / 1000);
			window.scrollTo(0, position);
		}
		let done = false;
		if (position >= bottom) {
			bottom = el.scrollHeight - window.innerHeight;
			done = position >= bottom && t - stamps[0] >= minMs;
		}
		if (done || t - stamps[0] > maxMs) {
			resolve({ stamps, scrollHeight: el.scrollHeight, scrolled: window.scrollY,
				reachedBottom: window.scrollY >= bottom - 1 });
		} else requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})`;
