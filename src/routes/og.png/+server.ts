import type { RequestHandler } from './$types';
import { site } from '$lib/server/site';
import { partsToText } from '$lib/story/copy';
import { ogPng } from '$lib/server/og-image';

export const prerender = true;

export const GET: RequestHandler = () => {
	const { map, story } = site();
	const title = partsToText(story.title, (f) => f.text);
	const png = ogPng(
		map,
		title,
		'How the Islamic State’s last towns fell, from five news reports, every figure checked against its quote.'
	);
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
