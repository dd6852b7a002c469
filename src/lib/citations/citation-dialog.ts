// The citation dialog of every page, in plain DOM: a click, Enter or Space on a cited figure opens
// its quotes; Escape or Close shuts it and gives focus back. The page's citation data (built at build
// time, one JSON file per page) is fetched on first use; without it, the figure's link still works.
import type { CitationEntry, CitationFile } from './citation-types';

/** Builds an element with text only: nothing from the data is ever parsed as HTML. */
function el(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
	const node = document.createElement(tag);
	if (className) node.className = className;
	node.append(...children);
	return node;
}

function claimBlock(c: CitationEntry): HTMLElement {
	const link = el('a', '', c.source) as HTMLAnchorElement;
	link.href = c.href;
	const caption = el(
		'figcaption',
		'',
		el('span', 'who', c.who),
		' · ',
		link,
		el('span', 'report', c.report)
	);
	if (c.date) caption.append(el('span', 'basis', c.date));
	if (c.spelling) caption.append(el('span', 'basis', c.spelling));
	const quote = el('blockquote', '', `“${c.quote}”`);
	quote.lang = 'en';
	return el('figure', 'quote', quote, caption);
}

/** The dialog's content for a figure's `data-cite` key: `=derived-id`, or claim ids. */
export function renderCitation(data: CitationFile, key: string): { title: string; body: Node[] } {
	if (key.startsWith('=')) {
		const d = data.derived[key.slice(1)];
		if (!d) throw new Error(`no citation for derived figure ${key.slice(1)}`);
		const intro = el('p', 'derived', el('strong', '', d.text), `: ${d.how}.`);
		return {
			title: 'How we computed this',
			body: [intro, ...d.claims.map((id) => claimBlock(data.claims[id]))]
		};
	}
	const ids = key.split(' ');
	const missing = ids.filter((id) => !data.claims[id]);
	if (missing.length) throw new Error(`no citation for ${missing.join(', ')}`);
	return {
		title: 'Where this figure comes from',
		body: ids.map((id) => claimBlock(data.claims[id]))
	};
}

/**
 * Wires the page's citation panel (`[data-citation-panel]`, with `data-citations` naming its JSON).
 * `onchange` runs when the page height may change (the embeds tell their parent frame).
 */
export function wireCitations(panel: HTMLElement, onchange: () => void = () => {}): () => void {
	const title = panel.querySelector<HTMLElement>('[data-citation-title]')!;
	const body = panel.querySelector<HTMLElement>('[data-citation-body]')!;
	const url = panel.dataset.citations!;
	let data: Promise<CitationFile> | null = null;
	let trigger: HTMLElement | null = null;
	const load = () =>
		(data ??= fetch(url).then((r) => {
			if (!r.ok) throw new Error(`${url}: ${r.status}`);
			return r.json() as Promise<CitationFile>;
		}));

	const open = async (figure: HTMLElement) => {
		trigger = figure;
		try {
			const { title: t, body: nodes } = renderCitation(await load(), figure.dataset.cite!);
			if (trigger !== figure) return;
			title.textContent = t;
			body.replaceChildren(...nodes);
		} catch {
			// The data could not be had: the figure's own link shows its quote on the sources page.
			const href = figure.getAttribute('href');
			if (href) window.location.href = href;
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
		const figure = target.closest<HTMLElement>('[data-cite]');
		if (figure) {
			e.preventDefault();
			void open(figure);
		} else if (target.closest('[data-citation-close]')) close();
	};
	const onKey = (e: KeyboardEvent) => {
		const figure = (e.target as Element).closest?.<HTMLElement>('[data-cite]');
		if (e.key === ' ' && figure) {
			e.preventDefault();
			void open(figure);
		} else if (e.key === 'Escape' && !panel.hidden) {
			e.preventDefault();
			close();
		}
	};
	// Most readers scroll before they click: fetch the data once the page is idle, or on first hover.
	const warm = () => void load().catch(() => {});
	const idle = setTimeout(warm, 3000);
	// Capture: the dialog decides before any other click handler (a client router) follows the link.
	document.addEventListener('click', onClick, true);
	document.addEventListener('keydown', onKey);
	document.addEventListener('pointerover', warm, { once: true });
	return () => {
		clearTimeout(idle);
		document.removeEventListener('click', onClick, true);
		document.removeEventListener('keydown', onKey);
		document.removeEventListener('pointerover', warm);
	};
}
