/**
 * Questions about a fleet sweep, answered from Redis rather than parsed as a backtest request:
 * "how is sweep 12 doing?", "is sweep 12 done?" (its progress), "show the results of sweep 12",
 * "what did sweep 12 find?" (what it found, once it is done). A sweep is named by the word and its
 * number; digits only, as everywhere ids are read.
 */
export interface SweepQuestion {
  id: number;
  wants: 'progress' | 'results';
}

const SWEEP_ID = /\bsweep\s*(?:#|no\.?|number)?\s*(\d{1,15})\b(?![.,]\d)/i;
const RESULT_WORDS = /\b(results?|found|find|best|outcome|winners?|top|show|ranking|answer)\b/i;
const PROGRESS_WORDS = /\b(how|status|doing|progress|going|done|finished|far|running|ready|still|where)\b/i;

export function parseSweepQuestion(text: string): SweepQuestion | undefined {
  const match = SWEEP_ID.exec(text);
  if (!match) return undefined;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  // "show the results" is about results even with "how"; a bare "sweep 12?" asks how it is doing.
  if (RESULT_WORDS.test(text)) return { id, wants: 'results' };
  if (PROGRESS_WORDS.test(text) || text.trim().split(/\s+/).length <= 3) return { id, wants: 'progress' };
  return undefined;
}
