// The copy's relations and what they are checked against, read from a data folder as
// `npm run verify` reads it: the parsed story.aml, its source text, and the site's data (claims,
// reports, derived figures, the map's towns and rivers, the charts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { DATA_DIR } from '$lib/server/evidence-files';
import { riverGeometries } from '$lib/server/geo/rivers';
import { readSite } from '$lib/server/site';
import { copyFromArchie, type StoryCopy } from '$lib/story/copy';
import type { RelationData } from '$lib/story/relation-kinds';

export interface CopyData {
	copy: StoryCopy;
	source: string;
	data: RelationData;
}

export function loadCopyData(dir = DATA_DIR): CopyData {
	const site = readSite(dir);
	const source = readFileSync(join(dir, 'story.aml'), 'utf8');
	const { copy } = copyFromArchie(archieml.load(source));
	const { evidence, derived, map, charts } = site;
	return {
		copy,
		source,
		data: { ...evidence, derived, towns: map.towns, rivers: riverGeometries(), charts }
	};
}
