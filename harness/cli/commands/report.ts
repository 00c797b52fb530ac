// `godi-golden report --markdown|--html|--junit [--out FILE] [--from DIR]...`: the last run, or several
// runs merged (CI machines), for people and CI.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../common/index.ts';
import { loadReport, renderHtml, type ReportInput, renderJunit, renderMarkdown } from '../../report/index.ts';
import { EXIT, UsageError, type Command } from '../command.ts';
import { openRunsOrSay, stoppedOnRun } from '../recorded-run.ts';

const RENDERERS = { markdown: renderMarkdown, html: renderHtml, junit: renderJunit } as const;

export const report: Command = {
  name: 'report',
  args: '--markdown|--html|--junit [--out FILE] [--from DIR]...',
  summary: 'render the last run (or the runs of several --from, merged) as a PR comment (markdown), a review page (html) or JUnit XML',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        markdown: { type: 'boolean' },
        html: { type: 'boolean' },
        junit: { type: 'boolean' },
        out: { type: 'string' },
        from: { type: 'string', multiple: true },
      },
    });
    const formats = (Object.keys(RENDERERS) as (keyof typeof RENDERERS)[]).filter((format) => values[format]);
    if (formats.length !== 1) throw new UsageError('choose exactly one of --markdown, --html, --junit');
    const runs = await openRunsOrSay(values.from ?? [], io);
    if (runs === undefined) return EXIT.usage;
    let input: ReportInput;
    try {
      input = await loadReport(runs);
    } catch (error) {
      return stoppedOnRun(error, io);
    }
    const text = RENDERERS[formats[0] as keyof typeof RENDERERS](input.status, input.views);
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
