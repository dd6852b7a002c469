// The citation dialog of every page, in plain DOM: a click, Enter or Space on a cited figure opens
// its quotes; Escape or Close shuts it and gives focus back. The page's citation data (built at build
// time, one JSON file per page) and the code that renders it load together, once the page has
// loaded, so a citation opens offline after that; without them, the figure's own link still shows
// its quote on the sources page.
import type { CitationFile } from './citation-types';
import type { renderCitation } from './citation-render';

/** A cited figure: a link naming its claims, or a derived figure's link naming itself. */
export const FIGURE = 'a[data-claim],a[data-cite]';

/**
 * Wires the page's citation panel (`[data-citation-panel]`, with `data-citations` naming its JSON).
 * `onchange` runs when the page height may change (the embeds tell their parent frame).
 */
export function wireCitations(panel: HTMLElement, onchange: () => void = () => {}): void {
	const title = panel.querySelector<HTMLElement>('[data-citation-title]')!;
	const body = panel.querySelector<HTMLElement>('[data-citation-body]')!;
	const url = panel.dataset.citations!;
	let ready: Promise<[CitationFile, typeof renderCitation]> | null = null;
	let trigger: HTMLElement | null = null;
	// The data and its renderer, as one: either alone cannot open a citation. A failed load is
	// forgotten, so the next use tries again (the reader may be back online).
	const load = () =>
		(ready ??= Promise.all([
			fetch(url).then((r) => {
				if (!r.ok) throw new Error(`${r.status}`);
				return r.json() as Promise<CitationFile>;
			}),
			import('./citation-render').then((m) => m.renderCitation)
		]).catch((error: unknown) => {
			ready = null;
			throw error;
		}));

	const open = async (figure: HTMLElement) => {
		trigger = figure;
		try {
			const [data, renderCitation] = await load();
			const { title: t, body: nodes } = renderCitation(
				data,
				figure.dataset.cite ?? figure.dataset.claim!
			);
			if (trigger !== figure) return;
			title.textContent = t;
			body.replaceChildren(...nodes);
		} catch {
			// The data could not be had: the figure's own link shows its quote on the sources page,
			// where the page sends its links (an embed's <base target="_blank">: out of the frame).
			const href = figure.getAttribute('href');
			if (!href) return;
			if (document.querySelector('base')?.target === '_blank')
				window.open(href, '_blank', 'noopener');
			else window.location.href = href;
			return;
		}
		panel.hidden = false;
		panel.focus();
		onchange();
	};

	const close = () => {
		if (panel.hidden) return;
		panel.hidden = true;
		trigger?.focus();
		trigger = null;
		onchange();
	};

	const onClick = (e: MouseEvent) => {
		const target = e.target as Element;
		const figure = target.closest<HTMLElement>(FIGURE);
		if (figure) {
			e.preventDefault();
			void open(figure);
		} else if (target.closest('[data-citation-close]')) close();
	};
	const onKey = (e: KeyboardEvent) => {
		const figure = (e.target as Element).closest?.<HTMLElement>(FIGURE);
		// The Tab key by its place: WebKitGTK (2.50) names Shift+Tab's key "Unidentified" (GTK's
		// ISO_Left_Tab), though its code is "Tab", as everywhere.
		if (e.code === 'Tab' && !panel.hidden) {
			// The panel is not modal and sits at the end of the page: Tab out of it goes on from the
			// figure that opened it (after it, or back to it with Shift), not to the page's end.
			const stops = panel.querySelectorAll('a[href],button');
			const edge = e.shiftKey ? [panel, stops[0]] : [stops[stops.length - 1] ?? panel];
			if (edge.includes(e.target as Element)) {
				if (e.shiftKey) e.preventDefault();
				close(); // focuses the figure; an unprevented Tab then moves on from it
			}
			return;
		}
		if (e.key === ' ' && figure) {
			e.preventDefault();
			void open(figure);
		} else if (e.key === 'Escape' && !panel.hidden) {
			e.preventDefault();
			close();
		}
	};
	// Most readers scroll before they click: load the data and its renderer once the page has loaded,
	// or on first hover, whichever comes first; then a mark for tests (a citation opens offline).
	const warm = () =>
		void load().then(
			() => (panel.dataset.ready = ''),
			() => {}
		);
	// The pages run this from a module script, which always runs before the load event.
	addEventListener('load', warm);
	// Capture: the dialog decides before any other click handler (a client router) follows the link.
	document.addEventListener('click', onClick, true);
	document.addEventListener('keydown', onKey);
	document.addEventListener('pointerover', warm, { once: true });
}
