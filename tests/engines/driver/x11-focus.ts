// Gives the keyboard focus back to MiniBrowser's window after WebKitWebDriver resizes it. With no
// window manager in Xvfb, a resized GTK window loses the X input focus, and WebKit then treats its
// page as in a background window: document.hasFocus() is false and :focus matches nothing (so a
// focused figure's scroll-margin, say, is not applied), unlike a reader's browser, whose window has
// the focus while they press Tab. The X11 protocol's own requests, over the display's socket:
// QueryTree, GetWindowAttributes and GetGeometry to find the mapped top-level window of the size
// just asked for, and SetInputFocus on it.
import { connect, type Socket } from 'node:net';

/** A connection to an X display with the setup reply read: its root window and a request/reply. */
async function openDisplay(display: string) {
	const socket: Socket = connect(`/tmp/.X11-unix/X${display.replace(/^:/, '').split('.')[0]}`);
	await new Promise<void>((resolve, reject) => {
		socket.once('connect', resolve);
		socket.once('error', reject);
	});
	let buffered = Buffer.alloc(0);
	const need = async (bytes: number) => {
		while (buffered.length < bytes)
			buffered = Buffer.concat([
				buffered,
				await new Promise<Buffer>((r) => socket.once('data', r))
			]);
	};
	const take = (bytes: number) => {
		const out = buffered.subarray(0, bytes);
		buffered = buffered.subarray(bytes);
		return out;
	};
	// Setup: little-endian ('l'), protocol 11.0, no authorisation (Xvfb's local socket needs none).
	const setup = Buffer.alloc(12);
	setup.write('l', 0);
	setup.writeUInt16LE(11, 2);
	socket.write(setup);
	await need(8);
	const extra = buffered.readUInt16LE(6) * 4;
	if (buffered[0] !== 1) throw new Error(`X display ${display} refused the connection`);
	await need(8 + extra);
	const info = take(8 + extra).subarray(8);
	// After the fixed part (32 bytes), the vendor string (padded to 4) and the pixmap formats (8 each)
	// comes the first screen, whose first field is its root window.
	const root = info.readUInt32LE(32 + Math.ceil(info.readUInt16LE(16) / 4) * 4 + info[21] * 8);
	return {
		root,
		/** Sends a request; with `reply`, reads its reply (32 bytes and its extra length). */
		async request(opcode: number, data: number, words: number[], reply = false) {
			const message = Buffer.alloc(4 + words.length * 4);
			message[0] = opcode;
			message[1] = data;
			message.writeUInt16LE(1 + words.length, 2);
			words.forEach((w, i) => message.writeUInt32LE(w, 4 + i * 4));
			socket.write(message);
			if (!reply) return Buffer.alloc(0);
			await need(32);
			if (buffered[0] === 0) throw new Error(`X error ${buffered[1]} for request ${opcode}`);
			await need(32 + buffered.readUInt32LE(4) * 4);
			return take(32 + buffered.readUInt32LE(4) * 4);
		},
		close: () => socket.destroy()
	};
}

const QUERY_TREE = 15;
const GET_GEOMETRY = 14;
const GET_WINDOW_ATTRIBUTES = 3;
const SET_INPUT_FOCUS = 42;
const GET_INPUT_FOCUS = 43;
const VIEWABLE = 2;
const REVERT_TO_PARENT = 2;

/** Focuses the display's mapped top-level window that is `width` x `height` (the one just resized). */
export async function focusTopLevel(display: string, width: number, height: number): Promise<void> {
	const x = await openDisplay(display);
	try {
		const tree = await x.request(QUERY_TREE, 0, [x.root], true);
		const children = Array.from({ length: tree.readUInt16LE(16) }, (_, i) =>
			tree.readUInt32LE(32 + i * 4)
		);
		const sized: number[] = [];
		for (const window of children) {
			const attributes = await x.request(GET_WINDOW_ATTRIBUTES, 0, [window], true);
			if (attributes[26] !== VIEWABLE) continue;
			const geometry = await x.request(GET_GEOMETRY, 0, [window], true);
			if (geometry.readUInt16LE(16) === width && geometry.readUInt16LE(18) === height)
				sized.push(window);
		}
		if (sized.length !== 1)
			throw new Error(
				`display ${display} has ${sized.length} mapped ${width}x${height} windows: cannot tell the browser's`
			);
		await x.request(SET_INPUT_FOCUS, REVERT_TO_PARENT, [sized[0], 0]);
		// A request with a reply after it: the server has handled the focus change when it answers.
		await x.request(GET_INPUT_FOCUS, 0, [], true);
	} finally {
		x.close();
	}
}
