// Plane and spherical line geometry: distances, stitching, and points along a line.
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { LonLat } from './sources';
import { round1, type XY } from './projection';

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The lines of a LineString or MultiLineString feature. */
export function linesOf(f: Feature<LineString | MultiLineString>): Position[][] {
	return f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/**
 * Shortest distance in km from a point to a polyline, measured in a local equirectangular plane
 * centred on the point (accurate to well under 1% at the tens of km that matter here).
 */
export function distanceToLineKm(point: LonLat, lines: Position[][]): number {
	const k = Math.cos((point[1] * Math.PI) / 180);
	const toXY = (p: Position): XY => [(p[0] - point[0]) * k, p[1] - point[1]];
	let best = Infinity;
	for (const line of lines) {
		for (let i = 0; i < line.length; i++) {
			const a = toXY(line[i]);
			if (i === 0 || line.length === 1) {
				best = Math.min(best, Math.hypot(a[0], a[1]));
				continue;
			}
			best = Math.min(best, segmentDistance([0, 0], toXY(line[i - 1]), a));
		}
	}
	return (best * Math.PI * EARTH_RADIUS_KM) / 180;
}

/** Distance from p to the segment a–b in the plane. */
export function segmentDistance(p: XY, a: XY, b: XY): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from p to the nearest of some planar polylines. */
export function distanceToPolylines(p: XY, lines: XY[][]): number {
	let best = Infinity;
	for (const line of lines) {
		for (let i = 0; i < line.length; i++) {
			const d = i
				? segmentDistance(p, line[i - 1], line[i])
				: Math.hypot(p[0] - line[0][0], p[1] - line[0][1]);
			best = Math.min(best, d);
		}
	}
	return best;
}

/**
 * Joins lines that share an end point into longer lines, reversing one where needed (topojson
 * mesh only joins arcs that already run the same way). Lines that touch nothing stay as they are.
 */
export function stitchLines(lines: Position[][]): Position[][] {
	const key = (p: Position) => `${p[0]},${p[1]}`;
	const pool = lines.filter((l) => l.length > 1).map((l) => l.slice());
	let joined = true;
	while (joined) {
		joined = false;
		outer: for (let i = 0; i < pool.length; i++) {
			for (let j = i + 1; j < pool.length; j++) {
				const a = pool[i];
				const b = pool[j];
				const [a0, a1, b0, b1] = [key(a[0]), key(a[a.length - 1]), key(b[0]), key(b[b.length - 1])];
				let line: Position[] | null = null;
				if (a1 === b0) line = [...a, ...b.slice(1)];
				else if (b1 === a0) line = [...b, ...a.slice(1)];
				else if (a1 === b1) line = [...a, ...b.slice(0, -1).reverse()];
				else if (a0 === b0) line = [...a.slice().reverse(), ...b.slice(1)];
				if (line) {
					pool.splice(j, 1);
					pool[i] = line;
					joined = true;
					break outer;
				}
			}
		}
	}
	return pool;
}

/** The point a given fraction along the longest visible piece of a projected polyline. */
export function pointAlong(lines: XY[][], fraction: number): { x: number; y: number } {
	const line = [...lines].sort((a, b) => b.length - a.length)[0] ?? [];
	const seg = (i: number) => Math.hypot(line[i + 1][0] - line[i][0], line[i + 1][1] - line[i][1]);
	let total = 0;
	for (let i = 0; i < line.length - 1; i++) total += seg(i);
	let left = total * fraction;
	for (let i = 0; i < line.length - 1; i++) {
		const s = seg(i);
		if (left <= s) {
			const k = s ? left / s : 0;
			return {
				x: round1(line[i][0] + (line[i + 1][0] - line[i][0]) * k),
				y: round1(line[i][1] + (line[i + 1][1] - line[i][1]) * k)
			};
		}
		left -= s;
	}
	const last = line[line.length - 1] ?? [0, 0];
	return { x: round1(last[0]), y: round1(last[1]) };
}
