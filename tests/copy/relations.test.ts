// Sentences are facts too. Every phrase of our own copy that orders, compares or locates (later,
// higher, nearer, east, on the Euphrates, the first grid…) is checked here against the data, and each
// check is shown to fail when its relation is reversed. A relational word the copy uses with no entry
// below fails the first test, so a new one cannot slip in unchecked.
import { describe, it, expect } from 'vitest';
import { cloneData, distanceToRiver, loadCopyData, reportOf, type CopyData } from './copy-data';

/** The words and phrases that order, compare or locate. */
const RELATIONAL =
	/\b(?:later|earlier|latest|earliest|first|last|second|higher|lower|more|fewer|less|larger|smaller|largest|smallest|nearer|closer|farther|wider|narrower|longer|shorter|upriver|downriver|upstream|downstream|east|west|north|south|eastern|western|northern|southern|then|before|after|same day|across the border|up the|down the|on the (?:Euphrates|Tigris))\b/gi;

/** Near a river on the map: within a few viewBox units of its line. */
const NEAR_RIVER = 8;

interface Relation {
	/** Where in the copy (as `npm run verify` names places). */
	where: string;
	/** The phrase as the copy writes it; it covers the relational words inside it. */
	phrase: string;
	/** Holds on the data. */
	holds: (d: CopyData) => boolean;
	/** Flips the data so that the relation no longer holds: the check must then fail. */
	reverse: (d: CopyData) => void;
}

const claim = (d: CopyData, id: string) => d.claims.get(id)!;
const town = (d: CopyData, id: string) => d.towns.get(id)!;
const area = (d: CopyData, id: string) => d.derived.get(id)!.value!;
const swapLon = (d: CopyData, a: string, b: string) => {
	const [ta, tb] = [town(d, a), town(d, b)];
	[ta.lon, tb.lon] = [tb.lon, ta.lon];
};
const farFromRiver = (d: CopyData, id: string) => {
	town(d, id).x += 200;
};
const withoutText = (d: CopyData, file: string, phrase: string) => {
	const a = d.articles.get(file)!;
	a.text = a.text.split(phrase).join('');
};

/** A report calls it so: the phrase is in that report's text. */
const reportSays = (where: string, phrase: string, claimId: string, said: string): Relation => ({
	where,
	phrase,
	holds: (d) => reportOf(d, claimId).text.includes(said),
	reverse: (d) => withoutText(d, reportOf(d, claimId).file, said)
});

/** Our reading puts report `later` after the event or report `than`, by the dates' bounds. */
const laterThan = (where: string, phrase: string, later: string, than: string): Relation => ({
	where,
	phrase,
	holds: (d) =>
		reportOf(d, later).date_bounds!.earliest! >
		(claim(d, than).event_date || reportOf(d, than).date_bounds!.latest!),
	reverse: (d) => {
		reportOf(d, later).date_bounds!.earliest = '2017-10-01';
	}
});

const onRiver = (
	where: string,
	phrase: string,
	id: string,
	river: 'euphrates' | 'tigris'
): Relation => ({
	where,
	phrase,
	holds: (d) => distanceToRiver(d, id, river) < NEAR_RIVER,
	reverse: (d) => farFromRiver(d, id)
});

const RELATIONS: Relation[] = [
	reportSays(
		'story.aml title',
		'The last towns',
		'rawa-retaken-000',
		'the last town in the country still held'
	),
	reportSays(
		'chart town-sequence title',
		'The last towns',
		'albu-kamal-attack-second-day-000',
		'the last town they still hold in Syria'
	),
	{
		where: 'story.aml step height-belgium alt',
		phrase: 'the far larger square of the United Kingdom',
		holds: (d) => area(d, 'britain-area') > 2 * area(d, 'belgium-area'),
		reverse: (d) => {
			d.derived.get('belgium-area')!.value = area(d, 'britain-area');
		}
	},
	...['story.aml step height-third', 'story.aml step height-third alt'].map((where): Relation => ({
		where,
		phrase: where.endsWith('alt')
			? 'nearer the United Kingdom’s square in size than Belgium’s'
			: 'nearer the size of the United Kingdom than of Belgium',
		holds: (d) =>
			Math.abs(area(d, 'third-of-iraq-syria') - area(d, 'britain-area')) <
			Math.abs(area(d, 'third-of-iraq-syria') - area(d, 'belgium-area')),
		reverse: (d) => {
			d.derived.get('third-of-iraq-syria')!.value = area(d, 'belgium-area');
		}
	})),
	...(
		[
			['story.aml step lost-95 alt', 'In the first grid', 0, 'territory-lost-95-000'],
			['story.aml step lost-96 alt', 'In the second grid', 1, 'territory-lost-96-003']
		] as const
	).map(([where, phrase, index, id]): Relation => ({
		where,
		phrase,
		holds: (d) =>
			(d.charts.get('territory-lost')!.props.series as { id: string }[])[index].id === id,
		reverse: (d) => (d.charts.get('territory-lost')!.props.series as unknown[]).reverse()
	})),
	{
		where: 'story.aml step lost-96',
		phrase: 'for a higher figure',
		holds: (d) =>
			claim(d, 'territory-lost-96-003').value! > claim(d, 'territory-lost-95-000').value!,
		reverse: (d) => {
			claim(d, 'territory-lost-96-003').value = 90;
		}
	},
	{
		where: 'story.aml step lost-96 alt',
		phrase: 'the report says more than that share was lost',
		holds: (d) => claim(d, 'territory-lost-96-003').qualifier === 'more than',
		reverse: (d) => {
			claim(d, 'territory-lost-96-003').qualifier = '';
		}
	},
	laterThan(
		'story.aml step lost-apart',
		'it came out later',
		'territory-lost-95-000',
		'report-date-003'
	),
	{
		where: 'story.aml step held-deir',
		phrase: 'Across the border',
		holds: (d) => town(d, 'deir-ez-zor').country === 'SY' && town(d, 'mosul').country === 'IQ',
		reverse: (d) => {
			town(d, 'deir-ez-zor').country = 'IQ';
		}
	},
	onRiver('story.aml step town-mosul alt', 'on the Tigris', 'mosul', 'tigris'),
	onRiver('story.aml step town-raqqa alt', 'on the Euphrates', 'raqqa', 'euphrates'),
	onRiver('story.aml step town-deir alt', 'on the Euphrates', 'deir-ez-zor', 'euphrates'),
	{
		where: 'story.aml step town-deir',
		phrase: 'Then Deir ez-Zor',
		holds: (d) => {
			const order = (d.charts.get('town-sequence')!.props.towns as { id: string }[]).map(
				(t) => t.id
			);
			return order.indexOf('deir-ez-zor') === order.indexOf('raqqa') + 1;
		},
		reverse: (d) => (d.charts.get('town-sequence')!.props.towns as unknown[]).reverse()
	},
	reportSays(
		'story.aml step town-deir',
		'the largest city in eastern Syria',
		'deir-ez-zor-victory-002',
		'the largest city in eastern Syria'
	),
	{
		where: 'story.aml step town-crossing',
		phrase: 'On the same day',
		holds: (d) =>
			claim(d, 'qaim-crossing-seized-002').event_date.length === 10 &&
			claim(d, 'qaim-crossing-seized-002').event_date ===
				claim(d, 'deir-ez-zor-victory-002').event_date,
		reverse: (d) => {
			claim(d, 'qaim-crossing-seized-002').event_date = '2017-11-04';
		}
	},
	...['story.aml step town-rawa', 'story.aml step town-rawa alt'].map((where): Relation => ({
		where,
		phrase: 'east of al-Qaim along the Euphrates',
		holds: (d) =>
			town(d, 'rawa').lon > town(d, 'al-qaim').lon &&
			distanceToRiver(d, 'rawa', 'euphrates') < NEAR_RIVER &&
			distanceToRiver(d, 'al-qaim', 'euphrates') < NEAR_RIVER,
		reverse: (d) => swapLon(d, 'rawa', 'al-qaim')
	})),
	reportSays(
		'story.aml step town-rawa-retaken',
		'the last town in Iraq the group still held',
		'rawa-retaken-000',
		'the last town in the country still held'
	),
	laterThan(
		'story.aml step town-rawa-retaken',
		'that day came later',
		'rawa-retaken-000',
		'rawa-not-yet-002'
	),
	{
		where: 'story.aml step town-albu-kamal',
		phrase: 'in Syria across the border from al-Qaim',
		holds: (d) => town(d, 'albu-kamal').country === 'SY' && town(d, 'al-qaim').country === 'IQ',
		reverse: (d) => {
			town(d, 'albu-kamal').country = 'IQ';
		}
	},
	{
		where: 'story.aml step fighters-jarrard',
		phrase: 'a wider area than Dillon’s towns',
		// His valley runs "from Deir al-Zour to Qaim", and both of Dillon's towns lie along that stretch.
		holds: (d) =>
			reportOf(d, 'fighters-euphrates-jarrard-002').text.includes('from Deir al-Zour to Qaim') &&
			['albu-kamal', 'al-qaim'].every(
				(t) =>
					town(d, 'deir-ez-zor').lon < town(d, t).lon && town(d, t).lon <= town(d, 'al-qaim').lon
			),
		reverse: (d) =>
			withoutText(
				d,
				reportOf(d, 'fighters-euphrates-jarrard-002').file,
				'from Deir al-Zour to Qaim'
			)
	},
	{
		where: 'story.aml step fighters-jarrard alt',
		phrase: 'A longer bar',
		holds: (d) =>
			claim(d, 'fighters-euphrates-jarrard-002').high! >
				d.derived.get('fighters-dillon-sum')!.high! &&
			claim(d, 'fighters-euphrates-jarrard-002').high! -
				claim(d, 'fighters-euphrates-jarrard-002').low! >
				claim(d, 'fighters-albu-kamal-001').high! - claim(d, 'fighters-albu-kamal-001').low!,
		reverse: (d) => {
			claim(d, 'fighters-euphrates-jarrard-002').high = 3500;
		}
	}
];

/** Words the scan finds that do not order, compare or locate anything in the reports, and why. */
const NOT_RELATIONS: { where: string; phrase: string; why: string }[] = [
	{
		where: 'story.aml section next paragraph 2',
		phrase: 'Western attention',
		why: 'the report’s own phrase for the attention of Western governments, not a direction'
	},
	{
		where: 'story.aml section method paragraph 2',
		phrase: 'Before the site is built',
		why: 'how the site is made, not an order of events in the reports'
	}
];

const { data, texts } = loadCopyData();

describe('relational sentences in the copy', () => {
	it('every relational word the copy uses sits in a checked phrase or a listed exemption', () => {
		const unchecked: string[] = [];
		for (const [where, text] of texts) {
			const covered = [...RELATIONS, ...NOT_RELATIONS]
				.filter((r) => r.where === where)
				.flatMap((r) => {
					const at = text.indexOf(r.phrase);
					return at < 0 ? [] : [[at, at + r.phrase.length]];
				});
			for (const m of text.matchAll(RELATIONAL)) {
				if (!covered.some(([a, b]) => a <= m.index && m.index + m[0].length <= b)) {
					unchecked.push(
						`${where}: "${m[0]}" in …${text.slice(Math.max(0, m.index - 30), m.index + 30)}…`
					);
				}
			}
		}
		expect(unchecked, 'relational words with no check in tests/copy/relations.test.ts').toEqual([]);
	});

	it.each([...RELATIONS, ...NOT_RELATIONS].map((r) => [r.where, r.phrase]))(
		'%s still says "%s" (no stale entry)',
		(where, phrase) => {
			const text = texts.find(([w]) => w === where)?.[1];
			expect(text, `${where} is not in the copy`).toBeDefined();
			expect(text).toContain(phrase);
		}
	);

	it.each(RELATIONS.map((r) => [r.where, r.phrase, r] as const))(
		'%s: "%s" holds on the data',
		(_w, _p, r) => {
			expect(r.holds(data)).toBe(true);
		}
	);

	it.each(RELATIONS.map((r) => [r.where, r.phrase, r] as const))(
		'%s: "%s" fails when the relation is reversed',
		(_w, _p, r) => {
			const reversed = cloneData(data);
			r.reverse(reversed);
			expect(r.holds(reversed)).toBe(false);
		}
	);
});
