// What happened to a town, in a small vocabulary that follows the quote's own verb.
import type { Finding } from './problems';
import { hasPhrase } from './quote-support';

/** Each status, how readers see it, and the words in a quote that justify it. */
export const EVENT_STATUSES = {
	retaken: {
		label: 'retaken',
		verbs: [
			'retook',
			'recapture',
			'recaptured',
			'retake',
			'retaken',
			'liberated',
			'captured',
			'seized',
			'wrested control',
			'taken control'
		]
	},
	'declared taken': {
		label: 'declared taken',
		verbs: [
			'declared',
			'announced',
			'claims that it has taken',
			'retook',
			'recapture',
			'recaptured',
			'retake',
			'retaken',
			'liberated',
			'captured',
			'seized',
			'wrested control',
			'taken control',
			'taken full control'
		]
	},
	entered: {
		label: 'entered',
		verbs: ['entered', 'entering', 'stormed', 'penetrated', 'advanced into']
	},
	'still held': {
		label: 'still held by the group',
		verbs: [
			'still holds',
			'still hold',
			'still held',
			'holed up',
			'remaining strongholds',
			'held by'
		]
	},
	contested: {
		label: 'contested',
		verbs: [
			'under attack',
			'battling',
			'battles raged',
			'resistance persist',
			'not yet fully controlled'
		]
	},
	lost: { label: 'lost by the group', verbs: ['lost', 'driven'] },
	// Someone judging another's claim, without making it: "the claims ... are 'plausible'".
	'called plausible': { label: 'another’s claim called plausible', verbs: ['plausible'] }
} as const satisfies Record<string, { label: string; verbs: readonly string[] }>;

export type EventStatus = keyof typeof EVENT_STATUSES;

/** States a place is in until something changes it: a quote that reports the change gives that. */
const STATES: readonly EventStatus[] = ['still held', 'contested'];
/** Changes of hands a quote can report, in its own voice or as someone's claim. */
const CHANGES: readonly EventStatus[] = ['retaken', 'declared taken', 'entered', 'lost'];

/** The statuses whose words the quote has, each word as a whole phrase of its own. */
export function statusesInQuote(quote: string): EventStatus[] {
	return (Object.keys(EVENT_STATUSES) as EventStatus[]).filter((s) =>
		(EVENT_STATUSES[s].verbs as readonly string[]).some((v) => hasPhrase(quote, v))
	);
}

export function isEventStatus(s: string): s is EventStatus {
	return Object.hasOwn(EVENT_STATUSES, s);
}

/**
 * Null when the quote's words support the status, else what is wrong. "retaken" is the report's own
 * voice; a capture only someone in the report claims ("the military said it had seized…") is
 * "declared taken", and says whose claim it is.
 */
export function checkEventStatus(
	status: string,
	quote: string,
	attributedTo = 'the article'
): Finding | null {
	const field = 'status';
	if (!isEventStatus(status)) {
		return {
			code: 'unknown-status',
			field,
			message: `status "${status}" is not one of: ${Object.keys(EVENT_STATUSES).join(', ')}`
		};
	}
	const verbs: readonly string[] = EVENT_STATUSES[status].verbs;
	const found = statusesInQuote(quote);
	if (!found.includes(status)) {
		return {
			code: 'status-not-in-quote',
			field,
			message: `status is "${status}", but the quote has none of its words (${verbs.join(', ')}); pick the status the quote's verb supports`
		};
	}
	const change = found.find((s) => CHANGES.includes(s));
	if (STATES.includes(status) && change) {
		// "retook Rawa, the last town still held by the group": the holding is what was before.
		return {
			code: 'status-superseded',
			field,
			message: `status is "${status}", but the quote also reports a change (${change}): the state it describes is the one before that change; use the status of the change`
		};
	}
	if (status === 'retaken' && attributedTo !== 'the article') {
		return {
			code: 'status-not-own-voice',
			field,
			message: `status is "retaken", but the report gives it as ${attributedTo}'s account, not in its own voice: use "declared taken"`
		};
	}
	return null;
}
