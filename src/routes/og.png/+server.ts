import type { RequestHandler } from './$types';
import { siteContent } from '$lib/server/content';
import { segmentsToText } from '$lib/story';
import { ogPng } from '$lib/server/og-image';

export const prerender = true;

export const GET: RequestHandler = () => {
	const { map, story } = siteContent();
	const title = segmentsToText(story.title, () => '');
	const png = ogPng(
		map,
		title,
		'How the Islamic State’s last towns fell, from five news reports, every figure checked against its quote.'
	);
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
