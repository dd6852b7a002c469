// The days of the week, as the reports write them, and the one date arithmetic they need: the last
// such weekday on or before a day (a report's "Wednesday" is the one before it was written).

/** Sunday first, as Date#getUTCDay counts them. */
export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];

/** The last `weekday` on or before `from` (ISO day), or null when either is not one. */
export function lastWeekdayOnOrBefore(weekday: string | null, from: string | null): string | null {
	const w = WEEKDAYS.indexOf(weekday ?? '');
	if (w < 0 || !from || !/^\d{4}-\d{2}-\d{2}$/.test(from)) return null;
	const day = new Date(`${from}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - w + 7) % 7));
	return day.toISOString().slice(0, 10);
}
