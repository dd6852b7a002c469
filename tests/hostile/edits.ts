// Hostile edits, as a careless editor or an attacker would make them, applied to a temporary copy of
// data/ (or to a chart spec), and the problems the pipeline answers with.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyChartSpec } from '$lib/charts/chart-spec';
import { CHART_SPECS } from '$lib/charts/registry';
import { EvidenceError } from '$lib/evidence/problems';
import { readSite } from '$lib/server/site';

/** How a file is edited: search → replace, a function of its text or of its bytes, or deleted. */
export type Edit =
	| [from: string, to: string]
	| ((text: string) => string)
	| { bytes: (b: Buffer) => Buffer }
	| { spec: Record<string, unknown> }
	| 'delete';

/** A copy of data/ in a temporary folder. */
export function dataCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'last-towns-hostile-'));
	cpSync('data', dir, { recursive: true });
	return dir;
}

/** Applies an edit to a file of a data copy; a chart spec's edit comes back as the specs to use. */
export function applyEdit(dir: string, file: string, edit: Edit): AnyChartSpec[] {
	const spec = /^src\/lib\/charts\/([^/]+)\/spec\.ts$/.exec(file);
	if (spec) {
		if (typeof edit !== 'object' || !('spec' in edit)) throw new Error(`${file}: use { spec: … }`);
		if (!CHART_SPECS.some((s) => s.id === spec[1])) throw new Error(`no chart ${spec[1]}`);
		return CHART_SPECS.map((s) => (s.id === spec[1] ? { ...s, ...edit.spec } : s));
	}
	const path = join(dir, file);
	if (edit === 'delete') rmSync(path, { recursive: true });
	else if (Array.isArray(edit)) {
		const before = readFileSync(path, 'utf8');
		if (!before.includes(edit[0]))
			throw new Error(`the edit does not apply to ${file}: ${edit[0]}`);
		writeFileSync(path, before.replace(edit[0], edit[1]));
	} else if (typeof edit === 'function') {
		const before = readFileSync(path, 'utf8');
		const after = edit(before);
		if (after === before) throw new Error(`the edit changes nothing in ${file}`);
		writeFileSync(path, after);
	} else if ('bytes' in edit) writeFileSync(path, edit.bytes(readFileSync(path)));
	else throw new Error(`${file}: { spec } edits are for chart specs`);
	return CHART_SPECS;
}

/** The fields of one CSV line (no line breaks inside), RFC 4180 quoting. */
function splitLine(line: string): string[] {
	const out: string[] = [];
	let i = 0;
	for (;;) {
		let value = '';
		if (line[i] === '"') {
			for (i++; i < line.length; i++) {
				if (line[i] === '"' && line[i + 1] === '"') value += line[i++];
				else if (line[i] === '"') break;
				else value += line[i];
			}
			i++;
		} else {
			const end = line.indexOf(',', i) < 0 ? line.length : line.indexOf(',', i);
			value = line.slice(i, end);
			i = end;
		}
		out.push(value);
		if (line[i] !== ',') return out;
		i++;
	}
}

const quoteCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** An edit of claims.csv: one claim's cell set to a value, the rest of the file untouched. */
export function cell(claimId: string, column: string, value: string): (text: string) => string {
	return (text) => {
		const lines = text.split('\n');
		const header = splitLine(lines[0]);
		const at = lines.findIndex((l) => l.startsWith(`${claimId},`));
		const k = header.indexOf(column);
		if (at < 0 || k < 0) throw new Error(`no claim ${claimId} or column ${column}`);
		const fields = splitLine(lines[at]);
		fields[k] = value;
		lines[at] = fields.map(quoteCell).join(',');
		return lines.join('\n');
	};
}

/** An edit of claims.csv: one claim's line changed by a function of the raw line. */
export function line(claimId: string, f: (raw: string) => string): (text: string) => string {
	return (text) =>
		text
			.split('\n')
			.map((l) => (l.startsWith(`${claimId},`) ? f(l) : l))
			.join('\n');
}

/** UTF-8 text re-encoded as Windows-1252 for the characters the reports use (’ “ ” — –). */
export function toCp1252(b: Buffer): Buffer {
	const map: Record<string, number> = {
		'’': 0x92,
		'‘': 0x91,
		'“': 0x93,
		'”': 0x94,
		'—': 0x97,
		'–': 0x96
	};
	return Buffer.from([...b.toString('utf8')].map((c) => map[c] ?? c.charCodeAt(0) & 0xff));
}

/** What the pipeline says about a data folder: one line a problem, [] when it builds. */
export function problemsOf(dir: string, specs: AnyChartSpec[] = CHART_SPECS): string[] {
	try {
		readSite(dir, specs);
		return [];
	} catch (e) {
		if (e instanceof EvidenceError) return e.problems.map((p) => `${p.where}: ${p.message}`);
		throw e;
	}
}

/** An edit of claims.csv: one claim's row deleted. */
export function without(claimId: string): (text: string) => string {
	return (text) =>
		text
			.split('\n')
			.filter((l) => !l.startsWith(`${claimId},`))
			.join('\n');
}
