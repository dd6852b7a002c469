// A Vite plugin for the scripts bundled as one file (the embeds'): there a dynamic import of our own
// code defers nothing, since the module is in the file anyway, yet the bundler wraps it in lazy-init
// and namespace helpers, about 160 B of gzip in an embed script whose budget is 2 KB
// (tests/build/budgets.test.ts). The plugin turns each `import('./x')` into `Promise.resolve({ a, b })`
// of x's exports, imported statically by name, so the wrappers go and the calling code is unchanged.
import { readFile } from 'node:fs/promises';
import { parseSync, type Plugin } from 'vite';

/** The values a module exports (not its types), as the parser reads them. */
async function exportNames(file: string): Promise<string[]> {
	const { module } = parseSync(file, await readFile(file, 'utf8'));
	return module.staticExports
		.flatMap((e) => e.entries)
		.filter((entry) => !entry.isType)
		.map((entry) => entry.exportName.name ?? 'default');
}

/** `source` with each `import('<spec>')` of a string made static; `resolve` finds the file of a spec. */
export async function eagerSource(
	source: string,
	file: string,
	resolve: (spec: string) => Promise<string>
): Promise<string | null> {
	const calls = parseSync(file, source)
		.module.dynamicImports.map((d) => ({
			...d,
			spec: /^(['"])([^'"]+)\1$/.exec(source.slice(d.moduleRequest.start, d.moduleRequest.end))?.[2]
		}))
		.filter((d): d is typeof d & { spec: string } => d.spec !== undefined);
	if (calls.length === 0) return null;
	const imports: string[] = [];
	let contents = source;
	for (const call of [...calls].reverse()) {
		const names = await exportNames(await resolve(call.spec));
		const local = (name: string) => `__eager${imports.length}_${name}`;
		const value = `Promise.resolve({ ${names.map((n) => `${n}: ${local(n)}`).join(', ')} })`;
		imports.push(
			`import { ${names.map((n) => `${n} as ${local(n)}`).join(', ')} } from ${JSON.stringify(call.spec)};`
		);
		contents = contents.slice(0, call.start) + value + contents.slice(call.end);
	}
	return `${imports.join('\n')}\n${contents}`;
}

/** The plugin: every TypeScript module of ours has its dynamic imports made static. */
export function eagerImports(): Plugin {
	return {
		name: 'eager-dynamic-imports',
		enforce: 'pre',
		async transform(code, id) {
			if (!/\.ts$/.test(id) || id.includes('/node_modules/')) return null;
			return eagerSource(code, id, async (spec) => {
				const found = await this.resolve(spec, id);
				if (!found) throw new Error(`${id}: cannot resolve ${spec}`);
				return found.id;
			});
		}
	};
}
