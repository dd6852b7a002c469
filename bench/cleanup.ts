// Everything the benchmark starts (builds, browsers, servers) registers how to stop it here, and is
// torn down in reverse order: at the end, on error, or on Ctrl-C.
const cleanups: Array<() => Promise<void> | void> = [];

/** Registers `fn`; the returned function runs it now and unregisters it. */
export function onCleanup(fn: () => Promise<void> | void): () => Promise<void> {
	cleanups.push(fn);
	return async () => {
		const at = cleanups.indexOf(fn);
		if (at === -1) return;
		cleanups.splice(at, 1);
		await fn();
	};
}

export async function cleanupAll() {
	while (cleanups.length) {
		const fn = cleanups.pop()!;
		try {
			await fn();
		} catch (error) {
			console.error('cleanup failed:', error);
		}
	}
}

/** Cleans up before the process dies of a signal or of an error nobody caught. */
export function cleanUpOnExit() {
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			console.error(`\n${signal}: cleaning up`);
			void cleanupAll().finally(() => process.exit(130));
		});
	}
	for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
		process.once(event, (error: unknown) => {
			console.error(`${event}:`, error);
			void cleanupAll().finally(() => process.exit(1));
		});
	}
}

/** Rejects if `promise` takes longer than `ms`; the timer never outlives the promise. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
	});
	promise.catch(() => {}); // a late rejection after the timeout is not an unhandled one
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
