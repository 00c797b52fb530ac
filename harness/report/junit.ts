// JUnit XML for CI test panels: one testcase per probe, classname = program (in a merged report,
// the name also says which run: "probe (go1.24.11, shard 1/2)").
import { escapeXml, escapeXmlAttribute } from './escape.ts';
import type { ProbeView } from './probe-view.ts';
import { describeChange, describeState, probeLabel, probePassed, type ProbeStatus, type RunStatus } from '../run-record/index.ts';

export function renderJunit(status: RunStatus, views: readonly ProbeView[]): string {
  if (status.setupError !== undefined && status.probes.length === 0) return setupFailure(status.setupError);
  const byLabel = new Map(views.map((v) => [probeLabel(v.entry), v]));
  // A merged report may hold runs that failed before any probe ran beside runs that did not.
  const setup = status.setupError === undefined ? [] : [setupTestcase(status.setupError)];
  const failures = status.probes.filter((p) => !probePassed(p) && p.state !== 'failed').length;
  const errors = status.counts.failed + setup.length;
  const cases = [...setup, ...status.probes.map((entry) => testcase(entry, byLabel.get(probeLabel(entry))))];
  const totals = `tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="godi-golden" ${totals}>
<testsuite name="golden" ${totals}>
${cases.join('\n')}
</testsuite>
</testsuites>
`;
}

function testcase(entry: ProbeStatus, view: ProbeView | undefined): string {
  const name = entry.origin === undefined ? entry.probeId : `${entry.probeId} (${entry.origin})`;
  const open = `<testcase classname="${escapeXmlAttribute(entry.program)}" name="${escapeXmlAttribute(name)}" file="${escapeXmlAttribute(entry.golden)}"`;
  if (probePassed(entry)) return `${open}/>`;
  // failed = the run could not produce a snapshot (decode/schema): an error, not an assertion failure.
  const tag = entry.state === 'failed' ? 'error' : 'failure';
  const body = [entry.message ?? describeState(entry), ...entry.changes.map(describeChange), ...(view?.problems ?? []), view?.diff ?? '']
    .filter(Boolean)
    .join('\n');
  return `${open}>\n<${tag} type="${entry.state}" message="${escapeXmlAttribute(describeState(entry))}">${escapeXml(body)}</${tag}>\n</testcase>`;
}

/** A run that failed before any probe ran: one errored testcase that says why. */
function setupFailure(message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="godi-golden" tests="1" failures="0" errors="1" skipped="0">
<testsuite name="golden" tests="1" failures="0" errors="1" skipped="0">
${setupTestcase(message)}
</testsuite>
</testsuites>
`;
}

function setupTestcase(message: string): string {
  return `<testcase classname="golden suite" name="setup">
<error type="setup" message="the run failed before any probe ran">${escapeXml(message)}</error>
</testcase>`;
}
