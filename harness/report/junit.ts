// JUnit XML for CI test panels: one testcase per probe, classname = program.
import { escapeXml, escapeXmlAttribute } from './escape.ts';
import type { ProbeView } from './probe-view.ts';
import { describeChange, describeState, probeKey, probePassed, type ProbeStatus, type RunStatus } from '../run-record/index.ts';

export function renderJunit(status: RunStatus, views: readonly ProbeView[]): string {
  if (status.setupError !== undefined) return setupFailure(status.setupError);
  const byKey = new Map(views.map((v) => [probeKey(v.entry), v]));
  const failures = status.probes.filter((p) => !probePassed(p) && p.state !== 'failed').length;
  const errors = status.counts.failed;
  const cases = status.probes.map((entry) => testcase(entry, byKey.get(probeKey(entry))));
  const totals = `tests="${status.probes.length}" failures="${failures}" errors="${errors}" skipped="0"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="godi-golden" ${totals}>
<testsuite name="golden" ${totals}>
${cases.join('\n')}
</testsuite>
</testsuites>
`;
}

function testcase(entry: ProbeStatus, view: ProbeView | undefined): string {
  const open = `<testcase classname="${escapeXmlAttribute(entry.program)}" name="${escapeXmlAttribute(entry.probeId)}" file="${escapeXmlAttribute(entry.golden)}"`;
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
<testcase classname="golden suite" name="setup">
<error type="setup" message="the run failed before any probe ran">${escapeXml(message)}</error>
</testcase>
</testsuite>
</testsuites>
`;
}
