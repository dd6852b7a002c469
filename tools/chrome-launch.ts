// Chromium with a DevTools port, for tools that drive it over CDP themselves (Lighthouse), launched
// and killed by chrome-launcher: a fresh profile per launch, removed on close. Playwright-driven
// browsers use tools/chromium.ts instead. Both take the binary and the flags from tools/chromium.ts.
import { killAll, launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export interface DebugChrome {
	port: number;
	pid: number;
	/** Kills Chromium and its child processes, waits for the exit, removes the profile. */
	close(): Promise<void>;
}

const EXIT_WAIT_MS = 5000;

/** Resolves true if `exited` settles within `ms`, false otherwise. */
async function within(exited: Promise<void>, ms: number): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<false>((resolve) => {
		timer = setTimeout(() => resolve(false), ms);
	});
	const outcome = await Promise.race([exited.then(() => true as const), late]);
	clearTimeout(timer);
	return outcome;
}

export async function launchDebugChrome(extraFlags: string[] = []): Promise<DebugChrome> {
	const chrome = await launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...extraFlags],
		// The caller owns cleanup (chrome-launcher's own handler would exit the process on Ctrl-C).
		handleSIGINT: false,
		logLevel: 'silent'
	});
	const child = chrome.process;
	const exited = new Promise<void>((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
	let closing: Promise<void> | undefined;
	const close = async () => {
		// First ask the browser to quit (SIGTERM to it alone), so that it ends and reaps its own
		// child processes; then chrome-launcher's kill: SIGKILL to the whole process group (whatever
		// is left) and removal of the temporary profile.
		try {
			process.kill(chrome.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
		await within(exited, EXIT_WAIT_MS);
		chrome.kill();
		if (!(await within(exited, EXIT_WAIT_MS))) {
			throw new Error(`Chromium (pid ${chrome.pid}) did not exit after SIGTERM and SIGKILL`);
		}
	};
	return { port: chrome.port, pid: chrome.pid, close: () => (closing ??= close()) };
}

/**
 * Kills every Chromium launched here that is not closed yet, including one still starting up
 * (chrome-launcher tracks it from the spawn on): for Ctrl-C and errors in the middle of a launch.
 */
export function killAllDebugChromes(): void {
	killAll();
}
