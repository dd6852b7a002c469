// Reads a .xlsx the way a spreadsheet does, for the tests: unzips it (ZIP central directory,
// deflate), checks the parts a spreadsheet needs are there and related, and returns each sheet's
// cells with their types: a number cell, a text cell (inline or shared, with the number format and
// weight its style gives it), or a formula (which a safe file never has).
import { inflateRawSync } from 'node:zlib';

export type SheetCell =
	| { type: 'number'; value: number }
	/** `format` is the cell's number format code: '@' is Excel's Text format. */
	| { type: 'text'; value: string; format: string; bold: boolean }
	| { type: 'formula'; value: string };

/** Number formats Excel knows by id without declaring them (the ones a text cell may carry). */
const BUILT_IN_FORMATS: Record<string, string> = { '0': 'General', '49': '@' };

/** Each style index's number format code and whether its font is bold (xl/styles.xml). */
function readStyles(xml: string | undefined): { format: string; bold: boolean }[] {
	if (!xml) return [];
	const custom = new Map(
		[...xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
			m[1],
			unescape(m[2])
		])
	);
	const fonts = [
		...(/<fonts[^>]*>(.*?)<\/fonts>/s.exec(xml)?.[1] ?? '').matchAll(
			/<font\b[^>]*?(?:\/>|>(.*?)<\/font>)/gs
		)
	].map((m) => /<b\s*\/>|<b\s+val="(1|true)"/.test(m[1] ?? ''));
	const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(xml)?.[1] ?? '';
	return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map(([, attrs]) => {
		const id = /numFmtId="(\d+)"/.exec(attrs)?.[1] ?? '0';
		const font = Number(/fontId="(\d+)"/.exec(attrs)?.[1] ?? 0);
		return {
			format: custom.get(id) ?? BUILT_IN_FORMATS[id] ?? `#${id}`,
			bold: fonts[font] ?? false
		};
	});
}

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
		[...text('xl/_rels/workbook.xml.rels').matchAll(/\bId="([^"]+)"[^>]*Target="([^"]+)"/g)].map(
			(m) => [m[1], m[2]]
		)
	);
	const styles = readStyles(files.get('xl/styles.xml')?.toString('utf8'));
	const shared = [
		...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>(.*?)<\/si>/gs)
	].map((m) => [...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unescape(t[1])).join(''));
	const styleOf = (attrs: string) =>
		styles[Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0)] ?? { format: 'General', bold: false };
	const sheets = new Map<string, (SheetCell | null)[][]>();
	for (const [, attrs] of text('xl/workbook.xml').matchAll(/<sheet\b([^>]*)\/?>/g)) {
		const name = unescape(/\bname="([^"]+)"/.exec(attrs)![1]);
		const rid = /\br:id="([^"]+)"/.exec(attrs)![1];
		const path = `xl/${rels.get(rid)}`;
		if (!types.includes(`PartName="/${path}"`))
			throw new Error(`[Content_Types].xml does not declare ${path}`);
		const rows: (SheetCell | null)[][] = [];
		for (const [, r, body] of text(path).matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/gs)) {
			const row: (SheetCell | null)[] = [];
			for (const [, attrs, inner] of body.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
				const ref = /r="([A-Z]+\d+)"/.exec(attrs)![1];
				const formula = /<f>(.*?)<\/f>/.exec(inner ?? '');
				let cell: SheetCell;
				if (formula) cell = { type: 'formula', value: unescape(formula[1]) };
				else if (/t="inlineStr"/.test(attrs)) {
					const value = unescape(/<t[^>]*>(.*?)<\/t>/s.exec(inner)![1]);
					cell = { type: 'text', value, ...styleOf(attrs) };
				} else if (/t="s"/.test(attrs)) {
					const value = shared[Number(/<v>(.*?)<\/v>/.exec(inner)![1])];
					if (value === undefined) throw new Error(`${path} ${ref}: no such shared string`);
					cell = { type: 'text', value, ...styleOf(attrs) };
				} else if (/t="(str|b|e)"/.test(attrs)) {
					throw new Error(`${path} ${ref}: a cell of type ${/t="(\w+)"/.exec(attrs)![1]}`);
				} else cell = { type: 'number', value: Number(/<v>(.*?)<\/v>/.exec(inner)![1]) };
				row[columnIndex(ref)] = cell;
			}
			rows[Number(r) - 1] = Array.from(row, (c) => c ?? null);
		}
		sheets.set(name, rows);
	}
	return sheets;
}
