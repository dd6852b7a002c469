// What each relation check of story.aml's `[.relations]` means, tested on the data: whether a report
// prints some words, dates in order, towns east of or on a river, values larger or nearer, items in a
// chart's order. Pure: every check reads only the RelationData it is given.
import type { MultiLineString } from 'geojson';
import type { ArticleMeta } from '$lib/evidence/articles';
import type { Claim } from '$lib/evidence/claim-schema';
import type { DerivedFigure } from '$lib/evidence/derived';
import type { MapTown } from '$lib/geography';
import { distanceToLineKm } from '$lib/server/geo/lines';

/** What the relations are checked against. */
export interface RelationData {
	claims: Claim[];
	articles: ArticleMeta[];
	articleTexts: Record<string, string>;
	derived: DerivedFigure[];
	towns: MapTown[];
	/** Each river as Natural Earth draws it, in longitude and latitude. */
	rivers: Record<string, MultiLineString>;
	/** Each chart's own copy, and the props its component draws (lists of items with an `id`). */
	charts: { id: string; title: string; description: string; props: Record<string, unknown> }[];
}

/** A check that names what the data does not have, or is written wrong. */
export class RelationError extends Error {
	constructor(
		public code: 'relation-unknown-id' | 'relation-malformed',
		message: string
	) {
		super(message);
	}
}

/** A town is on a river when Natural Earth's line of the river passes within this many km of it. */
export const ON_RIVER_KM = 10;

/** Countries as a check names them, and as the map codes them. */
const COUNTRIES: Record<string, MapTown['country']> = { iraq: 'IQ', syria: 'SY' };

/** Ids for a message, comma-separated. */
const names = (ids: Iterable<string>) => [...ids].join(', ');

/** The last day an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) can stand for. */
export function lastDay(iso: string): string {
	if (iso.length === 4) return `${iso}-12-31`;
	if (iso.length === 7) {
		const days = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0));
		return `${iso}-${days.getUTCDate()}`;
	}
	return iso;
}

/** Everything a check can name, looked up by id; an unknown id throws, naming what there is. */
export function relationLookups(d: RelationData) {
	const claims = new Map(d.claims.map((c) => [c.claim_id, c]));
	const derived = new Map(d.derived.map((f) => [f.id, f]));
	const towns = new Map(d.towns.map((t) => [t.id, t]));
	const unknown = (message: string) => new RelationError('relation-unknown-id', message);
	const claim = (id: string): Claim => {
		const c = claims.get(id);
		if (!c) throw unknown(`claim "${id}" is not in claims.csv`);
		return c;
	};
	const town = (id: string): MapTown => {
		const t = towns.get(id);
		if (!t) throw unknown(`town "${id}" is not on the map; the towns are: ${names(towns.keys())}`);
		return t;
	};
	const figure = (ref: string) => {
		const m = /^(=?)([a-z0-9-]+)(?:\.(low|high))?$/.exec(ref);
		if (!m) {
			throw new RelationError(
				'relation-malformed',
				`"${ref}" is not a value: write a claim id or =derived-id, with .low or .high for a range's end`
			);
		}
		const f = m[1] ? derived.get(m[2]) : claim(m[2]);
		if (!f)
			throw unknown(
				`derived figure "${m[2]}" is not computed; there are: ${names(derived.keys())}`
			);
		return { f, field: (m[3] ?? 'value') as 'value' | 'low' | 'high' };
	};
	return {
		claim,
		town,
		report(claimId: string) {
			const file = claim(claimId).article;
			const meta = d.articles.find((a) => a.file === file);
			if (!meta)
				throw unknown(`the report of claim "${claimId}", ${file}, is not in articles.json`);
			return { meta, text: d.articleTexts[file] ?? '' };
		},
		river(id: string): MultiLineString {
			const r = Object.hasOwn(d.rivers, id) ? d.rivers[id] : undefined;
			if (!r)
				throw unknown(
					`river "${id}" is not on the map; the rivers are: ${names(Object.keys(d.rivers))}`
				);
			return r;
		},
		country(name: string): MapTown['country'] {
			const c = COUNTRIES[name];
			if (!c)
				throw unknown(
					`country "${name}" is not one the map knows; write ${Object.keys(COUNTRIES).join(' or ')}`
				);
			return c;
		},
		value(ref: string): number {
			const { f, field } = figure(ref);
			const v = f[field];
			if (v === null) {
				throw new RelationError(
					'relation-malformed',
					`"${ref}" has no ${field}${field === 'value' ? `: it is a range, so write ${ref}.low or ${ref}.high` : ''}`
				);
			}
			return v;
		},
		width(ref: string): number {
			const { f } = figure(ref.replace(/\.(low|high)$/, ''));
			if (f.low === null || f.high === null) {
				throw new RelationError('relation-malformed', `"${ref}" is not a range (low and high)`);
			}
			return f.high - f.low;
		},
		/** The ids of a chart's list of items, named `chart.list` (`town-sequence.towns`). */
		list(ref: string): string[] {
			const [chartId, prop] = ref.split('.');
			const chart = d.charts.find((c) => c.id === chartId);
			if (!chart)
				throw unknown(
					`chart "${chartId}" is not a chart; the charts are: ${names(d.charts.map((c) => c.id))}`
				);
			const lists = Object.keys(chart.props).filter((k) => Array.isArray(chart.props[k]));
			const items = chart.props[prop];
			if (!prop || !Array.isArray(items)) {
				throw unknown(
					`"${ref}" is not a list of chart ${chartId}; its lists are: ${names(lists.map((k) => `${chartId}.${k}`))}`
				);
			}
			return items.map((i) => String((i as { id?: unknown }).id));
		}
	};
}

export type Lookups = ReturnType<typeof relationLookups>;

/** An item's place in a chart's list; an item that is not in it is an unknown id. */
function indexIn(l: Lookups, list: string, id: string): number {
	const ids = l.list(list);
	const at = ids.indexOf(id);
	if (at < 0)
		throw new RelationError(
			'relation-unknown-id',
			`"${id}" is not in ${list}; its items are: ${names(ids)}`
		);
	return at;
}

const deg = (t: MapTown) => `${t.id} at ${t.lon.toFixed(2)}°E`;
const ends = (l: Lookups, a: string, b: string) => `${a} is ${l.value(a)}, ${b} ${l.value(b)}`;

/** One kind of check: how it is written, what it means, and its test (null: it holds; else why not). */
export interface RelationKind {
	usage: string;
	means: string;
	test: (l: Lookups, args: string[]) => string | null;
}

export const RELATION_KINDS: Record<string, RelationKind> = {
	'report-says': {
		usage: 'report-says <claim> "<words>"',
		means: 'the report claim quotes prints these words',
		test: (l, [c, words]) => {
			const r = l.report(c);
			return r.text.includes(words)
				? null
				: `${r.meta.label} (${r.meta.file}) does not print “${words}”`;
		}
	},
	qualifier: {
		usage: 'qualifier <claim> "<words>"',
		means: 'the claim is hedged with these words (its qualifier)',
		test: (l, [c, words]) => {
			const q = l.claim(c).qualifier;
			return q === words ? null : `its qualifier is ${q ? `“${q}”` : 'empty'}`;
		}
	},
	'later-than': {
		usage: 'later-than <claim> <claim>',
		means: "the first claim's report was written after the second claim's event (or report) date",
		test: (l, [a, b]) => {
			const { meta } = l.report(a);
			const earliest = meta.date_bounds?.earliest;
			const other = l.claim(b);
			const end = other.event_date
				? lastDay(other.event_date)
				: l.report(b).meta.date_bounds?.latest;
			if (!earliest) return `${meta.label} has no earliest date in articles.json`;
			if (!end) return `${b} has no event_date and its report no latest date`;
			return earliest > end
				? null
				: `${meta.label} can date from ${earliest}, and ${b} from as late as ${end}`;
		}
	},
	'same-day': {
		usage: 'same-day <claim> <claim>',
		means: 'both claims are dated to the same day',
		test: (l, [a, b]) => {
			const [da, db] = [l.claim(a).event_date, l.claim(b).event_date];
			return da.length === 10 && da === db
				? null
				: `${a} is dated ${da || 'nothing'}, ${b} ${db || 'nothing'}`;
		}
	},
	more: {
		usage: 'more <value> <value>',
		means: 'the first value is larger',
		test: (l, [a, b]) => (l.value(a) > l.value(b) ? null : ends(l, a, b))
	},
	'far-more': {
		usage: 'far-more <value> <value>',
		means: 'the first value is more than twice the second',
		test: (l, [a, b]) => (l.value(a) > 2 * l.value(b) ? null : ends(l, a, b))
	},
	nearer: {
		usage: 'nearer <value> <value> <value>',
		means: 'the first value is nearer the second than the third',
		test: (l, [x, a, b]) => {
			const [vx, va, vb] = [x, a, b].map(l.value);
			return Math.abs(vx - va) < Math.abs(vx - vb) ? null : `${x} is ${vx}, ${a} ${va}, ${b} ${vb}`;
		}
	},
	wider: {
		usage: 'wider <range> <range>',
		means: 'the first range spans more than the second (high minus low)',
		test: (l, [a, b]) => {
			const [wa, wb] = [l.width(a), l.width(b)];
			return wa > wb ? null : `${a} spans ${wa}, ${b} ${wb}`;
		}
	},
	'east-of': {
		usage: 'east-of <town> <town>',
		means: 'the first town lies east of the second, by longitude',
		test: (l, [a, b]) =>
			l.town(a).lon > l.town(b).lon ? null : `${deg(l.town(a))}, ${deg(l.town(b))}`
	},
	'west-of': {
		usage: 'west-of <town> <town>',
		means: 'the first town lies west of the second, by longitude',
		test: (l, [a, b]) =>
			l.town(a).lon < l.town(b).lon ? null : `${deg(l.town(a))}, ${deg(l.town(b))}`
	},
	between: {
		usage: 'between <town> <town> <town>',
		means: 'the first town lies between the other two, by longitude',
		test: (l, [t, a, b]) => {
			const [x, ea, eb] = [t, a, b].map((id) => l.town(id).lon);
			const inside = Math.min(ea, eb) < x && x < Math.max(ea, eb);
			return inside ? null : [t, a, b].map((id) => deg(l.town(id))).join(', ');
		}
	},
	'on-river': {
		usage: 'on-river <town> <river>',
		means: `the river passes within ${ON_RIVER_KM} km of the town`,
		test: (l, [t, r]) => {
			const town = l.town(t);
			const km = distanceToLineKm([town.lon, town.lat], l.river(r).coordinates);
			return km <= ON_RIVER_KM ? null : `${t} lies ${Math.round(km)} km from the ${r}`;
		}
	},
	'in-country': {
		usage: 'in-country <town> <country>',
		means: 'the town is in that country, iraq or syria',
		test: (l, [t, c]) =>
			l.town(t).country === l.country(c) ? null : `${t} is in ${l.town(t).country}`
	},
	'across-border': {
		usage: 'across-border <town> <town>',
		means: 'the two towns are in different countries',
		test: (l, [a, b]) =>
			l.town(a).country !== l.town(b).country ? null : `both are in ${l.town(a).country}`
	},
	'first-in': {
		usage: 'first-in <chart.list> <item>',
		means: "the item comes first in the chart's list, as town-sequence.towns",
		test: (l, [list, id]) =>
			indexIn(l, list, id) === 0 ? null : `${list} begins with ${l.list(list)[0]}`
	},
	'next-in': {
		usage: 'next-in <chart.list> <item> <item>',
		means: "the second item comes right after the first in the chart's list",
		test: (l, [list, a, b]) =>
			indexIn(l, list, b) === indexIn(l, list, a) + 1
				? null
				: `${list} is ${l.list(list).join(', ')}`
	},
	none: {
		usage: 'none',
		means: 'the words state no relation; why: says why (an exemption)',
		test: () => null
	}
};
