import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdkServer, type AdkServer } from '../adk_server.js';

const env = {
  BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!),
  BTP_TODAY: '2026-11-24',
  BTP_MODEL: 'offline-rules',
  BTP_CACHE_DIR: path.resolve('data/processed'),
};

interface RunEvent {
  author?: string;
  content?: { parts?: Array<{ text?: string; functionCall?: { name: string } }> };
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** A two-turn conversation over the HTTP API: a request, then a follow-up that keeps it. */
async function converse(server: AdkServer): Promise<RunEvent[][]> {
  const session = await post<{ id: string }>(`${server.baseUrl}/apps/backtestpilot/users/trader/sessions`, {});
  const turns: RunEvent[][] = [];
  for (const text of ['Compare SMA vs RSI on BTC and ETH from 2021 to 2024', 'Now try it on SOL']) {
    turns.push(await post<RunEvent[]>(`${server.baseUrl}/run`, {
      appName: 'backtestpilot', userId: 'trader', sessionId: session.id, newMessage: { role: 'user', parts: [{ text }] },
    }));
  }
  return turns;
}

const lastText = (events: RunEvent[]) =>
  events.flatMap((event) => event.content?.parts ?? []).map((part) => part.text ?? '').filter(Boolean).at(-1) ?? '';

for (const command of ['api_server', 'web'] as const) {
  describe(`npx adk ${command} agents`, () => {
    let server: AdkServer;
    beforeAll(async () => { server = await startAdkServer({ command, agentsDir: 'agents', env, startTimeoutMs: 60_000 }); }, 90_000);
    afterAll(async () => { await server?.stop(); });

    it('lists the app and holds an offline conversation with follow-ups', async () => {
      const apps = await (await fetch(`${server.baseUrl}/list-apps`)).json();
      expect(apps).toEqual(['backtestpilot']);
      const [first, second] = await converse(server);
      expect(lastText(first!)).toContain('# Backtest report: sma_crossover vs rsi_mean_reversion on BTC, ETH');
      expect(first!.flatMap((event) => event.content?.parts ?? []).filter((part) => part.functionCall?.name === 'run_backtests')).toHaveLength(2);
      expect(lastText(second!)).toContain('on SOL');
    }, 120_000);

    if (command === 'web') {
      it('serves the dev UI', async () => {
        const response = await fetch(`${server.baseUrl}/dev-ui/`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('Agent Development Kit');
      });
    }
  });
}
