// The words a figure carries in its quote must come with it: a text keeps the hedge or count word
// the quote puts right before it ("nearly all", not "all"; "a pair of border towns", not "border
// towns"), and a number the quote writes with its unit ("95 percent") is shown with that unit.
import type { Claim } from './claim-schema';
import type { Finding } from './problems';
import { HEDGES, UNIT_WORDS, norm, numbersInQuote, phraseAt } from './quote-support';

/**
 * Words that hedge or count what follows them. The quote's hedges, less "over" and "under", which
 * before a word are as often places ("ruled over millions") as hedges; and the count words.
 */
export const TEXT_LEADS = [
	...HEDGES.filter((h) => h !== 'over' && h !== 'under'),
	'a pair of',
	'a couple of',
	'a few',
	'a handful of',
	'a dozen',
	'dozens of',
	'hundreds of',
	'thousands of',
	'several',
	'some',
	'many',
	'most',
	'few'
] as const;

/**
 * The hedge or count word that stands right before `at` in `q` (normalised), or that `at` starts
 * inside of ("few thousand" cut from "a few thousand"); null when there is none.
 */
function leadAt(q: string, at: number): string | null {
	const before = q.slice(0, at).trimEnd();
	for (const lead of TEXT_LEADS) {
		for (const s of phraseAt(q, lead)) {
			const end = s + lead.length;
			if (end === before.length || (s < at && at < end)) return lead;
		}
	}
	return null;
}

/** A text cut from its quote past a hedge or count word that stands right before it. */
export function checkTextLead(c: Claim): Finding | null {
	if (c.text === null) return null;
	const q = norm(c.quote);
	const leads = phraseAt(c.quote, c.text).map((at) => leadAt(q, at));
	// A text the quote also prints unhedged somewhere drops nothing.
	if (!leads.length || leads.some((l) => l === null)) return null;
	const lead = leads[0]!;
	return {
		code: 'text-drops-hedge',
		field: 'text',
		message: `text "${c.text}" drops "${lead}", which the quote puts right before it; the text is shown alone, so without it the figure says more than the report does: copy the text from "${lead}" on`
	};
}

/** A number shown without the unit the quote writes right after it ("95 percent", "2,500 fighters"). */
export function checkUnitGiven(c: Claim): Finding | null {
	const shown = c.value ?? c.high;
	if (c.unit || shown === null) return null;
	const q = norm(c.quote);
	for (const [unit, words] of Object.entries(UNIT_WORDS)) {
		for (const word of words) {
			for (const at of phraseAt(c.quote, word)) {
				const last = /(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+)$/u.exec(
					q.slice(0, at).trimEnd()
				);
				if (last && numbersInQuote(last[0])[0] === shown) {
					return {
						code: 'unit-missing',
						field: 'unit',
						message: `unit is empty, but the quote writes ${shown} with "${word}"; set unit to "${unit}" so the figure is shown as the quote gives it`
					};
				}
			}
		}
	}
	return null;
}
