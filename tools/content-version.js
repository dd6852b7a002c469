// The build's version name (svelte.config.js, kit.version.name): a hash of what the site is built
// from, so two builds of one tree write the same _app/version.json (SvelteKit's default is the time).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the build reads: the data, the code, the static files, the config and the locked packages. */
const INPUTS = ['data', 'src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/**
 * Every file under `path` (or `path` itself), sorted; generated and hidden files are left out.
 * @param {string} path
 * @returns {string[]}
 */
function filesUnder(path) {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path)
		.filter((name) => !name.startsWith('.') && name !== 'generated')
		.sort()
		.flatMap((name) => filesUnder(join(path, name)));
}

/**
 * A hash of the names and bytes of the files the build reads from `root` (not their times, nor
 * where the tree is): 16 hex digits.
 * @param {string} [root]
 * @returns {string}
 */
export function contentVersion(root = process.cwd()) {
	const hash = createHash('sha256');
	for (const input of INPUTS) {
		if (!existsSync(join(root, input))) continue;
		for (const file of filesUnder(join(root, input))) {
			const name = relative(root, file).split(sep).join('/');
			const bytes = readFileSync(file);
			hash.update(`${name}\0${bytes.length}\0`).update(bytes);
		}
	}
	return hash.digest('hex').slice(0, 16);
}
