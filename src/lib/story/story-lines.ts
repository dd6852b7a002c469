// story.aml line by line, for what ArchieML drops without a word: a line that is not a key, a
// misspelt key in a [+…] block, a second line of a value with no `:end`, a block written the wrong
// way ([method] for [+method]), everything after `:ignore` or between `:skip` and `:endskip`. Every
// non-blank line must be a known key, a line the reader keeps (a paragraph of a [+…] block, a line
// of a value closed by `:end`), a block marker or a `//` comment; anything else is a problem at its
// line. The blocks and their keys are the copy reader's (COPY_KEYS in copy.ts).
import { problemAt, type Problem, type ProblemCode } from '$lib/evidence/problems';
import { COPY_KEYS } from './copy';

/** A kind of block: its keys, and the blocks it may open (`+` a freeform one). */
interface BlockKind {
	keys: readonly string[];
	blocks: Record<string, string>;
}

/** The frame of a line: the block it is in, and the id of the item it belongs to. */
interface Frame {
	kind: string;
	freeform: boolean;
	id?: string;
	/** A block we do not know: its lines are not checked again (its marker is the problem). */
	unknown?: boolean;
}

const KEY = /^\s*([A-Za-z0-9_.-]+)\s*:(.*)$/;
const BLOCK = /^\s*\[\s*(\.?)(\+?)\s*([A-Za-z0-9_-]*)\s*\]\s*$/;
const SCOPE = /^\s*\{.*\}\s*$/;
const COMMAND = /^\s*:(end|ignore|skip|endskip)\b/i;

/** Checks every line of story.aml against the blocks and keys it may have. */
export function findUnreadLines(
	source: string,
	kinds: Record<string, BlockKind>,
	top = 'story'
): Problem[] {
	const problems: Problem[] = [];
	const lines = source.split('\n');
	const stack: Frame[] = [{ kind: top, freeform: false }];
	const frame = () => stack[stack.length - 1];
	const idOf = () => [...stack].reverse().find((f) => f.id)?.id;
	let pending: number[] = [];
	const at = (i: number, code: ProblemCode, field: string | undefined, message: string) =>
		problems.push(
			problemAt(
				{ where: `story.aml line ${i + 1}`, file: 'story.aml', line: i + 1, field, id: idOf() },
				code,
				message
			)
		);
	const flushPending = () => {
		if (pending.length) {
			at(
				pending[0],
				'story-line-ignored',
				undefined,
				`"${lines[pending[0]].trim().slice(0, 40)}" is not read: a value's next line is dropped unless the value ends with a line ":end"; join it to the line before, or give it its own key`
			);
		}
		pending = [];
	};
	let keyOpen = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (!line.trim() || /^\s*\/\//.test(line)) continue;
		const command = COMMAND.exec(line)?.[1].toLowerCase();
		if (command === 'end') {
			pending = [];
			keyOpen = false;
			continue;
		}
		if (command === 'ignore' || command === 'skip') {
			flushPending();
			const after = command === 'ignore' ? lines.slice(i + 1) : [];
			if (command === 'skip' || after.some((l) => l.trim())) {
				at(
					i,
					'story-line-ignored',
					undefined,
					`":${command}" drops the lines after it from the story; delete it (use // to comment a line)`
				);
			}
			if (command === 'ignore') break;
			while (i < lines.length && COMMAND.exec(lines[i])?.[1].toLowerCase() !== 'endskip') i++;
			continue;
		}
		if (command === 'endskip') continue;
		const block = BLOCK.exec(line);
		if (block || SCOPE.test(line)) {
			flushPending();
			keyOpen = false;
			if (!block) {
				at(i, 'unknown-block', undefined, `"${line.trim()}": story.aml has no {…} blocks`);
				continue;
			}
			const [, nested, plus, name] = block;
			if (!name) {
				if (stack.length > 1) stack.pop();
				continue;
			}
			if (!nested) stack.length = 1;
			const parent = frame();
			if (parent.unknown) {
				stack.push({ kind: '', freeform: false, unknown: true });
				continue;
			}
			const known = kinds[parent.kind]?.blocks ?? {};
			const written = `${plus}${name}`;
			const kind = known[written];
			if (kind === undefined) {
				const right = Object.keys(known).find((b) => b.replace('+', '') === name);
				const dot = nested ? '.' : '';
				at(
					i,
					'unknown-block',
					name,
					right
						? `[${dot}${written}] must be written [${dot}${right}]; as it is, its lines are not read as the story expects`
						: `[${dot}${written}] is not a block here; the blocks here are: ${Object.keys(known)
								.map((b) => `[${dot}${b}]`)
								.join(', ')}`
				);
				stack.push({ kind: '', freeform: false, unknown: true });
			} else stack.push({ kind, freeform: written.startsWith('+') });
			continue;
		}
		const key = KEY.exec(line);
		const f = frame();
		if (key) {
			flushPending();
			keyOpen = true;
			const name = key[1];
			if (f.unknown) continue;
			const allowed = f.freeform ? ['text'] : (kinds[f.kind]?.keys ?? []);
			if (!allowed.includes(name)) {
				at(
					i,
					'unknown-field',
					name,
					`has an unknown field "${name}:"; the fields here are: ${allowed.join(', ')} (fix its name; as it is, its text is dropped)`
				);
			} else if (name === 'id' && !f.freeform) f.id = key[2].trim();
			continue;
		}
		// A line of text: a paragraph in a freeform block; elsewhere kept only if `:end` follows.
		if (f.freeform || f.unknown) continue;
		if (keyOpen) pending.push(i);
		else
			at(
				i,
				'story-line-ignored',
				undefined,
				`"${line.trim().slice(0, 40)}" is not read: it has no key; give it one (text: …) or comment it with //`
			);
	}
	flushPending();
	return problems;
}

/** The blocks of story.aml and the keys of each, from the copy reader's COPY_KEYS. */
const BLOCKS: Record<string, Record<string, string>> = {
	story: { '+method': 'paragraphs', sections: 'section', relations: 'relation' },
	section: { steps: 'step', '+body': 'paragraphs', relations: 'relation' },
	step: { relations: 'relation' }
};
export const STORY_BLOCKS: Record<string, BlockKind> = Object.fromEntries(
	(Object.keys(COPY_KEYS) as (keyof typeof COPY_KEYS)[]).map((k) => {
		const blocks = BLOCKS[k] ?? {};
		const names = Object.keys(blocks).map((b) => b.replace('+', ''));
		return [k, { keys: COPY_KEYS[k].filter((key) => !names.includes(key)), blocks }];
	})
);

/** story.aml's lines that the copy reader would not see, each a problem at its line. */
export const checkStoryLines = (source: string) => findUnreadLines(source, STORY_BLOCKS);
