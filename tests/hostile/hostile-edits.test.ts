// Every hostile edit of issue 11 (and a few more), one line each: what it is, the file it edits in
// a copy of data/ (or the chart spec it patches), the edit, and the exact first problem
// `npm run verify` must answer with (null: the edit is harmless and accepted). Each runs through
// readSite, the pipeline `npm run verify` and the build run; nothing but an EvidenceError may escape.
import { describe, it, expect } from 'vitest';
import { rmSync } from 'node:fs';
import { applyEdit, cell, dataCopy, line, problemsOf, toCp1252, without, type Edit } from './edits';

const A = '000_3d5b7d1f4eb75c55.txt';
const B = '001_6af32f0e541608c2.txt';
const LF_HASH = 'fd991b61295535ece38b7bd2102868df4f09fb6ad760dcf347a2b9048aafa15d';
const FIX_JSON =
	'fix the syntax there or just before it: a missing comma, quote or bracket, or a comma before a closing bracket';
const FIX_UTF8 =
	'is not a UTF-8 character (it was probably saved as Windows-1252 or Latin-1); save it as UTF-8 without BOM';
const NO_PERCENT =
	'unit is "percent", but the quote has none of its words (percent, per cent, %); use the unit the quote gives, or leave unit empty';
const TYPED = 'is a figure typed into the copy; cite it as {{claim-id}} instead';
const bom = (b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);

type Case = [what: string, file: string, edit: Edit, expected: string | null];

// prettier-ignore
const CASES: Case[] = [
	// Reached the built site silently before issue 11.
	['a text not in its quote', 'claims.csv', cell('ruled-millions-001', 'text', '12 million'), 'claims.csv line 28, claim ruled-millions-001: text "12 million" is not in the quote; the text is shown on the page as the figure, so it must be words of the quote, copied exactly (case and curly quotes aside)'],
	['a qualifier the quote does not use', 'claims.csv', cell('territory-lost-96-003', 'qualifier', 'nearly'), 'claims.csv line 62, claim territory-lost-96-003: qualifier is "nearly", but the quote does not say "nearly" (it says "more than"); copy the quote\'s own hedge, or leave qualifier empty'],
	['a hedge dropped from the qualifier', 'claims.csv', cell('territory-lost-96-003', 'qualifier', ''), 'claims.csv line 62, claim territory-lost-96-003: the quote hedges the figure with "more than", but qualifier is empty; set qualifier to "more than" so the figure is shown as the quote gives it'],
	['a percent unit on a fighter range', 'claims.csv', cell('fighters-qaim-001', 'unit', 'percent'), `claims.csv line 34, claim fighters-qaim-001: ${NO_PERCENT}`],
	['a quote cut down to "95"', 'claims.csv', cell('territory-lost-95-000', 'quote', '95'), `claims.csv line 5, claim territory-lost-95-000: ${NO_PERCENT}`],
	['an unbalanced " in the last field swallows the next row', 'claims.csv', line('report-date-004', (l) => `${l}"`), 'claims.csv line 71, column 169, claim report-date-004: the quoted field that opens here is closed by the " at line 72, column 246, and text follows it (“Friday” in a re…): it runs over a line break, so a " is probably unbalanced; fix the quotes (the rows after it are read once it is fixed)'],
	['a duplicate step id', 'story.aml', ['id: lost-96', 'id: lost-95'], 'story.aml step lost-95: id "lost-95" is already used by story.aml step lost-95; ids must be unique on the page'],
	['an unknown chart:', 'story.aml', ['chart: fighters', 'chart: fighter'], 'story.aml section fighters: chart: "fighter" is not a chart; the charts are: caliphate-size, territory-lost, held-shares, town-sequence, fighters'],
	['event_date 1999', 'claims.csv', cell('rawa-retaken-000', 'event_date', '1999'), `claims.csv line 2, claim rawa-retaken-000: event_date 1999: the year 1999 is not printed in ${A}, and its own date in articles.json is 2017-11; a date must be read from the report: use a year it prints or its own year (and say how in event_date_basis), or leave event_date empty`],
	['an articles.json date "Friday"', 'articles.json', ['"date": "2017-11-04"', '"date": "Friday"'], 'articles.json [3].date: "Friday" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); write the date the text evidences, or null if it prints none'],
	['an extra field in one row', 'claims.csv', line('qaim-crossing-seized-002', (l) => `${l},oops`), 'claims.csv line 52, column 386, claim qaim-crossing-seized-002: the row has 18 fields but the header has 17: an extra field "oops" starts here; remove it, or put a field that contains a comma in quotes'],
	['an extra column', 'claims.csv', (t) => t.replace(/\n/g, ',\n').replace(/,\n/, ',notes\n'), 'claims.csv line 1 (the header): column 18 is "notes", which is not a claim column; remove that column from every row (the columns are: claim_id, article, paragraph, quote, metric, value, low, high, text, unit, qualifier, place, place_as_written, attributed_to, event_date, event_date_basis, status)'],
	['a column name added to the header only', 'claims.csv', (t) => t.replace('\n', ',notes\n'), 'claims.csv line 1 (the header): column 18 is "notes", which is not a claim column; remove that column from every row (the columns are: claim_id, article, paragraph, quote, metric, value, low, high, text, unit, qualifier, place, place_as_written, attributed_to, event_date, event_date_basis, status)'],
	['full-width digits in prose', 'story.aml', ['The reports give no numerical total for the towns together.', 'The reports give no total, ３,５００.'], `story.aml step fighters-sum: "３,５００." ${TYPED}`],
	['Arabic-Indic digits in prose', 'story.aml', ['The reports give no numerical total for the towns together.', 'The reports give no total, ٣٥٠٠.'], `story.aml step fighters-sum: "٣٥٠٠." ${TYPED}`],
	['digits in a chart description', 'src/lib/charts/fighters/spec.ts', { spec: { description: 'The 3,500 fighters left.' } }, 'chart fighters (src/lib/charts/fighters/spec.ts) description: "3,500" is a figure typed into the chart\'s copy; a title or description carries no figures (they would be uncited): reword it without the number'],
	['a place_as_written not in its paragraph', 'claims.csv', cell('rawa-record-time-000', 'place_as_written', 'Rawa'), `claims.csv line 9, claim rawa-record-time-000: place_as_written "Rawa" is not printed in ${A}, paragraph 6; copy the place's name exactly as that paragraph writes it, or leave place_as_written empty`],
	// Failed with a stack trace or a misleading message before issue 11.
	['a malformed articles.json', 'articles.json', ['"label": "Article B",', '"label": "Article B"'], `articles.json line 24, column 5: is not valid JSON (Expected ',' or '}' after property value); ${FIX_JSON}`],
	['an unknown town: field', 'story.aml', ['state: rawa', 'state: rawa\ntown: rawwa'], 'story.aml step town-rawa: has an unknown field "town:"; the fields are: id, state, text, alt, relations (remove it, or fix its name)'],
	['a misspelt town (a map state)', 'story.aml', ['state: rawa', 'state: rawwa'], 'story.aml step town-rawa: state: "rawwa" is not a state of chart town-sequence; its states are: mosul, raqqa, deir-ez-zor, al-qaim-border-crossing, al-qaim, rawa, albu-kamal'],
	['a claim the copy and a chart use, deleted', 'claims.csv', without('qaim-entered-004'), 'story.aml step town-qaim: cites claim "qaim-entered-004", which is not in claims.csv; correct the id, or add the claim to data/claims.csv'],
	['a claim a derived figure uses, renamed', 'claims.csv', cell('fighters-albu-kamal-001', 'claim_id', 'fighters-abu-kamal-001'), 'src/lib/evidence/derived.ts, derived figure fighters-dillon-sum: needs claim "fighters-albu-kamal-001", which is not in claims.csv; restore its row in data/claims.csv, or change how fighters-dillon-sum is computed'],
	['claims.csv saved as Windows-1252', 'claims.csv', { bytes: toCp1252 }, `claims.csv line 2, column 280: the file is not UTF-8: byte 0x93 after "against the others, its " ${FIX_UTF8}`],
	['story.aml saved as Windows-1252', 'story.aml', { bytes: toCp1252 }, `story.aml line 34, column 27: the file is not UTF-8: byte 0x92 after "k: How the Islamic State" ${FIX_UTF8}`],
	['a trailing blank line (accepted: it holds no data)', 'claims.csv', (t) => `${t}\n\n`, null],
	['empty spreadsheet rows at the end (accepted)', 'claims.csv', (t) => `${t}${','.repeat(16)}\n${','.repeat(16)}\n`, null],
	['a typo mid-quote: the hint names its character', 'claims.csv', cell('territory-lost-95-000', 'quote', 'has lost 95 percent of the cross-bordre "caliphate" it declared in Iraq and Syria in 2014'), `claims.csv line 5, claim territory-lost-95-000: the quote is not verbatim in ${A}, paragraph 3: closest text in the paragraph: "has lost 95 percent of the cross-border "caliphate" it declared in Iraq and Syria in 2014"; words that differ: "cross-bordre" (article: "cross-border"); the first difference is character 38 of the quote, where the quote has "r" and the article has "e"`],
	['a missing claims.csv', 'claims.csv', 'delete', 'claims.csv: the file is missing from the data folder; restore it (git checkout -- data/claims.csv)'],
	['a missing story.aml', 'story.aml', 'delete', 'story.aml: the file is missing from the data folder; restore it (git checkout -- data/story.aml)'],
	['a missing articles.json', 'articles.json', 'delete', 'articles.json: the file is missing from the data folder; restore it (git checkout -- data/articles.json)'],
	['a missing articles folder', 'articles', 'delete', 'articles/: the folder of reports is missing from the data folder; restore it (git checkout -- data/articles)'],
	// Encodings, line endings and the reports' bytes.
	['a BOM', 'claims.csv', { bytes: bom }, 'claims.csv line 1, column 1: the file starts with a byte order mark (BOM); save it as UTF-8 without BOM'],
	['CRLF line endings', 'claims.csv', (t) => t.replace(/\n/g, '\r\n'), 'claims.csv line 1, column 147: the file has Windows line endings (CRLF) on 100 lines, the first here; save it with LF line endings'],
	['a blank line between rows', 'claims.csv', line('qaim-entered-004', (l) => `\n${l}`), 'claims.csv line 80: the line is blank; delete it (empty rows are accepted only at the end of the file)'],
	['a changed byte in a report', `articles/${B}`, ['1,500-2,500', '1,500-2,600'], `articles/${B}: the file has changed: its sha256 is 4ef48321bdbce75cbdbae19e35709ee88766aa49e6c10063c6758ecf6b4afd88, but articles.json [1].sha256 records ${LF_HASH}; the reports are kept byte for byte: restore it (git checkout -- data/articles/${B}), or, if the report itself was replaced on purpose, record its new sha256.`],
	['a report checked out with CRLF', `articles/${B}`, (t) => t.replace(/\n/g, '\r\n'), `articles/${B}: the file has changed: its sha256 is 7a43f4f65447da56ae1270b9ae91c7559a6593a46bdf17a46f8b7a46f8053e13, but articles.json [1].sha256 records ${LF_HASH}; the reports are kept byte for byte: restore it (git checkout -- data/articles/${B}), or, if the report itself was replaced on purpose, record its new sha256. It has Windows line endings (CRLF): it was converted on checkout or by an editor, which .gitattributes (data/articles/** -text) is there to prevent.`],
	['a report saved as Windows-1252', `articles/${A}`, { bytes: (b) => Buffer.concat([b, Buffer.from([0x92])]) }, `articles/${A} line 35, column 213: the file is not UTF-8: byte 0x92 after "me to carry out attacks." ${FIX_UTF8}`],
	// Coverage (issue 10): every figure in the reports is a claim or an omission with its reason.
	['a claim deleted, leaving a figure of its report unaccounted for', 'claims.csv', without('euphrates-operations-2005-000'), `articles/${A} paragraph 11: "2005" (…names like Matador and Steel Curtain in 2005 to flush out Al-Qaeda militants.…) is a figure no claim quotes and data/omitted.csv does not list; add a claim for it, or a row to omitted.csv saying why it is left out`],
	['an omission that misquotes its report', 'omitted.csv', ['‘A few thousand Daesh left’', '‘A few thousand IS left’'], 'omitted.csv line 3: the quote is not verbatim in 004_9a330f684fae510a.txt, paragraph 5: closest text in the paragraph: "‘A few thousand Daesh left’"; words that differ: "IS" (article: "Daesh"); the first difference is character 17 of the quote, where the quote has "I" and the article has "D"'],
	['a missing omitted.csv', 'omitted.csv', 'delete', 'omitted.csv: the file is missing from the data folder; restore it (git checkout -- data/omitted.csv)'],
	// The copy (issue 10): counts of reports are computed, never typed; so are their dates.
	['a count of reports typed into the copy', 'story.aml', ['{{#Reports all}} tell the story here.', 'Five reports tell the story here.'], 'story.aml intro paragraph 1: "five" is a number word typed into the copy; cite it as {{claim-id}}, count reports with {{#reports claim-id …}}, or reword without it'],
	['a malformed reference in the copy', 'story.aml', ['{{#Reports all}}', '{{#Reports}}'], 'story.aml intro paragraph 1: "{{#Reports}}" is not a reference: write {{claim-id}}, {{claim-id|date}}, {{=derived-id}}, {{#reports claim-id …}} or {{@generated-text}}'],
	['a recorded sha256 that is not a hash', 'articles.json', [LF_HASH, 'fd99'], 'articles.json [1].sha256: must be 64 lowercase hex digits (the output of sha256sum)']
];

describe('hostile edits of data/', () => {
	it.each(CASES)('%s (%s)', (what, file, edit, expected) => {
		const dir = dataCopy();
		try {
			const problems = problemsOf(dir, applyEdit(dir, file, edit));
			if (expected === null) expect(problems).toEqual([]);
			else {
				expect(problems[0]).toBe(expected);
				// One edit, one cause: a few messages at most, never a cascade.
				expect(problems.length).toBeLessThanOrEqual(3);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
