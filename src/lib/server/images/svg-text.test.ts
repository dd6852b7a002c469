import { describe, it, expect } from 'vitest';
import { esc, lineWidth, textBlock, textWidth, wrapRuns, type Run } from './svg-text';
import { checkFonts } from './edition';

const sans = (text: string, size = 15): Run => ({ text, face: 'sans', size });

describe('image text', () => {
	it('measures with the Liberation (Arial-compatible) metrics', () => {
		// Arial: "H" is 722/1000 em, "i" 222; rounded up to whole thousandths.
		expect(textWidth('H', 'sans', 1000)).toBe(723);
		expect(textWidth('i', 'sans', 1000)).toBe(223);
		expect(textWidth('rt', 'sansBold', 10)).toBeGreaterThan(textWidth('rt', 'sans', 10));
		// A character outside the table counts as an "m": never narrower than it may be.
		expect(textWidth('中', 'sans', 10)).toBe(textWidth('m', 'sans', 10));
	});

	it('wraps at spaces within the width, keeping runs and their figures', () => {
		const figure = { text: 'more than 96%', claims: ['a-001'] };
		const runs: Run[] = [
			sans('The coalition says '),
			{ ...sans(figure.text), face: 'sansBold', figure },
			sans(' of the territory it once held is gone.')
		];
		const lines = wrapRuns(runs, 200);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(200);
		expect(
			lines
				.flat()
				.map((r) => r.text)
				.join(' ')
				.replace(/\s+/g, ' ')
		).toBe('The coalition says more than 96% of the territory it once held is gone.');
		expect(
			lines
				.flat()
				.filter((r) => r.figure)
				.map((r) => r.text)
				.join(' ')
		).toBe('more than 96%');
	});

	it('never breaks where there is no space: a date keeps its closing bracket', () => {
		const date = { text: 'November 2017', claims: ['b'] };
		const runs: Run[] = [
			sans('Friday ('),
			{ ...sans(date.text), face: 'sansBold', figure: date },
			sans(')')
		];
		const width = lineWidth(wrapRuns(runs, 1000)[0]) - 2;
		const lines = wrapRuns(runs, width);
		expect(
			lines
				.at(-1)!
				.map((r) => r.text)
				.join('')
		).toMatch(/2017\)$/);
	});

	it('writes cited text with its claims, escaped', () => {
		const f = {
			text: '<5 & "few"',
			claims: ['c-1', 'c-2'],
			derived: { id: 'd', how: 'sum of a & b' }
		};
		const { svg } = textBlock(
			[{ ...sans(f.text), face: 'sansBold', figure: f, italic: true }],
			0,
			0,
			500,
			20
		);
		expect(svg).toContain('data-claim="c-1 c-2"');
		expect(svg).toContain('data-derived="sum of a &amp; b"');
		expect(svg).toContain('&lt;5 &amp; &quot;few&quot;');
		expect(esc('a<b')).toBe('a&lt;b');
	});

	it('the PNG is drawn with the font the text was measured in, or the build says what to install', () => {
		expect(() => checkFonts()).not.toThrow();
		// Liberation Mono comes with Liberation Sans (fonts-liberation), and sets far wider.
		expect(() => checkFonts("'Liberation Mono'")).toThrow(/apt-get install fonts-liberation/);
	});
});
