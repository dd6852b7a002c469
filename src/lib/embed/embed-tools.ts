// The "Embed" control's behaviour, on the story and the embed pages: builds the snippet from the
// page's own origin and copies it.

/** What a snippet points at, as the page knows it: paths on this site and the script's SRI hash. */
export interface SnippetTarget {
	/** The chart's embed page, e.g. `/embed/fighters` (under the base path). */
	embedPath: string;
	/** The parent-side script, content-hashed, e.g. `/embed-3f2a….js`. */
	scriptPath: string;
	/** Its Subresource Integrity hash. */
	integrity: string;
	/** The iframe's title. */
	title: string;
}

/** The iframe snippet for a chart: a @newswire/frames container and the parent-side script. */
export function embedSnippet(origin: string, t: SnippetTarget): string {
	const attr = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return (
		`<div data-frame-src="${attr(origin + t.embedPath)}" data-frame-attribute-title="${attr(t.title)}"></div>\n` +
		`<script src="${attr(origin + t.scriptPath)}" integrity="${attr(t.integrity)}" crossorigin="anonymous" async></` +
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
	const d = root.dataset;
	area.value = embedSnippet(window.location.origin, {
		embedPath: d.embedPath!,
		scriptPath: d.embedScript!,
		integrity: d.embedIntegrity!,
		title: d.title!
	});
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
