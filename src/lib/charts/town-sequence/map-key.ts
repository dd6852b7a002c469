// The map's key: one row for each kind of marker a state draws, in the words of the statuses it
// stands for (event-status.ts's labels, as the list gives them).
import { DECLARED_STATUS, OPEN_STATUS } from './list-layout';

export interface KeyRow {
	/** The marker's class: a status drawn filled, half filled (declared), open, or still to come. */
	kind: 'retaken' | 'declared-taken' | 'contested' | 'ahead';
	label: string;
}

/**
 * The rows for the towns the story has reached (all, when `activeIndex` is below 0), and one for
 * the towns still to come. Each row lists the status words its marker stands for, once each.
 */
export function mapKey(
	towns: { status: string; statusLabel: string }[],
	activeIndex: number
): KeyRow[] {
	const reached = activeIndex < 0 ? towns : towns.slice(0, activeIndex + 1);
	const kindOf = (status: string): KeyRow['kind'] =>
		OPEN_STATUS.has(status)
			? 'contested'
			: DECLARED_STATUS.has(status)
				? 'declared-taken'
				: 'retaken';
	const rows: KeyRow[] = [];
	for (const kind of ['retaken', 'declared-taken', 'contested'] as const) {
		const words = [
			...new Set(reached.filter((t) => kindOf(t.status) === kind).map((t) => t.statusLabel))
		];
		if (words.length) rows.push({ kind, label: words.join(' · ') });
	}
	if (reached.length < towns.length) rows.push({ kind: 'ahead', label: 'still to come' });
	return rows;
}
