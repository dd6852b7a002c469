// After the build: removes what SvelteKit writes for its client router, which no page here loads
// (every page sets csr = false): the chunks under _app/immutable/ and each page's __data.json, with
// their .br and .gz copies. Their names change from build to build, so two builds of one tree would
// differ by files nothing references. Refuses, naming the file, when a page does load one of them.
import { readFileSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** @param {string} dir @returns {string[]} every file under dir, relative to it, with / */
function filesUnder(dir, root = dir) {
	return readdirSync(join(dir), { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? filesUnder(join(dir, e.name), root)
			: [relative(root, join(dir, e.name)).split(sep).join('/')]
	);
}

/** True for a file of the client router (or its compressed copy). */
const routerFile = (/** @type {string} */ file) =>
	file.startsWith('_app/immutable/') || /(^|\/)__data\.json(\.br|\.gz)?$/.test(file);

/**
 * Removes the client router's files from the build in `dir`, and the folders left empty.
 * @param {string} dir
 * @returns {string[]} the files removed
 */
export function pruneClientRouter(dir) {
	const files = filesUnder(dir);
	const pruned = files.filter(routerFile);
	for (const file of files) {
		if (routerFile(file) || !/\.(html|js|css|json)$/.test(file)) continue;
		const text = readFileSync(join(dir, file), 'utf8');
		const loaded = ['/_app/immutable/', '__data.json'].find((name) => text.includes(name));
		if (loaded) {
			throw new Error(
				`${join(dir, file)} names "${loaded}": a page loads SvelteKit's client router, so its files cannot be removed (tools/prune-client-router.js)`
			);
		}
	}
	for (const file of pruned) rmSync(join(dir, file));
	// Deepest first, so a folder is removed once its folders are.
	const dirs = [...new Set(pruned.map((f) => f.split('/').slice(0, -1).join('/')))].flatMap((d) =>
		d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))
	);
	for (const d of [...new Set(dirs)].sort((a, b) => b.length - a.length)) {
		if (readdirSync(join(dir, d)).length === 0) rmdirSync(join(dir, d));
	}
	return pruned;
}
