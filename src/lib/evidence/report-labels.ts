// The reports' entries in articles.json as a list: one entry a report, and each labelled "Article"
// and the letter of its report's place among the reports by file name (A for the first), so that
// the letters on /sources run A, B, C… with no gap and no twin, in the order the reports were filed.
import type { ArticleMeta } from './articles';
import type { Finding } from './problems';

/** A finding about one entry of the list, by its index. */
export interface EntryFinding extends Finding {
	index: number;
}

/** The label the site gives the report at place `k` (from 0) of the reports by file name. */
export function labelAt(k: number): string {
	return `Article ${String.fromCharCode(65 + k)}`;
}

/** Entries that repeat a report, and labels that are not their report's letter. */
export function checkEntries(articles: Pick<ArticleMeta, 'file' | 'label'>[]): EntryFinding[] {
	const found: EntryFinding[] = [];
	const firstEntry = new Map<string, number>();
	for (const [index, a] of articles.entries()) {
		const earlier = firstEntry.get(a.file);
		if (earlier === undefined) firstEntry.set(a.file, index);
		else {
			found.push({
				index,
				code: 'report-described-twice',
				field: 'file',
				message: `${a.file} is described again (first at [${earlier}]); each report has one entry, or /sources shows it twice: remove this one`
			});
		}
	}
	const files = [...firstEntry.keys()].sort();
	for (const [file, index] of firstEntry) {
		const want = labelAt(files.indexOf(file));
		const label = articles[index].label;
		if (label === want) continue;
		const twin = articles.findIndex((b, i) => i !== index && b.label === label);
		found.push({
			index,
			code: 'label-not-its-letter',
			field: 'label',
			message: `“${label}” should be “${want}”: a report is labelled "Article" and the letter of its file's place among the reports by file name${twin >= 0 ? `; “${label}” is also the label of [${twin}]` : ''}`
		});
	}
	return found.sort((x, y) => x.index - y.index);
}
