// The embed snippets, built at build time for each chart (served as /embed/<id>/snippets.json for
// the Embed control): a responsive one (a lazy iframe that @newswire/frames sizes, holding the
// chart's image as the fallback for hosts that strip scripts) and an iframe-only one, whose fixed
// height the page fits its chart to (`&fit`).

/** The embed's colours: light (the default), dark, or following the reader's system. */
export type Theme = 'light' | 'dark' | 'auto';
/** Responsive (a resizing iframe, with a fallback image where scripts are stripped) or iframe only. */
export type Variant = 'responsive' | 'iframe';

/** What a snippet points at, as absolute URLs, and the sizes it reserves. */
export interface SnippetTarget {
	/** The chart's embed page, e.g. `https://news.example.org/embed/fighters`. */
	embedUrl: string;
	/** The parent-side script, content-hashed, e.g. `https://news.example.org/embed-3f2a….js`. */
	scriptUrl: string;
	/** Its Subresource Integrity hash. */
	integrity: string;
	/** The iframe's title. */
	title: string;
	/** The chart's image edition (PNG), its size in CSS px and its alt text: the fallback. */
	image: { url: string; width: number; height: number; alt: string };
	/** A fixed height that holds the chart from 320 to 960 px wide, in px. */
	height: number;
}

const attr = (s: string | number) =>
	String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet for a chart in a theme, as either variant. */
export function embedSnippet(t: SnippetTarget, theme: string, variant: Variant): string {
	const src = attr(`${t.embedUrl}?theme=${theme}`);
	if (variant === 'iframe') {
		return `<iframe src="${src}&amp;fit" title="${attr(t.title)}" width="100%" height="${t.height}" loading="lazy" style="display:block;width:100%;border:0"></iframe>`;
	}
	const { image } = t;
	return (
		`<div data-frame-src="${src}" data-frame-attribute-title="${attr(t.title)}" data-frame-attribute-loading="lazy" data-frame-attribute-height="${t.height}">\n` +
		`<a data-frame-fallback href="${src}"><img src="${attr(image.url)}" alt="${attr(image.alt)}" width="${image.width}" height="${image.height}" style="display:block;width:100%;height:auto"></a>\n` +
		`</div>\n<script src="${attr(t.scriptUrl)}" integrity="${attr(t.integrity)}" crossorigin="anonymous" async></` +
		'script>'
	);
}

/** Where the client puts the chosen theme, and this page's origin when the build did not know it. */
export const THEME_SLOT = '{theme}';
export const ORIGIN_SLOT = '{origin}';

/** Both snippets with the theme left as a slot (and the origin too, when SITE_URL is unknown). */
export function snippetTemplates(t: SnippetTarget): Record<Variant, string> {
	return {
		responsive: embedSnippet(t, THEME_SLOT, 'responsive'),
		iframe: embedSnippet(t, THEME_SLOT, 'iframe')
	};
}
