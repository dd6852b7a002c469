import type { RequestHandler } from './$types';
import { site } from '$lib/server/site';
import { partsToText } from '$lib/story/copy';
import { ogPng } from '$lib/server/og-image';
import { reportsInWords } from '$lib/format';

export const prerender = true;

export const GET: RequestHandler = () => {
	const { map, story, evidence } = site();
	const reports = reportsInWords(evidence.articles.length, evidence.stories.length);
	const title = partsToText(story.title, (f) => f.text);
	const png = ogPng(
		map,
		title,
		`How the Islamic State was pushed back to its last towns, told from ${reports}, every figure checked against its source.`
	);
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
