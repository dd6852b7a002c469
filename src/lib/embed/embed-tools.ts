// The "Embed" control's behaviour, shared by the story (Svelte) and the embed pages (plain script):
// builds the snippet from the page's own origin and copies it.

/** The iframe snippet for a chart: a @newswire/frames container and the parent-side script. */
export function embedSnippet(origin: string, id: string, title: string): string {
	const attr = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return (
		`<div data-frame-src="${attr(`${origin}/embed/${id}`)}" data-frame-attribute-title="${attr(title)}"></div>\n` +
		`<script src="${attr(`${origin}/embed.js`)}" async></` +
		'script>'
	);
}

/**
 * Wires one `[data-embed-tools]` block: fills its snippet for this origin, swaps the no-JS note
 * for the snippet, and makes the copy button work. `onchange` runs when its height may change.
 */
export function wireEmbedTools(root: HTMLElement, onchange: () => void = () => {}): () => void {
	const area = root.querySelector('textarea')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const button = root.querySelector('button')!;
	const details = root.querySelector('details')!;
	area.value = embedSnippet(window.location.origin, root.dataset.chartId!, root.dataset.title!);
	root.querySelector<HTMLElement>('[data-embed-live]')!.hidden = false;
	root.querySelector<HTMLElement>('[data-embed-nojs]')!.hidden = true;
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(area.value);
			status.textContent = 'Copied to the clipboard.';
		} catch {
			area.select();
			status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
		}
		onchange();
	};
	const select = () => area.select();
	button.addEventListener('click', copy);
	area.addEventListener('focus', select);
	details.addEventListener('toggle', onchange);
	return () => {
		button.removeEventListener('click', copy);
		area.removeEventListener('focus', select);
		details.removeEventListener('toggle', onchange);
	};
}
