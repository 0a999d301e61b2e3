import { BacktestPilotError } from '../errors.js';
import { METRIC_KEYS, type MetricKey } from '../risk/types.js';
import { METRIC_WORDS, matchMetricAt } from './metric_vocabulary.js';
import { STRATEGY_WORDS } from './strategy_vocabulary.js';
import { tokenize } from './tokenizer.js';
import { strategyNameAt } from './written_strategy_names.js';

/**
 * The grammar's names for metrics and strategies, for a single value such as a flag's: the same
 * words a request accepts ("sortino", "max drawdown", "golden cross" is not a strategy name but
 * "moving average" is), so `--metric sortino` means what "best by Sortino" means.
 */
export function metricNamed(text: string): MetricKey | undefined {
  if ((METRIC_KEYS as readonly string[]).includes(text)) return text as MetricKey;
  const tokens = tokenize(text);
  const found = tokens.length > 0 ? matchMetricAt(tokens, 0) : undefined;
  return found && found.end === tokens.length ? found.metric : undefined;
}

export function strategyNamed(text: string): string | undefined {
  if (STRATEGY_WORDS.some((entry) => entry.id === text)) return text;
  const tokens = tokenize(text);
  const found = strategyNameAt(tokens, 0);
  return found && found.end === tokens.length ? found.id : undefined;
}

/** A metric named by a flag, or `unknown_metric` saying which names are allowed. */
export function requireMetricNamed(flag: string, text: string): MetricKey {
  const metric = metricNamed(text);
  if (metric) return metric;
  const examples = METRIC_WORDS.map((entry) => entry.metric).join(', ');
  throw new BacktestPilotError('unknown_metric', `${flag}: unknown metric "${text}"; metrics: ${examples} (or their usual names, e.g. sortino, max drawdown, win rate)`, {
    flag, value: text, metrics: [...METRIC_KEYS],
  });
}

/** A strategy named by a flag as its id or any name the grammar knows; unknown names are left for the registry to refuse with its list. */
export function strategyIdOf(text: string): string {
  return strategyNamed(text.trim()) ?? text.trim();
}
