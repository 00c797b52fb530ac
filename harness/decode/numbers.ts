// Go's number formatting in JS: exact 64-bit integers, strconv.FormatFloat(v, 'f', -1, …) with
// shortest round-trip digits, FormatComplex, and hex addresses.

const TWO_32 = 4294967296;
/** High words below this keep hi * 2^32 + lo under 2^53, where a JS number is exact. */
const SAFE_HIGH = 0x200000;

export function formatInt64(view: DataView, offset: number): string {
  const hi = view.getInt32(offset + 4, true);
  if (hi >= -SAFE_HIGH && hi < SAFE_HIGH) return String(hi * TWO_32 + view.getUint32(offset, true));
  return view.getBigInt64(offset, true).toString();
}

export function formatUint64(view: DataView, offset: number): string {
  const hi = view.getUint32(offset + 4, true);
  if (hi < SAFE_HIGH) return String(hi * TWO_32 + view.getUint32(offset, true));
  return view.getBigUint64(offset, true).toString();
}

/** A u64 as `"0x…"` lowercase hex, exact for every value (Go's uintptr formatting). */
export function formatHex64(view: DataView, offset: number): string {
  const hi = view.getUint32(offset + 4, true);
  const lo = view.getUint32(offset, true).toString(16);
  return hi === 0 ? `0x${lo}` : `0x${hi.toString(16)}${lo.padStart(8, '0')}`;
}

export function hexAddress(address: number): string {
  return `0x${address.toString(16)}`;
}

/** A u64 read as a JS number; exact below 2^53, which holds every user-space address. */
export function readU64(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * TWO_32;
}

interface Decimal {
  /** Significant digits without leading or trailing zeros ("0" for zero). */
  digits: string;
  /** Position of the decimal point relative to the digits: value = 0.digits × 10^point. */
  point: number;
}

/** Digits and point of a JS number rendering of a positive value ("12.5", "1e+21", "1.5e-7"). */
function parseDecimal(text: string): Decimal {
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + exponent;
  let lead = 0;
  while (lead < digits.length - 1 && digits[lead] === '0') lead++;
  digits = digits.slice(lead);
  point -= lead;
  let last = digits.length;
  while (last > 1 && digits[last - 1] === '0') last--;
  digits = digits.slice(0, last);
  return digits === '0' ? { digits, point: 1 } : { digits, point };
}

function fixed({ digits, point }: Decimal): string {
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function special(v: number): string | undefined {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return undefined;
}

function sign(v: number): string {
  return v < 0 || Object.is(v, -0) ? '-' : '';
}

/** strconv.FormatFloat(v, 'f', -1, 64): shortest digits that round-trip, never an exponent. */
export function formatFloat(v: number): string {
  const magnitude = Math.abs(v);
  // JS prints 1e-6 <= |v| < 1e21 in plain notation, with the same shortest digits as Go.
  if (magnitude >= 1e-6 && magnitude < 1e21) return String(v);
  const s = special(v);
  if (s) return s;
  return sign(v) + fixed(parseDecimal(String(magnitude)));
}

/**
 * strconv.FormatFloat(v, 'g', -1, 64), how the agent prints a float in a log message: the
 * shortest digits, plain from 1e-4 up to 1e6 and with an exponent of at least two digits
 * outside ("1e+06", "1.5e-07").
 */
export function formatFloatG(v: number): string {
  const s = special(v);
  if (s) return s;
  const magnitude = Math.abs(v);
  if (magnitude === 0) return `${sign(v)}0`;
  const scientific = magnitude.toExponential(); // shortest digits, as Go's
  const e = scientific.indexOf('e');
  const exponent = Number(scientific.slice(e + 1));
  if (exponent >= -4 && exponent < 6) return sign(v) + String(magnitude);
  const digits = String(Math.abs(exponent)).padStart(2, '0');
  return `${sign(v)}${scientific.slice(0, e)}e${exponent < 0 ? '-' : '+'}${digits}`;
}

/** Shortest decimal digits that round-trip through float32 (strconv's bitSize 32). */
function shortestFloat32(magnitude: number): Decimal {
  if (magnitude === 0) return { digits: '0', point: 1 };
  for (let precision = 1; precision < 9; precision++) {
    const text = magnitude.toPrecision(precision);
    if (Math.fround(Number(text)) === magnitude) return parseDecimal(text);
  }
  return parseDecimal(magnitude.toPrecision(9));
}

function formatFloatBits(v: number, bits: 32 | 64): string {
  const s = special(v);
  if (s) return s;
  return bits === 64 ? formatFloat(v) : sign(v) + fixed(shortestFloat32(Math.abs(v)));
}

/**
 * strconv.FormatComplex(c, 'f', -1, bitSize) as the Go agent calls it: complex64 parts are
 * formatted with float32 precision, complex128 parts with float64 precision.
 */
export function formatComplex(re: number, im: number, partBits: 32 | 64): string {
  const imaginary = formatFloatBits(im, partBits);
  const signed = imaginary[0] === '+' || imaginary[0] === '-' ? imaginary : `+${imaginary}`;
  return `(${formatFloatBits(re, partBits)}${signed}i)`;
}
