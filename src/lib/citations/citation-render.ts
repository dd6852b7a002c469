// Puts a citation on screen: the quotes, who said them, where, and how their dates were read.
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
	const caption = el('figcaption', '', el('span', 'who', c.who), ' · ', link);
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
		if (!d) throw new Error(`no citation for ${key}`);
		const intro = el('p', 'derived', el('strong', '', d.text), `: ${d.how}.`);
		return {
			title: 'How we computed this',
			body: [intro, ...d.claims.map((id) => claimBlock(data.claims[id]))]
		};
	}
	const ids = key.split(' ');
	if (ids.some((id) => !data.claims[id])) throw new Error(`no citation for ${key}`);
	return {
		title: 'Where this figure comes from',
		body: ids.map((id) => claimBlock(data.claims[id]))
	};
}
