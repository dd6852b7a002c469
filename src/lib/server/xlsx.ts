// The spreadsheet edition of a table (/data/<name>.xlsx), for Excel and its kin: every text cell is
// stored as text (so "2017-11" and "04/11/2017" stay as written, never becoming dates), numbers as
// numbers, and no cell is ever a formula. A second sheet describes the columns.
import type { CsvRow } from '$lib/csv';
import { zip } from './zip';

/** A column of the spreadsheet: key, type, what it means; `text` columns keep Excel's text format. */
export interface SheetColumn {
	key: string;
	type: 'number' | 'string';
	description: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text safe in XML: escaped, and without the control characters XML 1.0 forbids. */
const xmlText = (s: string) =>
	s
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
		.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let s = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	}
	return s;
}

/** Style ids in styles.xml: 0 general, 1 bold header, 2 text ("@"). */
const STYLE = { header: 1, text: 2 };

function textCell(ref: string, text: string, style: number): string {
	return `<c r="${ref}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

function sheet(header: string[], rows: (string | number | null)[][], widths: number[]): string {
	const lines = [header, ...rows].map((cells, r) => {
		const out = cells.map((cell, c) => {
			const ref = `${columnLetter(c)}${r + 1}`;
			if (cell === null || cell === '') return '';
			if (r === 0) return textCell(ref, String(cell), STYLE.header);
			return typeof cell === 'number'
				? `<c r="${ref}"><v>${cell}</v></c>`
				: textCell(ref, cell, STYLE.text);
		});
		return `<row r="${r + 1}">${out.join('')}</row>`;
	});
	const cols = widths
		.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
		.join('');
	return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${lines.join('')}</sheetData></worksheet>`;
}

/** A column's width in characters: its longest cell, within reason. */
const widthOf = (values: unknown[]) =>
	Math.min(60, Math.max(8, ...values.map((v) => String(v ?? '').length + 2)));

const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The workbook: sheet "data" (the rows) and sheet "columns" (what each column means). */
export function xlsx(rows: CsvRow[], columns: SheetColumn[]): Uint8Array {
	const values = rows.map((r) => columns.map((c) => r[c.key] ?? null));
	const data = sheet(
		columns.map((c) => c.key),
		values,
		columns.map((c, i) => widthOf([c.key, ...values.map((v) => v[i])]))
	);
	const about = sheet(
		['column', 'type', 'description'],
		columns.map((c) => [c.key, c.type === 'number' ? 'number' : 'text', c.description]),
		[widthOf(columns.map((c) => c.key)), 8, 100]
	);
	const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
	return zip([
		[
			'[Content_Types].xml',
			`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${sheetType}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${sheetType}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${sheetType}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${sheetType}.styles+xml"/></Types>`
		],
		[
			'_rels/.rels',
			`${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		],
		[
			'xl/workbook.xml',
			`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/><sheet name="columns" sheetId="2" r:id="rId2"/></sheets></workbook>`
		],
		[
			'xl/_rels/workbook.xml.rels',
			`${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
		],
		['xl/styles.xml', STYLES],
		['xl/worksheets/sheet1.xml', data],
		['xl/worksheets/sheet2.xml', about]
	]);
}
