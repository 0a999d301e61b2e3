import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BacktestPilotError } from '../../tools/errors.js';
import { EvalSetSchema, type EvalSet } from './eval_set.js';

/** The file names adk-python's tooling reads eval sets from. */
const EVAL_SET_FILE = /\.(evalset|test)\.json$/;

export async function readEvalSet(file: string): Promise<EvalSet> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BacktestPilotError('bad_eval_set', `${file} is not a readable JSON eval set: ${reason}`, { file });
  }
  const parsed = EvalSetSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new BacktestPilotError('bad_eval_set', `${file} is not in ADK's eval-set format: ${issues.join('; ')}`, { file });
  }
  const ids = parsed.data.eval_cases.map((evalCase) => evalCase.eval_id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new BacktestPilotError('bad_eval_set', `${file} has two cases with eval_id "${duplicate}"; ids must be unique within a set`, { file });
  return parsed.data;
}

/** Written with two-space indentation and a final newline, so recorded sets diff cleanly in review. */
export async function writeEvalSet(file: string, evalSet: EvalSet): Promise<void> {
  await writeFile(file, `${JSON.stringify(evalSet, null, 2)}\n`);
}

/**
 * The eval-set files under the given files and folders (a folder's own `*.evalset.json` and
 * `*.test.json`, not its subfolders), sorted so runs list cases in a stable order.
 */
export async function findEvalSetFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) throw new BacktestPilotError('not_found', `${given} does not exist; give eval-set files (*.evalset.json) or folders holding them`, { path: given });
    if (info.isDirectory()) {
      const names = (await readdir(given)).filter((name) => EVAL_SET_FILE.test(name)).sort();
      files.push(...names.map((name) => path.join(given, name)));
    } else {
      files.push(given);
    }
  }
  if (files.length === 0) throw new BacktestPilotError('not_found', `no eval sets (*.evalset.json) found in ${paths.join(', ')}`, { paths });
  return [...new Set(files)];
}
