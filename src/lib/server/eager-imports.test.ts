import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { eagerImports } from './eager-imports';

const dir = mkdtempSync(join(tmpdir(), 'eager-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
	join(dir, 'tools.ts'),
	'export function double(n: number) { return 2 * n; }\nexport const name = "tools";\nexport type Kind = string;\n'
);
writeFileSync(
	join(dir, 'entry.ts'),
	"export const run = () => import('./tools').then(({ double, name }) => `${name} ${double(21)}`);\n" +
		'export const both = async () => { const [t] = await Promise.all([import("./tools")]); return t.double(1); };\n'
);

/** A file bundled as one ES module, minified, with or without the plugin, as the embeds are. */
async function bundle(file: string, eager: boolean) {
	const result = (await build({
		configFile: false,
		root: dir,
		logLevel: 'silent',
		plugins: eager ? [eagerImports()] : [],
		build: {
			write: false,
			lib: { entry: join(dir, file), formats: ['es'], fileName: 'out' },
			rollupOptions: { output: { codeSplitting: false, minify: true } }
		}
	})) as Rollup.RollupOutput[];
	return (result[0].output[0] as Rollup.OutputChunk).code;
}

const load = async (code: string) =>
	(await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
		run(): Promise<string>;
		both(): Promise<number>;
	};

describe('eagerImports (Vite plugin for one-file bundles)', () => {
	it('keeps what the dynamic imports resolve to', async () => {
		const { run, both } = await load(await bundle('entry.ts', true));
		expect(await run()).toBe('tools 42');
		expect(await both()).toBe(2);
	});

	it('drops the lazy-module and namespace helpers the bundler adds without it', async () => {
		const [plain, eager] = [await bundle('entry.ts', false), await bundle('entry.ts', true)];
		expect(plain).toMatch(/Object\.defineProperty/);
		expect(eager).not.toMatch(/Object\.defineProperty/);
		expect(eager.length).toBeLessThan(plain.length);
	});

	it('names the file and the import it cannot resolve', async () => {
		writeFileSync(join(dir, 'broken.ts'), "export const f = () => import('./missing');\n");
		await expect(bundle('broken.ts', true)).rejects.toThrow(
			/broken\.ts: cannot resolve \.\/missing/
		);
	});
});
