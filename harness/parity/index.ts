export { datadogForm, type ParityOptions } from './datadog-form.ts';
export { compareWithAgent, type ProbeParity } from './parity.ts';
