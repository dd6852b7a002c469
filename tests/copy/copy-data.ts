// What the copy's relational sentences are checked against: the claims, the reports' texts and date
// bounds, the derived figures, the charts' props, and the map (GeoNames positions, Natural Earth rivers).
import type { Claim } from '$lib/evidence/claims-csv';
import type { ArticleMeta } from '$lib/evidence/articles';
import type { DerivedFigure } from '$lib/evidence/derived';
import type { MapTown } from '$lib/geography';
import { readSite } from '$lib/server/site';
import type { BuiltChart } from '$lib/charts/chart-spec';
import { riverPolylines, type RiverId } from '$lib/server/geo/rivers';
import { distanceToPolylines } from '$lib/server/geo/lines';
import type { XY } from '$lib/server/geo/projection';
import { partLists } from '$lib/story/copy';

export interface CopyData {
	claims: Map<string, Claim>;
	articles: Map<string, ArticleMeta & { text: string }>;
	derived: Map<string, DerivedFigure>;
	charts: Map<string, BuiltChart>;
	towns: Map<string, MapTown>;
	rivers: Record<RiverId, XY[][]>;
}

/** Every run of plain copy text (figures left out), with where an editor finds it. */
export type CopyText = [where: string, text: string];

export function loadCopyData(): { data: CopyData; texts: CopyText[] } {
	const site = readSite();
	const data: CopyData = {
		claims: new Map(site.evidence.claims.map((c) => [c.claim_id, c])),
		articles: new Map(
			site.evidence.articles.map((a) => [
				a.file,
				{ ...a, text: site.evidence.articleTexts[a.file] }
			])
		),
		derived: new Map(site.derived.map((d) => [d.id, d])),
		charts: new Map(site.charts.map((c) => [c.id, c])),
		towns: new Map(site.map.towns.map((t) => [t.id, t])),
		rivers: riverPolylines()
	};
	const texts: CopyText[] = [...partLists(site.story)].map(([where, parts]) => [
		where,
		parts.map((p) => (typeof p === 'string' ? p : '⟨figure⟩')).join('')
	]);
	for (const c of site.charts) {
		texts.push([`chart ${c.id} title`, c.title], [`chart ${c.id} description`, c.description]);
	}
	return { data, texts };
}

/** A copy of the data a reversal can change without touching the original. */
export function cloneData(d: CopyData): CopyData {
	return structuredClone(d);
}

/** How close a town lies to a river on the map, in viewBox units (the map is 640 wide). */
export function distanceToRiver(d: CopyData, town: string, river: RiverId): number {
	const t = d.towns.get(town)!;
	return distanceToPolylines([t.x, t.y], d.rivers[river]);
}

/** The report a claim quotes. */
export const reportOf = (d: CopyData, claim: string) =>
	d.articles.get(d.claims.get(claim)!.article)!;
