import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusCaseSchema, type CorpusCase } from './corpus_case.js';

export const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface LoadedCase extends CorpusCase {
  /** `file.jsonl:line`, for reports. */
  where: string;
}

/** Every line of every `*.jsonl` file in the corpus folder; a malformed line throws with its place. */
export function loadCorpus(directory = CORPUS_DIR): LoadedCase[] {
  const cases: LoadedCase[] = [];
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.jsonl')).sort()) {
    readFileSync(path.join(directory, file), 'utf8').split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${file}:${index + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not JSON (${(error as Error).message})`);
      }
      const parsed = CorpusCaseSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      cases.push({ ...parsed.data, where });
    });
  }
  return cases;
}
