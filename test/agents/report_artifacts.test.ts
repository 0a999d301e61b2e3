/**
 * The ReportAgent's artifacts: report.html, report.md and the equity and drawdown PNGs are saved
 * through the runner's artifact service, in-process (Conversation) and under `adk web`, whose
 * artifact routes (what the dev UI lists on the run) serve them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import { startAdkServer, type AdkServer } from '../adk_server.js';
import { InMemoryArtifactService } from '@google/adk';
import { Conversation } from '../../agents/runtime/conversation.js';
import { testConfig } from './conversation_helpers.js';

const REQUEST = 'Compare SMA vs RSI on BTC and ETH from 2021 to 2024';
const ARTIFACTS = ['drawdown.png', 'equity.png', 'report.html', 'report.md'];
const PNG_SIGNATURE = '89504e470d0a1a0a';

describe('report artifacts through the Runner', () => {
  it('saves report.html, report.md, equity.png and drawdown.png for the run, matching the report in state', async () => {
    const conversation = await Conversation.start({ config: testConfig(), artifactService: new InMemoryArtifactService() });
    const turn = await conversation.send(REQUEST);
    expect((await conversation.artifacts()).sort()).toEqual(ARTIFACTS);
    const document = turn.state[STATE_KEYS.reportDocument] as ReportDocument;
    expect(document.runs).toHaveLength(6);
    expect(document.runs.every((run) => run.equity.t.length > 0 && run.price !== null)).toBe(true);
    expect(turn.state[STATE_KEYS.report]).toContain('# Backtest report: sma_crossover vs rsi_mean_reversion on BTC, ETH');
  }, 180_000);

  it('draws an hourly request\'s price chart from the hourly series it ran on', async () => {
    const conversation = await Conversation.start({ config: testConfig() });
    const turn = await conversation.send('Backtest SMA crossover on BTC 1h from 2024-03-01 to 2024-03-04');
    const [run] = (turn.state[STATE_KEYS.reportDocument] as ReportDocument).runs;
    expect(run!.price!.candles.t.slice(0, 2)).toEqual(run!.equity.t.slice(0, 2));
    expect(run!.price!.candles.t[1]).toMatch(/^2024-03-01[T ]01:00/);
  }, 180_000);

  it('runs a 4h request on bars built from the hourly file, annualised at 2190 bars a year, and says so once', async () => {
    const conversation = await Conversation.start({ config: testConfig() });
    const turn = await conversation.send('macd on btc 4h candles H1 2025');
    expect(turn.errors).toEqual([]);
    const results = turn.state[STATE_KEYS.backtestResults] as BacktestResult[];
    expect(results.map((result) => result.strategy).sort()).toEqual(['buy_and_hold', 'macd']);
    for (const result of results) {
      expect(result.periods_per_year).toBe(2190);
      expect(result.range).toEqual({ start: '2025-01-01T00:00:00Z', end: '2025-06-30T20:00:00Z', bars: 1086 });
      expect(result.data).toMatchObject({ file: 'BTC-USDT-1h.csv', interval: '4h', provenance: { source: 'sample', built_from: '1h' } });
    }
    const notes = (turn.reply.split('## Notes')[1] ?? '').split('## Data')[0]!;
    expect(notes.match(/^- 4h bars built from 1h bars \(BTC-USDT-1h\.csv\)$/gm)).toHaveLength(1);
    expect(turn.reply).toContain('BTC: BTC-USDT-1h.csv (2024-01-01T00:00:00Z to 2026-03-31T20:00:00Z, 4926 bars, sha256 5063667a8676; source sample, built from 1h bars)');
    const [run] = (turn.state[STATE_KEYS.reportDocument] as ReportDocument).runs;
    // The chart draws the 4h bars (grouped bars_per_candle to a candle), not the hourly ones.
    const { t, bars_per_candle: perCandle } = run!.price!.candles;
    const step = Date.parse(`${t[1]!.slice(0, 16).replace(' ', 'T')}Z`) - Date.parse(`${t[0]!.slice(0, 16).replace(' ', 'T')}Z`);
    expect(step).toBe(perCandle * 4 * 3_600_000);
  }, 180_000);
});

describe('report artifacts under adk web', () => {
  let server: AdkServer;
  beforeAll(async () => {
    server = await startAdkServer({
      command: 'web', agentsDir: 'agents', startTimeoutMs: 170_000,
      env: { BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!), BTP_TODAY: '2026-11-24', BTP_MODEL: 'offline-rules', BTP_CACHE_DIR: path.resolve('data/processed') },
    });
  }, 180_000);
  afterAll(async () => { await server?.stop(); });

  it('lists the artifacts on the session and serves each one', async () => {
    const sessions = `${server.baseUrl}/apps/backtestpilot/users/trader/sessions`;
    const session = await (await fetch(sessions, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json() as { id: string };
    const run = await fetch(`${server.baseUrl}/run`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appName: 'backtestpilot', userId: 'trader', sessionId: session.id, newMessage: { role: 'user', parts: [{ text: REQUEST }] } }),
    });
    expect(run.status).toBe(200);
    const events = await run.json() as Array<{ actions?: { artifactDelta?: Record<string, number> } }>;
    // The dev UI shows a run's artifacts from the artifactDelta of its events.
    const announced = Object.keys(Object.assign({}, ...events.map((event) => event.actions?.artifactDelta ?? {})));
    expect(announced.sort()).toEqual(ARTIFACTS);
    const listed = await (await fetch(`${sessions}/${session.id}/artifacts`)).json() as string[];
    expect([...listed].sort()).toEqual(ARTIFACTS);
    const html = await (await fetch(`${sessions}/${session.id}/artifacts/report.html`)).json() as { inlineData: { data: string; mimeType: string } };
    expect(html.inlineData.mimeType).toBe('text/html');
    const page = Buffer.from(html.inlineData.data, 'base64').toString('utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('id="ranking-table"');
    const png = await (await fetch(`${sessions}/${session.id}/artifacts/equity.png`)).json() as { inlineData: { data: string; mimeType: string } };
    expect(png.inlineData.mimeType).toBe('image/png');
    expect(Buffer.from(png.inlineData.data, 'base64').subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  }, 180_000);
});
