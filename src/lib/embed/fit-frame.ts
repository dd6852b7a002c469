// The iframe-only snippet's frame has a fixed height (the build's estimate, embed-frame-height.ts):
// given `?fit` (<html data-fit>, embed-theme.ts) the page is that tall and its chart takes the room
// the text leaves, scaling its drawing to it (CSS). Where the reader's fonts still set the chart
// taller than its room, this zooms the chart down until it fits: nothing clipped, no scrolling.

/** The smallest zoom this will use: below it a chart would be too small to read. */
export const MIN_FIT = 0.6;

/** Keeps the chart in `room` (a box whose height the page sets) within it, now and on resize. */
export function fitChart(room: HTMLElement) {
	const over = () => room.scrollHeight > room.clientHeight;
	const fit = () => {
		room.style.removeProperty('--fit');
		if (!over()) return;
		let zoom = Math.floor((100 * room.clientHeight) / room.scrollHeight) / 100;
		do room.style.setProperty('--fit', String(zoom));
		while (over() && (zoom = Math.round(100 * zoom - 2) / 100) >= MIN_FIT);
	};
	new ResizeObserver(fit).observe(room);
}
