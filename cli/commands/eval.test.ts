import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalSetSchema } from '../../evals/evalset/eval_set.js';
import { parseMarketDataOption } from './eval.js';
import { BTP_COMMAND } from '../../test/btp_command.js';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('btp eval run', () => {
  it('exits 1 with --json naming the case that missed a threshold, and scores the passing one', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'btp-eval-cli-'));
    folders.push(folder);
    const committed = EvalSetSchema.parse(JSON.parse(await readFile('evals/single_requests.evalset.json', 'utf8')));
    const [kept, edited] = committed.eval_cases;
    // Make the recording claim a different total return than the agents compute.
    const tampered = JSON.parse(JSON.stringify(edited).replaceAll('85.74%', '95.74%'));
    const file = path.join(folder, 'tampered.evalset.json');
    await writeFile(file, JSON.stringify({ ...committed, eval_cases: [kept, tampered] }));

    const run = spawnSync(process.execPath, [...BTP_COMMAND, 'eval', 'run', file, '--json'], { encoding: 'utf8', env: process.env, timeout: 180_000 });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.passed).toBe(false);
    expect(report.cases.map((result: { id: string; passed: boolean }) => [result.id, result.passed])).toEqual([[kept!.eval_id, true], [edited!.eval_id, false]]);
    expect(report.cases[0].scores).toMatchObject({ tool_trajectory: 1, response_match: 1 });
    expect(report.cases[1].failures).toContain('turn 1 numbers missing from the answer: 95.74%');
  });
});

describe('btp eval record --market-data', () => {
  it('takes local, replayed or offline, and refuses anything else with bad_flag listing them', () => {
    expect(['local', 'replayed', 'offline'].map(parseMarketDataOption)).toEqual(['local', 'replayed', 'offline']);
    expect(() => parseMarketDataOption('online')).toThrow(expect.objectContaining({
      code: 'bad_flag', message: '--market-data must be one of local, replayed, offline, got "online"',
    }));
  });
});
