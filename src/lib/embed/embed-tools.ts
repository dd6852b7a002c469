// The "Embed" control's behaviour, on the story and the embed pages: fetches the chart's snippets
// (built at build time, see embed-snippet.ts), fills in the chosen theme and variant and this page's
// origin where the build did not know SITE_URL, and copies the result.

/**
 * Wires one `[data-embed-tools]` block once a reader reaches for it; `onchange` runs when its
 * height may change. If the snippets cannot be had, the note with the chart's address stays.
 */
export async function wireEmbedTools(root: HTMLElement, onchange: () => void = () => {}) {
	const area = root.querySelector('textarea')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const [theme, variant] = root.querySelectorAll('select');
	const details = root.querySelector('details')!;
	details.addEventListener('toggle', onchange);
	// On an embed page, start from the theme the page itself is shown in.
	theme.value = document.documentElement.dataset.theme || 'light';
	const templates: Record<string, string> | null = await fetch(root.dataset.embedSnippets!)
		.then((r) => (r.ok ? r.json() : null))
		.catch(() => null);
	if (!templates) return;
	const update = () => {
		area.value = templates[variant.value]
			.replaceAll('{theme}', theme.value)
			.replaceAll('{origin}', location.origin);
		status.textContent = '';
		onchange();
	};
	update();
	root.querySelector<HTMLElement>('[data-embed-live]')!.hidden = false;
	root.querySelector<HTMLElement>('[data-embed-nojs]')!.hidden = true;
	onchange();
	root.addEventListener('change', update);
	area.addEventListener('focus', () => area.select());
	root.querySelector('button')!.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(area.value);
			status.textContent = 'Copied to the clipboard.';
		} catch {
			area.select();
			status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
		}
		onchange();
	});
}
