// The copy-side holes the adversarial review of issue 21 found (notes: attack-results.md, by #),
// one row each: an edit of the fixture's story.aml and the rule and place of the first problem
// `npm run verify` must answer with (null: accepted). Each runs through readSite on a copy of
// tests/fixtures/hostile/data, as hostile-edits.test.ts does; the message's wording is never
// asserted, only, where a row says so, the words it must name.
import { describe, it } from 'vitest';
import type { Problem } from '$lib/evidence/problems';
import { FIXTURE_CHARTS } from '../fixtures/hostile/charts';
import { expectAnswer, type Edit } from './edits';
import { FIXTURE, positionOf } from './fixture-places';

type Expected = Pick<Problem, 'code'> &
	Partial<Pick<Problem, 'line' | 'id' | 'field'>> & { names?: string[] };
type Case = [what: string, edit: Edit, expected: Expected | null];

const SUM = 'Together that is {{=fighters-dillon-sum}}, our sum.';
const RAWA = 'The army retook Rawa on a {{rawa-retaken}}.';
const RAWA_ALT = 'alt: Rawa is marked retaken.';
const ALBU = 'Albu Kamal was a town the group {{albu-kamal-held}}.';
const DILLON =
	'estimated {{fighters-qaim-001}} in al-Qaim and {{fighters-albu-kamal-001}} in Albu Kamal';
const HEIGHT = 'At its height it held {{held-third-001}} of both countries';
const RATIO = 'the United Kingdom is {{=britain-belgium-ratio}} the size';
const AREA = 'which comes to {{=third-of-iraq-syria}}, and';
const METHOD = '{{#Reports all}} tell the story here.';
const DEK = 'How the group’s territory shrank, told';

const sumStep = { id: 'fighters-sum', field: 'text' };
const rawaStep = { id: 'town-rawa', field: 'text' };
const albuStep = { id: 'town-albu-kamal', field: 'text' };
const lineOf = (words: string) => positionOf('story.aml', words).line;
/** A sentence of a step's text with relations entries under the step. */
const withNotes = (alt: string, notes: string) => `alt: ${alt}\n[.relations]\n${notes}\n[]`;

// prettier-ignore
const CASES: Case[] = [
	// Rule 1: relational words, inflected or compound, and synonyms the list lacked.
	['#99 "Afterwards" (\\bafter\\b missed it)', [SUM, `Afterwards, t${SUM.slice(1)}`], { code: 'relation-unchecked-word', ...sumStep, line: lineOf(SUM) }],
	['#100 a compound direction, "southeast"', [RAWA_ALT, 'alt: Rawa, southeast of Albu Kamal, is marked retaken.'], { code: 'relation-unchecked-word', id: 'town-rawa', field: 'alt', names: ['southeast'] }],
	['#100 a compound direction, "south-western"', [RAWA_ALT, 'alt: Rawa, south-western Iraq, is marked retaken.'], { code: 'relation-unchecked-word', id: 'town-rawa', field: 'alt', names: ['south-western'] }],
	['#31 "the previous day"', [RAWA, 'The army retook Rawa on a {{rawa-retaken}}, the previous day.'], { code: 'relation-unchecked-word', ...rawaStep, names: ['previous'] }],
	['#33 a superlative, "biggest"', [ALBU, 'Albu Kamal was the biggest town the group {{albu-kamal-held}}.'], { code: 'relation-unchecked-word', ...albuStep, names: ['biggest'] }],
	['#101 "near"', [ALBU, 'Albu Kamal, near Baghdad, was a town the group {{albu-kamal-held}}.'], { code: 'relation-unchecked-word', ...albuStep, names: ['near'] }],
	['#102 "final"', [ALBU, 'Albu Kamal was the final town the group {{albu-kamal-held}}.'], { code: 'relation-unchecked-word', ...albuStep, names: ['final'] }],
	['#95 "already"', [RAWA, 'The army, already reinforced, retook Rawa on a {{rawa-retaken}}.'], { code: 'relation-unchecked-word', ...rawaStep, names: ['already'] }],
	// Rule 1: relative time only inside a quotation.
	['#36 "yesterday" in our voice', [RAWA, 'The army retook Rawa yesterday, on a {{rawa-retaken}}.'], { code: 'relative-time-unquoted', ...rawaStep, line: lineOf(RAWA), names: ['yesterday'] }],
	['#35 "a week ago" in our voice', [RAWA, 'The army retook Rawa a week ago, on a {{rawa-retaken}}.'], { code: 'relative-time-unquoted', ...rawaStep, names: ['ago'] }],
	['"last month" in our voice', [RAWA, 'The army retook Rawa last month, on a {{rawa-retaken}}.'], { code: 'relative-time-unquoted', ...rawaStep, names: ['last month'] }],
	['"yesterday" quoted, as a report\'s words (accepted)', [RAWA, 'The army retook Rawa “yesterday”, on a {{rawa-retaken}}.'], null],
	// Rule 1: counts, and counts of sources.
	['#38 "a couple of"', [SUM, `${SUM} A couple of reports agree.`], { code: 'number-word', ...sumStep, names: ['couple'] }],
	['#103 "a handful of"', [SUM, `${SUM} A handful of pockets remain.`], { code: 'number-word', ...sumStep, names: ['handful'] }],
	['#39 "trillion"', [SUM, `${SUM} The town was bombarded a trillion times.`], { code: 'number-word', ...sumStep, names: ['trillion'] }],
	['#29 "By every account"', [HEIGHT, `By every account, at its height it held {{held-third-001}} of both countries`], { code: 'number-word', id: 'size', field: 'body paragraph 1', names: ['every account'] }],
	// Rule 2: a month typed, not cited.
	['#37 a month name typed into the copy', [RAWA, 'The army retook Rawa on a {{rawa-retaken}} in November.'], { code: 'typed-date', ...rawaStep, line: lineOf(RAWA), names: ['November'] }],
	['a month covered by a check: none entry (accepted: its why: says why)', [RAWA_ALT, withNotes('Rawa is marked retaken in November.', 'phrase: retaken in November\ncheck: none\nwhy: a fixture: the month of the report’s own date')], null],
	// Rule 3: markup the page would show as typed.
	['#43 an HTML tag', [SUM, `<strong>Together</strong>${SUM.slice('Together'.length)}`], { code: 'markup-in-copy', ...sumStep, line: lineOf(SUM), names: ['<strong>'] }],
	['#44 a Markdown link', [SUM, SUM.replace('our sum', '[our sum](https://example.org)')], { code: 'markup-in-copy', ...sumStep }],
	['#44 Markdown emphasis', [SUM, SUM.replace('our sum', '**our sum**')], { code: 'markup-in-copy', ...sumStep }],
	// Rule 4: a reference cited beside another town.
	['#21 two towns\' ranges swapped', [DILLON, 'estimated {{fighters-albu-kamal-001}} in al-Qaim and {{fighters-qaim-001}} in Albu Kamal'], { code: 'reference-town-mismatch', id: 'fighters-dillon', field: 'text', names: ['fighters-albu-kamal-001', 'al-Qaim'] }],
	['#24 a claim about Rawa told of Albu Kamal', [RAWA, 'The army retook Albu Kamal on a {{rawa-retaken}}.'], { code: 'reference-town-mismatch', ...rawaStep, names: ['rawa-retaken'] }],
	['#96 a #Reports list padded with a claim about another town', [ALBU, `${ALBU} {{#Reports albu-kamal-held fighters-qaim-001}} place the group in Albu Kamal.`], { code: 'reference-town-mismatch', ...albuStep, names: ['fighters-qaim-001'] }],
	// Rule 5: "in Iraq" / "in Syria" beside a town need an in-country check.
	['#25/#40 a town placed in a country, unchecked', [RAWA_ALT, 'alt: Rawa, in Syria, is marked retaken.'], { code: 'relation-country-unchecked', id: 'town-rawa', field: 'alt' }],
	['#25 a town placed in the wrong country, "checked"', [RAWA_ALT, withNotes('Rawa, in Syria, is marked retaken.', 'phrase: Rawa, in Syria\ncheck: in-country rawa syria')], { code: 'relation-does-not-hold', id: 'town-rawa' }],
	['a town placed in its country, checked (accepted)', [RAWA_ALT, withNotes('Rawa, in Iraq, is marked retaken.', 'phrase: Rawa, in Iraq\ncheck: in-country rawa iraq')], null],
	// Rule 6: a source named in prose gave a claim cited in the sentence.
	['#28 a figure of the report given to the coalition', [HEIGHT, 'The coalition said that at its height it held {{held-third-001}} of both countries'], { code: 'attribution-not-cited', id: 'size', field: 'body paragraph 1', names: ['coalition'] }],
	// Rule 7: a step's map state is a town it names.
	['#74 two steps\' states swapped', (t) => t.replace('state: rawa', 'state: TMP').replace('state: albu-kamal', 'state: rawa').replace('state: TMP', 'state: albu-kamal'), { code: 'step-town-not-named', id: 'town-rawa', field: 'state', line: lineOf('state: rawa') }],
	// Rule 8: a derived figure a step cites is one its chart shows.
	['#77 a derived figure of another section in a chart\'s step', [SUM, SUM.replace('=fighters-dillon-sum', '=third-of-iraq-syria')], { code: 'derived-not-in-chart', ...sumStep, names: ['third-of-iraq-syria'] }],
	// Rule 9: counts of sources and of reports say what they count.
	['#29 a quantifier before a source word, "most reports"', [HEIGHT, `By most reports, at its height it held {{held-third-001}} of both countries`], { code: 'number-word', id: 'size', field: 'body paragraph 1', names: ['most reports'] }],
	['#29 "both sources"', [SUM, `${SUM} Both sources agree.`], { code: 'number-word', ...sumStep, names: ['both sources'] }],
	['#75 the method counts the reports of one claim, not all', [METHOD, '{{#Reports lost-95}} tell the story here.'], { code: 'reports-count-not-all', field: 'method paragraph 1', line: lineOf(METHOD) }],
	['#75 "everything here" in a step counts the reports of one claim', [SUM, `${SUM} Everything here comes from {{#reports fighters-qaim-001}}.`], { code: 'reports-count-not-all', ...sumStep, names: ['fighters-qaim-001'] }],
	['#96 a #Reports list padded with a claim of another metric', [ALBU, `${ALBU} {{#Reports albu-kamal-held fighters-albu-kamal-001}} place the group in Albu Kamal.`], { code: 'reports-count-mixed', ...albuStep, names: ['fighters-albu-kamal-001', 'metric'] }],
	// Rule 10: precision and unit words fit the figure beside them.
	['#92 "exactly" before a ratio we rounded', [RATIO, RATIO.replace('is {{', 'is exactly {{')], { code: 'precision-word-approximate', id: 'size', field: 'body paragraph 1', names: ['britain-belgium-ratio'] }],
	['#92 "only" before a hedged claim ("more than")', ['says the group lost {{lost-96}}', 'says the group lost only {{lost-96}}'], { code: 'precision-word-approximate', id: 'size', field: 'body paragraph 2', names: ['lost-96'] }],
	['"exactly" before a figure as printed (accepted)', [METHOD, `${METHOD} The group lost exactly {{lost-95}} by one count.`], null],
	['#91 "square miles" beside a km² area', [AREA, AREA.replace('}},', '}} in square miles,')], { code: 'unit-word-mismatch', id: 'size', field: 'body paragraph 2', names: ['km²'] }],
	['#91 a length unit beside a count of fighters', [DILLON, DILLON.replace('}} in al-Qaim', '}} miles in al-Qaim')], { code: 'unit-word-mismatch', id: 'fighters-dillon', field: 'text' }],
	['a unit word that names the figure\'s own unit (accepted)', [AREA, AREA.replace('}},', '}} in square kilometres,')], null],
	// Rule 11: the steps' order fits their chart and their words.
	['#80 a step moved before a step its chart state follows', (t) => { const a = t.indexOf('id: town-rawa'); const b = t.indexOf('id: town-albu-kamal'); const c = t.indexOf('[]', b); return t.slice(0, a) + t.slice(b, c) + '\n' + t.slice(a, b) + t.slice(c); }, { code: 'step-state-out-of-order', id: 'town-rawa', field: 'state' }],
	['#80 "the same report" after a step citing another report', [ALBU, `The same report says ${ALBU[0].toLowerCase()}${ALBU.slice(1)}`], { code: 'anaphor-unresolved', ...albuStep, names: ['town-rawa'] }],
	['"the same report" after a step citing that report (accepted)', (t) => t.replace(RAWA, 'Rawa was {{rawa-not-yet}}.').replace(ALBU, `The same report says ${ALBU[0].toLowerCase()}${ALBU.slice(1)}`), null],
	['#83 a step retells an earlier step\'s figure while the chart\'s other goes untold', (t) => t.replace(DILLON, 'estimated {{fighters-qaim-001}} in al-Qaim').replace(SUM, `${SUM} Al-Qaim had {{fighters-qaim-001}}.`), { code: 'step-repeats-figure', ...sumStep, names: ['fighters-albu-kamal-001'] }],
	// Rule 12: the dek's dates are the month of the latest event the steps tell.
	['#85 the dek dated by a claim of another year', [DEK, 'How the group’s territory shrank by {{held-third-001|date}}, told'], { code: 'dek-date-not-latest', field: 'dek', names: ['held-third-001'] }],
	['the dek dated by the latest event\'s month (accepted)', [DEK, 'How the group’s territory shrank by {{albu-kamal-held|month}}, told'], null]
];

describe('copy-side attacks on a data folder (issue 21)', () => {
	it.each(CASES)('%s', (_what, edit, expected) =>
		expectAnswer(
			FIXTURE,
			'story.aml',
			edit,
			expected && { file: 'story.aml', ...expected },
			FIXTURE_CHARTS
		)
	);
});
