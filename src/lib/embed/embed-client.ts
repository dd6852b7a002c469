// The only script of the embed pages (which ship no framework): tells the parent frame our height,
// wires the Embed control, and opens citations in place.
import { isFramesInit } from './frame-messages';
import { isPymWidth, pymHeight, pymParent } from './pym-child';
import { wireEmbedToolsOnUse } from './embed-tools-lazy';
import { wireCitations } from '$lib/citations/citation-dialog';

// A Pym.js parent, when one framed us (it says so in our URL).
const pym = pymParent(location.search, location.ancestorOrigins?.[0]);

/** Our height, as @newswire/frames and AMP's amp-iframe read it (`embed-size`: to any origin, since
 *  it carries only the number), and in Pym's words when a Pym parent framed us. */
function sendHeight() {
	const height = document.documentElement.offsetHeight;
	parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
	if (pym) parent.postMessage(pymHeight(pym, height), pym.target);
}

// @newswire/frames' initFrame(), less its handshake listener, which reads any message's data
// unchecked: ours answers only the frames handshake and Pym's width message, and only from the page
// that frames us.
sendHeight();
addEventListener('load', sendHeight);
addEventListener('resize', sendHeight);
addEventListener('message', (event) => {
	if (
		event.source === parent &&
		(isFramesInit(event.data) || (pym && isPymWidth(pym, event.origin, event.data)))
	)
		sendHeight();
});
// Content can change height without a window resize (a panel opens, fonts settle).
new ResizeObserver(sendHeight).observe(document.documentElement);

wireEmbedToolsOnUse(sendHeight);

const panel = document.querySelector<HTMLElement>('[data-citation-panel]');
// The 404 page uses this script only to size its frame: it has no citations.
if (panel) wireCitations(panel, sendHeight);
