/**
 * Fault suite, numbers and ids (issue 18 §1): each case below was reproduced on the code before
 * the one number reader and the one date validator, where it ran with a plausible wrong value.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../adk.config.js';
import { parseMoneyOption, parseNumberOption, parseStrategyOption } from '../../cli/option_parsers.js';
import { SearchFiltersSchema } from '../../memory/experiment_schemas.js';
import { ExperimentIdSchema } from '../../tools/numbers/experiment_id.js';
import { openExperimentStore } from '../../memory/experiment_store.js';
import { parseMemoryQuestion } from '../../tools/request/recognizers/memory_question.js';
import { saveExperiment } from '../../memory/save_experiment.js';
import { BacktestRequestSchema } from '../../tools/backtest/backtest_request.js';
import { isBacktestPilotError } from '../../tools/errors.js';
import { readNumber } from '../../tools/numbers/read_number.js';
import { parseRequest } from '../../tools/request/parse_request.js';
import { resolveStrategyParams } from '../../tools/strategy/registry.js';
import { experimentInput } from '../memory/fixtures.js';
import { tempDatabasePath } from '../memory/temp_database.js';
import { runBtp } from './run_btp.js';

const TODAY = '2026-11-24';

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, got none');
}

describe('the one number reader refuses every form that is not a plain decimal', () => {
  // Before: Number() read "0x10" as 16, "0b10" as 2, "" as 0, and "1e400" as Infinity.
  const refused: ReadonlyArray<[string, RegExp]> = [
    ['0x10', /hexadecimal/],
    ['0X1f', /hexadecimal/],
    ['0o17', /octal/],
    ['0b101', /binary/],
    ['-0x10', /hexadecimal/],
    ['010', /leading zero/],
    ['NaN', /not a finite number/],
    ['Infinity', /not a finite number/],
    ['-Infinity', /not a finite number/],
    ['inf', /not a finite number/],
    ['', /empty/],
    ['   ', /empty/],
    ['1e400', /too large/],
    ['12abc', /not a decimal number/],
    ['1,2,3', /not a decimal number/],
    ['1_000', /not a decimal number/],
    ['--5', /not a decimal number/],
    ['.', /not a decimal number/],
  ];
  it.each(refused)('refuses %j with bad_parameters naming the value and the allowed range', (text, reason) => {
    const error = thrown(() => parseNumberOption('--fees-bps', { min: 0, max: 1_000 })(text));
    expect(isBacktestPilotError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'bad_parameters', details: { name: '--fees-bps', value: text, allowed: 'a number from 0 to 1,000' } });
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toContain(`"${text}"`);
  });

  it('reads 1e6 as 1,000,000 in a flag and in a request, never as 6', () => {
    expect(parseMoneyOption('--capital')('1e6')).toBe(1_000_000);
    expect(parseMoneyOption('--capital')('$1.5m')).toBe(1_500_000);
    expect(parseMoneyOption('--capital')('2bn')).toBe(2_000_000_000);
    // The scale words India writes, in a flag as in a request (one money parser).
    expect(parseMoneyOption('--capital')('3 lakh')).toBe(300_000);
    expect(parseMoneyOption('--capital')('2crore')).toBe(20_000_000);
    const parsed = parseRequest('backtest SMA on BTC 2022-2023 with $1e6 capital', { today: TODAY });
    expect(parsed).toMatchObject({ ok: true, spec: { initial_capital: 1_000_000 } });
  });

  it('keeps capital in (0, 1e15]', () => {
    for (const text of ['0', '-5', '2e15', '1,000,000,000,000,001']) {
      expect(thrown(() => parseMoneyOption('--capital')(text))).toMatchObject({ code: 'bad_parameters', details: { value: text } });
    }
    expect(parseMoneyOption('--capital')('1e15')).toBe(1e15);
  });

  it('refuses a hex window in a flag and in a request, naming it', () => {
    // Before: the flag ran with short=16; the request said "got 0".
    expect(thrown(() => parseStrategyOption('sma_crossover:short=0x10,long=50'))).toMatchObject({ code: 'bad_parameters', details: { value: '0x10' } });
    const parsed = parseRequest('backtest SMA short=0x10 on BTC 2022-2023', { today: TODAY });
    expect(parsed).toMatchObject({ ok: false, error: { code: 'bad_parameters', value: '0x10' } });
  });

  it('refuses a negative window instead of running the defaults', () => {
    // Before: "SMA -5/50" ran sma_crossover with short 20, long 50.
    const parsed = parseRequest('backtest SMA -5/50 on BTC 2022-2023', { today: TODAY });
    expect(parsed).toMatchObject({ ok: true, spec: { strategies: [{ name: 'sma_crossover', params: { short: -5, long: 50 } }, { name: 'buy_and_hold' }] } });
    // Validation (what `btp parse`, `ask` and the agents run next) then refuses it.
    expect(thrown(() => resolveStrategyParams('sma_crossover', { short: -5, long: 50 }))).toMatchObject({ code: 'bad_parameters' });
  });

  it('round-trips every finite number it accepts, written plainly, with commas or with an exponent', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), (value) => {
      expect(readNumber(String(value), { name: 'x' })).toBe(value === 0 ? 0 : value);
      expect(readNumber(value.toExponential(), { name: 'x' })).toBe(value === 0 ? 0 : value);
    }));
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
      expect(readNumber(value.toLocaleString('en-US'), { name: 'x' })).toBe(value);
    }));
  });

  it('round-trips amounts written with a scale', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom(['k', 1e3], ['m', 1e6], ['bn', 1e9]), (value, [suffix, scale]) => {
      expect(readNumber(`$${value}${suffix}`, { name: '--capital', amount: true })).toBe(value * scale);
    }));
  });
});

describe('experiment ids are positive decimal integers and nothing else', () => {
  // "-1", "0", "" and ids past 2^53 were refused before as well; these were all read as an id.
  const notIds = ['1e0', '0x2', '0b10', '0o2', '+2', '2.0', ' 2', '2 ', '02'];

  it.each(notIds)('refuses %j', (text) => {
    // Before: z.coerce.number read 1e0 as 1 and 0x2, 0b10, +2, 2.0 and " 2" as 2.
    expect(ExperimentIdSchema.safeParse(text).success).toBe(false);
  });

  it('a question in words names an experiment only by its digits', () => {
    // Before: "show experiment 1e0" and "re-run experiment 2.0" were read as #1 and #2.
    expect(parseMemoryQuestion('show experiment 12', TODAY)).toEqual({ tool: 'show_experiment', args: { id: 12 } });
    expect(parseMemoryQuestion('show experiment 1e0', TODAY)).not.toMatchObject({ args: { id: 1 } });
    expect(parseMemoryQuestion('re-run experiment 2.0', TODAY)).not.toMatchObject({ args: { id: 2 } });
  });

  it('`btp experiments delete 1e0` deletes nothing and leaves the file byte-identical', async () => {
    const database = tempDatabasePath();
    const store = openExperimentStore(database);
    saveExperiment(store, experimentInput([{ symbol: 'BTC' }]));
    store.close();
    const before = createHash('sha256').update(readFileSync(database)).digest('hex');
    for (const id of ['1e0', '0x1', '+1']) {
      const outcome = await runBtp(['experiments', 'delete', id], { BTP_DB: database });
      expect(outcome).toMatchObject({ code: 2, stdout: '' });
      expect(outcome.stderr).toBe(`error [bad_id]: invalid experiment id "${id}": an experiment id is a whole number from 1, such as 12\n`);
    }
    expect(createHash('sha256').update(readFileSync(database)).digest('hex')).toBe(before);
  });
});

describe('every date goes through the one strict validator', () => {
  it('refuses 2021-02-31 in each schema that holds a date', () => {
    // Before: these three checked only the YYYY-MM-DD pattern.
    expect(BacktestRequestSchema.safeParse({ symbols: ['BTC'], strategies: [{ name: 'sma_crossover' }], start: '2021-02-31' }).success).toBe(false);
    expect(SearchFiltersSchema.safeParse({ since: '2021-02-31' }).success).toBe(false);
  });

  it('refuses an impossible date in a request instead of dropping it', () => {
    // Before: "from 2021-02-31" was dropped and the run started at the start of the data.
    const parsed = parseRequest('backtest SMA crossover on BTC from 2021-02-31 to 2023-01-01', { today: TODAY });
    expect(parsed).toMatchObject({ ok: false, error: { code: 'bad_date', value: '2021-02-31' } });
  });

  it('a bad BTP_TODAY is a typed error naming the variable', () => {
    expect(thrown(() => loadConfig({ BTP_TODAY: 'garbage' }))).toMatchObject({ code: 'bad_date', details: { field: 'BTP_TODAY', value: 'garbage' } });
    expect(thrown(() => loadConfig({ BTP_TODAY: '2021-02-31' }))).toMatchObject({ code: 'bad_date', details: { field: 'BTP_TODAY' } });
  });

  it('a bad BTP_TODAY, --today or --from is one line on stderr, exit 2, no stack trace', async () => {
    // Before: BTP_TODAY=garbage crashed every command with a raw stack trace.
    const today = await runBtp(['symbols'], { BTP_TODAY: 'garbage' });
    expect(today).toMatchObject({ code: 2, stdout: '' });
    expect(today.stderr).toBe('error [bad_date]: BTP_TODAY "garbage" is not a valid date; use YYYY-MM-DD, e.g. 2021-01-31\n');
    const from = await runBtp(['backtest', '--symbols', 'BTC', '--from', '2021-02-31', '--no-chart']);
    expect(from).toMatchObject({ code: 2, stdout: '', stderr: 'error [bad_date]: --from "2021-02-31" is not a valid date; use YYYY-MM-DD, e.g. 2021-01-31\n' });
  });
});
