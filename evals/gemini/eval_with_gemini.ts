/**
 * `btp eval run --record-gemini <file>` and `--replay-gemini <file>`: the eval sets on the offline
 * planner, written down as Gemini API answers, then replayed to the real Gemini class and genai
 * client through the HTTP interceptor, so `btp eval run --model gemini-2.5-flash` runs here with no
 * network and no key. Development tooling: the interceptor (msw) is a dev dependency.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_GEMINI_MODEL } from '../../adk.config.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { GeminiRecordingSchema } from './recording.js';

export async function recordingGemini<T>(file: string, evalSets: string[], run: (model: string) => Promise<T>): Promise<T> {
  const { RECORDING_MODEL, takeRecordedExchanges } = await import('./recording_model.js');
  takeRecordedExchanges();
  const result = await run(RECORDING_MODEL);
  const recording = { model: DEFAULT_GEMINI_MODEL, eval_sets: evalSets, exchanges: takeRecordedExchanges() };
  writeFileSync(file, `${JSON.stringify(recording, null, 2)}\n`);
  process.stderr.write(`recorded ${recording.exchanges.length} Gemini answers to ${file}\n`);
  return result;
}

export async function replayingGemini<T>(file: string, model: string, run: () => Promise<T>): Promise<T> {
  if (!/^gemini-/.test(model)) throw new BacktestPilotError('bad_flag', `--replay-gemini answers Gemini requests: use it with --model gemini-2.5-flash (got --model ${model})`, { model });
  let recording;
  try {
    recording = GeminiRecordingSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new BacktestPilotError('bad_eval_set', `${file} is not a Gemini recording (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); make one with btp eval run --record-gemini <file>`, { file });
  }
  // ADK's Gemini class refuses to start without a key; the interceptor never checks it.
  process.env.GOOGLE_API_KEY ??= 'replay-no-key';
  const { startGeminiReplay } = await import('./gemini_replay.js');
  const replay = startGeminiReplay(recording);
  try {
    return await run();
  } finally {
    replay.close();
    const retried = replay.requests.filter((request) => request.status !== 200).length;
    process.stderr.write(`replayed ${replay.requests.length} Gemini requests from ${file} (${retried} failed or retried, ${replay.unused().length} recorded answers unused)\n`);
  }
}
