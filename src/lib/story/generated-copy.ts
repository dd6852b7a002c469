// Copy generated from the data, for `{{@id}}` references: text that would go stale if typed.
import { TOWNS } from '$lib/geography';

/** "A, B and C". */
export const listOf = (items: string[]) =>
	items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The spellings of each town the reports write in more than one way, as the reports print them:
 * "Albu Kamal, Abu Kamal and Bukamal; Raqqa and Raqa".
 */
export function townSpellings(articleTexts: Record<string, string>): string {
	const text = Object.values(articleTexts).join('\n');
	return TOWNS.map((t) =>
		t.spellings.filter((s) => new RegExp(`(^|[^\\p{L}])${s}([^\\p{L}]|$)`, 'u').test(text))
	)
		.filter((found) => found.length > 1)
		.map(listOf)
		.join('; ');
}

/** Every generated text by its id. */
export function generatedCopy(articleTexts: Record<string, string>): Record<string, string> {
	return { spellings: townSpellings(articleTexts) };
}
