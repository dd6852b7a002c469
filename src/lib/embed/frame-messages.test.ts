import { describe, it, expect } from 'vitest';
import { isFramesInit } from './frame-messages';

describe('isFramesInit', () => {
	it('accepts the frames handshake', () => {
		expect(isFramesInit({ sentinel: 'amp', type: 'frames-init' })).toBe(true);
	});
	it('ignores anything else, without throwing', () => {
		for (const data of [
			null,
			undefined,
			0,
			'',
			'pym',
			[],
			{},
			{ sentinel: 'amp' },
			{ type: 'frames-init' },
			{ sentinel: 'amp', type: 'embed-size' },
			{ sentinel: 'AMP', type: 'frames-init' },
			'frames-init',
			[{ sentinel: 'amp', type: 'frames-init' }],
			'pymxPYMxcxPYMxwidthxPYMx640'
		]) {
			expect(isFramesInit(data), JSON.stringify(data)).toBe(false);
		}
	});
});
