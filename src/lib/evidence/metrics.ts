// What a claim measures: a small vocabulary, each metric with the words that show, in the claim's
// paragraph, that the figure measures it ("lost" for a share lost, "held" for a share held).
import { splitParagraphs } from './paragraphs';
import type { Finding } from './problems';
import { hasPhrase } from './quote-support';

const HELD = ['held', 'holds', 'controls', 'controlled', 'in the hands'];
const SIZE = ['the size of'];

/**
 * Each metric and the words of which its paragraph must print one; [] where the figure itself is
 * the evidence (a date, a quoted statement, the forces named) or the status is checked instead.
 */
export const METRICS: Record<string, readonly string[]> = {
	town_status: [],
	border_crossing_status: [],
	territory_lost_share: ['lost', 'losing'],
	territory_held_share: HELD,
	territory_held_share_country: HELD,
	territory_held_share_province: HELD,
	territory_held_extent: ['reduced'],
	territory_size_comparison: SIZE,
	caliphate_size_comparison: SIZE,
	population_ruled: ['ruled'],
	fighters_remaining: ['fighters'],
	caliphate_declared: ['declared', 'proclaimed'],
	is_control_start: ['control', 'controlled', 'fell'],
	offensive_start: ['offensive', 'launched'],
	duration: [],
	statement_date: [],
	statement: [],
	combatants: [],
	historical_event: [],
	operation_year: [],
	report_date: [],
	report_date_reference: []
};

/**
 * Null when `metric` is known and, if it has words, the claim's paragraph prints one of them; else
 * what is wrong. `paragraph` is from 1, as in claims.csv.
 */
export function checkMetric(
	metric: string,
	article: string,
	articleText: string,
	paragraph: number
): Finding | null {
	const field = 'metric';
	if (!Object.hasOwn(METRICS, metric)) {
		return {
			code: 'unknown-metric',
			field,
			message: `metric "${metric}" is not one of: ${Object.keys(METRICS).join(', ')}; add it to METRICS in src/lib/evidence/metrics.ts with the words that evidence it`
		};
	}
	const words = METRICS[metric];
	const text = splitParagraphs(articleText)[paragraph - 1];
	if (!words.length || text === undefined || words.some((w) => hasPhrase(text, w))) return null;
	return {
		code: 'metric-not-in-paragraph',
		field,
		message: `metric is "${metric}", but ${article}, paragraph ${paragraph}, has none of its words (${words.join(', ')}); give the metric the paragraph says the figure measures`
	};
}
