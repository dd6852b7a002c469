// Reads a _headers file (Netlify / Cloudflare Pages format) and gives each path its headers, the way
// those hosts apply it: every rule whose path matches adds its headers (`*` matches any rest).

export interface HeaderRule {
	path: string;
	headers: [string, string][];
}

/** Parses `_headers`: a path on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const at = line.indexOf(':');
		if (!rules.length || at < 0) throw new Error(`_headers: cannot read the line "${line}"`);
		rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
	}
	return rules;
}

/** True when a rule's path matches a URL path (`/embed-*`, `/*`, or exactly: a host that serves
 *  x.html at /x too applies the rule for /x to /x only). */
export function pathMatches(rule: string, path: string): boolean {
	if (rule.endsWith('*')) return path.startsWith(rule.slice(0, -1));
	return path === rule;
}

/**
 * Every URL path a static host may serve an HTML file of the build at, under `base`: x.html at
 * /x.html, /x (GitHub Pages, Netlify, Cloudflare Pages) and /x/ (Netlify); x/index.html at
 * /x/index.html, /x/ and /x; the root's index.html at the base path itself too.
 */
export function servedAt(file: string, base = ''): string[] {
	if (!file.endsWith('.html')) throw new Error(`servedAt: ${file} is not an HTML file`);
	const url = `${base}/${file}`;
	if (file === 'index.html' || file.endsWith('/index.html')) {
		const dir = url.slice(0, -'index.html'.length);
		return [url, dir, ...(dir.length > 1 ? [dir.slice(0, -1)] : [])];
	}
	const page = url.slice(0, -'.html'.length);
	return [url, page, `${page}/`];
}

/** Every header the rules give a path, in order; a name may repeat (each CSP is enforced). */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
	return rules.filter((r) => pathMatches(r.path, path)).flatMap((r) => r.headers);
}
