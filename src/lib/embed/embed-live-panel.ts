// The Embed control's live part, added by the story's script: it works only with scripts, so the
// story's HTML leaves it out. The embed pages carry the same controls in their HTML
// (EmbedTools.svelte, live).

/** An element with attributes and children (text or elements). */
function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]) {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
	e.append(...children);
	return e;
}

/** A select of these values, each with its words. */
const select = (options: [string, string][]) =>
	el('select', {}, ...options.map(([value, words]) => el('option', { value }, words)));

/**
 * The live controls, as EmbedTools.svelte writes them: the theme, the kind of code, the code to
 * paste and its copy button, hidden until the snippets have come.
 */
export function livePanel(id: string): HTMLElement {
	return el(
		'div',
		{ class: 'live', 'data-embed-live': '', hidden: '' },
		el(
			'label',
			{},
			'Colours ',
			select([
				['light', 'light'],
				['dark', 'dark'],
				['auto', 'as the reader’s system']
			])
		),
		el(
			'label',
			{},
			'Code ',
			select([
				['responsive', 'responsive (scripted; an image where scripts are stripped)'],
				['iframe', 'iframe only (no script, fixed height)']
			])
		),
		el('label', { for: `embed-${id}` }, 'Paste this into any web page:'),
		el('textarea', { id: `embed-${id}`, readonly: '', rows: '6' }),
		el('button', { type: 'button' }, 'Copy embed code'),
		el('span', { class: 'status', role: 'status', 'aria-live': 'polite' })
	);
}

/** Adds the live controls to each Embed control of the page that lacks them. */
export function addLivePanels(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-embed-tools]')) {
		if (root.querySelector('[data-embed-live]')) continue;
		// The chart's id is the folder of its snippets' URL (…/embed/<id>/snippets.json).
		const id = root.dataset.embedSnippets!.split('/').at(-2)!;
		root.querySelector('[data-embed-nojs]')!.after(livePanel(id));
	}
}
