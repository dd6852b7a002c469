// Which reports are one story: reports whose running text is largely the same (one wire story
// printed by two outlets) count as one source. Measured from the texts, never asserted.

/** Running text shared by two reports: every word in a common run of at least MIN_RUN words. */
export interface SharedText {
	/** The two report files, in file order. */
	files: [string, string];
	/** Words of the shorter report that lie in a run it shares with the other. */
	words: number;
	/** That as a share of the shorter report's words, 0–1. */
	share: number;
	/** The longest shared run, as the first report prints it (normalised spacing). */
	longest: string;
}

/** One independent story and the reports that print it. */
export interface Story {
	files: string[];
	/** The shared text that joins its reports (empty for a story printed once). */
	evidence: SharedText[];
}

/** A run shorter than this is a phrase two writers may both use; longer runs are copy. */
export const MIN_RUN = 8;
/** Two reports are one story when the shorter shares at least this much of its words. */
export const ONE_STORY_SHARE = 0.25;

/** A report's words as compared: case, punctuation and quote styles aside. */
export function words(text: string): string[] {
	return (
		text
			.normalize('NFKC')
			.toLowerCase()
			.replace(/[’‘`]/g, "'")
			.match(/[\p{L}\p{N}']+/gu) ?? []
	);
}

/** Which words of `a` lie in a run of at least `min` words that also occurs in `b`. */
function coveredWords(a: string[], b: string[], min: number): boolean[] {
	const key = (w: string[], i: number) => w.slice(i, i + min).join(' ');
	const inB = new Set<string>();
	for (let i = 0; i + min <= b.length; i++) inB.add(key(b, i));
	const covered = new Array<boolean>(a.length).fill(false);
	for (let i = 0; i + min <= a.length; i++) {
		if (inB.has(key(a, i))) covered.fill(true, i, i + min);
	}
	return covered;
}

/** The longest run of covered words, joined. */
function longestRun(w: string[], covered: boolean[]): string {
	let best: [number, number] = [0, 0];
	for (let i = 0; i < w.length;) {
		if (!covered[i]) {
			i++;
			continue;
		}
		let j = i;
		while (j < w.length && covered[j]) j++;
		if (j - i > best[1] - best[0]) best = [i, j];
		i = j;
	}
	return w.slice(best[0], best[1]).join(' ');
}

/** How much running text two reports share. */
export function sharedText(
	fileA: string,
	textA: string,
	fileB: string,
	textB: string,
	min = MIN_RUN
): SharedText {
	const [a, b] = [words(textA), words(textB)];
	const [shorter, other] = a.length <= b.length ? [a, b] : [b, a];
	const covered = coveredWords(shorter, other, min);
	const count = covered.filter(Boolean).length;
	const first = fileA <= fileB;
	const wa = first ? a : b;
	return {
		files: first ? [fileA, fileB] : [fileB, fileA],
		words: count,
		share: shorter.length ? count / shorter.length : 0,
		longest: longestRun(wa, coveredWords(wa, first ? b : a, min))
	};
}

/** Every pair of reports, and the independent stories they make (joined where one shares enough). */
export function independentStories(
	texts: Record<string, string>,
	threshold = ONE_STORY_SHARE
): { pairs: SharedText[]; stories: Story[] } {
	const files = Object.keys(texts).sort();
	const pairs: SharedText[] = [];
	for (let i = 0; i < files.length; i++) {
		for (let j = i + 1; j < files.length; j++) {
			pairs.push(sharedText(files[i], texts[files[i]], files[j], texts[files[j]]));
		}
	}
	const storyOf = new Map(files.map((f) => [f, f]));
	const root = (f: string): string => (storyOf.get(f) === f ? f : root(storyOf.get(f)!));
	for (const p of pairs) {
		if (p.share >= threshold) storyOf.set(root(p.files[1]), root(p.files[0]));
	}
	const byRoot = new Map<string, Story>();
	for (const f of files) {
		const r = root(f);
		if (!byRoot.has(r)) byRoot.set(r, { files: [], evidence: [] });
		byRoot.get(r)!.files.push(f);
	}
	for (const p of pairs) {
		if (p.share >= threshold) byRoot.get(root(p.files[0]))!.evidence.push(p);
	}
	return { pairs, stories: [...byRoot.values()] };
}

/** How many independent stories the given reports are (a wire story printed twice counts once). */
export function countStories(files: Iterable<string>, stories: Story[]): number {
	const set = new Set(files);
	return stories.filter((s) => s.files.some((f) => set.has(f))).length;
}
