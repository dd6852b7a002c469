// The data dictionary (docs/data-dictionary.md): every published table and its columns, written
// from the data package between two markers by src/lib/server/datapackage.test.ts, which fails when
// the page is stale and rewrites it under `npx vitest -u`.
import { format } from 'prettier';
import type { DataPackage } from './datapackage';

export const DATA_DICTIONARY_FILE = 'docs/data-dictionary.md';
export const DICTIONARY_START =
	'<!-- data-files:start (npx vitest -u src/lib/server/datapackage.test.ts) -->';
export const DICTIONARY_END = '<!-- data-files:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The markdown between the markers, formatted as Prettier would leave it. */
export async function dataDictionaryBlock(pkg: DataPackage): Promise<string> {
	const parts = pkg.resources.map((r) => {
		const rows = r.schema.fields.map((f) => {
			const type = f.dateFormat ? 'date, as text' : f.type === 'number' ? 'number' : 'text';
			return `| \`${f.name}\` | ${type} | ${cell(f.description)} |`;
		});
		return [
			`<details><summary><code>${r.path}</code> · <code>${r.spreadsheet}</code>: ${r.title}</summary>`,
			'',
			cell(r.description),
			'',
			'| column | type | what it holds |',
			'| --- | --- | --- |',
			...rows,
			'',
			'</details>'
		].join('\n');
	});
	return format(parts.join('\n\n'), { parser: 'markdown', useTabs: true, printWidth: 100 });
}

/** The data dictionary page with its generated block replaced. */
export async function withDataDictionary(page: string, pkg: DataPackage): Promise<string> {
	const start = page.indexOf(DICTIONARY_START);
	const end = page.indexOf(DICTIONARY_END);
	if (start < 0 || end < start)
		throw new Error(`${DATA_DICTIONARY_FILE} has no ${DICTIONARY_START} … ${DICTIONARY_END} block`);
	return `${page.slice(0, start + DICTIONARY_START.length)}\n\n${(await dataDictionaryBlock(pkg)).trim()}\n\n${page.slice(end)}`;
}
