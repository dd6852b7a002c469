// The one message an embed listens for: its parent's @newswire/frames "frames-init" handshake.

/** True only for the frames handshake: an object `{ sentinel: 'amp', type: 'frames-init' }`. */
export function isFramesInit(data: unknown): boolean {
	const message = data as { sentinel?: unknown; type?: unknown } | null | undefined;
	return message?.sentinel === 'amp' && message.type === 'frames-init';
}
