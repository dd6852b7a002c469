// The script a host page loads to size our iframes: @newswire/frames (pym.js-compatible), auto-
// initialised, and removing the snippet's fallback once the iframe is in. Served under a content-hashed name with its SRI hash, and at /embed.js for snippets
// pasted before names were versioned.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface EmbedParent {
	body: string;
	/** `embed-<hash>.js`: its name changes whenever its content does. */
	file: string;
	/** Subresource Integrity for the snippet's <script integrity>. */
	integrity: string;
}

let built: EmbedParent | undefined;

/** The parent-side script, built once per build. */
export function embedParent(): EmbedParent {
	if (built) return built;
	const require = createRequire(import.meta.url);
	// The package exports only its ES module; the UMD build sits beside it.
	const dist = dirname(require.resolve('@newswire/frames'));
	const umd = readFileSync(join(dist, 'frames.umd.js'), 'utf8');
	// Once a container has its iframe, the fallback it holds for hosts that strip scripts (the
	// chart's image, linked to the chart) makes way.
	const body =
		`${umd.replace(/\/\/# sourceMappingURL=.*$/m, '')}\n;window.newswireFrames.autoInitFrames();\n` +
		"document.querySelectorAll('[data-frame-auto-initialized]>[data-frame-fallback]').forEach(function(n){n.remove()});\n";
	const hex = createHash('sha256').update(body).digest('hex').slice(0, 10);
	const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
	built = { body, file: `embed-${hex}.js`, integrity };
	return built;
}
