// Whether a page's prerendered figures say they open a dialog (aria-haspopup) in its HTML, or its
// script says so once it has wired the citation dialog (the story: until then a figure is a plain
// link to the sources page, and its HTML is the lighter for it). Given by context, like site-paths.
import { getContext, setContext } from 'svelte';

const MARKED_BY_SCRIPT = Symbol('figures-marked-by-script');

/** Called by a page whose script marks its figures once the dialog is wired (story.ts). */
export function figuresMarkedByScript(): void {
	setContext(MARKED_BY_SCRIPT, true);
}

/** The aria-haspopup a figure renders here: none in a page's HTML whose script marks figures. */
export function figurePopup(): 'dialog' | undefined {
	return import.meta.env.SSR && getContext<boolean>(MARKED_BY_SCRIPT) ? undefined : 'dialog';
}
