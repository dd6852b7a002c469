// The Embed controls' code loads when a reader first reaches for one (hover, focus or open).
import type { wireEmbedTools } from './embed-tools';

/** Wires every `[data-embed-tools]` block the first time a reader reaches for it. */
export function wireEmbedToolsOnUse(onchange?: Parameters<typeof wireEmbedTools>[1]): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-embed-tools]')) {
		const details = root.querySelector('details');
		if (!details) continue;
		let wired: Promise<unknown> | null = null;
		const wire = () =>
			(wired ??= import('./embed-tools').then(({ wireEmbedTools }) =>
				wireEmbedTools(root, onchange)
			));
		for (const event of ['pointerenter', 'focusin', 'toggle']) {
			details.addEventListener(event, () => void wire(), { once: true });
		}
	}
}
