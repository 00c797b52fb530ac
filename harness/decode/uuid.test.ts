import { describe, expect, it } from 'vitest';
import { randomUuid } from './uuid.ts';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  // More ids than one refill of the random pool, so the refill is exercised too.
  const ids = Array.from({ length: 2000 }, () => randomUuid());

  it('makes RFC 4122 version 4 ids', () => {
    for (const id of ids) expect(id).toMatch(V4);
  });

  it('never repeats an id', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every hex digit in the random positions', () => {
    // Random nibbles only: version and variant digits are fixed by the format.
    const digits = new Set(ids.flatMap((id) => [...id.replaceAll('-', '').slice(0, 12)]));
    expect([...digits].sort().join('')).toBe('0123456789abcdef');
  });
});
