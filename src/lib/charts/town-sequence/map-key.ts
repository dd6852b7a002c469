// The map's key: one row for each kind of marker the chart draws, in the words of the statuses it
// stands for (event-status.ts's labels, as the list gives them). Every state keeps every row in its
// place, so the key never reflows as the reader scrolls; a row the state does not draw is hidden.
import { DECLARED_STATUS, OPEN_STATUS } from './list-layout';

export interface KeyRow {
	/** The marker's class: a status drawn filled, half filled (declared), open, or still to come. */
	kind: 'retaken' | 'declared-taken' | 'contested' | 'ahead';
	label: string;
	/** Whether this state draws a marker of this kind. */
	drawn: boolean;
}

/**
 * A row for each kind of marker any state draws, listing the status words it stands for, once
 * each, and a row for the towns still to come; `drawn` for the kinds of the towns the story has
 * reached (all, when `activeIndex` is below 0) and, while some are ahead, for those still to come.
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
			...new Set(towns.filter((t) => kindOf(t.status) === kind).map((t) => t.statusLabel))
		];
		const drawn = reached.some((t) => kindOf(t.status) === kind);
		if (words.length) rows.push({ kind, label: words.join(' · '), drawn });
	}
	if (towns.length > 1)
		rows.push({ kind: 'ahead', label: 'still to come', drawn: reached.length < towns.length });
	return rows;
}
