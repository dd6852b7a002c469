// The story page's only script. The page is prerendered HTML: this wires the citation dialog and the
// Embed controls and the section links, hydrates each chart as it nears the screen, and lets one scrollama drive the steps.
import { FIGURE, wireCitations } from '$lib/citations/citation-dialog';
import { wireEmbedToolsOnUse } from '$lib/embed/embed-tools-lazy';
import { addLivePanels } from '$lib/embed/embed-live-panel';
import { hydrateIslands } from '$lib/islands/hydrate-islands';
import { driveSteps } from '$lib/story/scroll-steps';
import { wireSectionLinks } from '$lib/story/section-share';

/** The site's base path: this file is served from `<base>/client/`. */
const base = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

const panel = document.querySelector<HTMLElement>('[data-citation-panel]');
if (panel) {
	wireCitations(panel);
	// A figure now opens a dialog, not the sources page: the HTML left this out (dialog-marks.ts).
	for (const f of document.querySelectorAll(FIGURE)) f.setAttribute('aria-haspopup', 'dialog');
}
// The story's HTML leaves the Embed controls' live part out (it works only with scripts): it is
// added here, hidden until a reader reaches for the control and its snippets have come.
addLivePanels();
wireEmbedToolsOnUse();
const shareStatus = document.querySelector<HTMLElement>('[data-share-status]');
if (shareStatus) wireSectionLinks(shareStatus);
const islands = hydrateIslands({ base });
driveSteps((chart, state) => islands.get(chart)?.setState(state));
// Wired: figures open their citations, steps drive their charts (a mark for tests and for CSS).
document.documentElement.dataset.scripted = '';
// Print shows each chart once, above its steps, in the final state that draws all of them; the
// shorter print layout can move the scroll position, so the reader's is put back after.
let readerY = 0;
addEventListener('beforeprint', () => {
	readerY = scrollY;
	islands.forEach((i) => i.printing(true));
});
addEventListener('afterprint', () => {
	islands.forEach((i) => i.printing(false));
	scrollTo(0, readerY);
});
