import fc from 'fast-check';
import { crc32Hex, deflate, fromBase64Url, inflate, toBase64Url } from '../../../src/core/scenario/linkBytes';
import { readCutObject } from '../../../src/core/scenario/cutJson';
import { clip, quote } from '../../../src/core/format';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('link bytes', () => {
  it('CRC-32 is the standard one (check value of "123456789")', () => {
    expect(crc32Hex(utf8('123456789'))).toBe('cbf43926');
    expect(crc32Hex(new Uint8Array())).toBe('00000000');
  });

  it('base64url round-trips any bytes, and a cut text gives the whole bytes it still holds', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(), (bytes, n) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
        const cut = n % (text.length + 1);
        expect(fromBase64Url(text.slice(0, cut))).toEqual(bytes.subarray(0, Math.floor((cut * 6) / 8)));
      }),
    );
    expect(toBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('deflate-raw round-trips; a cut stream gives what came before the cut; a bomb stops at the limit', async () => {
    const text = utf8(`{"note":"${'Coreper '.repeat(200)}"}`);
    const packed = await deflate(text);
    expect(packed.length).toBeLessThan(text.length / 10);
    expect(await inflate(packed, 1 << 20)).toEqual({ bytes: text, complete: true, tooLarge: false });
    const cut = await inflate(packed.subarray(0, packed.length - 3), 1 << 20);
    expect(cut.complete).toBe(false);
    expect(text.subarray(0, cut.bytes.length)).toEqual(cut.bytes);
    const bomb = await deflate(new Uint8Array(5_000_000));
    expect((await inflate(bomb, 100_000)).tooLarge).toBe(true);
  });
});

describe('readCutObject', () => {
  it.each([
    ['{"a":1,"b":"x","c":{"d":[1,"}"]}}', { members: { a: 1, b: 'x', c: { d: [1, '}'] } }, whole: true }],
    ['{"a":1,"b":"x\\"', { members: { a: 1 }, cutIn: 'b', whole: false }],
    ['{"a":1,"b":{"c":2', { members: { a: 1 }, cutIn: 'b', whole: false }],
    ['{"a":12', { members: {}, cutIn: 'a', whole: false }],
    ['{"a":1,"b', { members: { a: 1 }, whole: false }],
    ['{"a":1,', { members: { a: 1 }, whole: false }],
    ['', { members: {}, whole: false }],
  ])('%j', (text, expected) => {
    expect(readCutObject(text)).toEqual(expected);
  });

  it('keeps a member named __proto__ a plain member', () => {
    const r = readCutObject('{"__proto__":{"polluted":1},"a":1');
    expect(Object.getPrototypeOf(r.members)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads any prefix of any object without throwing, and whole members exactly', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.nat(), (obj, n) => {
        const text = JSON.stringify(obj);
        // What the JSON says, not the object: JSON has no -0 (fast-check makes one now and then).
        const sent = JSON.parse(text) as Record<string, unknown>;
        const r = readCutObject(text.slice(0, n % (text.length + 1)));
        for (const [k, v] of Object.entries(r.members)) expect(v).toEqual(sent[k]);
        if (n % (text.length + 1) === text.length) expect(r).toEqual({ members: JSON.parse(text), whole: true });
      }),
    );
  });
});

describe('quoting user input in messages', () => {
  it('quotes short input whole and cuts long input at 80 characters, saying how long it was', () => {
    expect(quote('majority')).toBe('"majority"');
    expect(quote('a\nb')).toBe('"a\\nb"');
    expect(quote(7)).toBe('7');
    expect(quote('x'.repeat(10_000_000))).toBe(`"${'x'.repeat(79)}…" (10,000,000 characters)`);
    expect(quote({ big: 'y'.repeat(1000) }).length).toBeLessThanOrEqual(81);
    expect(clip('😀'.repeat(100), 41)).toBe(`${'😀'.repeat(40)}…`); // never half a surrogate pair
  });
});
