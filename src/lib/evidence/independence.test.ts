// Reports that print the same wire story are one source; the rule is measured on the texts.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { countStories, independentStories, sharedText, words, MIN_RUN } from './independence';

const wire =
	'Forces backed by regional states now appear on the cusp of victory over the group, which ' +
	'proclaimed its authority in 2014 when it held about a third of both countries and ruled millions.';
const other =
	'The army said on Saturday that it had reached the river and was clearing the last streets of ' +
	'mines, while officials in the capital warned of attacks to come in the desert.';
const third =
	'A spokesman for the coalition declined to give a number, saying only that the fighting was ' +
	'far from over and that aircraft would keep flying over the valley for weeks.';

describe('independent stories', () => {
	it('reads words the same across quote styles, case and punctuation', () => {
		expect(words('It’s the “group’s” LAST town.')).toEqual(words("it's the group's last town"));
	});

	it('joins two reports that print the same running text, whatever else each adds', () => {
		const { stories } = independentStories({
			'a.txt': `${wire}\n\n${other}`,
			'b.txt': `${third}\n\n${wire.replace('the group', 'Daesh')}`,
			'c.txt': third
				.replace(/spokesman/, 'spokeswoman')
				.split(' ')
				.reverse()
				.join(' ')
		});
		expect(stories.map((s) => s.files)).toEqual([['a.txt', 'b.txt'], ['c.txt']]);
		expect(stories[0].evidence[0].share).toBeGreaterThan(0.25);
	});

	it('keeps apart reports that share only phrases shorter than a run', () => {
		const phrase = words(wire)
			.slice(0, MIN_RUN - 1)
			.join(' ');
		const shared = sharedText('a.txt', `${phrase}. ${other}`, 'b.txt', `${third} ${phrase}.`);
		expect(shared.words).toBe(0);
		const { stories } = independentStories({ 'a.txt': `${phrase}. ${other}`, 'b.txt': third });
		expect(stories).toHaveLength(2);
	});

	it('joins a chain: A copies B, B copies C, so all three are one story', () => {
		const { stories } = independentStories({
			'a.txt': `${wire} ${other}`,
			'b.txt': `${other} ${third}`,
			'c.txt': `${third} ${wire.split(' ').reverse().join(' ')}`
		});
		expect(stories).toHaveLength(1);
	});

	it('counts a story printed twice once', () => {
		const { stories } = independentStories({ 'a.txt': wire, 'b.txt': wire, 'c.txt': other });
		expect(countStories(['a.txt', 'b.txt'], stories)).toBe(1);
		expect(countStories(['a.txt', 'b.txt', 'c.txt'], stories)).toBe(2);
		expect(countStories(['c.txt'], stories)).toBe(1);
	});

	it('finds, in the five reports, exactly the pair the fact-check found (B and E) and no other', () => {
		const dir = 'data/articles';
		const texts = Object.fromEntries(
			readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')])
		);
		const { stories } = independentStories(texts);
		const joined = stories.filter((s) => s.files.length > 1).map((s) => s.files);
		expect(joined).toEqual([['001_6af32f0e541608c2.txt', '004_9a330f684fae510a.txt']]);
	});
});
