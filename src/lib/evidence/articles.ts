// The five source articles' metadata (data/articles.json) and its checks against the reports.
import { checkCreditRole } from './credit-roles';
import { checkDateBasis } from './date-basis';
import { locateQuote } from './paragraphs';
import { problemAt, type Finding, type Problem, type ProblemPlace } from './problems';
import { checkReportDate } from './report-date';
import { checkReportHead } from './report-head';
import { checkEntries } from './report-labels';

/** A credit printed in an article: a byline, a photo credit, a contributor line. */
export interface ArticleCredit {
	role: string;
	text: string;
	paragraph: number;
}

/** What we know of one article, each fact evidenced by its own text. */
export interface ArticleMeta {
	file: string;
	label: string;
	headline: string | null;
	subheads: string[];
	dateline: string | null;
	date: string | null;
	date_display: string;
	date_evidence: string | null;
	date_evidence_paragraph: number | null;
	date_basis: string;
	/**
	 * The days the report can have been written on, as its text bounds it (read against the other
	 * reports where it prints no date); null ends are unbounded. Orderings of reports rest on these.
	 */
	date_bounds: { earliest: string | null; latest: string | null } | null;
	credits: ArticleCredit[];
	/** sha256 of the report's bytes, so a changed byte is caught (`sha256sum data/articles/<file>`). */
	sha256?: string;
}

/** What is known of a report file's bytes: its sha256, and whether it has CRLF line endings. */
export interface ArticleBytes {
	sha256: string;
	crlf: boolean;
}

/** A report's bytes are the ones recorded: null when they are, else what is wrong and the fix. */
function checkChecksum(a: ArticleMeta, i: number, bytes: ArticleBytes): Problem | null {
	const restore = `the reports are kept byte for byte: restore it (git checkout -- data/articles/${a.file})`;
	const where = `articles/${a.file}`;
	if (!a.sha256) {
		return problemAt(
			{ where, file: 'articles.json', field: `[${i}].sha256`, id: a.file },
			'sha256-missing',
			`articles.json [${i}] has no sha256; once you have checked that the text is the report as published, add "sha256": "${bytes.sha256}"`
		);
	}
	if (a.sha256 === bytes.sha256) return null;
	const crlf = bytes.crlf
		? ' It has Windows line endings (CRLF): it was converted on checkout or by an editor, which .gitattributes (data/articles/** -text) is there to prevent.'
		: '';
	return problemAt(
		{ where, file: where, id: a.file },
		'report-changed',
		`the file has changed: its sha256 is ${bytes.sha256}, but articles.json [${i}].sha256 records ${a.sha256}; ${restore}, or, if the report itself was replaced on purpose, record its new sha256.${crlf}`
	);
}

/**
 * The first day a report can have been written, by our dating of it: its date when that is a day,
 * else the earliest its bounds allow; null when neither bounds it.
 */
export function writtenFrom(articles: ArticleMeta[], file: string): string | null {
	const a = articles.find((x) => x.file === file);
	if (!a) throw new Error(`no report "${file}" in data/articles.json`);
	if (a.date && a.date.length === 10) return a.date;
	return a.date_bounds?.earliest ?? null;
}

/** Date bounds agree with the date: inside it, and in order. */
export function checkDateBounds(a: Pick<ArticleMeta, 'date' | 'date_bounds'>): Finding | null {
	const b = a.date_bounds;
	if (!b) return null;
	const code = 'date-bounds';
	if (b.earliest && b.latest && b.earliest > b.latest) {
		return {
			code,
			field: 'date_bounds',
			message: `date_bounds: earliest ${b.earliest} is after latest ${b.latest}`
		};
	}
	for (const end of [b.earliest, b.latest]) {
		if (end && a.date && !end.startsWith(a.date)) {
			return {
				code,
				field: 'date_bounds',
				message: `date_bounds: ${end} is outside the report's date ${a.date}; bounds narrow the date, they cannot leave it`
			};
		}
	}
	return null;
}

/**
 * Every report has one entry and every entry its report, labelled by its letter; every date
 * evidence and credit is verbatim in its paragraph; headline, subheads and dateline are what the
 * report prints at its head; its date, bounds and display are what its text evidences; its
 * date_basis quotes only what the reports print. With `bytes` (by file name), every report's sha256
 * is the one articles.json records.
 */
export function verifyArticleMeta(
	articles: ArticleMeta[],
	texts: Record<string, string>,
	bytes: Record<string, ArticleBytes> = {}
): Problem[] {
	const problems: Problem[] = [];
	const at = (i: number, path: string): ProblemPlace => ({
		where: `articles.json [${i}].${path} (${articles[i].file})`,
		file: 'articles.json',
		field: `[${i}].${path}`,
		id: articles[i].file
	});
	const place = (i: number, found: Finding[]) =>
		found.map((f) => problemAt(at(i, f.field ?? 'file'), f.code, f.message));
	const listed = checkEntries(articles);
	const twice = new Set(
		listed.filter((f) => f.code === 'report-described-twice').map((f) => f.index)
	);
	const described = new Set(articles.map((a) => a.file));
	for (const file of Object.keys(texts)) {
		if (!described.has(file)) {
			problems.push(
				problemAt(
					{ where: 'articles.json', file: 'articles.json', id: file },
					'report-not-described',
					`${file} has no entry in articles.json; add one (its date as the text evidences it, its credits, its sha256)`
				)
			);
		}
	}
	const labels = Object.fromEntries(articles.map((a) => [a.file, a.label]));
	// A date basis names reports by letter: checked once the list of reports is whole and lettered.
	const listWhole =
		!listed.length && !problems.length && articles.every((a) => texts[a.file] !== undefined);
	for (const [i, a] of articles.entries()) {
		problems.push(
			...place(
				i,
				listed.filter((f) => f.index === i)
			)
		);
		if (twice.has(i)) continue;
		const text = texts[a.file];
		if (text === undefined) {
			problems.push(
				problemAt(
					at(i, 'file'),
					'report-missing',
					`describes ${a.file}, which is not in data/articles/; restore the report, or remove its entry`
				)
			);
			continue;
		}
		if (bytes[a.file]) {
			const wrong = checkChecksum(a, i, bytes[a.file]);
			if (wrong) problems.push(wrong);
		}
		if (a.date_evidence) {
			const miss = locateQuote(a.date_evidence, a.file, text, a.date_evidence_paragraph ?? NaN);
			if (miss) {
				const path = miss.field === 'quote' ? 'date_evidence' : 'date_evidence_paragraph';
				problems.push(problemAt(at(i, path), miss.code, miss.message));
			}
		}
		for (const [k, credit] of a.credits.entries()) {
			const miss = locateQuote(credit.text, a.file, text, credit.paragraph);
			if (miss) {
				const path = `credits[${k}].${miss.field === 'quote' ? 'text' : 'paragraph'}`;
				problems.push(problemAt(at(i, path), miss.code, `"${credit.text}": ${miss.message}`));
				continue;
			}
			// A role is read from the credit's words once they are the report's own.
			const role = checkCreditRole(credit);
			if (role) problems.push(problemAt(at(i, `credits[${k}].role`), role.code, role.message));
		}
		problems.push(...place(i, checkReportHead(a, text)));
		const bounds = checkDateBounds(a);
		problems.push(...place(i, [...(bounds ? [bounds] : []), ...checkReportDate(a, text)]));
		if (listWhole) problems.push(...place(i, checkDateBasis(a, texts, labels)));
	}
	return problems;
}
