// Checks the copy against the charts and the evidence: no typed figures (digits of any script, and
// number words), known charts and states, unique ids, and every state a chart has reached by a step.
import type { Problem } from '$lib/evidence/problems';
import { partLists, type StoryCopy } from './copy';

/** What the copy check needs to know of a chart: its states, and its own copy when given. */
export interface ChartStates {
	id: string;
	states: readonly string[];
	/** Shown uncited in embeds, the manifest and social cards, so checked like the story's copy. */
	title?: string;
	description?: string;
}

/** A digit of any script (Arabic-Indic, full-width…), with the word around it. */
const TYPED_FIGURE = /[^\s]*\p{Nd}[^\s]*/u;

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
const NUMBER_WORD = new RegExp(`(?<![\\p{L}])(?:${COUNT_WORDS.join('|')})s?(?![\\p{L}])`, 'giu');

/** The number words in a text, as written ("Five", "thousands"), in order. */
export function numberWordsIn(text: string): string[] {
	return [...text.matchAll(NUMBER_WORD)].map((m) => m[0]);
}

function chartWhere(id: string, field: 'title' | 'description'): string {
	return `chart ${id} (src/lib/charts/${id}/spec.ts) ${field}`;
}

/** Every run of a chart's own copy, with where an editor finds it. */
function* chartCopy(charts: ChartStates[]): Generator<[string, string]> {
	for (const c of charts) {
		if (c.title !== undefined) yield [chartWhere(c.id, 'title'), c.title];
		if (c.description !== undefined) yield [chartWhere(c.id, 'description'), c.description];
	}
}

/** Digits typed into a chart's title or description: they would reach readers uncited. */
export function findTypedFiguresInCharts(charts: ChartStates[]): Problem[] {
	return [...chartCopy(charts)].flatMap(([where, text]) => {
		const m = TYPED_FIGURE.exec(text);
		return m
			? [
					{
						where,
						message: `"${m[0]}" is a figure typed into the chart's copy; a title or description carries no figures (they would be uncited): reword it without the number`
					}
				]
			: [];
	});
}

/**
 * Number words in every text field of the story (title, dek, description, intro, headings, steps,
 * alt text, body) and of the charts' titles and descriptions: a count must be cited, not typed.
 */
export function findNumberWords(copy: StoryCopy, charts: ChartStates[] = []): Problem[] {
	const runs: [string, string][] = [];
	for (const [where, parts] of partLists(copy)) {
		runs.push([where, parts.filter((p) => typeof p === 'string').join('{{…}}')]);
	}
	runs.push(['story.aml description', copy.description], ...chartCopy(charts));
	return runs.flatMap(([where, text]) => {
		const words = [...new Set(numberWordsIn(text).map((w) => w.toLowerCase()))];
		if (!words.length) return [];
		const list = words.map((w) => `"${w}"`).join(', ');
		const are = words.length === 1 ? 'is a number word' : 'are number words';
		return [
			{
				where,
				message: `${list} ${are} typed into the copy; cite it as {{claim-id}}, count reports with {{#reports claim-id …}}, or reword without it`
			}
		];
	});
}

/** A figure typed into the copy is an error: every number must come from a claim. */
export function findTypedFigures(copy: StoryCopy): Problem[] {
	const problems: Problem[] = [];
	const check = (where: string, text: string) => {
		const m = TYPED_FIGURE.exec(text);
		if (m) {
			problems.push({
				where,
				message: `"${m[0]}" is a figure typed into the copy; cite it as {{claim-id}} instead`
			});
		}
	};
	for (const [where, parts] of partLists(copy)) {
		for (const p of parts) if (typeof p === 'string') check(where, p);
	}
	check('story.aml description', copy.description);
	return problems;
}

/**
 * Sections and steps name known charts and states; ids are unique; every state is reached; and
 * the charts' own titles and descriptions have no digits.
 */
export function checkCopyAgainstCharts(copy: StoryCopy, charts: ChartStates[]): Problem[] {
	const problems: Problem[] = [...findTypedFiguresInCharts(charts)];
	const byId = new Map(charts.map((c) => [c.id, c]));
	const ids = new Map<string, string>();
	const claimId = (id: string, where: string) => {
		if (!id) return;
		const first = ids.get(id);
		if (first) {
			problems.push({
				where,
				message: `id "${id}" is already used by ${first}; ids must be unique on the page`
			});
		} else ids.set(id, where);
	};
	const shown = new Set<string>();
	for (const section of copy.sections) {
		const where = `story.aml section ${section.id}`;
		claimId(section.id, where);
		for (const step of section.steps) claimId(step.id, `story.aml step ${step.id}`);
		if (!section.chart) continue;
		const chart = byId.get(section.chart);
		if (!chart) {
			problems.push({
				where,
				message: `chart: "${section.chart}" is not a chart; the charts are: ${[...byId.keys()].join(', ')}`
			});
			continue;
		}
		if (shown.has(chart.id)) {
			problems.push({ where, message: `chart ${chart.id} is already shown by another section` });
		}
		shown.add(chart.id);
		for (const step of section.steps) {
			if (step.state && !chart.states.includes(step.state)) {
				problems.push({
					where: `story.aml step ${step.id}`,
					message: `state: "${step.state}" is not a state of chart ${chart.id}; its states are: ${chart.states.join(', ')}`
				});
			}
		}
		const reached = new Set(section.steps.map((s) => s.state));
		for (const state of chart.states) {
			if (!reached.has(state)) {
				problems.push({
					where,
					message: `chart ${chart.id} has a state "${state}" that no step shows; add a step with state: ${state}, or remove the state from its spec`
				});
			}
		}
	}
	return problems;
}
