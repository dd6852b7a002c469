// Every hostile edit of issue 11 (and a few more), one line each: what it is, the file of the
// fixture data folder it edits (or the fixture chart it patches), the edit, and the rule and place
// of the first problem `npm run verify` must answer with (null: the edit is harmless and accepted).
// Each runs through readSite, the pipeline `npm run verify` and the build run, on a copy of the
// small fixture in tests/fixtures/hostile; nothing but an EvidenceError may escape. Places come
// from searching the fixture's text (fixture-places.ts); the message's wording is never asserted,
// only, where a case says so, the values it must name (`names`: a word that differs, a file name).
import { describe, it, expect } from 'vitest';
import { FIXTURE_CHARTS } from '../fixtures/hostile/charts';
import {
	cell,
	entries,
	line,
	problemsOf,
	toCp1252,
	without,
	expectAnswer,
	type Edit,
	type Expected,
	type SpecEdit
} from './edits';
import { endOfFile, firstNonAscii, FIXTURE, positionOf, rowEnd, rowLine } from './fixture-places';

type Case = [what: string, file: string, edit: Edit | SpecEdit, expected: Expected | null];

/** A claim's cell: the problem names the claim, the column, and where the cell starts. */
const claimCell = (id: string, field: string) => ({
	file: 'claims.csv',
	cell: [`${id},`, field] as [string, string],
	id,
	field
});
/** A field of an articles.json entry, by its JSON path. */
const entryField = (field: string) => ({ file: 'articles.json', field });
const HEADER_LENGTH = rowEnd('claims.csv', 'claim_id,').column - 1;
const bom = (b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
const B_SHA256 = '29158572166dad86a297a60a3d9b989a33496f04a0d8d526f8a084d0d1730ba5';

// prettier-ignore
const CASES: Case[] = [
	// Reached the built site silently before issue 11.
	['a text not in its quote', 'claims.csv', cell('ruled-millions-001', 'text', '12 million'), { code: 'text-not-in-quote', ...claimCell('ruled-millions-001', 'text') }],
	['a qualifier the quote does not use', 'claims.csv', cell('lost-96', 'qualifier', 'nearly'), { code: 'qualifier-not-in-quote', ...claimCell('lost-96', 'qualifier') }],
	['a hedge dropped from the qualifier', 'claims.csv', cell('lost-96', 'qualifier', ''), { code: 'qualifier-missing-hedge', ...claimCell('lost-96', 'qualifier') }],
	['a percent unit on a fighter range', 'claims.csv', cell('fighters-qaim-001', 'unit', 'percent'), { code: 'unit-not-in-quote', ...claimCell('fighters-qaim-001', 'unit') }],
	['a quote cut down to "95"', 'claims.csv', cell('lost-95', 'quote', '95'), { code: 'unit-not-in-quote', ...claimCell('lost-95', 'unit') }],
	['an unbalanced " in the last field swallows the next row', 'claims.csv', line('report-date-b', (l) => `${l}"`), { code: 'csv-unbalanced-quote', file: 'claims.csv', ...rowEnd('claims.csv', 'report-date-b,'), id: 'report-date-b' }],
	['a duplicate step id', 'story.aml', ['id: fighters-sum', 'id: fighters-dillon'], { code: 'duplicate-id', file: 'story.aml', id: 'fighters-dillon', field: 'id' }],
	['an unknown chart:', 'story.aml', ['chart: fighters', 'chart: fighter'], { code: 'unknown-chart', file: 'story.aml', id: 'fighters', field: 'chart', names: ['fighter', 'towns'] }],
	['event_date 1999', 'claims.csv', cell('rawa-retaken', 'event_date', '1999'), { code: 'event-year-not-in-report', ...claimCell('rawa-retaken', 'event_date'), names: ['a.txt'] }],
	['an articles.json date "Friday"', 'articles.json', ['"date": "2017-11-04"', '"date": "Friday"'], { code: 'not-iso-date', file: 'articles.json', field: '[1].date' }],
	['an extra field in one row', 'claims.csv', line('lost-96', (l) => `${l},oops`), { code: 'csv-extra-field', file: 'claims.csv', line: rowLine('claims.csv', 'lost-96,'), column: rowEnd('claims.csv', 'lost-96,').column + 1, id: 'lost-96' }],
	['an extra column', 'claims.csv', (t) => t.replace(/\n/g, ',\n').replace(/,\n/, ',notes\n'), { code: 'header-unknown-column', file: 'claims.csv', line: 1, column: HEADER_LENGTH + 2, field: 'notes' }],
	['a column name added to the header only', 'claims.csv', (t) => t.replace('\n', ',notes\n'), { code: 'header-unknown-column', file: 'claims.csv', line: 1, column: HEADER_LENGTH + 2, field: 'notes' }],
	['full-width digits in prose', 'story.aml', ['The reports give no total of their own.', 'The reports give no total, ３,５００.'], { code: 'typed-figure', file: 'story.aml', id: 'fighters-sum', field: 'text', names: ['３,５００'] }],
	['Arabic-Indic digits in prose', 'story.aml', ['The reports give no total of their own.', 'The reports give no total, ٣٥٠٠.'], { code: 'typed-figure', file: 'story.aml', id: 'fighters-sum', field: 'text', names: ['٣٥٠٠'] }],
	['digits in a chart description', 'charts', { chart: 'fighters', set: { description: 'The 3,500 fighters left.' } }, { code: 'typed-figure', file: 'src/lib/charts/fighters/spec.ts', id: 'fighters', field: 'description', names: ['3,500'] }],
	['a place_as_written not in its paragraph', 'claims.csv', cell('albu-kamal-held', 'place_as_written', 'Abu Kamal'), { code: 'place-not-in-paragraph', ...claimCell('albu-kamal-held', 'place_as_written') }],
	// Failed with a stack trace or a misleading message before issue 11.
	['a malformed articles.json', 'articles.json', ['"label": "Article B",', '"label": "Article B"'], { code: 'json-syntax', file: 'articles.json', ...positionOf('articles.json', '"headline"', 2) }],
	['a picture of an unknown chart', 'story.aml', ['picture: towns albu-kamal', 'picture: town albu-kamal'], { code: 'unknown-chart', file: 'story.aml', id: 'size', field: 'picture', names: ['town', 'fighters'] }],
	['a picture of an unknown state', 'story.aml', ['picture: towns albu-kamal', 'picture: towns abu-kamal'], { code: 'unknown-state', file: 'story.aml', id: 'size', field: 'picture', names: ['abu-kamal', 'rawa'] }],
	['a picture without its state', 'story.aml', ['picture: towns albu-kamal', 'picture: towns'], { code: 'picture-malformed', file: 'story.aml', id: 'size', field: 'picture' }],
	['a picture without its caption', 'story.aml', ['caption: The border towns as the reports left them.\n', ''], { code: 'required-field', file: 'story.aml', id: 'size', field: 'caption' }],
	['a caption left without its picture', 'story.aml', ['picture: towns albu-kamal\n', ''], { code: 'caption-without-picture', file: 'story.aml', id: 'size', field: 'caption' }],
	['digits in a caption', 'story.aml', ['The border towns as', 'The 2 border towns as'], { code: 'typed-figure', file: 'story.aml', id: 'size', field: 'caption', names: ['2'] }],
	['an unknown town: field', 'story.aml', ['state: rawa', 'state: rawa\ntown: rawwa'], { code: 'unknown-field', file: 'story.aml', id: 'town-rawa', field: 'town' }],
	['a misspelt town (a chart state)', 'story.aml', ['state: rawa', 'state: rawwa'], { code: 'unknown-state', file: 'story.aml', id: 'town-rawa', field: 'state', names: ['rawwa', 'albu-kamal'] }],
	['a claim the copy and a chart use, deleted', 'claims.csv', without('albu-kamal-held'), { code: 'unknown-claim', file: 'story.aml', id: 'town-albu-kamal', field: 'text', names: ['albu-kamal-held'] }],
	['a claim a derived figure uses, renamed', 'claims.csv', cell('fighters-albu-kamal-001', 'claim_id', 'fighters-abu-kamal-001'), { code: 'unknown-claim', file: 'src/lib/evidence/derived.ts', id: 'fighters-dillon-sum', names: ['fighters-albu-kamal-001'] }],
	['claims.csv saved as Windows-1252', 'claims.csv', { bytes: toCp1252 }, { code: 'not-utf8', file: 'claims.csv', ...firstNonAscii('claims.csv') }],
	['story.aml saved as Windows-1252', 'story.aml', { bytes: toCp1252 }, { code: 'not-utf8', file: 'story.aml', ...firstNonAscii('story.aml') }],
	['a trailing blank line (accepted: it holds no data)', 'claims.csv', (t) => `${t}\n\n`, null],
	['empty spreadsheet rows at the end (accepted)', 'claims.csv', (t) => `${t}${','.repeat(16)}\n${','.repeat(16)}\n`, null],
	['a typo mid-quote: the hint names the word', 'claims.csv', cell('lost-95', 'quote', 'has lost 95 percent of the “caliphate” it declraed in Iraq and Syria in 2014'), { code: 'quote-not-verbatim', ...claimCell('lost-95', 'quote'), names: ['a.txt', 'declraed', 'declared'] }],
	['a missing claims.csv', 'claims.csv', 'delete', { code: 'file-missing', file: 'claims.csv' }],
	['a missing story.aml', 'story.aml', 'delete', { code: 'file-missing', file: 'story.aml' }],
	['a missing articles.json', 'articles.json', 'delete', { code: 'file-missing', file: 'articles.json' }],
	['a missing articles folder', 'articles', 'delete', { code: 'file-missing', file: 'articles/' }],
	// Encodings, line endings and the reports' bytes.
	['a BOM', 'claims.csv', { bytes: bom }, { code: 'byte-order-mark', file: 'claims.csv', line: 1, column: 1 }],
	['CRLF line endings', 'claims.csv', (t) => t.replace(/\n/g, '\r\n'), { code: 'not-lf-line-endings', file: 'claims.csv', line: 1, column: HEADER_LENGTH + 1 }],
	['a blank line between rows', 'claims.csv', line('albu-kamal-held', (l) => `\n${l}`), { code: 'csv-empty-row', file: 'claims.csv', line: rowLine('claims.csv', 'albu-kamal-held,') }],
	['a changed byte in a report', 'articles/a.txt', ['1,500-2,500', '1,500-2,600'], { code: 'report-changed', file: 'articles/a.txt', id: 'a.txt' }],
	['a report checked out with CRLF', 'articles/b.txt', (t) => t.replace(/\n/g, '\r\n'), { code: 'report-changed', file: 'articles/b.txt', id: 'b.txt', names: ['CRLF'] }],
	['a report saved as Windows-1252', 'articles/a.txt', { bytes: (b) => Buffer.concat([b, Buffer.from([0x92])]) }, { code: 'not-utf8', file: 'articles/a.txt', ...endOfFile('articles/a.txt') }],
	// Coverage (issue 10): every figure in the reports is a claim or an omission with its reason.
	['a claim deleted, leaving a figure of its report unaccounted for', 'claims.csv', without('operations-2005'), { code: 'figure-not-covered', file: 'articles/a.txt', ...positionOf('articles/a.txt', '2005'), names: ['2005'] }],
	['an omission that misquotes its report', 'omitted.csv', ['‘A few thousand Daesh left’', '‘A few thousand IS left’'], { code: 'quote-not-verbatim', file: 'omitted.csv', cell: ['b.txt,5,', 'quote'], field: 'quote', names: ['b.txt', 'Daesh'] }],
	['a missing omitted.csv', 'omitted.csv', 'delete', { code: 'file-missing', file: 'omitted.csv' }],
	// The copy (issue 10): counts of reports are computed, never typed; so are their dates.
	['a count of reports typed into the copy', 'story.aml', ['{{#Reports all}} tell the story here.', 'Five reports tell the story here.'], { code: 'number-word', file: 'story.aml', field: 'method paragraph 1', names: ['five'] }],
	['a malformed reference in the copy', 'story.aml', ['{{#Reports all}}', '{{#Reports}}'], { code: 'malformed-reference', file: 'story.aml', field: 'method paragraph 1', names: ['{{#Reports}}'] }],
	// Every field a reader sees (issue 21): derived from, or checked against, the quote and its report.
	['a state the quote gives before the change it reports ("still held by" of a retaken town)', 'claims.csv', cell('rawa-retaken', 'status', 'still held'), { code: 'status-superseded', ...claimCell('rawa-retaken', 'status') }],
	['a hedge cut short ("more than" to "than")', 'claims.csv', cell('lost-96', 'qualifier', 'than'), { code: 'qualifier-not-the-hedge', ...claimCell('lost-96', 'qualifier'), names: ['more than'] }],
	['a qualifier that is words of the quote but no hedge', 'claims.csv', cell('fighters-qaim-001', 'qualifier', 'fighters left'), { code: 'qualifier-not-the-hedge', ...claimCell('fighters-qaim-001', 'qualifier') }],
	['a figure given to a source the report never names', 'claims.csv', cell('lost-96', 'attributed_to', 'Syrian Observatory for Human Rights'), { code: 'attribution-not-in-report', ...claimCell('lost-96', 'attributed_to'), names: ['Observatory'] }],
	['a text that drops the quote\'s negation', 'claims.csv', cell('rawa-not-yet', 'text', 'fully controlled'), { code: 'text-drops-negation', ...claimCell('rawa-not-yet', 'text') }],
	['an invented day for a vague "Friday"', 'claims.csv', cell('rawa-retaken', 'event_date', '2017-11-17'), { code: 'event-date-too-precise', ...claimCell('rawa-retaken', 'event_date') }],
	['an invented day for a year', 'claims.csv', cell('held-third-001', 'event_date', '2014-06-29'), { code: 'event-date-too-precise', ...claimCell('held-third-001', 'event_date') }],
	['an event dated after its report was printed', 'claims.csv', cell('albu-kamal-held', 'event_date', '2017-11-05'), { code: 'event-after-report', ...claimCell('albu-kamal-held', 'event_date'), names: ['b.txt'] }],
	['a value that is another number of its quote (95 percent to 2014)', 'claims.csv', cell('lost-95', 'value', '2014'), { code: 'value-not-the-figure', ...claimCell('lost-95', 'value'), names: ['95'] }],
	['a range\'s high that is its low', 'claims.csv', cell('fighters-qaim-001', 'high', '1500'), { code: 'value-not-the-figure', ...claimCell('fighters-qaim-001', 'high') }],
	['an unknown place', 'claims.csv', cell('lost-95', 'place', 'atlantis'), { code: 'unknown-place', ...claimCell('lost-95', 'place') }],
	['a place the report never names', 'claims.csv', cell('lost-95', 'place', 'mosul'), { code: 'place-not-named', ...claimCell('lost-95', 'place'), names: ['a.txt'] }],
	['a share lost given as a share held', 'claims.csv', cell('lost-95', 'metric', 'territory_held_share'), { code: 'metric-not-in-paragraph', ...claimCell('lost-95', 'metric') }],
	['an unknown metric', 'claims.csv', cell('held-third-001', 'metric', 'territory_held'), { code: 'unknown-metric', ...claimCell('held-third-001', 'metric') }],
	// Characters an editor cannot see (issue 21).
	['Shift+Enter (a vertical tab) in attributed_to', 'claims.csv', cell('lost-95', 'attributed_to', 'US-led\vcoalition'), { code: 'control-character', file: 'claims.csv', line: rowLine('claims.csv', 'lost-95,'), field: 'attributed_to' }],
	['a bidi override in a report\'s label', 'articles.json', ['"label": "Article B"', '"label": "Article \u202EB"'], { code: 'invisible-character', file: 'articles.json', line: positionOf('articles.json', '"label": "Article B"').line, field: 'label' }],
	['a soft hyphen splitting a number word', 'story.aml', ['give no total of their own.', 'give no total of their own, fi\u00ADve.'], { code: 'invisible-character', file: 'story.aml', line: positionOf('story.aml', 'give no total of their own.').line, field: 'text' }],
	['a zero-width joiner splitting a number word', 'story.aml', ['give no total of their own.', 'give no total of their own, fi\u200Dve.'], { code: 'invisible-character', file: 'story.aml', line: positionOf('story.aml', 'give no total of their own.').line, field: 'text' }],
	// The typed-figure rule, walked around (issue 21): any Unicode number, any spelling of a count.
	...(['²', '½', '⑤', 'Ⅴ'] as const).map((n): Case => [`${n} typed into prose`, 'story.aml', ['give no total of their own.', `give no total of their own, ${n}.`], { code: 'typed-figure', file: 'story.aml', id: 'fighters-sum', field: 'text', names: [n] }]),
	['a number word spelt with a Cyrillic е', 'story.aml', ['give no total of their own.', 'give no total of their own, fivе.'], { code: 'number-word', file: 'story.aml', id: 'fighters-sum', field: 'text', names: ['five'] }],
	['a multiplier word', 'story.aml', ['give no total of their own.', 'give no total of their own, a tenfold rise.'], { code: 'number-word', file: 'story.aml', id: 'fighters-sum', field: 'text', names: ['tenfold'] }],
	['full-width letters spelling a number word', 'story.aml', ['give no total of their own.', 'give no total of their own, ｆｉｖｅ.'], { code: 'number-word', file: 'story.aml', id: 'fighters-sum', field: 'text', names: ['five'] }],
	['a zero-width space in a chart title', 'charts', { chart: 'fighters', set: { title: 'Fi\u200Bve fighters' } }, { code: 'invisible-character', file: 'src/lib/charts/fighters/spec.ts', id: 'fighters', field: 'title' }],
	// Lookups by a name from the data see only the data's own names (issue 21).
	['{{@constructor}}, a name every object has', 'story.aml', ['{{#Reports all}} tell the story here.', '{{@constructor}} tell the story here.'], { code: 'unknown-generated', file: 'story.aml', field: 'method paragraph 1', names: ['constructor'] }],
	['a river named toString in a relation check', 'story.aml', ['alt: Rawa is marked retaken.', 'alt: Rawa is marked retaken.\n[.relations]\nphrase: Rawa is marked\ncheck: on-river rawa toString\n[]'], { code: 'relation-unknown-id', file: 'story.aml', id: 'town-rawa', names: ['toString'] }],
	// Dates that are no day of the calendar (issue 21).
	['a published: of 30 February', 'story.aml', ['published: 2026-11-20', 'published: 2026-02-30'], { code: 'not-iso-date', file: 'story.aml', field: 'published' }],
	['a report dated 30 February', 'articles.json', ['"date": "2017-11-04"', '"date": "2017-02-30"'], { code: 'not-iso-date', file: 'articles.json', field: '[1].date' }],
	['a date bound of 31 April', 'articles.json', ['"earliest": "2017-11-01"', '"earliest": "2017-04-31"'], { code: 'not-iso-date', file: 'articles.json', field: '[0].date_bounds.earliest' }],
	['an event_date of 29 February in 2017', 'claims.csv', cell('rawa-retaken', 'event_date', '2017-02-29'), { code: 'not-iso-date', ...claimCell('rawa-retaken', 'event_date') }],
	['a chart\'s section deleted', 'story.aml', (t) => t.replace(/\nid: towns\n[\s\S]*?\n\[\]\n(?=\[\]\n$)/, '\n'), { code: 'chart-not-shown', file: 'src/lib/charts/towns/spec.ts', id: 'towns' }],
	// Copy ArchieML drops without a word (issue 21): each is a problem at its line.
	['a misspelt key in a [+…] block', 'story.aml', ['text: {{#Reports all}} tell', 'txt: {{#Reports all}} tell'], { code: 'unknown-field', file: 'story.aml', line: positionOf('story.aml', 'text: {{#Reports all}} tell').line, field: 'txt' }],
	['a second line of a step\'s text', 'story.aml', ['our sum. The reports give', 'our sum.\nThe reports give'], { code: 'story-line-ignored', file: 'story.aml', line: positionOf('story.aml', 'our sum. The reports give').line + 1, id: 'fighters-sum' }],
	['a line of a section with no key', 'story.aml', ['chart: fighters\n', 'chart: fighters\nand the rest\n'], { code: 'story-line-ignored', file: 'story.aml', line: positionOf('story.aml', 'chart: fighters').line + 1 }],
	['[+method] written [method]', 'story.aml', ['[+method]', '[method]'], { code: 'unknown-block', file: 'story.aml', line: positionOf('story.aml', '[+method]').line, field: 'method' }],
	['[.+body] written [.body]', 'story.aml', ['[.+body]', '[.body]'], { code: 'unknown-block', file: 'story.aml', line: positionOf('story.aml', '[.+body]').line, field: 'body', id: 'size' }],
	['an unknown block', 'story.aml', ['[.steps]', '[.stesp]'], { code: 'unknown-block', file: 'story.aml', line: positionOf('story.aml', '[.steps]').line, field: 'stesp', id: 'fighters' }],
	[':ignore, which drops the rest of the story', 'story.aml', ['id: towns\n', ':ignore\nid: towns\n'], { code: 'story-line-ignored', file: 'story.aml', line: positionOf('story.aml', 'id: towns').line }],
	[':skip, which drops lines up to :endskip', 'story.aml', ['id: town-rawa\n', ':skip\nid: town-rawa\n'], { code: 'story-line-ignored', file: 'story.aml', line: positionOf('story.aml', 'id: town-rawa').line }],
	['a second paragraph line in a [+…] block (accepted: it is a paragraph)', 'story.aml', ['tell the story here.', 'tell the story here.\nAnd here.'], null],
	['a value continued to :end (accepted: it is read)', 'story.aml', ['credit: the tests', 'credit: the tests\nand more\n:end'], null],
	// What articles.json says a report prints, checked against the report (issue 21).
	['a dateline the report does not print', 'articles.json', entries((l) => { l[0].dateline = 'MOSUL'; }), { code: 'dateline-not-printed', ...entryField('[0].dateline') }],
	['a dateline that is a word of the report, not its start', 'articles.json', entries((l) => { l[0].dateline = 'Rawa'; }), { code: 'dateline-not-printed', ...entryField('[0].dateline') }],
	['a printed dateline dropped', 'articles.json', entries((l) => { l[0].dateline = null; }), { code: 'dateline-missing', ...entryField('[0].dateline') }],
	['a headline the report does not print', 'articles.json', entries((l) => { l[1].headline = 'The group is beaten'; }), { code: 'headline-not-printed', ...entryField('[1].headline') }],
	['a headline that is only part of a line of the report', 'articles.json', entries((l) => { l[1].headline = 'the last town'; }), { code: 'headline-not-printed', ...entryField('[1].headline') }],
	['an empty headline', 'articles.json', entries((l) => { l[1].headline = ''; }), { code: 'required-field', ...entryField('[1].headline') }],
	['a subhead the report does not print', 'articles.json', entries((l) => { l[1].subheads = ['A few thousand left']; }), { code: 'subhead-not-printed', ...entryField('[1].subheads[0]') }],
	['a subhead that is a sentence of the body', 'articles.json', entries((l) => { l[1].subheads = ['Albu Kamal']; }), { code: 'subhead-not-printed', ...entryField('[1].subheads[0]') }],
	['two reports with one label', 'articles.json', entries((l) => { l[1].label = 'Article A'; }), { code: 'label-not-its-letter', ...entryField('[1].label'), names: ['Article B'] }],
	['a label not of the site’s form', 'articles.json', entries((l) => { l[1].label = 'Report 2'; }), { code: 'label-not-its-letter', ...entryField('[1].label') }],
	['two labels swapped', 'articles.json', entries((l) => { [l[0].label, l[1].label] = [l[1].label, l[0].label]; }), { code: 'label-not-its-letter', ...entryField('[0].label') }],
	['one report described twice (a phantom report on /sources)', 'articles.json', entries((l) => { l.push({ ...l[1] }); }), { code: 'report-described-twice', ...entryField('[2].file'), names: ['b.txt'] }],
	['an entry for a report not in articles/', 'articles.json', entries((l) => { l.push({ ...l[1], file: 'c.txt', label: 'Article C' }); }), { code: 'report-missing', ...entryField('[2].file'), names: ['c.txt'] }],
	['a report with no entry', 'articles.json', entries((l) => { l.pop(); }), { code: 'report-not-described', file: 'articles.json', id: 'b.txt' }],
	['a day for a report that prints none', 'articles.json', entries((l) => { l[0].date = '2017-11-10'; l[0].date_bounds = { earliest: '2017-11-10', latest: '2017-11-10' }; l[0].date_display = '10 November 2017'; }), { code: 'date-not-printed', ...entryField('[0].date') }],
	['a day other than the one printed', 'articles.json', entries((l) => { l[1].date = '2017-11-05'; l[1].date_display = '5 November 2017'; }), { code: 'date-not-printed', ...entryField('[1].date') }],
	['a date read from the report with no bounds', 'articles.json', entries((l) => { l[0].date_bounds = null; }), { code: 'date-bounds-missing', ...entryField('[0].date_bounds') }],
	['a date read from the report with no evidence', 'articles.json', entries((l) => { l[0].date_evidence = null; l[0].date_evidence_paragraph = null; }), { code: 'required-field', ...entryField('[0].date_evidence') }],
	['bounds earlier than the day the evidence prints', 'articles.json', entries((l) => { l[1].date = '2017-11'; l[1].date_display = 'not printed; on or after 1 November 2017'; l[1].date_bounds = { earliest: '2017-11-01', latest: null }; }), { code: 'date-bounds', ...entryField('[1].date_bounds') }],
	['bounds outside the date', 'articles.json', entries((l) => { l[0].date_bounds = { earliest: '2017-10-27', latest: '2017-11-30' }; }), { code: 'date-bounds', ...entryField('[0].date_bounds') }],
	['a date read from the report displayed as printed', 'articles.json', entries((l) => { l[0].date_display = 'a day from 1 to 30 November 2017'; }), { code: 'date-display', ...entryField('[0].date_display') }],
	['a printed date displayed as not printed', 'articles.json', entries((l) => { l[1].date_display = 'not printed; 4 November 2017'; }), { code: 'date-display', ...entryField('[1].date_display') }],
	['a displayed day that is neither the date nor a bound', 'articles.json', entries((l) => { l[0].date_display = 'not printed; by our reading, a day from 3 to 30 November 2017'; }), { code: 'date-display', ...entryField('[0].date_display'), names: ['3 November 2017'] }],
	['date evidence not verbatim in its paragraph', 'articles.json', entries((l) => { l[1].date_evidence = '5 November 2017'; }), { code: 'quote-not-verbatim', ...entryField('[1].date_evidence') }],
	['date evidence in another paragraph', 'articles.json', entries((l) => { l[1].date_evidence_paragraph = 2; }), { code: 'quote-in-other-paragraph', ...entryField('[1].date_evidence_paragraph') }],
	['empty date evidence (found in any text)', 'articles.json', entries((l) => { l[0].date_evidence = ''; }), { code: 'required-field', ...entryField('[0].date_evidence') }],
	['a date basis quoting words no report prints', 'articles.json', entries((l) => { l[0].date_basis = 'Its “last Friday” is read as November 2017.'; }), { code: 'basis-quote-not-printed', ...entryField('[0].date_basis'), names: ['last Friday'] }],
	['a date basis naming a report there is not', 'articles.json', entries((l) => { l[0].date_basis = 'Its “on Friday” is the Friday of Article Q.'; }), { code: 'basis-names-unknown-report', ...entryField('[0].date_basis'), names: ['Article Q'] }],
	['a date basis giving a day the wrong weekday', 'articles.json', entries((l) => { l[0].date_basis = 'Its “on Friday” is read as a Friday: 4 November 2017 is a Friday.'; }), { code: 'basis-weekday-wrong', ...entryField('[0].date_basis'), names: ['Saturday'] }],
	['a recorded sha256 that is not a hash', 'articles.json', [B_SHA256, 'fd99'], { code: 'wrong-format', file: 'articles.json', field: '[1].sha256' }]
];

describe('hostile edits of a data folder', () => {
	it.each(CASES)('%s (%s)', (_what, file, edit, expected) =>
		expectAnswer(FIXTURE, file, edit, expected, FIXTURE_CHARTS)
	);

	it('starts from a fixture that checks out', () => {
		expect(problemsOf(FIXTURE, FIXTURE_CHARTS)).toEqual([]);
	});
});
