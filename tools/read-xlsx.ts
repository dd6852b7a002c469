// Reads a .xlsx the way a spreadsheet does, for the tests: unzips it (ZIP central directory,
// deflate), checks the parts a spreadsheet needs are there and related, and returns each sheet's
// cells with their types: a number cell, a text cell, or a formula (which a safe file never has).
import { inflateRawSync } from 'node:zlib';

export type SheetCell =
	| { type: 'number'; value: number }
	| { type: 'text'; value: string; style: string }
	| { type: 'formula'; value: string };

/** Every file in a ZIP, by path. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
	const buf = Buffer.from(bytes);
	const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('not a ZIP: no end of central directory');
	const count = buf.readUInt16LE(end + 10);
	let at = buf.readUInt32LE(end + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
		const method = buf.readUInt16LE(at + 10);
		const size = buf.readUInt32LE(at + 20);
		const nameLength = buf.readUInt16LE(at + 28);
		const extra = buf.readUInt16LE(at + 30);
		const comment = buf.readUInt16LE(at + 32);
		const local = buf.readUInt32LE(at + 42);
		const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
		const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
		const raw = buf.subarray(dataAt, dataAt + size);
		files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
		at += 46 + nameLength + extra + comment;
	}
	return files;
}

const unescape = (s: string) =>
	s.replace(
		/&(lt|gt|amp|quot|apos);/g,
		(_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e as string]!
	);

/** Column index of a cell reference: "C7" → 2. */
const columnIndex = (ref: string) =>
	[...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The workbook's sheets by name, each a grid of cells (null where empty). */
export function readXlsx(bytes: Uint8Array): Map<string, (SheetCell | null)[][]> {
	const files = unzip(bytes);
	const text = (path: string) => {
		const f = files.get(path);
		if (!f) throw new Error(`the workbook has no ${path}`);
		return f.toString('utf8');
	};
	const types = text('[Content_Types].xml');
	if (!text('_rels/.rels').includes('Target="xl/workbook.xml"'))
		throw new Error('no officeDocument relationship');
	const rels = new Map(
		[...text('xl/_rels/workbook.xml.rels').matchAll(/Id="(\w+)"[^>]*Target="([^"]+)"/g)].map(
			(m) => [m[1], m[2]]
		)
	);
	const sheets = new Map<string, (SheetCell | null)[][]>();
	for (const [, name, rid] of text('xl/workbook.xml').matchAll(
		/<sheet name="([^"]+)"[^>]*r:id="(\w+)"/g
	)) {
		const path = `xl/${rels.get(rid)}`;
		if (!types.includes(`PartName="/${path}"`))
			throw new Error(`[Content_Types].xml does not declare ${path}`);
		const rows: (SheetCell | null)[][] = [];
		for (const [, r, body] of text(path).matchAll(/<row r="(\d+)">(.*?)<\/row>/g)) {
			const row: (SheetCell | null)[] = [];
			for (const [, attrs, inner] of body.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
				const ref = /r="([A-Z]+\d+)"/.exec(attrs)![1];
				const formula = /<f>(.*?)<\/f>/.exec(inner ?? '');
				let cell: SheetCell;
				if (formula) cell = { type: 'formula', value: unescape(formula[1]) };
				else if (/t="inlineStr"/.test(attrs)) {
					cell = {
						type: 'text',
						value: unescape(/<t[^>]*>(.*?)<\/t>/s.exec(inner)![1]),
						style: /s="(\d+)"/.exec(attrs)?.[1] ?? '0'
					};
				} else cell = { type: 'number', value: Number(/<v>(.*?)<\/v>/.exec(inner)![1]) };
				row[columnIndex(ref)] = cell;
			}
			rows[Number(r) - 1] = Array.from(row, (c) => c ?? null);
		}
		sheets.set(name, rows);
	}
	return sheets;
}
