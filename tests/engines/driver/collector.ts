// Installed in every document of every engine before the page's own scripts: it keeps what went
// wrong in `window.__engineErrors`, so the same check reads errors in Chromium, Firefox and WebKit
// (whose WebDriver has no console), in the top document and inside cross-origin frames.
export const COLLECTOR = `(() => {
	if (window.__engineErrors) return;
	const errors = (window.__engineErrors = []);
	const push = (s) => errors.push(String(s));
	addEventListener('error', (e) => {
		const t = e.target;
		if (t && t !== window) push('resource failed: ' + (t.currentSrc || t.src || t.href || t.tagName));
		// Not an exception but the browser saying it kept a resize notification for the next frame:
		// scrollama observes a step again whenever its height changes (on every window resize).
		else if (/^ResizeObserver loop completed with undelivered notifications/.test(e.message)) return;
		else push('uncaught: ' + ((e.error && e.error.message) || e.message));
	}, true);
	addEventListener('unhandledrejection', (e) => push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)));
	document.addEventListener('securitypolicyviolation', (e) =>
		push('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
	const error = console.error;
	console.error = function (...args) {
		push('console.error: ' + args.map(String).join(' '));
		return error.apply(this, args);
	};
})();`;

/** Reads (in the page) what the collector kept; nothing from about:blank or a browser's own pages. */
export const collected = () =>
	!/^https?:$/.test(location.protocol)
		? []
		: ((window as unknown as { __engineErrors?: string[] }).__engineErrors ?? [
				`no error collector in ${location.href}`
			]);
