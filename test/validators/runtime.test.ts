import { describe, expect, test } from 'vitest';
import * as runtime from '../../templates/package/validation-runtime.js';

describe('validation runtime', () => {
  test('deepEqual has JSON semantics', () => {
    expect(runtime.deepEqual({ a: 1, b: [1, { c: null }] }, { b: [1.0, { c: null }], a: 1 })).toBe(true);
    expect(runtime.deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(runtime.deepEqual([1, 2], [2, 1])).toBe(false);
    expect(runtime.deepEqual([], {})).toBe(false);
    expect(runtime.deepEqual(1, '1')).toBe(false);
    expect(runtime.deepEqual(JSON.parse('{"__proto__":1}'), {})).toBe(false);
  });

  test('codePointLength counts surrogate pairs once', () => {
    expect(runtime.codePointLength('')).toBe(0);
    expect(runtime.codePointLength('héllo')).toBe(5);
    expect(runtime.codePointLength('😀a😀')).toBe(3);
    expect(runtime.codePointLength('\ud800')).toBe(1);
  });

  test('pointer segments escape ~ before /', () => {
    expect(runtime.escapePointerSegment('a/b~c')).toBe('a~1b~0c');
    expect(runtime.escapePointerSegment('~1')).toBe('~01');
    // joinPointer takes segments escaped already (validators escape names when they are compiled)
    expect(runtime.joinPointer('/x', runtime.escapePointerSegment('a/b'))).toBe('/x/a~1b');
    expect(runtime.joinPointer('/x', 3)).toBe('/x/3');
    expect(runtime.joinPointer('/x', undefined)).toBe('/x');
  });

  test('isMultipleOf is exact for decimals', () => {
    expect(runtime.isMultipleOf(0.3, 0.1)).toBe(true);
    expect(runtime.isMultipleOf(0.7, 0.1)).toBe(true);
    expect(runtime.isMultipleOf(19.99, 0.01)).toBe(true);
    expect(runtime.isMultipleOf(0.35, 0.1)).toBe(false);
    expect(runtime.isMultipleOf(1e-7, 1e-8)).toBe(true);
    expect(runtime.isMultipleOf(1.5e-7, 1e-7)).toBe(false);
    expect(runtime.isMultipleOf(1e308, 0.123456789)).toBe(false);
    expect(runtime.isMultipleOf(12345678.9, 0.1)).toBe(true);
    expect(runtime.isMultipleOf(-4.5, 1.5)).toBe(true);
    expect(runtime.isMultipleOf(10, 3)).toBe(false);
  });

  test('findDuplicateItems reports the first identical pair', () => {
    expect(runtime.findDuplicateItems([1, 'a', { b: 1 }])).toBeUndefined();
    expect(runtime.findDuplicateItems([{ a: [1] }, 2, { a: [1] }])).toEqual([0, 2]);
    expect(runtime.findDuplicateItems([1, true, '1', null, 0, false])).toBeUndefined();
  });

  const formats: Array<[string, (text: string) => boolean, string[], string[]]> = [
    [
      'date-time',
      runtime.isDateTime,
      ['2024-02-29T12:00:00Z', '1990-12-31T23:59:60Z', '1990-12-31T15:59:60-08:00', '2024-01-01t00:00:00.123+05:30'],
      ['2023-02-29T12:00:00Z', '2024-13-01T00:00:00Z', '2024-04-31T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T12:00:60Z', '2024-01-01 12:00:00Z', '2024-01-01T12:00:00'],
    ],
    ['date', runtime.isDate, ['2000-02-29', '2024-12-31'], ['1900-02-29', '2024-00-10', '2024-1-01', '2024-06-31']],
    ['time', runtime.isTime, ['08:30:06Z', '23:59:60Z', '08:30:06.283185+01:00'], ['08:30:06', '24:00:00Z', '08:30:06+24:00', '12:00:60Z']],
    ['email', runtime.isEmail, ['joe.bloggs@example.com', '"joe bloggs"@example.com', 'joe@[127.0.0.1]', 'te~st@example.com'], ['joe', '.joe@example.com', 'joe..bloggs@example.com', 'joe@']],
    ['uri', runtime.isUri, ['https://example.com/a?b=c#d', 'urn:isbn:0451450523', 'mailto:a@b.c', 'http://[2001:db8::7]/c=GB'], ['/relative/path', '//example.com', 'http://exa mple.com', 'http://[::x]/', '1http://x']],
    ['uri-reference', runtime.isUriReference, ['https://example.com', '/relative/path', '#fragment', '', '../a?b'], ['\\\\WINDOWS\\share', '#frag#ment', 'a b']],
    ['uuid', runtime.isUuid, ['2eb8aa08-aa98-11ea-b4aa-73b441d16380', '2EB8AA08-AA98-11EA-B4AA-73B441D16380'], ['2eb8aa08-aa98-11ea-b4aa-73b441d1638', '2eb8aa08aa9811eab4aa73b441d16380']],
    ['ipv4', runtime.isIpv4, ['192.168.0.1', '0.0.0.0'], ['256.0.0.1', '087.10.0.1', '1.2.3', '1.2.3.4.5']],
    ['ipv6', runtime.isIpv6, ['::1', '::', '2001:db8::ff00:42:8329', '::ffff:192.168.0.1', '1:2:3:4:5:6:7:8'], ['12345::', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1:2', '::ffff:300.1.1.1']],
    ['hostname', runtime.isHostname, ['example.com', 'a-b.c', 'localhost'], ['-a.com', 'a-.com', 'a..b', 'example.', 'a'.repeat(64) + '.com', 'a_b.com']],
    ['duration', runtime.isDuration, ['P4DT12H30M5S', 'P1Y', 'PT0.5S'.replace('0.5', '5'), 'P2W', 'P1Y2M3D'], ['P', 'PT', 'P1D2H', 'P2W1D', '4DT12H']],
    ['json-pointer', runtime.isJsonPointer, ['', '/a/b', '/a~0b/c~1d', '/'], ['a', '/a~2', '/~']],
    ['regex', runtime.isRegex, ['^a+$', '\\p{L}'], ['^(a', '[']],
  ];
  for (const [name, check, good, bad] of formats) {
    test(`format ${name}`, () => {
      for (const text of good) expect(check(text), `${JSON.stringify(text)} is a valid ${name}`).toBe(true);
      for (const text of bad) expect(check(text), `${JSON.stringify(text)} is not a valid ${name}`).toBe(false);
    });
  }
});
