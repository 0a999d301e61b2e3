import type { Clause, Recognizer, RecognizerContext } from './clauses.js';
import { recognizeDates } from './recognizers/dates.js';
import { recognizeIntent } from './recognizers/intent.js';
import { recognizeMoney } from './recognizers/money.js';
import { recognizeParameter } from './recognizers/parameters.js';
import { recognizePortfolio } from './recognizers/portfolio.js';
import { recognizePortfolioSettings } from './recognizers/portfolio_settings.js';
import { recognizeStrategy } from './recognizers/strategies.js';
import { isShouting, recognizeSymbol } from './recognizers/symbols.js';
import { recognizeTarget } from './recognizers/targets.js';
import { tokenize } from './tokenizer.js';

/** A clause and where the message said it. */
export interface PlacedClause {
  clause: Clause;
  /** Token index where its construct starts. */
  position: number;
  sentence: number;
}

/** On a tie in length the earlier recogniser wins, so grammar words beat unknown tickers. */
const RECOGNIZERS: readonly Recognizer[] = [
  recognizePortfolioSettings, recognizePortfolio, recognizeDates, recognizeTarget, recognizeMoney, recognizeStrategy, recognizeParameter, recognizeIntent, recognizeSymbol,
];

/**
 * Reads one message left to right: at each token every recogniser tries, the longest match is
 * taken and its tokens consumed; a token nobody recognises is skipped.
 */
export function readClauses(text: string, today: string): PlacedClause[] {
  const tokens = tokenize(text);
  const context: RecognizerContext = { today, shouting: isShouting(tokens) };
  const placed: PlacedClause[] = [];
  let index = 0;
  while (index < tokens.length) {
    let best: { end: number; clauses: Clause[] } | undefined;
    for (const recognize of RECOGNIZERS) {
      const match = recognize(tokens, index, context);
      if (match && match.end > index && (!best || match.end > best.end)) best = match;
    }
    if (!best) {
      index++;
      continue;
    }
    for (const clause of best.clauses) placed.push({ clause, position: index, sentence: tokens[index]!.sentence });
    index = best.end;
  }
  return placed;
}
