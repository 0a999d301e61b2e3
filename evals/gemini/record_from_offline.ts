/**
 * Makes a Gemini recording without the network: runs the request through the real agents on the
 * offline planner and writes each agent's answer as the Gemini API's JSON. The replay then drives
 * ADK's Gemini class and the genai client (request building, response parsing, function-call
 * dispatch, retries) over exactly the conversation the offline model holds.
 *
 *   npx tsx evals/gemini/record_from_offline.ts <out.json> <today> "<request>" ["<follow-up>" ...]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_GEMINI_MODEL, loadConfig } from '../../adk.config.js';
import { Conversation } from '../../agents/runtime/conversation.js';
import { closeSharedExperimentRepositories } from '../../memory/shared_repository.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import type { GeminiRecording } from './recording.js';
import { RECORDING_MODEL, takeRecordedExchanges } from './recording_model.js';

export async function recordFromOffline(requests: readonly string[], today: string): Promise<GeminiRecording> {
  takeRecordedExchanges();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'btp-gemini-record-'));
  try {
    const config = loadConfig({ ...process.env, BTP_MODEL: RECORDING_MODEL, BTP_TODAY: today, BTP_DB: path.join(folder, 'experiments.db'), BTP_DATABASE_URL: '' });
    const conversation = await Conversation.start({ config });
    for (const request of requests) await conversation.send(request);
    return { model: DEFAULT_GEMINI_MODEL, today, requests: [...requests], exchanges: takeRecordedExchanges() };
  } finally {
    await closeSharedExperimentRepositories();
    await closeWorkerPool();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [out, today, ...requests] = process.argv.slice(2);
  if (!out || !today || requests.length === 0) {
    process.stderr.write('usage: npx tsx evals/gemini/record_from_offline.ts <out.json> <YYYY-MM-DD> "<request>" ["<follow-up>" ...]\n');
    process.exit(2);
  }
  const recording = await recordFromOffline(requests, today);
  writeFileSync(out, `${JSON.stringify(recording, null, 2)}\n`);
  process.stdout.write(`recorded ${recording.exchanges.length} Gemini answers to ${out}\n`);
}
