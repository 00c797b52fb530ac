import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CAPTURE_META_TYPES_FILE, captureMetaTypes } from '../../scripts/capture-types.ts';

test('the metadata types are the ones schemas/capture.schema.json generates (else: npm run generate)', async () => {
  expect(readFileSync(CAPTURE_META_TYPES_FILE, 'utf8')).toBe(await captureMetaTypes());
}, 30_000);
