// The five source articles' metadata (data/articles.json) and its checks.
import { locateQuote } from './paragraphs';
import type { Problem } from './problems';

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
	credits: ArticleCredit[];
}

/** Every article has metadata, and every date evidence and credit is verbatim in its paragraph. */
export function verifyArticleMeta(
	articles: ArticleMeta[],
	texts: Record<string, string>
): Problem[] {
	const problems: Problem[] = [];
	const described = new Set(articles.map((a) => a.file));
	for (const file of Object.keys(texts)) {
		if (!described.has(file)) {
			problems.push({
				where: 'articles.json',
				message: `${file} has no entry in articles.json`
			});
		}
	}
	for (const a of articles) {
		const where = `articles.json entry ${a.file}`;
		const text = texts[a.file];
		if (text === undefined) {
			problems.push({
				where,
				message: `describes ${a.file}, which is not in data/articles/`
			});
			continue;
		}
		if (!a.label || !a.date_display || !a.date_basis) {
			problems.push({
				where,
				message: 'label, date_display and date_basis must be filled'
			});
		}
		if (a.date_evidence) {
			const miss = locateQuote(a.date_evidence, a.file, text, a.date_evidence_paragraph ?? NaN);
			if (miss) problems.push({ where, message: `date_evidence: ${miss}` });
		}
		for (const credit of a.credits) {
			const miss = locateQuote(credit.text, a.file, text, credit.paragraph);
			if (miss) problems.push({ where, message: `credit "${credit.text}": ${miss}` });
		}
		if (a.headline && !text.includes(a.headline)) {
			problems.push({
				where,
				message: `headline "${a.headline}" is not printed in the text`
			});
		}
	}
	return problems;
}
