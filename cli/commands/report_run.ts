/** What `btp report` does; loaded only when it runs (cli/commands/report.ts registers it). */
import { loadConfig } from '../../adk.config.js';
import { openExperimentRepository, storeLocationOf } from '../../memory/open_repository.js';
import { readExperimentId } from '../../memory/parse_input.js';
import { reportOfExperiment } from '../../memory/report_of_experiment.js';
import { renderMarkdown } from '../../tools/report/render_markdown.js';
import { writeReportFiles } from '../../tools/report/report_files.js';
import { describeWrittenFiles, reportFileRequest, wantsReportFiles } from '../report_options.js';
import type { ReportFlags } from './report.js';

export async function reportCommand(rawId: string, flags: ReportFlags): Promise<void> {
  const id = readExperimentId(rawId);
  const repository = await openExperimentRepository(storeLocationOf(loadConfig()));
  let document;
  try {
    ({ document } = await reportOfExperiment(repository, id));
  } finally {
    await repository.close();
  }
  const request = reportFileRequest(flags, typeof flags.md === 'string' ? flags.md : undefined);
  const written = writeReportFiles(document, request);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ document, files: written })}\n`);
    return;
  }
  const lines: string[] = [];
  // The Markdown goes to the screen when asked with a bare --md, or when no file was asked for at all.
  if (flags.md === true || !wantsReportFiles(request)) lines.push(renderMarkdown(document));
  lines.push(...describeWrittenFiles(written));
  process.stdout.write(`${lines.join('\n')}\n`);
}
