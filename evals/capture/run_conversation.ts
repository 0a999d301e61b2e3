/**
 * Runs a case's user turns through the real agents — ADK's Runner via Conversation, a fresh
 * in-memory session holding the case's initial state — and returns each turn as an invocation.
 * The recorder and the scorer both run cases through here.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InMemorySessionService } from '@google/adk';
import { loadConfig, OFFLINE_MODEL, type AppConfig } from '../../adk.config.js';
import { Conversation } from '../../agents/runtime/conversation.js';
import { bundledSampleFolder, joinDataFolders } from '../../tools/data/data_folders.js';
import { startReplayServer, type ReplayServer } from '../../tools/data/fetch/test_support/replay_server.js';
import { BacktestPilotError } from '../../tools/errors.js';
import type { Invocation, MarketDataMode, SessionInput } from '../evalset/eval_set.js';
import { caseTurnTime } from './case_clock.js';
import { toInvocation } from './turn_to_invocation.js';

export interface CaseRun {
  evalId: string;
  userTexts: readonly string[];
  /** The session's app, user and initial state; a new user with empty state when absent. */
  sessionInput?: SessionInput;
  /** Model name, or `offline` for the built-in model. */
  model: string;
  /** The day relative dates resolve against (BTP_TODAY), YYYY-MM-DD. */
  today: string;
  /** Where market data comes from when the case has no session input yet (recording); default `local`. */
  marketData?: MarketDataMode;
}

export interface CaseRunResult {
  /** The session input the case ran with (what the recorder writes). */
  sessionInput: SessionInput;
  invocations: Invocation[];
  /** Error events (model or planner failures) per turn: the recorder refuses such a run, the scorer lists them. */
  errors: Array<{ turn: number; author: string; code: string; message: string }>;
}

const EVAL_USER_ID = 'eval_user';

export function modelName(model: string): string {
  return model === 'offline' ? OFFLINE_MODEL : model;
}

/** The environment that gives a case its market data (see MarketDataMode). */
function marketDataEnvironment(mode: MarketDataMode, folder: string, replay: ReplayServer | undefined): Record<string, string> {
  // The top data folder is where fetches are written: the case's own (made by runCase), so nothing lands in the user's.
  const fetchedFolder = path.join(folder, 'ohlcv');
  if (mode === 'replayed') {
    return { BTP_DATA_DIR: fetchedFolder, BTP_FETCH_ON_DEMAND: '1', BTP_OFFLINE: '0', BTP_BINANCE_URL: replay!.url, BTP_YAHOO_URL: replay!.url };
  }
  if (mode === 'offline') return { BTP_DATA_DIR: joinDataFolders([fetchedFolder, bundledSampleFolder()]), BTP_FETCH_ON_DEMAND: '1', BTP_OFFLINE: '1' };
  // Replays answer from the data folders alone: an on-demand fetch would make a case depend on the network.
  return { BTP_FETCH_ON_DEMAND: '0' };
}

/**
 * The app config for one case: this process's environment (data and cache folders) with the case's
 * model, today and market data, and an experiment store of its own in a temporary folder, so that
 * nothing a case remembers can leak into another and nothing touches the user's store. A case about
 * experiment memory makes its runs in earlier turns and asks about them later: all its turns
 * share this store, which starts empty, and run on the case's clock (case_clock.ts), so the
 * answers replay the same way on any day.
 */
function caseConfig(run: CaseRun, mode: MarketDataMode, folder: string, replay: ReplayServer | undefined): AppConfig {
  return loadConfig({
    ...process.env, BTP_MODEL: modelName(run.model), BTP_TODAY: run.today, BTP_DB: path.join(folder, 'experiments.db'),
    ...marketDataEnvironment(mode, folder, replay),
  });
}

export async function runCase(run: CaseRun): Promise<CaseRunResult> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'btp-eval-'));
  const mode = run.sessionInput?.market_data ?? run.marketData ?? 'local';
  const replay = mode === 'replayed' ? await startReplayServer() : undefined;
  try {
    await mkdir(path.join(folder, 'ohlcv'));
    const config = caseConfig(run, mode, folder, replay);
    const sessionInput: SessionInput = run.sessionInput ?? {
      app_name: config.appName, user_id: EVAL_USER_ID, state: {}, today: run.today, ...(mode === 'local' ? {} : { market_data: mode }),
    };
    const { app_name: appName, user_id: userId, state } = sessionInput;
    if (appName !== config.appName) {
      throw new BacktestPilotError('bad_eval_set', `case ${run.evalId} is for app "${appName}"; this scorer runs "${config.appName}"`, { eval_id: run.evalId });
    }
    const sessionService = new InMemorySessionService();
    const session = await sessionService.createSession({ appName, userId, state: structuredClone(state) });
    let turnTime = caseTurnTime(run.today, 0);
    const conversation = await Conversation.start({ config, sessionService, userId, sessionId: session.id, now: () => turnTime });
    const result: CaseRunResult = { sessionInput, invocations: [], errors: [] };
    for (const [index, userText] of run.userTexts.entries()) {
      turnTime = caseTurnTime(run.today, index);
      const turn = await conversation.send(userText);
      result.invocations.push(toInvocation({
        invocationId: `${run.evalId}_turn_${index + 1}`, userText, reply: turn.reply, events: turn.events, createdAt: Date.now() / 1000,
      }));
      result.errors.push(...turn.errors.map((error) => ({ turn: index + 1, ...error })));
    }
    return result;
  } finally {
    await replay?.close();
    await rm(folder, { recursive: true, force: true });
  }
}
