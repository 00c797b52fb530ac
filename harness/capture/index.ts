// Capture files: parse and check (docs/capture-format.md).
export { CaptureFormatError } from './errors.ts';
export { checkCaptureMeta, type MetaProblem } from './meta.ts';
export { CAPTURE_FORMAT_VERSION, readCapture, type MetaValidator, type ReadCaptureOptions } from './reader.ts';
export * from './types.ts';
