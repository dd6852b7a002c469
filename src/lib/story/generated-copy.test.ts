import { describe, it, expect } from 'vitest';
import { listOf, townSpellings } from './generated-copy';

describe('townSpellings', () => {
	it('lists only the spellings the reports print, for towns they spell more than one way', () => {
		const articles = {
			'a.txt': 'In Raqa and Mosul.',
			'b.txt': 'Raqqa fell; Abu Kamal held; Albu Kamal too.'
		};
		expect(townSpellings(articles)).toBe('Raqqa and Raqa; Albu Kamal and Abu Kamal');
	});
	it('does not take a spelling inside a longer word', () => {
		expect(townSpellings({ 'a.txt': 'Raqqa and Raqaa' })).toBe('');
		expect(townSpellings({ 'a.txt': 'Qaim and Al-Qaim' })).toBe('Al-Qaim and Qaim');
	});
	it('joins lists the way the copy reads', () => {
		expect(listOf(['a'])).toBe('a');
		expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
	});
});
