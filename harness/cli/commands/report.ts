// `godi-golden report --markdown|--html|--junit [--out FILE] [--from DIR]`: the last run for people and CI.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../common/index.ts';
import { loadProbeViews, renderHtml, renderJunit, renderMarkdown } from '../../report/index.ts';
import { EXIT, UsageError, type Command } from '../command.ts';
import { openRunOrSay } from '../recorded-run.ts';

const RENDERERS = { markdown: renderMarkdown, html: renderHtml, junit: renderJunit } as const;

export const report: Command = {
  name: 'report',
  args: '--markdown|--html|--junit [--out FILE] [--from DIR]',
  summary: 'render the last run as a PR comment (markdown), a review page (html) or JUnit XML',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        markdown: { type: 'boolean' },
        html: { type: 'boolean' },
        junit: { type: 'boolean' },
        out: { type: 'string' },
        from: { type: 'string' },
      },
    });
    const formats = (Object.keys(RENDERERS) as (keyof typeof RENDERERS)[]).filter((format) => values[format]);
    if (formats.length !== 1) throw new UsageError('choose exactly one of --markdown, --html, --junit');
    const run = await openRunOrSay(values.from, io);
    if (run === undefined) return EXIT.usage;
    const text = RENDERERS[formats[0] as keyof typeof RENDERERS](run.status, await loadProbeViews(run.status, run));
    if (values.out === undefined) {
      io.out(text.replace(/\n$/, ''));
    } else {
      await writeFileAtomic(path.resolve(values.out), text);
      io.err(`wrote ${values.out}`);
    }
    // A report describes the run; whether the run passed is `status`'s exit code.
    return EXIT.ok;
  },
};
