// Svelte's scoping class for each component's CSS, short: the story's HTML and its inlined CSS
// repeat it hundreds of times, against a 14.3 KB budget. One place for its shape, so the image
// editions and the golden files can drop it.

/**
 * `s-` and four characters of Svelte's hash of the component's CSS (svelte.config.js cssHash).
 * @param {{ hash: (input: string) => string, css: string }} input
 */
export const cssHash = ({ hash, css }) => `s-${hash(css).slice(0, 4)}`;

/** A scoping class as it appears in markup, with the space before it. */
export const SCOPE_CLASS = /\s?\bs-[a-z0-9]{4}\b/g;

/** A class attribute holding only a scoping class (an image edition's element has no other). */
export const SCOPE_CLASS_ATTRIBUTE = / class="s-[a-z0-9]{4}"/g;
