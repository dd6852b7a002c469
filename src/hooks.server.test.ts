import { describe, it, expect } from 'vitest';
import { deferHydration, DEFERRED_START } from './hooks.server';

const bootstrap = `<script>
	Promise.all([
		import("/_app/immutable/entry/start.js"),
		import("/_app/immutable/entry/app.js")
	]).then(([kit, app]) => {
		kit.start(app, element, {});
	});
</script>`;

describe('deferHydration', () => {
	it('imports the entry scripts only after the first frame, keeping both imports', () => {
		const out = deferHydration(bootstrap);
		expect(out).toContain(DEFERRED_START);
		expect(out).toContain(
			'new Promise((r) => requestAnimationFrame(() => setTimeout(r))).then(() => Promise.all(['
		);
		expect(out).toContain('])).then(([kit, app]) => {');
		expect(out).toContain('import("/_app/immutable/entry/start.js")');
		// The rewritten bootstrap is still valid JavaScript.
		const code = out.replace(/^<script>|<\/script>$/g, '');
		expect(() => new Function('element', code)).not.toThrow();
	});

	it('leaves a page without SvelteKit’s bootstrap untouched', () => {
		const html = '<html><body><p>static</p></body></html>';
		expect(deferHydration(html)).toBe(html);
	});
});
