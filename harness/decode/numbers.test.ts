import { describe, expect, test } from 'vitest';
import { formatComplex, formatFloat, formatHex64, formatInt64, formatUint64 } from './numbers.ts';

function u64(value: bigint): DataView {
  const v = new DataView(new ArrayBuffer(8));
  v.setBigUint64(0, BigInt.asUintN(64, value), true);
  return v;
}

// Expected strings are what Go prints: strconv.FormatInt/FormatUint, FormatFloat(v, 'f', -1, 64),
// FormatComplex(c, 'f', -1, 64|128) and "0x" + FormatUint(v, 16).
describe('64-bit integers, exact for every value', () => {
  test.each([
    [0n, '0'],
    [-1n, '-1'],
    [9007199254740993n, '9007199254740993'],
    [-9007199254740993n, '-9007199254740993'],
    [9223372036854775807n, '9223372036854775807'],
    [-9223372036854775808n, '-9223372036854775808'],
  ])('int64 %s', (value, text) => expect(formatInt64(u64(value), 0)).toBe(text));

  test.each([
    [0n, '0'],
    [4294967296n, '4294967296'],
    [9007199254740993n, '9007199254740993'],
    [18446744073709551615n, '18446744073709551615'],
  ])('uint64 %s', (value, text) => expect(formatUint64(u64(value), 0)).toBe(text));

  test.each([
    [0n, '0x0'],
    [0x10n, '0x10'],
    [0xc000012345n, '0xc000012345'],
    [0x100000000n, '0x100000000'],
    [0xffffffffffffffffn, '0xffffffffffffffff'],
  ])('uintptr %s', (value, text) => expect(formatHex64(u64(value), 0)).toBe(text));
});

describe("FormatFloat(v, 'f', -1, 64)", () => {
  test.each([
    [0, '0'],
    [-0, '-0'],
    [1, '1'],
    [-2.5, '-2.5'],
    [0.1, '0.1'],
    [1 / 3, '0.3333333333333333'],
    [123456789.125, '123456789.125'],
    [1e20, '100000000000000000000'],
    [1e21, '1000000000000000000000'],
    [1.5e300, `15${'0'.repeat(299)}`],
    [1e-7, '0.0000001'],
    [1.2345e-10, '0.00000000012345'],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [Number.MAX_VALUE, `17976931348623157${'0'.repeat(292)}`],
    [Math.fround(0.1), '0.10000000149011612'],
    [NaN, 'NaN'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
  ])('%s', (value, text) => expect(formatFloat(value)).toBe(text));
});

describe('FormatComplex', () => {
  test.each([
    [1, 2, 64, '(1+2i)'],
    [1.5, -2.25, 64, '(1.5-2.25i)'],
    [0, -0, 64, '(0-0i)'],
    [NaN, Infinity, 64, '(NaN+Infi)'],
    [Infinity, -Infinity, 64, '(+Inf-Infi)'],
    [1e21, 1e-7, 64, '(1000000000000000000000+0.0000001i)'],
    // complex64 parts are printed with float32 precision.
    [Math.fround(0.1), Math.fround(-0.2), 32, '(0.1-0.2i)'],
    [Math.fround(16777217), Math.fround(3.4e38), 32, `(16777216+340000000000000000000000000000000000000i)`],
  ] as const)('(%s, %s) with %s-bit parts', (re, im, bits, text) => expect(formatComplex(re, im, bits)).toBe(text));
});
