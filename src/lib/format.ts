// How a claim's figure is displayed: from its value, range or text, never typed by hand.
import type { Claim } from '$lib/evidence/claims-csv';

const SHOWN_QUALIFIERS = new Set([
	'about',
	'around',
	'more than',
	'less than',
	'nearly',
	'almost',
	'over',
	'up to',
	'probably between'
]);

/** 1500 → "1,500"; years stay bare. */
export function formatNumber(n: number, unit = ''): string {
	if (unit === 'year') return String(n);
	return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

const UNIT_WORDS: Record<string, string> = { fighters: 'fighters' };

/** The figure as a reader sees it, e.g. "more than 96%", "1,500–2,500 fighters", "in July". */
export function formatClaim(c: Claim, opts: { unit?: boolean; qualifier?: boolean } = {}): string {
	const withUnit = opts.unit ?? true;
	const withQualifier = opts.qualifier ?? true;
	if (c.text !== null) return c.text;
	const q = withQualifier && SHOWN_QUALIFIERS.has(c.qualifier) ? c.qualifier : '';
	let figure: string;
	if (c.low !== null && c.high !== null) {
		const lo = formatNumber(c.low, c.unit);
		const hi = formatNumber(c.high, c.unit);
		figure =
			q === 'probably between'
				? `probably between ${lo} and ${hi}`
				: `${q ? q + ' ' : ''}${lo}–${hi}`;
	} else {
		figure = `${q ? q + ' ' : ''}${formatNumber(c.value ?? NaN, c.unit)}`;
	}
	if (c.unit === 'percent') return `${figure}%`;
	if (withUnit && UNIT_WORDS[c.unit]) return `${figure} ${UNIT_WORDS[c.unit]}`;
	return figure;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** An ISO (partial) date for readers: "3 November 2017", "November 2017", "2017"; "" when none. */
export function formatEventDate(iso: string): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) return '';
	const [, y, mo, d] = m;
	if (!mo) return y;
	const month = MONTHS[Number(mo) - 1];
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
