import { normaliseCode, signInCodeOf, signInUrlOf } from '../sign-in-code';

const CODE = 'ABCD2345XY';

describe('signInCodeOf: what a scan or a typed text gives', () => {
  it('reads ?code= from the H5 URL a local QR holds (hash route)', () => {
    expect(signInCodeOf({ result: `http://127.0.0.1:8787/#/sign-in/scan/index?code=${CODE}` })).toBe(CODE);
    expect(signInCodeOf({ result: `https://x.example/index.html?v=2#/sign-in/scan/index?code=${CODE.toLowerCase()}&from=qr` })).toBe(CODE);
  });

  it('reads scene= from a mini-program code path, encoded once or twice', () => {
    expect(signInCodeOf({ path: `sign-in/scan/index?scene=${CODE}`, result: '' })).toBe(CODE);
    expect(signInCodeOf({ path: `sign-in/scan/index?scene=${encodeURIComponent(encodeURIComponent(`${CODE}`))}` })).toBe(CODE);
    expect(signInCodeOf({ path: `sign-in/scan/index?scene=${encodeURIComponent(`code=${CODE}`)}` })).toBe(CODE);
  });

  it('prefers the path of a mini-program code over its result text', () => {
    expect(signInCodeOf({ path: `sign-in/scan/index?scene=${CODE}`, result: '*M2ZjE3...' })).toBe(CODE);
  });

  it('takes a bare code, typed with spaces, dashes or in lower case', () => {
    expect(signInCodeOf('abcd 2345 xy')).toBe(CODE);
    expect(signInCodeOf('ABCD-2345-XY')).toBe(CODE);
    expect(normaliseCode(' abcd2345xy ')).toBe(CODE);
  });

  it('refuses what cannot be a sign-in code', () => {
    expect(signInCodeOf({ result: 'https://mp.weixin.qq.com/s/abc' })).toBeNull();
    expect(signInCodeOf({ result: 'https://x.example/?code=123' })).toBeNull();
    expect(signInCodeOf('ABCD2345X')).toBeNull(); // nine characters
    expect(signInCodeOf('ABCD2345X0')).toBeNull(); // 0 is not in the alphabet
    expect(signInCodeOf({})).toBeNull();
    expect(signInCodeOf({ result: '%E0%A4%A' })).toBeNull(); // broken escapes do not throw
  });

  it('builds the scan page URL back', () => {
    expect(signInUrlOf(CODE)).toBe(`/sign-in/scan/index?code=${CODE}`);
    expect(signInCodeOf(signInUrlOf(CODE))).toBe(CODE);
  });
});

describe('the alphabet agrees with the contract', () => {
  it('accepts every character of signInCodeAlphabet and nothing else', async () => {
    const { signInCodeAlphabet, signInCodeLength } = await import('@shared/schemas/domain/session-code');
    expect(signInCodeLength).toBe(10);
    for (const ch of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      expect(normaliseCode(ch.repeat(10)) !== null).toBe(signInCodeAlphabet.includes(ch));
    }
  });
});
