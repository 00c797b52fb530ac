// `godi-golden review` through a real pseudo-terminal: Python's pty module runs the real bin and types keys.
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { BIN, godiGolden, projectPerTest, recordMixedRun, type TestProject } from '../../testing/index.ts';

// Forks the command on a new pty, sends each key once the prompt has been printed one more time,
// then reads to the end and exits with the command's exit code. The transcript goes to stdout; whether
// the terminal was in cooked (line) mode while the review asked goes to stderr as JSON.
const PTY_DRIVER = `
import json, os, pty, select, sys, termios, time
keys, cmd = json.loads(sys.argv[1]), sys.argv[2:]
prompt = b'[q]uit > '
pid, fd = pty.fork()
if pid == 0:
    os.execvp(cmd[0], cmd)
out = b''
modes = {}
def cooked():
    return bool(termios.tcgetattr(fd)[3] & termios.ICANON)
def read_more(deadline):
    global out
    ready, _, _ = select.select([fd], [], [], max(0, deadline - time.time()))
    if not ready:
        sys.stdout.write(out.decode(errors='replace'))
        sys.exit('timed out waiting for the review')
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        chunk = b''
    out += chunk
    return chunk != b''
for sent, key in enumerate(keys):
    deadline = time.time() + 30
    while out.count(prompt) <= sent:
        if not read_more(deadline):
            sys.stdout.write(out.decode(errors='replace'))
            sys.exit('the review ended before key %d' % sent)
    modes.setdefault('cookedWhileAsking', cooked())
    os.write(fd, key.encode())
deadline = time.time() + 30
while read_more(deadline):
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors='replace'))
sys.stderr.write(json.dumps(modes))
sys.exit(os.waitstatus_to_exitcode(status))
`;

let project: TestProject;
projectPerTest(async (created) => {
  project = created;
  await recordMixedRun(project);
});

function reviewOnPty(keys: string[]) {
  return execa('python3', ['-c', PTY_DRIVER, JSON.stringify(keys), process.execPath, BIN, 'review'], {
    cwd: project.root,
    env: { NO_COLOR: '1', TERM: 'dumb', CI: '' },
    reject: false,
    stripFinalNewline: false,
    timeout: 90_000,
  });
}

const golden = (probeId: string) => project.goldens.read({ program: 'shop', probeId });
const actual = (probeId: string) => project.actuals.read({ program: 'shop', probeId });

test('keys typed on a terminal accept, reject and skip probes, and the right goldens are written', async () => {
  const legacyBefore = await golden('legacy');
  const result = await reviewOnPty(['a', 'x', 'r', 's']);
  expect(JSON.parse(result.stderr)).toEqual({ cookedWhileAsking: false });
  expect(result.exitCode).toBe(0);
  // The terminal turns each "\n" into "\r\n"; the keys are not echoed (raw mode), only our own "a\n".
  const screen = result.stdout.replaceAll('\r\n', '\n');
  expect(screen).toContain('[1/3] shop/addItem: changed at 2 paths');
  expect(screen).toContain('"x" is not a choice.');
  expect(screen).toContain('review summary:\n  accepted 1: shop/addItem\n  rejected 1: shop/refund\n  skipped 1: shop/legacy\n');
  expect(await golden('addItem')).toBe(await actual('addItem'));
  expect(await golden('refund')).toBeUndefined();
  expect(await golden('legacy')).toBe(legacyBefore);
});

test('A accepts everything left, and a second review finds nothing to do', async () => {
  const result = await reviewOnPty(['A']);
  expect(result.exitCode).toBe(0);
  expect(result.stdout.replaceAll('\r\n', '\n')).toContain('  accepted 3: shop/addItem, shop/refund, shop/legacy\n');
  expect(await golden('refund')).toBe(await actual('refund'));
  expect(await golden('legacy')).toBeUndefined();
  const again = await reviewOnPty([]);
  expect(again.stdout).toContain('nothing to review');
  expect(again.exitCode).toBe(0);
});

test('Ctrl-C (a key in raw mode, not a signal) quits with the rest unreviewed', async () => {
  const result = await reviewOnPty(['\u0003']);
  expect(result.exitCode).toBe(0);
  expect(JSON.parse(result.stderr)).toEqual({ cookedWhileAsking: false });
  expect(result.stdout.replaceAll('\r\n', '\n')).toContain('  unreviewed 3: shop/addItem, shop/refund, shop/legacy\n');
  expect(await golden('addItem')).not.toBe(await actual('addItem'));
});

test('refuses without a terminal, and on CI', async () => {
  const piped = await execa(process.execPath, [BIN, 'review'], { cwd: project.root, reject: false, input: 'a', env: { CI: '' } });
  expect(piped.exitCode).toBe(2);
  expect(piped.stderr).toContain('stdin is not one: use `godi-golden accept [PROBE...]` instead');
  const ci = await godiGolden(project, ['review'], { CI: 'true' });
  expect(ci.exitCode).toBe(1);
  expect(ci.stderr).toContain('refused because CI is set');
});
