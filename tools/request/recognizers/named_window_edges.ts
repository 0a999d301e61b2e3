import { phrases, type Phrase } from '../token_matchers.js';

/**
 * "extend the end of the period to 31 December 2023", "push the end date to …", "move the start of the
 * window back to 2015", "the end of the backtest should be 2023": one edge of the window named as a noun
 * (with or without "of the window") and set to a date. Only that edge moves; read as "until <date>" (or
 * "from <date>") would be, so the date is never a whole period of its own ("December 2023" alone) and
 * "period to 31" is never a lookback.
 */
const OWNERS = 'the|my|our|its|this|that';
/** What the edge belongs to: "the end of the period", "the start of the test window". */
const WINDOW_NOUNS = 'window|period|test|backtest|range|run|sample|dates|history|timeframe|timespan|data|study|analysis|simulation';
const WINDOW_NOUN_PAIRS = 'date|time|test|testing|backtest|backtesting|sample period|window|range|frame|span';
/** "the end", "the end date", "the end of the period", "the end date of the test window". */
const edgeNames = (edge: string): string[] => ['', ' date|point|day|year'].flatMap((noun) => [
  `${OWNERS} ${edge}${noun}`, `${OWNERS} ${edge}${noun} of ${OWNERS} ${WINDOW_NOUNS}`, `${OWNERS} ${edge}${noun} of ${OWNERS} ${WINDOW_NOUN_PAIRS}`,
]);

// "Kindly prepone the start to 2020": Indian English "prepone", bring earlier (the opposite of "postpone").
const MOVE_VERBS = 'push|move|shift|change|set|bring|pull|put|extend|stretch|adjust|update|bump|roll|take|make|prepone|postpone';
const DIRECTIONS = ['back|backward|backwards|forward|forwards|out|up|earlier|later|on', 'all the way back|forward|out|up'];
const INTOS = 'to|until|till|into';
/** "should be", "needs to be", ":": the edge given its value. */
const COPULAS = ['should|must|will|shall|would|can be', 'has|needs|ought|got to be', 'to be', ':|=', 'is'];

/** The phrases before a date that set one edge: `edge` is its nouns ("start|beginning"). */
export function namedEdgeSetters(edge: string): readonly Phrase[] {
  return phrases(...edgeNames(edge).flatMap((name) => [
    `${MOVE_VERBS} ${name} ${INTOS}`,
    ...DIRECTIONS.map((direction) => `${MOVE_VERBS} ${name} ${direction} ${INTOS}`),
    // "set the end date 2023-12-31", "make the end of the period 31 Dec 2023".
    `set|make ${name}`,
    ...COPULAS.map((copula) => `${name} ${copula}`),
  ]));
}
