// The only script of the embed pages (which ship no framework): tells the parent frame our height,
// wires the Embed control, and opens citations in place.
import { initFrame, sendFrameHeight } from '@newswire/frames';
import { wireEmbedToolsOnUse } from './embed-tools-lazy';
import { wireCitations } from '$lib/citations/citation-dialog';

initFrame();
// Content can change height without a window resize (a panel opens, fonts settle).
new ResizeObserver(() => sendFrameHeight()).observe(document.documentElement);

wireEmbedToolsOnUse(() => sendFrameHeight());

const panel = document.querySelector<HTMLElement>('[data-citation-panel]');
// The 404 page uses this script only to size its frame: it has no citations.
if (panel) wireCitations(panel, () => sendFrameHeight());
