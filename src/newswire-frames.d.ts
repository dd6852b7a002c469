declare module '@newswire/frames' {
	/** Sends the frame's height now, on load, on resize and when the parent starts watching. */
	export function initFrame(): void;
	/** Sends the frame's current content height to the parent page. */
	export function sendFrameHeight(height?: number): void;
	/** Sends the frame's height once the page has loaded. */
	export function sendHeightOnLoad(): void;
	/** Sends the frame's height whenever the window resizes. */
	export function sendHeightOnResize(): void;
	/** Sets up every `[data-frame-src]` element on the parent page as a resizing iframe. */
	export function autoInitFrames(): void;
}
