import type { Recognizer } from '../clauses.js';
import { readNumberGroup } from '../number_groups.js';
import { assignUnnamedNumbers } from '../parameter_slots.js';
import { isPunct, isWord } from '../token_matchers.js';
import { strategyNumbersStart } from './listed_settings.js';
import { splitOfSymbolsAt } from './portfolio.js';

/** Between complete settings listed after the name: "sma 10/30, 20/50", "momentum 30, 60 and 90". */
const SETTING_JOINERS = ['and', 'or', 'vs', 'versus'];

/**
 * "sma 10 20 30 40 on btc", "sma 10/20/30", "sma (10, 20, 30, 40)": one group of numbers right after
 * a strategy's name, more than it takes, ran its defaults or its last numbers without a word; it is
 * refused (../extra_numbers.ts). Settings listed one by one ("sma 10/30, 20/50") are
 * listed_settings.ts's, and a split weighing symbols inside the group ("sma 20/50 60/40 spy/gld") the portfolio's.
 */
export const recognizeExtraNumbers: Recognizer = (tokens, index, context) => {
  const start = strategyNumbersStart(tokens, index);
  const group = start && readNumberGroup(tokens, start.end);
  if (!start || !group || group.numbers.length <= start.entry.params.length || assignUnnamedNumbers(start.entry.id, {}, group.numbers)) return undefined;
  const first = readNumberGroup(tokens, start.end, { slashed: true });
  const listed = first?.numbers.length === start.entry.params.length && (isPunct(tokens[first.end], ',') || isWord(tokens[first.end], ...SETTING_JOINERS));
  if (listed) return undefined;
  for (let at = start.end; at < group.end; at++) if (splitOfSymbolsAt(tokens, at, context)) return undefined;
  return { end: group.end, clauses: [{ kind: 'strategy', name: start.entry.id }, { kind: 'extra_numbers', strategy: start.entry.id, numbers: group.numbers }] };
};
