import type { Command } from 'commander';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { withReportFileOptions, type ReportFileFlags } from '../report_options.js';

export interface ReportFlags extends ReportFileFlags {
  md?: string | boolean;
  json?: boolean;
}

export function registerReportCommand(program: Command): void {
  withReportFileOptions(program
    .command('report')
    .description('Rebuild the report of a saved experiment from the store (no re-run): Markdown on screen, or HTML, charts and trades as files')
    .argument('<experiment-id>', 'experiment id, as `btp experiments list` shows it'))
    .option('--md [file]', 'print the Markdown report, or write it to this file')
    .option('--json', 'print the report document (sections, tables, chart series) as JSON')
    // The store loads only when the command runs.
    .action(runCommand(async (id: string, flags: ReportFlags) => (await import('./report_run.js')).reportCommand(id, flags), jsonFlagOf));
}
