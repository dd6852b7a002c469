// The one message an embed listens for: its parent's @newswire/frames "frames-init" handshake.

/** True only for the frames handshake: an object `{ sentinel: 'amp', type: 'frames-init' }`. */
export function isFramesInit(data: unknown): boolean {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { sentinel?: unknown }).sentinel === 'amp' &&
		(data as { type?: unknown }).type === 'frames-init'
	);
}
