// Finds the Euphrates and the Tigris among Natural Earth's unnamed rivers, by the towns they pass.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { asiaTopology, memo, townPositions, type LonLat } from './sources';
import { projection, inView, type XY } from './projection';
import { distanceToLineKm, linesOf, stitchLines } from './lines';

export type RiverId = 'euphrates' | 'tigris';

/** The towns each river is known to pass, used to find it among Natural Earth's unnamed rivers. */
export const RIVERS: readonly { id: RiverId; name: string; passes: string[] }[] = [
	{
		id: 'euphrates',
		name: 'Euphrates',
		passes: ['raqqa', 'deir-ez-zor', 'albu-kamal', 'al-qaim', 'rawa']
	},
	{ id: 'tigris', name: 'Tigris', passes: ['mosul', 'baghdad'] }
];

function endpoints(f: Feature<LineString | MultiLineString>): string[] {
	return linesOf(f).flatMap((l) => [l[0], l[l.length - 1]].map((p) => `${p[0]},${p[1]}`));
}

/**
 * Which river features make up each river. For every town a river passes, the feature nearest to
 * it is taken (the core). Then each river grows through features that share an end point with it
 * and that `visible` says are on the map, never into the other river's core or its growth, so a
 * confluence (the Shatt al-Arab) cannot join the two. Returns sorted feature indices per river.
 */
export function selectRiverFeatures(
	lines: Feature<LineString | MultiLineString>[],
	rivers: readonly { id: string; passes: LonLat[] }[],
	visible: (p: Position) => boolean = () => true
): Record<string, number[]> {
	const parts = lines.map(linesOf);
	const core = rivers.map((r) => {
		const picked = new Set<number>();
		for (const town of r.passes) {
			let best = -1;
			let bestKm = Infinity;
			parts.forEach((p, i) => {
				const km = distanceToLineKm(town, p);
				if (km < bestKm) [best, bestKm] = [i, km];
			});
			if (best >= 0) picked.add(best);
		}
		return picked;
	});
	const ends = lines.map((f) => new Set(endpoints(f)));
	const touches = (i: number, set: Set<number>) =>
		[...set].some((j) => j !== i && [...ends[i]].some((e) => ends[j].has(e)));
	const onMap = parts.map((p) => p.some((l) => l.some(visible)));
	const chosen = core.map((c) => new Set(c));
	let grew = true;
	while (grew) {
		grew = false;
		for (let r = 0; r < chosen.length; r++) {
			const others = chosen.filter((_, o) => o !== r);
			for (let i = 0; i < lines.length; i++) {
				if (chosen[r].has(i) || !onMap[i] || !touches(i, chosen[r])) continue;
				if (others.some((o) => o.has(i) || touches(i, o))) continue;
				chosen[r].add(i);
				grew = true;
			}
		}
	}
	return Object.fromEntries(rivers.map((r, i) => [r.id, [...chosen[i]].sort((a, b) => a - b)]));
}

/** Indices into asia_50m `rivers` that make up the Euphrates and the Tigris. */
export const riverFeatureIndices = memo((): Record<RiverId, number[]> => {
	const topo = asiaTopology();
	const lines = feature(topo, topo.objects.rivers).features as Feature<
		LineString | MultiLineString
	>[];
	const positions = townPositions();
	const picked = selectRiverFeatures(
		lines,
		RIVERS.map((r) => ({ id: r.id, passes: r.passes.map((t) => positions[t]) })),
		inView
	);
	return { euphrates: picked.euphrates, tigris: picked.tigris };
});

/** Each river as one MultiLineString, its features' arcs stitched together by topojson mesh. */
export const riverGeometries = memo((): Record<RiverId, MultiLineString> => {
	const topo = asiaTopology();
	const picked = riverFeatureIndices();
	const merged = (idx: number[]): MultiLineString => ({
		type: 'MultiLineString',
		coordinates: stitchLines(
			mesh(topo, {
				type: 'GeometryCollection',
				geometries: idx.map((i) => topo.objects.rivers.geometries[i])
			} as GeometryCollection).coordinates
		)
	});
	return { euphrates: merged(picked.euphrates), tigris: merged(picked.tigris) };
});

/** The rivers as projected, clipped polylines in viewBox units, for distance checks. */
export const riverPolylines = memo((): Record<RiverId, XY[][]> => {
	const proj = projection().projection;
	const out = {} as Record<RiverId, XY[][]>;
	for (const [id, geometry] of Object.entries(riverGeometries()) as [RiverId, MultiLineString][]) {
		const lines: XY[][] = [];
		let current: XY[] = [];
		const sink = {
			point(x: number, y: number) {
				current.push([x, y]);
			},
			lineStart() {
				current = [];
			},
			lineEnd() {
				if (current.length > 1) lines.push(current);
			},
			polygonStart() {},
			polygonEnd() {},
			sphere() {}
		};
		const stream = proj.stream(sink);
		for (const line of geometry.coordinates) {
			stream.lineStart();
			for (const p of line) stream.point(p[0], p[1]);
			stream.lineEnd();
		}
		out[id] = lines;
	}
	return out;
});
