import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/exchange/sha256';

describe('sha256 in plain JavaScript', () => {
	it('gives the FIPS 180-4 test vectors', () => {
		expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
		);
	});

	it('agrees with Node’s own implementation at every padding boundary and on UTF-8 text', () => {
		for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) % 256);
			expect(sha256(bytes), `${n} bytes`).toBe(createHash('sha256').update(bytes).digest('hex'));
		}
		const text = 'تقرير التقدم · 进度报告 · Ripoti ya maendeleo';
		expect(sha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
	});

	it('changes completely when one character changes', () => {
		expect(sha256('score: 80')).not.toBe(sha256('score: 90'));
	});
});
