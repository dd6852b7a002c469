import { describe, it, expect } from 'vitest';
import { lightPalette, PALETTE } from './palette';

describe('the image palette', () => {
	it('takes the light half of each light-dark() token', () => {
		const css = [
			'paper',
			'ink',
			'muted',
			'rule',
			'accent',
			'accent-ink',
			'held',
			'held-soft',
			'lost',
			'highlight',
			'sea',
			'land',
			'land-focus',
			'border',
			'river',
			'river-ink'
		]
			.map((name, i) => `--${name}: light-dark(#00000${i.toString(16)}, #ffffff);`)
			.join('\n');
		const palette = lightPalette(`:root {\n${css}\n}`);
		expect(palette.paper).toBe('#000000');
		expect(palette.heldSoft).toBe('#000007');
		expect(palette.riverInk).toBe('#00000f');
	});

	it('names a token the stylesheet does not define as a light-dark() pair', () => {
		expect(() => lightPalette(':root { --paper: #fff; }', 'app.css')).toThrow(
			/app\.css has no --paper, --ink, .*--river-ink as light-dark/
		);
	});

	it('reads every token of the project’s stylesheet', () => {
		expect(Object.values(PALETTE).every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
	});
});
