// `npm run capture [-- CASE...]`: runs every case (or the named ones) under the live engine and
// records its capture as cases/<program>/captures/<program>.godicap, for replay where the
// engine cannot run. Needs what live mode needs: root, BPF, a Go toolchain.
import { relative } from 'node:path';
import { discoverCases } from '../harness/cases/index.ts';
import { liveCapability, liveCase, liveMode, REPOSITORY } from '../harness/run/index.ts';

const capability = await liveCapability(liveMode());
if (!capability.ok) {
  console.error(`capture: live mode is unavailable: ${capability.reason}`);
  process.exit(1);
}

let failed = 0;
for (const goCase of await discoverCases(REPOSITORY, process.argv.slice(2))) {
  try {
    const { byProbe, recorded } = await liveCase(goCase, REPOSITORY, capability, { record: true });
    const snapshots = [...byProbe.values()].reduce((sum, list) => sum + list.length, 0);
    console.log(`${relative(REPOSITORY, recorded ?? '')}: ${snapshots} snapshots of ${byProbe.size}/${goCase.probes.length} probes`);
  } catch (error) {
    failed++;
    console.error(`${goCase.name}: ${(error as Error).message}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
