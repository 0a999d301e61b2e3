/**
 * Fault suite, exit codes and streams (issue 18 §2): 0 only when the command did all it says,
 * including the save; usage errors and bad input exit 2 with one line; anything else exits 1.
 * Each case was reproduced before the change (help dumps with exit 1, "Not saved" on stdout with
 * exit 0, `ask` failures on stdout, a 4,001-character request as bad_input).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBtp } from './run_btp.js';

/** `btp ask` loads the agent stack: allow for a loaded machine. */
const AGENT_RUN_TIMEOUT_MS = 180_000;

/** A file that is not a SQLite database: every save into it must fail, loudly. */
function corruptDatabase(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'btp-faults-')), 'corrupt.db');
  writeFileSync(file, Buffer.alloc(8192, 0x5a));
  return file;
}

describe('usage errors: one line, the --help hint, exit 2', () => {
  it.each([
    [['backtest', '--symbols', 'BTC', '--bogus'], "unknown option '--bogus'", 'btp backtest'],
    [['backtest'], "required option '--symbols <list>' not specified", 'btp backtest'],
    [['experiments', 'show'], "missing required argument 'id'", 'btp experiments show'],
    [['experiments'], 'btp experiments needs a command', 'btp experiments'],
    [['frobnicate'], "unknown command 'frobnicate'", 'btp'],
  ])('btp %j', async (args, message, command) => {
    const outcome = await runBtp(args);
    expect(outcome).toEqual({ code: 2, stdout: '', stderr: `error [usage]: ${message}\nsee ${command} --help\n` });
  });
});

describe('bad input exits 2 with `error [code]: …` on stderr', () => {
  it('a refused number', async () => {
    const outcome = await runBtp(['backtest', '--symbols', 'BTC', '--fees-bps', 'NaN', '--no-chart']);
    expect(outcome).toMatchObject({ code: 2, stdout: '' });
    expect(outcome.stderr).toMatch(/^error \[bad_parameters\]: --fees-bps must be a number from 0 to 1,000; got "NaN"/);
  });

  it('a request over 4,000 characters is request_too_long, as in the server', async () => {
    const outcome = await runBtp(['parse', `backtest BTC ${'a'.repeat(4_000)}`]);
    expect(outcome).toEqual({ code: 2, stdout: '', stderr: 'error [request_too_long]: a request is at most 4,000 characters; this one has 4,013\n' });
  });

  it('`ask` prints its refusal as error [code] on stderr, not as a reply on stdout', async () => {
    const outcome = await runBtp(['ask', 'backtest SMA on NOPE for 2022', '--no-chart'], { BTP_TODAY: '2026-11-24', BTP_MODEL: 'offline-rules', BTP_DB: corruptDatabase() });
    expect(outcome).toMatchObject({ code: 2, stdout: '' });
    expect(outcome.stderr).toMatch(/^error \[unknown_symbol\]: no data for symbol "NOPE"/);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
  }, AGENT_RUN_TIMEOUT_MS);
});

describe('a result whose save failed: the result on stdout, the error on stderr, exit 1', () => {
  it('btp optimize', async () => {
    const outcome = await runBtp(
      ['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--from', '2021-01-01', '--to', '2022-12-31', '--method', 'random', '--trials', '5'],
      { BTP_DB: corruptDatabase() },
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('Optimised sma_crossover on BTC');
    expect(outcome.stdout).not.toMatch(/saved/i);
    expect(outcome.stderr).toMatch(/^error \[database_corrupt\]: not saved: the experiment database .* is not a readable SQLite database/);
  });

  it('btp ask', async () => {
    const outcome = await runBtp(['ask', 'backtest SMA on BTC for 2022', '--no-chart'], { BTP_TODAY: '2026-11-24', BTP_MODEL: 'offline-rules', BTP_DB: corruptDatabase() });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('# Backtest report');
    expect(outcome.stdout).not.toMatch(/not saved/i);
    expect(outcome.stderr).toMatch(/^error \[database_corrupt\]: not saved: /);
  }, AGENT_RUN_TIMEOUT_MS);
});
