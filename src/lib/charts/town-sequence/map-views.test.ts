import { describe, expect, it } from 'vitest';
import { stateViews } from './map-views';

const map = { width: 640, height: 480, borderView: [200, 200, 120, 90] };
const towns = [
	{ id: 'west', x: 215, y: 245 },
	{ id: 'east', x: 300, y: 240 },
	{ id: 'far', x: 600, y: 100 }
];

describe('stateViews', () => {
	const views = stateViews(map, towns, ['west', 'east', 'far', 'summary'], ['west', 'east']);
	it('shows the whole map in a state that does not zoom', () => {
		expect(views.summary).toEqual([0, 0, 640, 480]);
		expect(views.far).toEqual([0, 0, 640, 480]);
	});
	it('pans the close view towards each state’s town, which stays in view', () => {
		expect(views.west[0]).toBeLessThan(views.east[0]);
		for (const id of ['west', 'east'] as const) {
			const [x, y, w, h] = views[id];
			const t = towns.find((t) => t.id === id)!;
			expect([w, h]).toEqual([120, 90]);
			expect(t.x > x && t.x < x + w && t.y > y && t.y < y + h, id).toBe(true);
		}
	});
	it('keeps the close view inside the map', () => {
		const edge = stateViews({ ...map, borderView: [0, 0, 120, 90] }, towns, ['west'], ['west']);
		expect(edge.west[0]).toBeGreaterThanOrEqual(0);
		expect(edge.west[1]).toBeGreaterThanOrEqual(0);
	});
	it('names a zoomed state that is not a town', () => {
		expect(() => stateViews(map, towns, ['nowhere'], ['nowhere'])).toThrow(/nowhere/);
	});
});
