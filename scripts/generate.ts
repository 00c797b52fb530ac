// npm run generate: rewrites the generated sources from their schemas (scripts/capture-types.ts).
import { writeFileSync } from 'node:fs';
import { CAPTURE_META_TYPES_FILE, captureMetaTypes } from './capture-types.ts';

writeFileSync(CAPTURE_META_TYPES_FILE, await captureMetaTypes());
console.log(`wrote ${CAPTURE_META_TYPES_FILE.pathname}`);
