// The README's list of published tables and their columns, written from the data package
// (scripts/write-readme-data.ts writes it between the markers; a test fails when it is stale).
import { format } from 'prettier';
import type { DataPackage } from './datapackage';

export const README_START = '<!-- data-files:start (npx tsx scripts/write-readme-data.ts) -->';
export const README_END = '<!-- data-files:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The markdown between the markers, formatted as Prettier would leave it. */
export async function readmeDataBlock(pkg: DataPackage): Promise<string> {
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

/** README.md with its data block replaced. */
export async function withDataBlock(readme: string, pkg: DataPackage): Promise<string> {
	const start = readme.indexOf(README_START);
	const end = readme.indexOf(README_END);
	if (start < 0 || end < start)
		throw new Error(`README.md has no ${README_START} … ${README_END} block`);
	return `${readme.slice(0, start + README_START.length)}\n\n${(await readmeDataBlock(pkg)).trim()}\n\n${readme.slice(end)}`;
}
