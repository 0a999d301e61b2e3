import type { Recognizer, RecognizerMatch } from '../clauses.js';
import { readNumberGroup } from '../number_groups.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { onlyStrategyBefore } from './listed_settings.js';
import { skipBarUnit } from './parameters.js';

/**
 * A strategy's numbers written apart from its name, as a clause of their own: "run macd on doge for
 * the last couple of years, twelve twenty-six nine", "RSI on Microsoft, fourteen days, buy under
 * thirty". Only where the message names one strategy before them, and only a whole setting (as many
 * numbers as it takes) or one window in bars for a strategy with a window: a lone number between
 * commas ("…, 2022, …") stays for the other readers.
 */
const CLAUSE_ENDS = [',', ';', '.', '!', '?', ')'];
const WINDOW_PARAMS = ['period', 'lookback'];

function startsClause(tokens: readonly Token[], index: number): boolean {
  return index === 0 || isPunct(tokens[index - 1], ',', ';', ':', '(') || tokens[index - 1]!.sentence !== tokens[index]!.sentence;
}

function endsClause(tokens: readonly Token[], index: number): boolean {
  return index >= tokens.length || isPunct(tokens[index], ...CLAUSE_ENDS) || isWord(tokens[index], 'and', 'then') || tokens[index]!.sentence !== tokens[index - 1]!.sentence;
}

/** "RSI over twenty-one days": the window a strategy is computed over, right after its name. */
function followsName(tokens: readonly Token[], index: number): boolean {
  if (!isWord(tokens[index - 1], 'over')) return false;
  return Array.from({ length: index - 1 }, (_, at) => strategyNameAt(tokens, at)).some((name) => name?.end === index - 1);
}

export const recognizeSettingsApart: Recognizer = (tokens, index): RecognizerMatch | undefined => {
  // The numbers first: most tokens start none, and finding the one strategy named before scans the message.
  const group = readNumberGroup(tokens, index);
  if (!group) return undefined;
  const entry = onlyStrategyBefore(tokens, index);
  const overWindow = entry !== undefined && followsName(tokens, index);
  if (!entry || !(startsClause(tokens, index) || overWindow)) return undefined;
  if (group.numbers.length >= 2 && group.numbers.length === entry.params.length && endsClause(tokens, group.end)) {
    return { end: group.end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'latest' }] };
  }
  const windowed = entry.params.some((param) => WINDOW_PARAMS.includes(param));
  const unitEnd = group.numbers.length === 1 ? skipBarUnit(tokens, index + 1) : index + 1;
  // "RSI over 21 days on XRP": said right after the name, the window needs no clause of its own.
  if (!windowed || unitEnd === index + 1 || !isWord(tokens[index + 1]) || !(overWindow || endsClause(tokens, unitEnd))) return undefined;
  return { end: unitEnd, clauses: [{ kind: 'param', candidates: WINDOW_PARAMS, value: group.numbers[0]!.value }] };
};
