// Where the map's names go, decided at build time so they never run off the map or into each other.
// Labels are HTML over the map, sized clamp(0.75rem, 3.2cqw, 0.9rem) of the map's width; markers are
// a fixed 0.6rem. Relative to the map, text and markers are largest when the map is narrowest, so a
// placement made for a map `mapPx` wide holds on every wider map. The chart carries one placement
// for the narrowest map and one for maps from LARGE_MAP_PX up, and picks by its width.

/** The narrowest map a placement is made for, in CSS pixels. */
export const MIN_MAP_PX = 240;
/** From this width up, the labels are 3.2% of the map's width or less (0.9rem caps them). */
export const LARGE_MAP_PX = 375;
/** The smallest label, in CSS pixels: no name on the map is smaller. */
export const MIN_LABEL_PX = 12;
/** A town's marker with its border, in CSS pixels: 0.6rem, and the active town's 0.95rem. */
const MARKER_PX = 0.6 * 16;
const ACTIVE_MARKER_PX = 0.95 * 16;

/** The locator drawn in a close view's upper right corner (TownSequenceMap's CSS): its width is
 *  clamp(LOCATOR.min, LOCATOR.share of the map, LOCATOR.max), inset by LOCATOR.inset, all CSS px. */
export const LOCATOR = { min: 88, share: 0.24, max: 128, inset: 6.4 + 2 };

/** The labels' font size on a map this wide (TownSequenceMap's CSS), in CSS pixels. */
export const fontPx = (mapPx: number) => Math.min(0.9 * 16, Math.max(MIN_LABEL_PX, 0.032 * mapPx));

/** Where a town's name sits relative to its marker, and how far from it (in em). */
export interface Side {
	side: 'right' | 'left' | 'above' | 'below';
	gap: number;
}
/** From this gap (in em) on, a name is joined to its marker by a leader line. */
export const LEADER_GAP = 1.2;
/** Near first, on each side in turn; then farther, on a leader line, to clear a tight cluster. */
const SIDES: Side[] = [0.6, 1.5, 2.6, 3.8, 5].flatMap((gap) =>
	(['right', 'left', 'above', 'below'] as const).map((side) => ({ side, gap }))
);

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

interface Point {
	x: number;
	y: number;
}

/** The inputs, in viewBox units: the view, markers with names, fixed names (rivers), countries. */
export interface LabelLayoutInput {
	/** x, y, width, height of the view. */
	view: number[];
	/** The width of the map it is drawn on, in CSS pixels. */
	mapPx: number;
	/**
	 * Other map widths the placement must hold at too (names shrink towards their markers as the
	 * map widens past the size where they stop growing, and could land on a neighbour's marker).
	 */
	alsoAt?: number[];
	/** A close view: its upper right corner holds the locator, which names keep clear of. */
	locator?: { ratio: number };
	/** The town the state highlights: its marker is larger. */
	active?: string;
	/** Towns with a marker and a name, most important first; an empty name is a marker only. */
	towns: (Point & { id: string; text: string })[];
	/** Names drawn rotated along a line (rivers), at the first free place; dropped if none is free. */
	rivers: { id: string; text: string; places: (Point & { angle: number })[] }[];
	/** Countries: a name placed at one of the sampled interior points. */
	countries: { id: string; text: string; interior: Point[]; step: number }[];
}

export interface LabelLayout {
	towns: Record<string, Side | null>;
	rivers: Record<string, (Point & { angle: number }) | null>;
	countries: Record<string, Point | null>;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, v: Box) => a.x0 >= v.x0 && a.y0 >= v.y0 && a.x1 <= v.x1 && a.y1 <= v.y1;

/** Approximate text widths in em: a bold sans name (the active one is 1.1em), and a spaced
 * upper-case country name. */
const nameWidth = (text: string) => text.length * 0.64 * 1.1;
const countryWidth = (text: string) => text.length * 0.84;

/** The box of a town's name on one side of its marker (TownSequenceMap's CSS does the same). */
export function townLabelBox(p: Point, text: string, { side, gap: g }: Side, em: number): Box {
	const w = nameWidth(text) * em;
	const h = 1.3 * 1.1 * em;
	const gap = g * em;
	switch (side) {
		case 'right':
			return { x0: p.x + gap, y0: p.y - h / 2, x1: p.x + gap + w, y1: p.y + h / 2 };
		case 'left':
			return { x0: p.x - gap - w, y0: p.y - h / 2, x1: p.x - gap, y1: p.y + h / 2 };
		case 'above':
			return { x0: p.x - w / 2, y0: p.y - gap - h, x1: p.x + w / 2, y1: p.y - gap };
		case 'below':
			return { x0: p.x - w / 2, y0: p.y + gap, x1: p.x + w / 2, y1: p.y + gap + h };
	}
}

/** The locator's box in a view drawn `mapPx` wide (map width over height `ratio`), in map units. */
function locatorBox([vx, vy, vw]: number[], mapPx: number, ratio: number): Box {
	const unit = vw / mapPx;
	const w = Math.min(LOCATOR.max, Math.max(LOCATOR.min, LOCATOR.share * mapPx)) + LOCATOR.inset;
	const h = w / ratio + LOCATOR.inset;
	return { x0: vx + vw - w * unit, y0: vy, x1: vx + vw, y1: vy + h * unit };
}

/** Where a side puts a name, as a direction from its marker. */
const DIRECTION = { right: [1, 0], left: [-1, 0], above: [0, -1], below: [0, 1] } as const;
/** Within this many em of another marker, a town is in a cluster. */
const CLUSTER_EM = 2.5;

/**
 * The sides to try, in order. In a cluster, at each gap the side facing away from the nearest
 * other marker comes first, so two close towns' names go to opposite sides (al-Qaim's east,
 * Albu Kamal's west) and each name stays beside its own marker; alone, right, left, above, below.
 */
function sidesAwayFrom(t: Point & { id: string }, others: (Point & { id: string })[], em: number) {
	const near = others
		.filter((o) => o.id !== t.id)
		.map((o) => ({ dx: t.x - o.x, dy: t.y - o.y }))
		.map((d) => ({ ...d, r: Math.hypot(d.dx, d.dy) }))
		.sort((a, b) => a.r - b.r)[0];
	if (!near || near.r === 0 || near.r > CLUSTER_EM * em) return SIDES;
	const away = (s: Side) =>
		(DIRECTION[s.side][0] * near.dx + DIRECTION[s.side][1] * near.dy) / near.r;
	return [...SIDES].sort((a, b) => a.gap - b.gap || away(b) - away(a));
}

function centredBox(p: Point, w: number, h: number): Box {
	return { x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 };
}

/** Places every name in one view; a name with no free place is left out (null or false). */
export function placeLabels(input: LabelLayoutInput): LabelLayout {
	const [vx, vy, vw, vh] = input.view;
	const inView = (p: Point) => p.x >= vx && p.x <= vx + vw && p.y >= vy && p.y <= vy + vh;
	/** The geometry at each width checked: the first is the one the boxes kept are measured at. */
	const at = [input.mapPx, ...(input.alsoAt ?? [])].map((px) => {
		const unit = vw / px;
		const em = fontPx(px) * unit;
		const margin = 0.25 * em;
		return {
			em,
			view: { x0: vx + margin, y0: vy + margin, x1: vx + vw - margin, y1: vy + vh - margin },
			markers: input.towns.filter(inView).map((t) => {
				const size = (t.id === input.active ? ACTIVE_MARKER_PX : MARKER_PX) * unit;
				return { id: t.id, box: centredBox(t, size, size) };
			}),
			taken: input.locator ? [locatorBox(input.view, px, input.locator.ratio)] : ([] as Box[])
		};
	});
	const em = at[0].em;
	/** Whether boxes, as measured at each width, are in view and clear there. */
	const freeAll = (boxes: (g: (typeof at)[number]) => Box[], own?: string) =>
		at.every((g) =>
			boxes(g).every(
				(b) =>
					inside(b, g.view) &&
					!g.taken.some((t) => overlaps(t, b)) &&
					!g.markers.some((m) => m.id !== own && overlaps(m.box, b))
			)
		);
	const take = (boxes: (g: (typeof at)[number]) => Box[]) => {
		for (const g of at) g.taken.push(...boxes(g));
	};
	/** Inside the view, clear of every name placed so far and of every marker but its own. */
	const free = (b: Box, own?: string) => freeAll(() => [b], own);

	const towns: LabelLayout['towns'] = {};
	for (const t of input.towns) {
		if (!inView(t) || !t.text) {
			towns[t.id] = null;
			continue;
		}
		const box = (s: Side) => (g: (typeof at)[number]) => [townLabelBox(t, t.text, s, g.em)];
		const side =
			sidesAwayFrom(t, input.towns.filter(inView), em).find((s) => freeAll(box(s), t.id)) ?? null;
		towns[t.id] = side;
		if (side) take(box(side));
	}

	const rivers: LabelLayout['rivers'] = {};
	for (const r of input.rivers) {
		// A rotated name as a row of boxes, one a letter, along its slant.
		const step = 0.55 * em;
		const h = 1.2 * em;
		const boxes = (p: Point & { angle: number }) =>
			[...r.text].map((_, i) => {
				const d = (i - (r.text.length - 1) / 2) * step;
				const a = (p.angle * Math.PI) / 180;
				return centredBox({ x: p.x + d * Math.cos(a), y: p.y + d * Math.sin(a) }, step, h);
			});
		// On the line, or beside it on either side.
		const beside = r.places.flatMap((p) =>
			[0, -1, 1].map((k) => {
				const a = (p.angle * Math.PI) / 180;
				return { x: p.x - k * em * Math.sin(a), y: p.y + k * em * Math.cos(a), angle: p.angle };
			})
		);
		const place = beside.find((p) => inView(p) && boxes(p).every((b) => free(b))) ?? null;
		rivers[r.id] = place;
		if (place) take(() => boxes(place));
	}

	const countries: LabelLayout['countries'] = {};
	for (const c of input.countries) {
		const w = countryWidth(c.text) * em;
		const h = 1.2 * em;
		const grid = new Set(c.interior.map((p) => `${p.x},${p.y}`));
		const snap = (v: number) => Math.floor(v / c.step) * c.step + c.step / 2;
		const within = (x: number, y: number) => grid.has(`${snap(x)},${snap(y)}`);
		const visible = c.interior.filter(inView);
		if (!visible.length) {
			countries[c.id] = null;
			continue;
		}
		const mid = {
			x: visible.reduce((s, p) => s + p.x, 0) / visible.length,
			y: visible.reduce((s, p) => s + p.y, 0) / visible.length
		};
		const fits = visible.filter((p) => {
			const b = centredBox(p, w, h);
			return (
				free(b) && [b.x0, (b.x0 + b.x1) / 2, b.x1].every((x) => within(x, b.y0) && within(x, b.y1))
			);
		});
		const best = fits.sort(
			(a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y)
		)[0];
		countries[c.id] = best ? { x: best.x, y: best.y } : null;
		if (best) take(() => [centredBox(best, w, h)]);
	}
	return { towns, rivers, countries };
}
