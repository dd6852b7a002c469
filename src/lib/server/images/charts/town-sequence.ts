// The town-sequence chart as an image: TownSequenceMap.svelte's locator map (the projected paths
// it is given), its markers and labels placed as its stylesheet places them, then TownList.svelte's
// two-column list and the map's attribution.
import type { TownPlace, TownSequenceProps } from '$lib/charts/town-sequence/spec';
import type { Side } from '$lib/charts/town-sequence/label-placement';
import { buildMap } from '../../geo/map';
import type { BodyRenderer } from '../edition';
import { PALETTE } from '../palette';
import { esc, figureRun, round, textBlock, textLine, textWidth, type Run } from '../svg-text';

/** The labels' size at the page's widest (0.85rem). */
const SIZE = 13.5;

/** Where a town's label sits around its dot: the side label-placement.ts chose, as the CSS draws it. */
function labelPlace(side: Side, x: number, y: number, size: number) {
	const gap = side.gap * size;
	switch (side.side) {
		case 'right':
			return { x: x + gap, y: y + 0.38 * size, anchor: 'start' as const };
		case 'left':
			return { x: x - gap, y: y + 0.38 * size, anchor: 'end' as const };
		case 'above':
			return { x, y: y - gap - 0.25 * size, anchor: 'middle' as const };
		case 'below':
			return { x, y: y + gap + 0.85 * size, anchor: 'middle' as const };
	}
}

const OPEN_STATUS = new Set(['contested', 'differ', 'entered', 'still-held']);

function townMarker(status: string, x: number, y: number): string {
	if (status === 'ahead')
		return `<circle cx="${round(x)}" cy="${round(y)}" r="3.8" fill="${PALETTE.paper}" stroke="${PALETTE.muted}" stroke-width="2"/>`;
	if (OPEN_STATUS.has(status))
		return `<circle cx="${round(x)}" cy="${round(y)}" r="3.3" fill="${PALETTE.paper}" stroke="${PALETTE.accent}" stroke-width="3"/>`;
	return `<circle cx="${round(x)}" cy="${round(y)}" r="3.8" fill="${PALETTE.ink}" stroke="${PALETTE.paper}" stroke-width="2"/>`;
}

const halo = ` stroke="${PALETTE.land}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;

function mapLayer(props: TownSequenceProps, state: string, width: number, id: string) {
	const { map, towns } = props;
	// The geography the page draws from /map/…svg, and the names placed for a map this wide.
	const geo = buildMap();
	const set =
		props.labels.find((l) => width >= l.minWidth) ?? props.labels[props.labels.length - 1];
	const placed = set.states[state] ?? set.states[props.final];
	const vb = props.zoomed.includes(state) ? map.borderView : [0, 0, map.width, map.height];
	const height = (width * map.height) / map.width;
	const k = width / vb[2];
	const at = (p: { x: number; y: number }) => ({
		x: (p.x - vb[0]) * k,
		y: (p.y - vb[1]) * (height / vb[3])
	});
	const inView = (p: { x: number; y: number }) =>
		p.x >= vb[0] && p.x <= vb[0] + vb[2] && p.y >= vb[1] && p.y <= vb[1] + vb[3];
	const active = towns.findIndex((t) => t.id === state);
	const reached = (i: number) => active < 0 || i <= active;
	const paths = [
		...geo.countries.map(
			(c) =>
				`<path d="${c.d}" fill="${c.id === 'iraq' || c.id === 'syria' ? PALETTE.landFocus : PALETTE.land}"/>`
		),
		...(geo.borders ?? []).map(
			(b) =>
				`<path d="${b.d}" fill="none" stroke="${PALETTE.border}" stroke-width="${round((b.id === 'iraq-syria' ? 1.6 : 0.8) / k)}"${b.id === 'iraq-syria' ? ` stroke-dasharray="${round(4 / k)} ${round(2 / k)}"` : ''}/>`
		),
		...geo.rivers.map(
			(r) =>
				`<path d="${r.d}" fill="none" stroke="${PALETTE.river}" stroke-width="${round(1.6 / k)}"/>`
		)
	];
	const labels: string[] = [];
	for (const c of map.countries) {
		const place = placed.countries[c.id];
		if (!place) continue;
		const p = at(place);
		labels.push(
			`<text x="${round(p.x)}" y="${round(p.y + 0.35 * 11.5)}" font-size="11.5" letter-spacing="1.4" text-anchor="middle" fill="${PALETTE.muted}">${esc(c.name.toUpperCase())}</text>`
		);
	}
	for (const r of map.rivers) {
		const place = placed.rivers[r.id];
		if (!place) continue;
		const p = at(place);
		labels.push(
			`<text x="${round(p.x)}" y="${round(p.y + 0.35 * 12.2)}" font-size="12.2" font-style="italic" text-anchor="middle" fill="${PALETTE.riverInk}" transform="rotate(${place.angle} ${round(p.x)} ${round(p.y)})">${esc(r.name)}</text>`
		);
	}
	for (const t of map.context) {
		if (!inView(t)) continue;
		const p = at(t);
		labels.push(
			`<rect x="${round(p.x - 3.2)}" y="${round(p.y - 3.2)}" width="6.4" height="6.4" fill="${PALETTE.muted}"/>`
		);
		const side = placed.towns[t.id];
		if (!side) continue;
		const l = labelPlace(side, p.x, p.y, SIZE);
		labels.push(
			textLine([{ text: t.name, face: 'sans', size: SIZE, fill: PALETTE.muted }], l.x, l.y, {
				anchor: l.anchor,
				extra: halo
			})
		);
	}
	towns.forEach((t, i) => {
		if (!inView(t)) return;
		const p = at(t);
		labels.push(townMarker(reached(i) ? t.status : 'ahead', p.x, p.y));
		const side = placed.towns[t.id];
		if (!side) return;
		const l = labelPlace(side, p.x, p.y, t.id === state ? SIZE * 1.1 : SIZE);
		const run: Run = reached(i)
			? {
					text: t.label,
					face: 'sansBold',
					size: t.id === state ? SIZE * 1.1 : SIZE,
					fill: t.id === state ? PALETTE.accentInk : PALETTE.ink
				}
			: { text: t.label, face: 'sans', size: SIZE, fill: PALETTE.muted };
		labels.push(
			textLine([run], l.x, l.y, { anchor: l.anchor, extra: ` data-town="${t.id}"${halo}` })
		);
	});
	const svg = `<g clip-path="url(#${id}-map)"><rect width="${round(width)}" height="${round(height)}" fill="${PALETTE.sea}"/>
<g transform="scale(${Math.round(k * 1e4) / 1e4}) translate(${-vb[0]} ${-vb[1]})">${paths.join('')}</g>
${labels.join('\n')}</g>`;
	const defs = `<clipPath id="${id}-map"><rect width="${round(width)}" height="${round(height)}" rx="4"/></clipPath>`;
	return { svg, height, defs };
}

/** One town of the list: marker, name, status, then each event with its date. */
function townItem(
	t: TownPlace,
	x: number,
	y: number,
	width: number,
	state: string,
	ahead: boolean
) {
	const parts: string[] = [];
	const lh = 21;
	const ink = ahead ? PALETTE.muted : PALETTE.ink;
	const nameX = x + 0.9 * SIZE + 5.6;
	const nameW = textWidth(t.name, 'sansBold', SIZE);
	const status = textBlock(
		[{ text: t.statusLabel, face: 'sans', size: SIZE, fill: PALETTE.muted }],
		nameX + nameW + 5.6,
		y,
		Math.max(40, x + width - (nameX + nameW + 5.6)),
		lh
	);
	parts.push(
		textLine(
			[{ text: t.name, face: 'sansBold', size: SIZE, fill: ink }],
			nameX,
			y + (lh - SIZE) / 2 + SIZE * 0.9
		),
		status.svg
	);
	const my = y + (lh - SIZE) / 2 + SIZE * 0.9 - 0.35 * SIZE;
	const open = OPEN_STATUS.has(t.status);
	parts.push(
		ahead
			? `<circle cx="${round(x + 4.7)}" cy="${round(my)}" r="4.2" fill="${PALETTE.paper}" stroke="${PALETTE.muted}"/>`
			: `<circle cx="${round(x + 4.7)}" cy="${round(my)}" r="${open ? 3.7 : 4.7}" fill="${open ? PALETTE.paper : PALETTE.ink}"${open ? ` stroke="${PALETTE.accent}" stroke-width="2"` : ''}/>`
	);
	let bottom = y + status.height;
	for (const e of t.events) {
		const runs: Run[] = [];
		const muted = { face: 'sans', size: SIZE, fill: PALETTE.muted } as const;
		if (e.earlier) runs.push({ ...muted, text: `earlier, ${e.status}: ` });
		else if (t.events.length > 1) runs.push({ ...muted, text: `${e.status}: ` });
		runs.push(figureRun(e.figure, SIZE, { fill: PALETTE.muted }));
		if (e.date)
			runs.push({ ...muted, text: ' (' }, figureRun(e.date, SIZE, { fill: PALETTE.muted }), {
				...muted,
				text: ')'
			});
		else if (!e.figure.derived) runs.push({ ...muted, text: ' (no date we can read)' });
		const block = textBlock(runs, nameX, bottom, x + width - nameX, lh);
		parts.push(block.svg);
		bottom += block.height;
	}
	const height = bottom - y + 4.8;
	if (t.id === state)
		parts.unshift(
			`<rect x="${round(x - 4.8)}" y="${round(y - 2.4)}" width="${round(width + 9.6)}" height="${round(height)}" rx="3" fill="${PALETTE.highlight}"/>`
		);
	return { svg: parts.join('\n'), height };
}

export const townSequenceBody: BodyRenderer<TownSequenceProps> = (props, state, width, id) => {
	const map = mapLayer(props, state, width, id);
	const parts = [map.svg];
	let y = map.height + 10;
	const columns = width >= 480 ? 2 : 1;
	const gap = 16;
	const colWidth = (width - gap * (columns - 1)) / columns - 9.6;
	const active = props.towns.findIndex((t) => t.id === state);
	for (let row = 0; row * columns < props.towns.length; row++) {
		let rowHeight = 0;
		for (let c = 0; c < columns; c++) {
			const i = row * columns + c;
			const t = props.towns[i];
			if (!t) continue;
			const x = c * (colWidth + 9.6 + gap) + 4.8;
			const item = townItem(t, x, y + 2.4, colWidth, state, active >= 0 && i > active);
			parts.push(`<g data-town="${t.id}">${item.svg}</g>`);
			rowHeight = Math.max(rowHeight, item.height + 2.4);
		}
		y += rowHeight;
	}
	const attribution = textBlock(
		[{ text: props.map.attribution.join(' · '), face: 'sans', size: 11.5, fill: PALETTE.muted }],
		0,
		y + 6,
		width,
		16
	);
	parts.push(attribution.svg);
	return { svg: parts.join('\n'), height: y + 6 + attribution.height, defs: map.defs };
};
