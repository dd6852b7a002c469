// ZIP for the .xlsx files (fflate): every entry gets one fixed date, so the same content always
// gives the same bytes, and a rebuild of unchanged data publishes unchanged files.
import { unzipSync, zipSync } from 'fflate';

/** 1 January 2017, 00:00 (ZIP dates have no time zone; fflate writes local time, read back alike). */
const FIXED_DATE = new Date(2017, 0, 1);

/** Zips `files` (path → content) in the order given, deflated at the highest level. */
export function zip(files: [string, string | Uint8Array][]): Uint8Array {
	const entries: Record<string, [Uint8Array, { mtime: Date; level: 9 }]> = {};
	for (const [path, content] of files) {
		const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
		entries[path] = [bytes, { mtime: FIXED_DATE, level: 9 }];
	}
	return zipSync(entries);
}

/** The same ZIP's entries, in their order, with the fixed date: a reproducible copy of it. */
export function rezip(archive: Uint8Array): Uint8Array {
	return zip(Object.entries(unzipSync(archive)));
}
