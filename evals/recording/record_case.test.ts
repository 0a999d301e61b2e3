import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { isBacktestPilotError } from '../../tools/errors.js';
import { contentText } from '../evalset/eval_set.js';
import { readEvalSet } from '../evalset/eval_set_file.js';
import { runEvals } from '../scoring/run_evals.js';
import { evalIdFrom, recordCase } from './record_case.js';
import { rerecordEvalSet } from './rerecord_eval_set.js';

let folder: string;
beforeAll(async () => { folder = await mkdtemp(path.join(os.tmpdir(), 'btp-record-')); });
afterAll(async () => {
  await closeWorkerPool();
  await rm(folder, { recursive: true, force: true });
});

describe('evalIdFrom', () => {
  it('makes a snake_case id of at most 60 characters from the request, cut at a word', () => {
    expect(evalIdFrom('Compare SMA vs RSI on BTC & ETH, 2021–2024!')).toBe('compare_sma_vs_rsi_on_btc_eth_2021_2024');
    expect(evalIdFrom('Optimise MACD on ETH for 2022-2023, target Sharpe > 1.5 and max drawdown under 25%')).toBe('optimise_macd_on_eth_for_2022_2023_target_sharpe_1_5_and_max');
    expect(evalIdFrom('???')).toBe('case');
  });
});

describe('recordCase', () => {
  it('records a conversation through the agents as an ADK eval case that then replays and passes', async () => {
    const file = path.join(folder, 'recorded.evalset.json');
    const outcome = await recordCase({ requests: ['SMA 20/50 on BTC last year', 'now try it on ETH'], outFile: file, model: 'offline', today: '2024-06-30' });
    expect(outcome).toMatchObject({ action: 'added', caseCount: 1 });

    const evalSet = await readEvalSet(file);
    expect(evalSet.eval_set_id).toBe('recorded');
    const [evalCase] = evalSet.eval_cases;
    expect(evalCase!.eval_id).toBe('sma_20_50_on_btc_last_year');
    expect(evalCase!.session_input).toEqual({ app_name: 'backtestpilot', user_id: 'eval_user', state: {}, today: '2024-06-30' });
    const [first, second] = evalCase!.conversation;
    expect(first!.intermediate_data?.tool_uses[0]).toEqual({ name: 'parse_request', args: { text: 'SMA 20/50 on BTC last year' } });
    expect(contentText(first!.final_response)).toContain('2023-01-01 to 2023-12-31'); // "last year" against the recorded today
    expect(contentText(second!.final_response)).toContain('sma_crossover on ETH');

    const report = await runEvals({ paths: [file], model: 'offline' });
    expect(report.passed).toBe(true);
  });

  it('refuses to overwrite a case with the same id unless told to replace it', async () => {
    const file = path.join(folder, 'twice.evalset.json');
    await recordCase({ requests: ['HODL BTC for 2023'], outFile: file, model: 'offline', today: '2026-11-24' });
    const again = recordCase({ requests: ['HODL BTC for 2023'], outFile: file, model: 'offline', today: '2026-11-24' });
    await expect(again).rejects.toSatisfy((error) => isBacktestPilotError(error) && error.code === 'bad_request' && error.message.includes('--replace'));
    const replaced = await recordCase({ requests: ['HODL BTC for 2023'], outFile: file, model: 'offline', today: '2026-11-24', replace: true });
    expect(replaced).toMatchObject({ action: 'replaced', caseCount: 1 });
  });
});

describe('rerecordEvalSet', () => {
  it('leaves an unchanged set byte for byte, and restores an expectation that was edited', async () => {
    const file = path.join(folder, 'rerecord.evalset.json');
    await recordCase({ requests: ['Backtest SMA on AVAX for 2022'], outFile: file, model: 'offline', today: '2026-11-24', evalId: 'unknown_symbol' });
    const recorded = await readFile(file, 'utf8');
    expect(await rerecordEvalSet({ file, model: 'offline' })).toEqual([{ eval_id: 'unknown_symbol', changed: false }]);
    expect(await readFile(file, 'utf8')).toBe(recorded);

    await writeFile(file, recorded.replace('no data for symbol', 'no data at all for symbol'));
    expect(await rerecordEvalSet({ file, model: 'offline' })).toEqual([{ eval_id: 'unknown_symbol', changed: true }]);
    expect(await readFile(file, 'utf8')).toContain('no data for symbol');
  });
});
