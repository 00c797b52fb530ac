// Helpers every other folder may use and that use none of them: JSON values and pointers,
// atomic file writes, the environment (what each variable means, CI, colours).
export { copyFileAtomic, writeFileAtomic, writeFileAtomicSync } from './atomic-write.ts';
export { colorWanted, environment, type Environment, fullEnvironment, isCI, VARIABLES, type VariableName } from './env.ts';
export { canonicalJson, isJsonObject, type JsonArray, type JsonObject, type JsonValue, pointerSegment } from './json.ts';
