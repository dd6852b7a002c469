import { describe, expect, it } from 'vitest';
import { CODE_DRAWING, CODE_LABEL, codePaint, type CodeKind } from './visual-code';

const kinds = Object.keys(CODE_DRAWING) as CodeKind[];
const colour = { held: '#111', heldSoft: '#ccc' };
const signature = (k: CodeKind) => {
	const p = codePaint(k, colour);
	return JSON.stringify([p.fill, p['stroke-dasharray'] ?? null, p['stroke-linecap'] ?? null]);
};

describe('one visual code across charts', () => {
	it('draws each code differently from every other', () => {
		expect(new Set(kinds.map(signature)).size).toBe(kinds.length);
	});
	it('draws no code as a report’s own figure is drawn (solid fill, solid outline)', () => {
		for (const k of kinds) {
			const p = codePaint(k, colour);
			expect(p.fill === colour.held && !p['stroke-dasharray'], k).toBe(false);
		}
	});
	it('gives each code its own words for the key', () => {
		expect(new Set(kinds.map((k) => CODE_LABEL[k])).size).toBe(kinds.length);
	});
});
