// The only script of the embed pages (which ship no framework): tells the parent frame our height,
// wires the Embed control, and opens citations from the templates the page prerendered.
import { initFrame, sendFrameHeight } from '@newswire/frames';
import { wireEmbedTools } from '$lib/embed-tools';

initFrame();
// Content can change height without a window resize (a panel opens, fonts settle).
new ResizeObserver(() => sendFrameHeight()).observe(document.documentElement);

for (const tools of document.querySelectorAll<HTMLElement>('[data-embed-tools]')) {
	wireEmbedTools(tools, () => sendFrameHeight());
}

const panel = document.querySelector<HTMLElement>('[data-citation-panel]');
// The 404 page uses this script only to size its frame: it has no citations.
if (panel) wireCitations(panel);

/** Opens citations from the templates the page prerendered: one per claim, or the derived figure's own. */
function wireCitations(panel: HTMLElement) {
	const title = panel.querySelector<HTMLElement>('h2')!;
	const body = panel.querySelector<HTMLElement>('[data-citation-body]')!;
	let trigger: HTMLElement | null = null;

	const open = (figure: HTMLElement) => {
		const key = figure.dataset.cite!;
		const parts = key.startsWith('=') ? [key] : key.split(' ');
		const templates = parts.map((k) => {
			const t = document.getElementById(`cite-${k}`);
			if (!(t instanceof HTMLTemplateElement)) throw new Error(`no citation template for "${k}"`);
			return t;
		});
		title.textContent = templates[0].dataset.title ?? title.dataset.default ?? '';
		body.replaceChildren(...templates.map((t) => t.content.cloneNode(true)));
		trigger = figure;
		panel.hidden = false;
		panel.focus();
	};

	const close = () => {
		panel.hidden = true;
		trigger?.focus();
		trigger = null;
	};

	document.addEventListener('click', (e) => {
		const target = e.target as HTMLElement;
		const figure = target.closest<HTMLElement>('[data-cite]');
		if (figure) {
			e.preventDefault();
			open(figure);
		} else if (target.closest('[data-citation-close]')) close();
	});

	document.addEventListener('keydown', (e) => {
		const figure = (e.target as HTMLElement).closest?.<HTMLElement>('[data-cite]');
		if (e.key === ' ' && figure) {
			e.preventDefault();
			open(figure);
		} else if (e.key === 'Escape' && !panel.hidden) {
			e.preventDefault();
			close();
		}
	});
}
