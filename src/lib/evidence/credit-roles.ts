// A credit's role, which /sources prints beside its words ("photo, “(Stringer/AFP/Getty Images)”"),
// must be what those words, as the report prints them, say the credit is for.
import type { Finding } from './problems';
import { hasPhrase } from './quote-support';

/** Each role a credit may have, and the words that show a printed credit is for it. */
export const CREDIT_ROLES: Record<string, readonly string[]> = {
	photo: [
		'photo',
		'photos',
		'photograph',
		'picture',
		'images',
		'getty',
		'afp',
		'reuters',
		'ap',
		'aap',
		'epa'
	],
	byline: ['by'],
	reporting: ['reported', 'reporting', 'reporter', 'reporters'],
	contributor: ['contributed', 'contributing', 'contribution']
};

/** The credit's role against its printed words; null when they say it. */
export function checkCreditRole(credit: { role: string; text: string }): Finding | null {
	const words = CREDIT_ROLES[credit.role];
	if (!words) {
		return {
			code: 'invalid-value',
			field: 'role',
			message: `role "${credit.role}" is not one of: ${Object.keys(CREDIT_ROLES).join(', ')}`
		};
	}
	if (words.some((w) => hasPhrase(credit.text, w))) return null;
	const fits = Object.keys(CREDIT_ROLES).filter((r) =>
		CREDIT_ROLES[r].some((w) => hasPhrase(credit.text, w))
	);
	return {
		code: 'credit-role-not-printed',
		field: 'role',
		message: `role is "${credit.role}", but the credit as printed (“${credit.text}”) has none of its words (${words.join(', ')})${fits.length ? `; its words are those of ${fits.join(', ')}` : ''}`
	};
}
