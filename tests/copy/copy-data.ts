// The copy's relations and what they are checked against, read from a data folder as
// `npm run verify` reads it: the parsed story.aml with its [.relations] and source text, and the
// site's data (claims, reports, derived figures, the map's towns and rivers, the charts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { DATA_DIR } from '$lib/server/evidence-files';
import { riverGeometries } from '$lib/server/geo/rivers';
import { readSite } from '$lib/server/site';
import { copyFromArchie, type CopyPart } from '$lib/story/copy';
import type { RelationData } from '$lib/story/relation-kinds';
import type { AnnotatedCopy } from '$lib/story/relations';

export function loadCopyData(dir = DATA_DIR): {
	copy: AnnotatedCopy<CopyPart>;
	data: RelationData;
} {
	const { evidence, derived, map, charts } = readSite(dir);
	const source = readFileSync(join(dir, 'story.aml'), 'utf8');
	const { copy: story, relations } = copyFromArchie(archieml.load(source));
	return {
		copy: { story, relations, source },
		data: { ...evidence, derived, towns: map.towns, rivers: riverGeometries(), charts }
	};
}
