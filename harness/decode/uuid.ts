// Snapshot ids: random RFC 4122 version 4 UUIDs, as crypto.randomUUID makes them, but cheaper to
// build by the thousand: random bytes come from a pool refilled in one call, and each id is
// written as ASCII into a reused buffer and read out as one string (randomUUID concatenates
// it from pieces, which left most of a decode's garbage).

import { randomFillSync } from 'node:crypto';

const IDS_PER_FILL = 256;
const UUID_BYTES = 16;
const UUID_LENGTH = 36;
/** Hex digits of every byte value, as two ASCII codes each. */
const HEX = new Uint8Array(512);
for (let b = 0; b < 256; b++) {
  const digits = b.toString(16).padStart(2, '0');
  HEX[2 * b] = digits.charCodeAt(0);
  HEX[2 * b + 1] = digits.charCodeAt(1);
}
const DASH = 0x2d;

const pool = Buffer.alloc(IDS_PER_FILL * UUID_BYTES);
let used = pool.length;
const text = Buffer.alloc(UUID_LENGTH);

/** A new random version 4 UUID in its 8-4-4-4-12 lowercase hex form. */
export function randomUuid(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const at = used;
  used += UUID_BYTES;
  pool[at + 6] = ((pool[at + 6] as number) & 0x0f) | 0x40; // version 4
  pool[at + 8] = ((pool[at + 8] as number) & 0x3f) | 0x80; // variant 10 (RFC 4122)
  let out = 0;
  for (let i = 0; i < UUID_BYTES; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text[out++] = DASH;
    const b = pool[at + i] as number;
    text[out++] = HEX[2 * b] as number;
    text[out++] = HEX[2 * b + 1] as number;
  }
  return text.toString('latin1', 0, UUID_LENGTH);
}
