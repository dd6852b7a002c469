// What articles.json says a report prints at its head, against the report: its headline is its
// first line, whole; each subhead a whole line of its own, in the order printed; its dateline the
// words its running text opens with (after the headline), and never left out when it prints one.
import type { ArticleMeta } from './articles';
import type { Finding } from './problems';

type Head = Pick<ArticleMeta, 'headline' | 'subheads' | 'dateline'>;

/** A dateline as wires print one: capitals (a city, maybe its country) and a dash, "BAGHDAD -". */
const PRINTED_DATELINE = /^(\p{Lu}[\p{Lu}\s.,'’-]*\p{Lu})\s*[-–—]\s/u;

/** The report's lines, trimmed, with their index; blank lines left out. */
function printedLines(text: string): { text: string; at: number }[] {
	return text
		.split('\n')
		.map((l, at) => ({ text: l.trim(), at }))
		.filter((l) => l.text !== '');
}

/** Everything articles.json gets wrong about a report's head, first problem first. */
export function checkReportHead(a: Head, text: string): Finding[] {
	const found: Finding[] = [];
	const lines = printedLines(text);
	const first = lines[0]?.text ?? '';
	if (a.headline !== null && a.headline.trim() !== first) {
		const where = lines.some((l) => l.text === a.headline!.trim())
			? 'is a line of the report, but not its first'
			: text.includes(a.headline)
				? 'is only part of a line of the report'
				: 'is not printed in the report';
		found.push({
			code: 'headline-not-printed',
			field: 'headline',
			message: `“${a.headline}” ${where}; a headline is the report's first line, copied whole (or null when it prints none)`
		});
	}
	let after = a.headline !== null ? 0 : -1;
	for (const [k, subhead] of a.subheads.entries()) {
		const at = lines.findIndex((l, i) => i > after && l.text === subhead.trim());
		if (at < 0) {
			const anywhere = lines.some((l) => l.text === subhead.trim());
			found.push({
				code: 'subhead-not-printed',
				field: `subheads[${k}]`,
				message: `“${subhead}” ${anywhere ? 'is a line of the report, but not after the headline and the subheads before it' : 'is not a whole line of the report'}; copy each subhead whole, in the order printed`
			});
			continue;
		}
		after = at;
	}
	// The running text opens after the headline, if there is one.
	const body = (a.headline !== null ? lines.slice(1) : lines).map((l) => l.text).join('\n');
	if (a.dateline !== null) {
		const opens =
			body.startsWith(a.dateline) && !/[\p{L}\p{N}]/u.test(body[a.dateline.length] ?? '');
		if (!opens) {
			found.push({
				code: 'dateline-not-printed',
				field: 'dateline',
				message: `“${a.dateline}” is not the words the report's running text opens with${body.includes(a.dateline) ? ' (it is printed, but further on)' : ''}; a dateline is copied from the start of the report, or null when it prints none`
			});
		}
	} else {
		const printed = PRINTED_DATELINE.exec(body)?.[1];
		if (printed) {
			found.push({
				code: 'dateline-missing',
				field: 'dateline',
				message: `the report opens with the dateline “${printed}”, but dateline is null; set "dateline": "${printed}"`
			});
		}
	}
	return found;
}
