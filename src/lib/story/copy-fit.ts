// Whether the copy's words fit the figures, counts and order around them: precision and unit words
// beside figures, counts of reports, the steps' order and the dek's date. One entry point for
// src/lib/server/site.ts; each rule is its own function in the file named below.
import type { Claim } from '$lib/evidence/claim-schema';
import type { Problem } from '$lib/evidence/problems';
import type { CopyRelations, StoryCopy } from './copy';
import { findMixedReportCounts, findPartialWholeCounts } from './copy-counts';
import {
	findPrecisionOnApproximate,
	findUnitWordMismatch,
	type FigureData
} from './copy-figure-words';
import {
	findAnaphoraUnresolved,
	findDekDateNotLatest,
	findRepeatedStepFigures,
	findStatesOutOfOrder,
	type SequenceChart
} from './copy-sequence';

/** Every fit rule over the copy, in the order an editor reads the story. */
export function checkCopyFit(
	copy: StoryCopy,
	relations: CopyRelations,
	source: string,
	data: FigureData & { claims: Claim[]; charts: SequenceChart[] }
): Problem[] {
	return [
		...findDekDateNotLatest(copy, source, data.claims),
		...findPartialWholeCounts(copy, relations, source),
		...findMixedReportCounts(copy, relations, source, data.claims),
		...findPrecisionOnApproximate(copy, relations, source, data),
		...findUnitWordMismatch(copy, relations, source, data),
		...findStatesOutOfOrder(copy, source, data.charts),
		...findAnaphoraUnresolved(copy, relations, source, data.claims),
		...findRepeatedStepFigures(copy, source, data.claims, data.charts)
	];
}
