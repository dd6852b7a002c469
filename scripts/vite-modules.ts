// Scripts load the site's modules through Vite, as the build and the tests do: the same aliases
// ($lib), the same Svelte compiler for the charts' components (each spec imports its component),
// and the same glob that finds the charts (src/lib/charts/registry.ts).
import { createServer } from 'vite';

/** Loads a module of the project (a path from its root, e.g. 'src/lib/server/site.ts'). */
export type LoadModule = <M>(path: string) => Promise<M>;

/** Runs `task` with a Vite module loader, and closes it after. */
export async function withViteModules<T>(task: (load: LoadModule) => Promise<T>): Promise<T> {
	const server = await createServer({
		appType: 'custom',
		logLevel: 'error',
		clearScreen: false,
		// No WebSocket: a script serves no browser, and must not clash with a dev server's port.
		server: { middlewareMode: true, hmr: false, ws: false, watch: null },
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	try {
		return await task(<M>(path: string) => server.ssrLoadModule(`/${path}`) as Promise<M>);
	} finally {
		await server.close();
	}
}
