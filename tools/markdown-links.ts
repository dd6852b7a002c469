// Relative links in markdown files that lead nowhere: a file that does not exist, or an anchor
// that no heading of the linked markdown file makes (GitHub's heading ids). Links to other sites
// are not followed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A link that leads nowhere, where it is written and why. */
export interface BrokenLink {
	file: string;
	line: number;
	target: string;
	reason: string;
}

/** Each line of the text, with fenced code blocks (``` or ~~~) blanked out. */
function proseLines(markdown: string): string[] {
	let fence: string | null = null;
	return markdown.split('\n').map((line) => {
		const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence === null && opening) {
			fence = opening[0];
			return '';
		}
		if (fence !== null) {
			if (opening?.[0] === fence) fence = null;
			return '';
		}
		return line;
	});
}

const withoutCodeSpans = (line: string) => line.replace(/(`+)[^`]*?\1/g, '');

/** A heading's id as GitHub makes it: its text, lower-cased, punctuation dropped, spaces to hyphens. */
export function headingId(heading: string): string {
	const text = heading
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/[`*]/g, '');
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** The anchors a markdown text makes: one per heading (repeats get -1, -2 …), and HTML ids. */
export function anchorsOf(markdown: string): Set<string> {
	const anchors = new Set<string>();
	const seen = new Map<string, number>();
	for (const line of proseLines(markdown)) {
		const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
		if (heading !== undefined) {
			const id = headingId(heading);
			const n = seen.get(id) ?? 0;
			seen.set(id, n + 1);
			anchors.add(n === 0 ? id : `${id}-${n}`);
		}
		for (const m of line.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
	}
	return anchors;
}

/** Every link target written in the text (inline links, images, reference definitions), by line. */
export function linksOf(markdown: string): { line: number; target: string }[] {
	const links: { line: number; target: string }[] = [];
	proseLines(markdown).forEach((raw, i) => {
		const line = withoutCodeSpans(raw);
		const definition = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/.exec(line);
		if (definition) links.push({ line: i + 1, target: definition[1] });
		for (const m of line.matchAll(/\]\(\s*<?([^\s)>]*)/g))
			if (m[1]) links.push({ line: i + 1, target: m[1] });
	});
	return links;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** The links of these markdown files whose file or anchor does not exist. */
export function brokenLinks(files: string[]): BrokenLink[] {
	const broken: BrokenLink[] = [];
	const anchorsCache = new Map<string, Set<string>>();
	const anchorsIn = (path: string) => {
		if (!anchorsCache.has(path)) anchorsCache.set(path, anchorsOf(readFileSync(path, 'utf8')));
		return anchorsCache.get(path)!;
	};
	for (const file of files) {
		for (const { line, target } of linksOf(readFileSync(file, 'utf8'))) {
			if (isExternal(target)) continue;
			const [pathPart, anchor] = target.split('#', 2);
			const path = pathPart === '' ? file : resolve(dirname(file), decodeURI(pathPart));
			const fail = (reason: string) => broken.push({ file, line, target, reason });
			if (target.startsWith('/')) fail('not relative (GitHub and editors read it differently)');
			else if (!existsSync(path)) fail('no such file');
			else if (anchor && /\.md$/i.test(path) && statSync(path).isFile()) {
				if (!anchorsIn(path).has(anchor)) fail(`no heading makes #${anchor}`);
			}
		}
	}
	return broken;
}
