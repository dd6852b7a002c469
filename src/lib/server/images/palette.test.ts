import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PALETTE } from './palette';

describe('image palette', () => {
	it('is app.css’s light palette (the images are printed on white paper)', () => {
		const root = readFileSync('src/app.css', 'utf8').match(/:root\s*\{[^}]*\}/)![0];
		const css = Object.fromEntries(
			[...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\b/gi)].map((m) => [
				m[1],
				m[2].toLowerCase()
			])
		);
		for (const [name, value] of Object.entries(PALETTE)) {
			const token = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
			expect(css[token], `--${token}`).toBe(value);
		}
	});
});
