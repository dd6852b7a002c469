// The map's key: one row for each kind of marker a state draws, in the words of the statuses it
// stands for (event-status.ts's labels, as the list gives them).
import { OPEN_STATUS } from './list-layout';

export interface KeyRow {
	/** The marker's class: a status drawn filled, one drawn open, or a town still to come. */
	kind: 'retaken' | 'contested' | 'ahead';
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
	const words = (open: boolean) => [
		...new Set(reached.filter((t) => OPEN_STATUS.has(t.status) === open).map((t) => t.statusLabel))
	];
	const rows: KeyRow[] = [];
	const filled = words(false);
	if (filled.length) rows.push({ kind: 'retaken', label: filled.join(' · ') });
	const open = words(true);
	if (open.length) rows.push({ kind: 'contested', label: open.join(' · ') });
	if (reached.length < towns.length) rows.push({ kind: 'ahead', label: 'still to come' });
	return rows;
}
