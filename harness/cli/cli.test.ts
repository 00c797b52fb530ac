// Runs the real `godi-golden` bin on files in a temporary folder.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CaptureBuilder, godiGolden as runBin, ptrTo } from '../testing/index.ts';
import { validateSnapshots } from '../validate/index.ts';

const CONFORMANCE_FILE = fileURLToPath(new URL('../../conformance/datadog-go/sample/testStruct.json', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'godi-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const godiGolden = (...args: string[]) => runBin({ root: dir }, args);

async function writeJson(name: string, value: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(value));
  return file;
}

describe('godi-golden validate', () => {
  test('accepts an array of snapshots and a single envelope', async () => {
    const snapshots = JSON.parse(await readFile(CONFORMANCE_FILE, 'utf8')) as unknown[];
    const array = await writeJson('array.json', snapshots);
    const single = await writeJson('single.json', snapshots[0]);
    const result = await godiGolden('validate', array, single);
    expect(result.stdout).toBe('2 files valid');
    expect(result.exitCode).toBe(0);
  });

  test('prints every problem as FILE: path: message, then a summary, and exits 1', async () => {
    const [envelope] = JSON.parse(await readFile(CONFORMANCE_FILE, 'utf8')) as [Record<string, unknown>];
    const good = await writeJson('good.json', [envelope]);
    const bad = await writeJson('bad.json', [{ ...envelope, timestamp: 'yesterday', hostname: 'box' }]);
    const result = await godiGolden('validate', good, bad);
    expect(result.stdout.split('\n')).toEqual([
      `${bad}: /0/hostname: unknown key; expected one of: service, ddsource, logger, debugger, timestamp, duration, message, process_tags`,
      `${bad}: /0/timestamp: must be integer or "[ts]" (unix epoch milliseconds)`,
      '1 of 2 files invalid, 2 problems',
    ]);
    expect(result.exitCode).toBe(1);
  });

  test('reports a file that is not JSON (exit 1) or cannot be read (not checked: exit 2) as a problem', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '[{');
    const missing = join(dir, 'missing.json');
    const result = await godiGolden('validate', broken, missing);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${broken}: not JSON: `));
    expect(lines[1]).toMatch(new RegExp(`^${missing}: cannot read: ENOENT`));
    expect(lines[2]).toBe('2 of 2 files invalid, 2 problems');
    expect(result.exitCode).toBe(2);
    expect((await godiGolden('validate', broken)).exitCode).toBe(1);
  });

  test('without files or with an unknown option: usage, exit 2', async () => {
    const none = await godiGolden('validate');
    expect(none.stderr).toBe('godi-golden validate: name at least one file\nusage: godi-golden validate FILE...');
    expect(none.exitCode).toBe(2);
    const option = await godiGolden('validate', '--strict', 'x.json');
    expect(option.stderr).toMatch(/^godi-golden validate: Unknown option '--strict'/);
    expect(option.exitCode).toBe(2);
  });
});

/** A capture of two calls of `main.testPointer(p *int) int`, with a symbolicated stack. */
async function writeCapture(name: string, program = 'sample'): Promise<string> {
  const builder = new CaptureBuilder({ name: program });
  const int = builder.types.int();
  const probe = builder.probe({ id: 'testPointer', args: [['p', builder.types.pointer(int)]], results: [['~r0', int]] });
  builder.symbol(0x4a1000, [['main.testPointer', 'example.com/sample/main.go', 12]]);
  builder.symbol(0x4a2000, [['main.main', 'example.com/sample/main.go', 30]]);
  const stack = [0x4a1000, 0x4a2000];
  builder.call(probe, { p: ptrTo(41) }, { '~r0': 42 }, { goid: 7, stack });
  builder.call(probe, { p: null }, { '~r0': 0 }, { goid: 7, stack });
  const file = join(dir, name);
  await writeFile(file, builder.build());
  return file;
}

describe('godi-golden decode', () => {
  test('prints the snapshots as a JSON array, raw', async () => {
    const result = await godiGolden('decode', await writeCapture('raw.godicap'));
    expect(result.exitCode).toBe(0);
    const snapshots = JSON.parse(result.stdout) as { debugger: { snapshot: { captures: unknown; id: string } } }[];
    expect(result.stdout).toBe(JSON.stringify(snapshots, null, 2));
    validateSnapshots(snapshots, 'decode output');
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]?.debugger.snapshot.captures).toMatchObject({
      entry: { arguments: { p: { type: '*int', address: expect.stringMatching(/^0x[0-9a-f]+$/), value: '41' } } },
      return: { locals: { '@return': { type: 'int', value: '42' } } },
    });
    expect(snapshots[1]?.debugger.snapshot.captures).toMatchObject({ entry: { arguments: { p: { type: '*int', isNull: true } } } });
    expect(snapshots[0]?.debugger.snapshot.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('--normalize prints them as a golden file holds them', async () => {
    const result = await godiGolden('decode', await writeCapture('normalized.godicap'), '--normalize');
    expect(result.exitCode).toBe(0);
    const snapshots = JSON.parse(result.stdout) as Record<string, any>[];
    validateSnapshots(snapshots, 'decode --normalize output');
    expect(snapshots.map((s) => [s.debugger.snapshot.id, s.timestamp, s.logger.thread_id])).toEqual([
      ['[id]', '[ts]', '[goid#1]'],
      ['[id]', '[ts]', '[goid#1]'],
    ]);
    expect(snapshots[0]?.debugger.snapshot.captures.entry.arguments.p.address).toBe('[addr#1]');
  });

  test('a file that is no capture: the CaptureFormatError, exit 2', async () => {
    const junk = join(dir, 'junk.godicap');
    await writeFile(junk, 'not a capture file at all');
    const result = await godiGolden('decode', junk);
    expect(result.stderr).toBe(`${junk}: at byte 0: bad magic: expected 47 4f 44 49 43 41 50 00, found 6e 6f 74 20 61 20 63 61`);
    expect(result.stdout).toBe('');
    expect(result.exitCode).toBe(2);
  });

  test('metadata that fails the capture schema: the JSON path, exit 2', async () => {
    const file = await writeCapture('unnamed.godicap', '');
    const result = await godiGolden('decode', file);
    expect(result.stderr).toBe(`${file}: at byte 16: metadata /program/name: must NOT have fewer than 1 characters`);
    expect(result.exitCode).toBe(2);
  });

  test('a missing file, or no file: exit 2', async () => {
    const missing = await godiGolden('decode', join(dir, 'missing.godicap'));
    expect(missing.stderr).toMatch(/missing\.godicap: cannot read: ENOENT/);
    expect(missing.exitCode).toBe(2);
    const none = await godiGolden('decode', '--normalize');
    expect(none.stderr).toBe('godi-golden decode: name exactly one capture file\nusage: godi-golden decode CAPTURE [--normalize]');
    expect(none.exitCode).toBe(2);
  });
});

describe('godi-golden help and unknown commands', () => {
  test('help prints the usage of every command, exit 0; no command at all is a usage error, exit 2', async () => {
    const result = await godiGolden('help');
    expect(result.stdout).toMatch(/^usage:\n/);
    for (const command of ['validate FILE...', 'decode CAPTURE [--normalize]', 'help']) {
      expect(result.stdout).toContain(`godi-golden ${command}`);
    }
    expect(result.exitCode).toBe(0);
    expect((await godiGolden()).exitCode).toBe(2);
  });

  test('an unknown command names itself, then the usage, exit 2', async () => {
    const result = await godiGolden('frobnicate');
    expect(result.stderr).toMatch(/^godi-golden: unknown command "frobnicate"\n\nusage:\n/);
    expect(result.exitCode).toBe(2);
  });
});
