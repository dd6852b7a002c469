// Hostile edits, as a careless editor or an attacker would make them, applied to a temporary copy of
// a data folder (the small fixture of tests/fixtures/hostile, or data/ for the CLI), and the
// problems the pipeline answers with.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyChartSpec } from '$lib/charts/chart-spec';
import { EvidenceError, type Problem } from '$lib/evidence/problems';
import { readSite } from '$lib/server/site';
import { expect } from 'vitest';
import { cellStart } from './fixture-places';

/** How a file is edited: search → replace, a function of its text or of its bytes, or deleted. */
export type Edit =
	| [from: string, to: string]
	| ((text: string) => string)
	| { bytes: (b: Buffer) => Buffer }
	| 'delete';

/** An edit of a chart's spec: some of its fields replaced. */
export type SpecEdit = { chart: string; set: Partial<AnyChartSpec> };

/** A copy of a data folder (data/ by default) in a temporary folder. */
export function dataCopy(from = 'data'): string {
	const dir = mkdtempSync(join(tmpdir(), 'last-towns-hostile-'));
	cpSync(from, dir, { recursive: true });
	return dir;
}

/** Applies an edit to a file of a data copy. */
export function applyEdit(dir: string, file: string, edit: Edit): void {
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
	} else writeFileSync(path, edit.bytes(readFileSync(path)));
}

/** The specs with one chart's fields replaced. */
export function editSpecs(specs: AnyChartSpec[], edit: SpecEdit): AnyChartSpec[] {
	if (!specs.some((s) => s.id === edit.chart)) throw new Error(`no chart ${edit.chart}`);
	return specs.map((s) => (s.id === edit.chart ? { ...s, ...edit.set } : s));
}

/** The fields of one CSV line (no line breaks inside), RFC 4180 quoting, and where each starts. */
export function splitLine(line: string): { value: string; start: number }[] {
	const out: { value: string; start: number }[] = [];
	let i = 0;
	for (;;) {
		const start = i;
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
		out.push({ value, start });
		if (line[i] !== ',') return out;
		i++;
	}
}

const quoteCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** An edit of claims.csv: one claim's cell set to a value, the rest of the file untouched. */
export function cell(claimId: string, column: string, value: string): (text: string) => string {
	return (text) => {
		const lines = text.split('\n');
		const header = splitLine(lines[0]).map((f) => f.value);
		const at = lines.findIndex((l) => l.startsWith(`${claimId},`));
		const k = header.indexOf(column);
		if (at < 0 || k < 0) throw new Error(`no claim ${claimId} or column ${column}`);
		const fields = splitLine(lines[at]).map((f) => f.value);
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

/** An edit of claims.csv: one claim's row deleted. */
export function without(claimId: string): (text: string) => string {
	return (text) =>
		text
			.split('\n')
			.filter((l) => !l.startsWith(`${claimId},`))
			.join('\n');
}

/** An edit of articles.json: its entries changed in place, the file written back as JSON. */
export function entries(
	change: (list: Record<string, unknown>[]) => void
): (text: string) => string {
	return (text) => {
		const list = JSON.parse(text) as Record<string, unknown>[];
		change(list);
		return `${JSON.stringify(list, null, 2)}\n`;
	};
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

/** What the pipeline says about a data folder: its problems, [] when it builds. */
export function problemsOf(dir: string, specs?: AnyChartSpec[]): Problem[] {
	try {
		readSite(dir, specs);
		return [];
	} catch (e) {
		if (e instanceof EvidenceError) return e.problems;
		throw e;
	}
}

/** The first problem's rule and place a hostile edit must be answered with; `cell` is a CSV cell
 *  found in the edited file, `names` words its message must carry (a value, a file), never prose. */
export type Expected = Pick<Problem, 'code'> & { file: string } & Partial<
		Pick<Problem, 'line' | 'column' | 'id' | 'field'>
	> & { cell?: [rowStart: string, column: string]; names?: string[] };

/**
 * Runs one hostile edit on a copy of a data folder through the pipeline `npm run verify` runs: no
 * problem when `expected` is null; else its first problem has the rule and place expected, and one
 * edit gives a few problems at most, never a cascade. Nothing but an EvidenceError may escape.
 */
export function expectAnswer(
	from: string,
	file: string,
	edit: Edit | SpecEdit,
	expected: Expected | null,
	specs: AnyChartSpec[]
): void {
	const dir = dataCopy(from);
	try {
		if (typeof edit === 'object' && 'chart' in edit) specs = editSpecs(specs, edit);
		else applyEdit(dir, file, edit);
		const problems = problemsOf(dir, specs);
		if (expected === null) {
			expect(problems).toEqual([]);
			return;
		}
		const { cell: at, names = [], ...place } = expected;
		const where = at ? cellStart(dir, expected.file, ...at) : {};
		expect(problems[0]).toMatchObject({ ...place, ...where });
		for (const name of names) expect(problems[0].message).toContain(name);
		expect(problems.length).toBeLessThanOrEqual(3);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
