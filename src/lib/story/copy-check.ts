// Checks the copy against the charts and the evidence: no typed figures (number characters of any
// script and kind, and number words, however spelt), known charts and states, unique ids, and every state a chart has reached by a step.
import { codePoint, HIDDEN_CHARACTER } from '$lib/evidence/hidden-characters';
import { problemAt, type Problem, type ProblemPlace } from '$lib/evidence/problems';
import { asRead } from './as-read';
import type { StoryCopy } from './copy';
import { DESCRIPTION_PLACE, partLists, sectionPlace, stepPlace } from './copy-places';

/** What the copy check needs to know of a chart: its states, and its own copy when given. */
export interface ChartStates {
	id: string;
	states: readonly string[];
	/** Shown uncited in embeds, the manifest and social cards, so checked like the story's copy. */
	title?: string;
	description?: string;
}

/**
 * A number character of any script and kind, with the word around it: digits (Arabic-Indic,
 * full-width…), superscripts, fractions (½), circled (⑤) and Roman (Ⅴ) numerals: Unicode's \p{N}.
 */
const TYPED_FIGURE = /[^\s]*\p{N}[^\s]*/u;

/**
 * Words that state a count or a quantity. "one", "none", "another" and "single" are not here:
 * they read as determiners ("one report says"); the count they come with is ("none of the five").
 * Ordinals ("second day") are not counts; "third" is here because it is also a fraction.
 */
const COUNT_WORDS = [
	'zero',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety',
	'hundred',
	'thousand',
	'million',
	'billion',
	'trillion',
	'couple',
	'handful',
	'dozen',
	'half',
	'halves',
	'third',
	'quarter',
	'percent',
	'per cent',
	'twice',
	'thrice'
];
/**
 * Phrases that count sources: a quantifier before a word for a source ("by every account", "most
 * reports", "both sources") claims that many reports say so. "One" and "another" are not quantifiers
 * here: "by one account" names a single source, which a citation beside it shows; nor is "each",
 * which goes through the sources one by one ("each report is listed").
 */
const SOURCE_COUNTS =
	'(?:every|all|both|most|many|several|multiple|various|numerous|countless)\\s+(?:(?:of\\s+)?the\\s+|other\\s+)?(?:account|report|source|outlet|witness|article)s?';
/** Words that multiply: "double", "tripled"; any count word with -fold ("tenfold") is one too. */
const MULTIPLIER_WORDS = ['double', 'triple', 'treble', 'quadruple'];
const NUMBER_WORD = new RegExp(
	`(?<![\\p{L}])(?:(?:${COUNT_WORDS.join('|')})(?:fold)?s?|(?:${MULTIPLIER_WORDS.join('|')})[sd]?|${SOURCE_COUNTS})(?![\\p{L}])`,
	'giu'
);

/** The number words in a text, as a reader sees them ("Five", "thousands", "tenfold"), in order. */
export function numberWordsIn(text: string): string[] {
	return [...asRead(text).matchAll(NUMBER_WORD)].map((m) => m[0]);
}

/** A field of a chart's spec as a Problem's place. */
function chartPlace(id: string, field: 'title' | 'description'): ProblemPlace {
	const file = `src/lib/charts/${id}/spec.ts`;
	return { where: `chart ${id} (${file}) ${field}`, file, field, id };
}

/** Every run of a chart's own copy, with its place. */
function* chartCopy(charts: ChartStates[]): Generator<[ProblemPlace, string]> {
	for (const c of charts) {
		if (c.title !== undefined) yield [chartPlace(c.id, 'title'), c.title];
		if (c.description !== undefined) yield [chartPlace(c.id, 'description'), c.description];
	}
}

/**
 * Digits typed into a chart's title or description: they would reach readers uncited. Hidden
 * characters there are an error too, as in the data files.
 */
export function findTypedFiguresInCharts(charts: ChartStates[]): Problem[] {
	return [...chartCopy(charts)].flatMap(([place, text]) => {
		const hidden = new RegExp(HIDDEN_CHARACTER.source, 'u').exec(text);
		if (hidden) {
			return [
				problemAt(
					place,
					/\p{Cc}/u.test(hidden[0]) ? 'control-character' : 'invisible-character',
					`has ${codePoint(hidden[0])}, a character readers cannot see; delete it`
				)
			];
		}
		const m = TYPED_FIGURE.exec(text);
		return m
			? [
					problemAt(
						place,
						'typed-figure',
						`"${m[0]}" is a figure typed into the chart's copy; a title or description carries no figures (they would be uncited): reword it without the number`
					)
				]
			: [];
	});
}

/**
 * Number words in every text field of the story (title, dek, description, method, headings, steps,
 * alt text, body) and of the charts' titles and descriptions: a count must be cited, not typed.
 */
export function findNumberWords(copy: StoryCopy, charts: ChartStates[] = []): Problem[] {
	const runs: [ProblemPlace, string][] = [];
	for (const [, parts, place] of partLists(copy)) {
		runs.push([place, parts.filter((p) => typeof p === 'string').join('{{…}}')]);
	}
	runs.push([DESCRIPTION_PLACE, copy.description], ...chartCopy(charts));
	return runs.flatMap(([place, text]) => {
		const words = [...new Set(numberWordsIn(text).map((w) => w.toLowerCase()))];
		if (!words.length) return [];
		const list = words.map((w) => `"${w}"`).join(', ');
		const are = words.length === 1 ? 'is a number word' : 'are number words';
		return [
			problemAt(
				place,
				'number-word',
				`${list} ${are} typed into the copy; cite it as {{claim-id}}, count reports with {{#reports claim-id …}}, or reword without it`
			)
		];
	});
}

/** A figure typed into the copy is an error: every number must come from a claim. */
export function findTypedFigures(copy: StoryCopy): Problem[] {
	const problems: Problem[] = [];
	const check = (place: ProblemPlace, text: string) => {
		const m = TYPED_FIGURE.exec(text);
		if (m) {
			problems.push(
				problemAt(
					place,
					'typed-figure',
					`"${m[0]}" is a figure typed into the copy; cite it as {{claim-id}} instead`
				)
			);
		}
	};
	for (const [, parts, place] of partLists(copy)) {
		for (const p of parts) if (typeof p === 'string') check(place, p);
	}
	check(DESCRIPTION_PLACE, copy.description);
	return problems;
}

/**
 * Sections and steps name known charts and states; ids are unique; every chart is shown by a
 * section and every state reached; and the charts' own titles and descriptions have no digits.
 */
export function checkCopyAgainstCharts(copy: StoryCopy, charts: ChartStates[]): Problem[] {
	const problems: Problem[] = [...findTypedFiguresInCharts(charts)];
	const byId = new Map(charts.map((c) => [c.id, c]));
	const ids = new Map<string, string>();
	const claimId = (place: ProblemPlace & { id: string }) => {
		if (!place.id) return;
		const first = ids.get(place.id);
		if (first) {
			problems.push(
				problemAt(
					place,
					'duplicate-id',
					`id "${place.id}" is already used by ${first}; ids must be unique on the page`
				)
			);
		} else ids.set(place.id, place.where);
	};
	const shown = new Set<string>();
	for (const section of copy.sections) {
		const at = (field: string) => ({ ...sectionPlace(section.id, field), id: section.id });
		claimId(at('id'));
		for (const step of section.steps) claimId({ ...stepPlace(step.id, 'id'), id: step.id });
		if (!section.chart) continue;
		const chart = byId.get(section.chart);
		if (!chart) {
			problems.push(
				problemAt(
					at('chart'),
					'unknown-chart',
					`chart: "${section.chart}" is not a chart; the charts are: ${[...byId.keys()].join(', ')}`
				)
			);
			continue;
		}
		if (shown.has(chart.id)) {
			problems.push(
				problemAt(
					at('chart'),
					'chart-shown-twice',
					`chart ${chart.id} is already shown by another section`
				)
			);
		}
		shown.add(chart.id);
		for (const step of section.steps) {
			if (step.state && !chart.states.includes(step.state)) {
				problems.push(
					problemAt(
						stepPlace(step.id, 'state'),
						'unknown-state',
						`state: "${step.state}" is not a state of chart ${chart.id}; its states are: ${chart.states.join(', ')}`
					)
				);
			}
		}
		// Every state is shown: by a step, or by a picture that draws the chart still in it.
		const reached = new Set([
			...section.steps.map((s) => s.state),
			...copy.sections.flatMap((s) => (s.picture?.chart === chart.id ? [s.picture.state] : []))
		]);
		for (const state of chart.states) {
			if (!reached.has(state)) {
				problems.push(
					problemAt(
						at('steps'),
						'state-not-shown',
						`chart ${chart.id} has a state "${state}" that no step or picture shows; add a step with state: ${state}, or remove the state from its spec`
					)
				);
			}
		}
	}
	// A picture draws a chart still, in one of its states: both must exist.
	for (const section of copy.sections) {
		const picture = section.picture;
		if (!picture) continue;
		const chart = byId.get(picture.chart);
		const at = sectionPlace(section.id, 'picture');
		if (!chart) {
			problems.push(
				problemAt(
					at,
					'unknown-chart',
					`picture: "${picture.chart}" is not a chart; the charts are: ${[...byId.keys()].join(', ')}`
				)
			);
		} else if (!chart.states.includes(picture.state)) {
			problems.push(
				problemAt(
					at,
					'unknown-state',
					`picture: "${picture.state}" is not a state of chart ${chart.id}; its states are: ${chart.states.join(', ')}`
				)
			);
		}
	}
	// A section naming an unknown chart is the one cause when a chart goes unshown: report it alone.
	const misnamed = problems.some((p) => p.code === 'unknown-chart');
	for (const chart of charts) {
		if (shown.has(chart.id) || misnamed) continue;
		const file = `src/lib/charts/${chart.id}/spec.ts`;
		problems.push(
			problemAt(
				{ where: `chart ${chart.id} (${file})`, file, id: chart.id },
				'chart-not-shown',
				`chart ${chart.id} is in no section of story.aml; add a section with chart: ${chart.id}, or remove the chart`
			)
		);
	}
	return problems;
}
