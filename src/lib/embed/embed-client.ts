// The only script of the embed pages (which ship no framework): tells the parent frame our height,
// wires the Embed control, and opens citations in place.
import { sendFrameHeight, sendHeightOnLoad, sendHeightOnResize } from '@newswire/frames';
import { isFramesInit } from './frame-messages';
import { wireEmbedToolsOnUse } from './embed-tools-lazy';
import { wireCitations } from '$lib/citations/citation-dialog';

// initFrame() without its handshake listener, which reads any message's data unchecked: ours takes
// only the frames handshake, and only from the page that frames us.
sendFrameHeight();
sendHeightOnLoad();
sendHeightOnResize();
window.addEventListener('message', (event) => {
	if (event.source === window.parent && isFramesInit(event.data)) sendFrameHeight();
});
// Content can change height without a window resize (a panel opens, fonts settle).
new ResizeObserver(() => sendFrameHeight()).observe(document.documentElement);

wireEmbedToolsOnUse(() => sendFrameHeight());

const panel = document.querySelector<HTMLElement>('[data-citation-panel]');
// The 404 page uses this script only to size its frame: it has no citations.
if (panel) wireCitations(panel, () => sendFrameHeight());
