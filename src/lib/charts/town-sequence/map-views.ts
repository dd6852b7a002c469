// What part of the map each state shows: the whole map, or, for the border towns, a close view
// panned towards the state's town, so the map moves along the sequence (or, for the closing close-up,
// the border view itself). Decided at build time.

interface Point {
	id: string;
	x: number;
	y: number;
}

/** How far the close view follows the state's town from the border view's centre (0 to 1). */
const FOLLOW = 0.35;

/**
 * Each state's view (x, y, width, height in map units). A zoomed state shows a view the size of
 * `borderView`, moved towards its town and kept inside the map; any other state shows the map.
 */
export function stateViews(
	map: { width: number; height: number; borderView: number[] },
	towns: Point[],
	states: string[],
	zoomed: string[],
	/** Zoomed states of no one town: they show the border view itself. */
	border: string[] = []
): Record<string, number[]> {
	const [bx, by, bw, bh] = map.borderView;
	const [cx, cy] = [bx + bw / 2, by + bh / 2];
	const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), Math.max(0, max));
	return Object.fromEntries(
		states.map((state) => {
			if (!zoomed.includes(state)) return [state, [0, 0, map.width, map.height]];
			if (border.includes(state))
				return [state, map.borderView.map((v) => Math.round(v * 10) / 10)];
			const town = towns.find((t) => t.id === state);
			if (!town) throw new Error(`map views: the zoomed state ${state} is not a town on the map`);
			const x = clamp(bx + (town.x - cx) * FOLLOW, map.width - bw);
			const y = clamp(by + (town.y - cy) * FOLLOW, map.height - bh);
			return [state, [x, y, bw, bh].map((v) => Math.round(v * 10) / 10)];
		})
	);
}
