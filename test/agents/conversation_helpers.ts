import { getFunctionCalls, type Event } from '@google/adk';
import { loadConfig, type AppConfig } from '../../adk.config.js';
import { Conversation } from '../../agents/runtime/conversation.js';

/** The app config tests run with: the shared data, a fixed today, the offline model. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    BTP_DATA_DIR: process.env.BTP_DATA_DIR, BTP_CACHE_DIR: process.env.BTP_CACHE_DIR ?? 'data/processed', BTP_DB: process.env.BTP_DB,
    BTP_TODAY: '2026-11-24', BTP_MODEL: 'offline-rules', BTP_FETCH_ON_DEMAND: process.env.BTP_FETCH_ON_DEMAND ?? '0', ...overrides,
  });
}

export function startConversation(overrides: Record<string, string> = {}): Promise<Conversation> {
  return Conversation.start({ config: testConfig(overrides) });
}

/** The tool calls of a turn, in order, as `name` or `name(args)` when args are not empty. */
export function toolTrajectory(events: readonly Event[]): string[] {
  return events.flatMap((event) => getFunctionCalls(event)).map((call) => call.name ?? '');
}
