import type { RebalanceSchedule } from '../../portfolio/calendar_periods.js';
import type { PortfolioObjective } from '../../portfolio/optimize/optimize_weights.js';
import type { Clause, Recognizer, RecognizerContext, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWholeSplit } from '../written_weights.js';
import { isNumber, isPunct, isWord, matchLongest, percentSignEnd, phrases, skipWords } from '../token_matchers.js';
import { readRestInCash, readWeightGroup, toFractions } from './portfolio.js';
import { matchSymbolAt } from './symbols.js';
import { SUPPOSING_LEADS } from './supposing_leads.js';
import { readMarkers } from '../self_corrections.js';
import { readFavourAfterPause } from './favoured_splits.js';
import { heldSymbolAt } from './listed_unknown_tickers.js';

/**
 * How a portfolio is run, beyond its weights: "rebalanced monthly", "rebalance weekly instead",
 * "no rebalancing"; the weight objective ("find the best weights ... for max Sharpe", "risk parity
 * across ...", "minimum variance"); limits ("no more than 50% in one coin", "volatility cap 60%");
 * and the follow-ups "make it 50/50" and "add SOL at 20%".
 */

const SCHEDULE_WORDS: ReadonlyArray<[string, Exclude<RebalanceSchedule, 'none'>]> = [
  ['daily', 'daily'], ['day', 'daily'], ['weekly', 'weekly'], ['week', 'weekly'], ['monthly', 'monthly'], ['month', 'monthly'],
  ['quarterly', 'quarterly'], ['quarter', 'quarterly'], ['yearly', 'yearly'], ['annually', 'yearly'], ['annual', 'yearly'], ['year', 'yearly'],
];
const REBALANCE_VERBS = phrases('rebalance', 'rebalanced', 'rebalancing', 'rebalances', 're balance', 're balanced', 're balancing');
const NO_REBALANCING = phrases('no rebalancing', 'never rebalance', 'never rebalanced', 'without rebalancing', 'do not rebalance', 'don\'t rebalance', 'dont rebalance', 'not rebalanced');
const SCHEDULE_LINKS: ReadonlySet<string> = new Set(['it', 'them', 'every', 'each', 'once', 'a', 'per', 'on', 'at', 'the', 'of']);
const FOLLOW_UP_FILLERS: ReadonlySet<string> = new Set(['instead', 'then', 'now']);

function scheduleAt(tokens: readonly Token[], index: number): { schedule: Exclude<RebalanceSchedule, 'none'>; end: number } | undefined {
  const token = tokens[index];
  const found = token?.kind === 'word' ? SCHEDULE_WORDS.find(([word]) => word === token.norm) : undefined;
  return found && { schedule: found[1], end: index + 1 };
}

/** "rebalanced monthly", "rebalance every quarter", "monthly rebalancing", "no rebalancing". */
function rebalance(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const never = matchLongest(tokens, index, NO_REBALANCING);
  if (never) return { end: skipWords(tokens, never.end, FOLLOW_UP_FILLERS), clauses: [{ kind: 'rebalance', schedule: 'none' }] };
  const verb = matchLongest(tokens, index, REBALANCE_VERBS);
  if (verb) {
    const found = scheduleAt(tokens, skipWords(tokens, verb.end, SCHEDULE_LINKS));
    return found && { end: skipWords(tokens, found.end, FOLLOW_UP_FILLERS), clauses: [{ kind: 'rebalance', schedule: found.schedule }] };
  }
  const leading = scheduleAt(tokens, index);
  const after = leading && matchLongest(tokens, leading.end, REBALANCE_VERBS);
  return leading && after ? { end: skipWords(tokens, after.end, FOLLOW_UP_FILLERS), clauses: [{ kind: 'rebalance', schedule: leading.schedule }] } : undefined;
}

const OBJECTIVE_PHRASES: ReadonlyArray<[string, PortfolioObjective]> = [
  ['risk parity', 'risk_parity'], ['equal risk', 'risk_parity'], ['equal risk contribution|contributions', 'risk_parity'], ['risk-parity', 'risk_parity'],
  ['min|minimum|minimal|lowest variance', 'min_variance'], ['min|minimum|lowest volatility|vol|risk', 'min_variance'], ['minimise|minimize|minimising|minimizing variance|volatility|risk', 'min_variance'],
  ['max|maximum|highest|best sharpe', 'max_sharpe'], ['maximise|maximize|maximising|maximizing sharpe|sharpe\'s', 'max_sharpe'], ['max|maximum|highest sharpe ratio', 'max_sharpe'],
  ['max|maximum|highest|most return|returns', 'max_return'], ['maximise|maximize return|returns', 'max_return'],
  ['tangency portfolio', 'max_sharpe'], ['mean variance', 'max_sharpe'],
];
const OBJECTIVE_LIST = OBJECTIVE_PHRASES.map(([text]) => text.split(' '));
/** Objectives that name a portfolio rule on their own; the Sharpe and return ones need a weights request too. */
const STANDALONE_OBJECTIVES: ReadonlySet<PortfolioObjective> = new Set(['risk_parity', 'min_variance']);
const WEIGHT_SEARCH = phrases(
  'best weights|weighting|allocation|mix', 'optimal weights|weighting|allocation|mix', 'optimise|optimize|optimising|optimizing the|my weights|allocation',
  'optimise|optimize weights|allocation', 'find the weights', 'best portfolio', 'optimal portfolio', 'weights that maximise|maximize',
);

/** "for max Sharpe", "risk parity", "minimum variance"; `weak` where it only means a portfolio objective alongside a weights request. */
function objective(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const start = isWord(tokens[index], 'for', 'by', 'with', 'using', 'via', 'to') ? index + 1 : index;
  const found = matchLongest(tokens, start, OBJECTIVE_LIST);
  if (!found) return undefined;
  const chosen = OBJECTIVE_PHRASES[found.which]![1];
  // "equal-risk" must not be read as an equal-weight portfolio: the longest match decides.
  return { end: found.end, clauses: [{ kind: 'portfolio_objective', objective: chosen, weak: !STANDALONE_OBJECTIVES.has(chosen) }] };
}

function weightSearch(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const found = matchLongest(tokens, index, WEIGHT_SEARCH);
  return found && { end: found.end, clauses: [{ kind: 'weights_search' }] };
}

const LIMIT_LEADS = phrases(
  'no more than', 'not more than', 'at most', 'max|maximum', 'max|maximum weight', 'max|maximum weight of', 'max|maximum of', 'cap|capped each|every|any at',
  'cap|capped at', 'up to', 'limit|limited each|every|any to', 'limit|limited to', 'each at most', 'none above', 'nothing above', 'no|none over', 'less than', 'under', 'below',
);
const HOLDING_NOUNS = 'coin|coins|symbol|symbols|asset|assets|stock|stocks|name|names|position|positions|holding|holdings|ticker';
const LIMIT_TAILS = phrases(
  `in|on|for one|any|a|each ${HOLDING_NOUNS}`, `in|on|for any|a|one single ${HOLDING_NOUNS}`, `in|on|for any one ${HOLDING_NOUNS}`,
  `per|each ${HOLDING_NOUNS}`, `a|each ${HOLDING_NOUNS}`, 'each', 'weight', 'apiece',
);

function percentAt(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const number = tokens[index];
  if (!isNumber(number)) return undefined;
  const signEnd = percentSignEnd(tokens, index + 1);
  if (signEnd !== undefined) return { value: number.value / 100, end: signEnd };
  return number.value > 0 && number.value <= 1 ? { value: number.value, end: index + 1 } : undefined;
}

/** "no more than 50% in one coin", "max 40% per asset", "max weight 30%", "cap each at 25%". */
function maxWeight(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, LIMIT_LEADS);
  if (!lead) return undefined;
  const value = percentAt(tokens, lead.end);
  if (!value) return undefined;
  const tail = matchLongest(tokens, value.end, LIMIT_TAILS);
  const weightLead = /weight/.test(tokens.slice(index, lead.end).map((token) => token.norm).join(' '));
  if (!tail && !weightLead) return undefined;
  return { end: tail ? tail.end : value.end, clauses: [{ kind: 'max_weight', value: value.value }] };
}

const VOLATILITY_CAPS = phrases(
  'max|maximum volatility|vol', 'max|maximum volatility|vol of', 'volatility|vol cap|capped|limit', 'volatility|vol cap|capped|limit of|at',
  'cap|capping|limit volatility|vol at|to',
);
// Not "volatility below 20%" or "volatility of at most 20%": those are metric targets (recognizers/targets.ts).

/** "max volatility 60%", "volatility cap of 40%", "cap volatility at 30%". */
function maxVolatility(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, VOLATILITY_CAPS);
  const value = lead && percentAt(tokens, lead.end);
  return value && { end: value.end, clauses: [{ kind: 'max_volatility', value: value.value }] };
}

const WEIGHT_LEADS = phrases('change|set the weights to', 'weights', 'weights to', 'split', 'split it|them', 'split the money|capital|cash|portfolio', 'reweight to', 're weight to', 'reweight it to');
/** Leads that say nothing of weights: after them "20/50" may be a strategy's numbers (weightsOrParameters). */
const PLAIN_LEADS = phrases('make it|that|them', 'change it|that to', 'set it|that to', 'switch|change to', 'go', 'now', 'try', 'what|how about', 'what|how about with|using', 'try|go with', 'and', 'then',
  // "go back to the 20/50": earlier numbers, written again.
  'go|going|switch|change|revert back to', 'go|going|switch|change|revert back to the', 'back to', 'back to the', 'revert|return to', 'revert|return to the',
  // "same but 8/17/9": the run as before, with these numbers.
  'same but|with', 'same thing|again|setup but|with', 'same but with', 'the same but|with',
  // "ema instead, 12/26": the numbers for the strategy just swapped in.
  'instead ,|:', 'instead with',
  // "use 15/45 instead", "let's use 8/21", "what if we used 30/90": the run's new numbers, as "make it 15/45" is.
  'instead', 'use|using', 'let us use', 'lets use', 'let\'s use',
  ...SUPPOSING_LEADS,
  // "run 12/26 on it": the numbers to run.
  'run',
  // "undo that, keep 12/26 but do 2024", "stick with 20/50": the numbers the run keeps, restated.
  'keep|keeping', 'keep it|them at', 'keep the', 'stick|stay with', 'stick|stay with the',
  // "try his 8/17/9 after all": numbers someone in the story gave, pointed back to by whose they are.
  'try|use|run his|her|their', 'go with his|her|their', 'his|her|their');
/**
 * "ema crossover on ETH 2021-2024 with 12/26": numbers after "with" that cannot be a whole split
 * are the strategy's, wherever the request put them; "with 60/40" stays for the portfolio reader.
 */
const SETTINGS_WITH = phrases('with');
/** "forget the target, just run 12/26": these numbers and no others, so no search for better ones. */
const FIXED_LEADS = phrases('just|only run|use|try|test', 'just|only run|use|try|test it|them with');

/**
 * "actually 50/30/30", "sorry, 60/40" opening a follow-up: the numbers take back the previous
 * message's, so they are led as "make it 60/40" is, even when they do not add up (bad_weights then says so).
 */
function openingCorrection(tokens: readonly Token[], index: number): { end: number } | undefined {
  if (index !== 0) return undefined;
  const end = readMarkers(tokens, index) ?? matchLongest(tokens, index, phrases('actually'))?.end;
  return end === undefined ? undefined : { end };
}

const FAVOURING = phrases('in favor|favour of', 'favoring|favouring', 'tilted|weighted|leaning|skewed toward|towards|to', 'overweight', 'with more in|on', 'with more');

/** "80/20 in favor of the S&P", "70/30 tilted towards BTC": the holding that takes the larger weight. */
function readFavoured(tokens: readonly Token[], index: number, context: RecognizerContext): { symbol: string; end: number } | undefined {
  const lead = matchLongest(tokens, index, FAVOURING);
  const symbol = lead && matchSymbolAt(tokens, skipWords(tokens, lead.end, new Set(['the'])), { shouting: context.shouting, strong: true });
  return symbol ? { symbol: symbol.symbol, end: symbol.end } : undefined;
}

const HEAVY_WORDS = ['heavy', 'weighted', 'tilted', 'overweight', 'biased', 'leaning'];

/** "60/40 btc heavy", "70/30 spy-weighted": the holding named before "heavy" takes the larger weight. */
function readHeavySide(tokens: readonly Token[], index: number, context: RecognizerContext): { symbol: string; end: number } | undefined {
  const symbol = matchSymbolAt(tokens, index, { shouting: context.shouting, strong: true });
  if (!symbol) return undefined;
  const at = isPunct(tokens[symbol.end], '-') ? symbol.end + 1 : symbol.end;
  return isWord(tokens[at], ...HEAVY_WORDS) ? { symbol: symbol.symbol, end: at + 1 } : undefined;
}

/**
 * "make it 50/50", "change the weights to 70/30", "now 80/20", a bare "70/30": new weights for the
 * portfolio's symbols, in order, and "the rest in cash" after them. Unless the lead names weights
 * or the numbers are percentages, the same numbers may be the strategy's instead.
 */
function resetWeights(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const weightLead = matchLongest(tokens, index, WEIGHT_LEADS);
  const fixedLead = weightLead ? undefined : matchLongest(tokens, index, FIXED_LEADS);
  const ledLead = weightLead ?? fixedLead ?? matchLongest(tokens, index, PLAIN_LEADS) ?? openingCorrection(tokens, index);
  const withLead = ledLead ? undefined : matchLongest(tokens, index, SETTINGS_WITH);
  const lead = ledLead ?? withLead;
  const group = readWeightGroup(tokens, lead ? lead.end : index);
  if (!group) return undefined;
  const fractions = toFractions(group.weights, group.percent);
  if (withLead && (group.percent || isWholeSplit(fractions))) return undefined;
  // With no lead only a whole split is weights: "1/3 each" and "10/40" are something else; "15/45 instead" is led from behind.
  if (!lead && !isWord(tokens[group.end], 'instead') && !isWholeSplit(fractions)) return undefined;
  const heavy = readHeavySide(tokens, group.end, context);
  // Followed by symbols, it is a whole portfolio ("make it 60/40 BTC ETH"): the portfolio recogniser's.
  if (!heavy && matchSymbolAt(tokens, group.end, { shouting: context.shouting, strong: true })) return undefined;
  // "50/50 split", "a 70/30 mix": the noun says they are weights.
  const splitEnd = isWord(tokens[group.end], 'split', 'mix', 'blend', 'allocation', 'weighting') ? group.end + 1 : group.end;
  // "make it 80/20 instead, more Bitcoin": "instead" stands between the split and the holding it favours.
  const favourAt = isWord(tokens[splitEnd], 'instead') ? splitEnd + 1 : splitEnd;
  const favoured = heavy ?? readFavoured(tokens, favourAt, context) ?? readFavourAfterPause(tokens, favourAt, context);
  const cashEnd = favoured ? undefined : readRestInCash(tokens, splitEnd);
  // Weights said to favour a holding are weights, whatever the lead.
  const clause: Clause = {
    kind: 'portfolio_weights', weights: fractions,
    ...(cashEnd === undefined ? {} : { restInCash: true }), ...(weightLead || group.percent || favoured || splitEnd > group.end ? {} : { orParameters: group.written }),
    ...(favoured ? { favours: favoured.symbol } : {}),
  };
  const fixed: Clause[] = fixedLead ? [{ kind: 'optimize', value: false }] : [];
  return { end: skipWords(tokens, favoured?.end ?? cashEnd ?? splitEnd, FOLLOW_UP_FILLERS), clauses: [clause, ...fixed] };
}

/** "add SOL at 20%", "add 20% SOL", "include SOL with 10%", "add tlt at 20%". */
function addHolding(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  if (!isWord(tokens[index], 'add', 'include', 'plus')) return undefined;
  const symbolFirst = heldSymbolAt(tokens, index + 1, context.shouting);
  if (symbolFirst) {
    const at = skipWords(tokens, symbolFirst.end, new Set(['at', 'with', 'for', 'as']));
    const value = percentAt(tokens, at);
    return value && fundedHolding(tokens, symbolFirst.symbol, value, context);
  }
  const value = percentAt(tokens, index + 1);
  if (!value) return undefined;
  const symbol = heldSymbolAt(tokens, skipWords(tokens, value.end, new Set(['of', 'in', 'to'])), context.shouting);
  return symbol && fundedHolding(tokens, symbol.symbol, { value: value.value, end: symbol.end }, context);
}

// Not "hold" or "put": "I'd hold SOL at 10% and ADA at 15%, the rest in BTC" writes a whole allocation.
const SET_VERBS = ['bump', 'raise', 'lower', 'cut', 'reduce', 'increase', 'set', 'move', 'take', 'change', 'leave', 'keep', 'trim', 'boost'];

interface HoldingSetting { symbol: string; weight: number; bare?: true }

/** "spy to 60%", "qqq down to 40": one holding and its new weight, after the verb that changes it. */
function heldSetting(tokens: readonly Token[], symbolAt: number, kept: boolean, context: RecognizerContext): { clause: HoldingSetting; end: number } | undefined {
  const symbol = matchSymbolAt(tokens, symbolAt, { shouting: context.shouting, strong: true });
  if (!symbol) return undefined;
  const at = skipWords(tokens, symbol.end, new Set(['up', 'down', 'to', 'at', 'back']));
  if (at === symbol.end) return undefined;
  const value = percentAt(tokens, at);
  if (value) return { clause: { symbol: symbol.symbol, weight: value.value }, end: value.end };
  // "keep SPY at 60 and GLD at 40" writes weights beside a new holding (the portfolio recogniser's): only a change makes a bare number a weight.
  const share = kept ? undefined : heldShareAt(tokens, at);
  return share && { clause: { symbol: symbol.symbol, weight: share.value, bare: true }, end: share.end };
}

/**
 * "bump btc to 70%", "leave eth at 40%", "cut SOL down to 10%": one holding's weight, the others pro rata.
 * "bump spy to 60 and qqq to 40", "keep spy at 60% and qqq at 40%": a holding after "and" with its own
 * "to" or "at" shares the verb, a second setting.
 */
function setHolding(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  if (!isWord(tokens[index], ...SET_VERBS)) return undefined;
  const kept = isWord(tokens[index], 'keep', 'leave');
  const first = heldSetting(tokens, skipWords(tokens, index + 1, new Set(['up', 'down', 'the'])), kept, context);
  if (!first) return undefined;
  const settings = [first];
  // "keep spy at 60% and qqq at 40%": a kept holding set as a percentage is a setting, and so is the one joined to it.
  for (;;) {
    const next = joinedSetting(tokens, settings.at(-1)!.end, context);
    if (!next || settings.some(({ clause }) => clause.symbol === next.clause.symbol)) break;
    settings.push(next);
  }
  return { end: settings.at(-1)!.end, clauses: settings.flatMap(({ clause }) => holdingClauses(clause.symbol, clause.weight, undefined, clause.bare)) };
}

/** ", and qqq to 40", "and qqq to 40%": the next holding the same verb sets. */
function joinedSetting(tokens: readonly Token[], index: number, context: RecognizerContext): ReturnType<typeof heldSetting> {
  const comma = isPunct(tokens[index], ',');
  const joined = isWord(tokens[comma ? index + 1 : index], 'and');
  if (!comma && !joined) return undefined;
  return heldSetting(tokens, skipWords(tokens, index + (comma ? 1 : 0), new Set(['and', 'the'])), false, context);
}

const OTHER_UNITS: ReadonlySet<string> = new Set(['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'bar', 'bars', 'candle', 'candles', 'period', 'periods', 'bps', 'basis', 'bp', 'k', 'dollars', 'usd', 'coins', 'shares']);

/**
 * After "bump gold to", "take sol down to": a bare 1–100 ("to 30") or "half" is the holding's new
 * weight, the verb and the named holding say so; written alone, "30" stays ambiguous (percentAt).
 */
function heldShareAt(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const number = tokens[index];
  const unit = tokens[index + 1];
  // "set eth to 4h", "to 15 minute candles", "to 20 bps": a number with another unit is no weight.
  const unitless = !(unit?.kind === 'word' && (unit.joined || OTHER_UNITS.has(unit.norm)));
  if (isNumber(number) && unitless && number.value > 1 && number.value <= 100) return { value: number.value / 100, end: index + 1 };
  const share = isWord(tokens[index], 'a') ? index + 1 : index;
  return isWord(tokens[share], 'half') ? { value: 0.5, end: share + 1 } : isWord(tokens[share], 'quarter') ? { value: 0.25, end: share + 1 } : undefined;
}

function holdingClauses(symbol: string, weight: number, fundedBy?: string, bare?: true): Clause[] {
  return [
    { kind: 'mode', mode: 'add', trailing: false, oneKind: true }, { kind: 'symbol', symbol },
    { kind: 'portfolio_add', symbol, weight, ...(fundedBy ? { fundedBy } : {}), ...(bare ? { bare } : {}) },
  ];
}

function holding(symbol: string, weight: number, end: number, fundedBy?: string): RecognizerMatch {
  return { end, clauses: holdingClauses(symbol, weight, fundedBy) };
}

/** Words saying which holding pays for a new one: "take it out of the BTC leg", "funded from ETH". */
const FUNDING_LEADS = phrases('take|taking|took it|that|this|them out of', 'take|taking|took it|that|this|them from', 'taken|coming|comes out of', 'taken|coming|comes from',
  'out of', 'from', 'funded|funding|paid|financed|financing from|by', 'funded|funding|paid|financed|financing out of', 'fund it from', 'fund it out of', 'paid for by',
  'at the expense of');
export const FUNDING_NOUNS: ReadonlySet<string> = new Set(['leg', 'position', 'allocation', 'weight', 'sleeve', 'holding', 'slice', 'share', 'part', 'side']);

/** ", take it out of the btc leg": the holding whose weight makes room for the one added, and where the words end. */
function readFunding(tokens: readonly Token[], index: number, context: RecognizerContext): { symbol: string; end: number } | undefined {
  const leadAt = skipWords(tokens, isPunct(tokens[index], ',', '-', ';') ? index + 1 : index, new Set(['and', 'but', 'just']));
  const lead = matchLongest(tokens, leadAt, FUNDING_LEADS);
  const symbol = lead && matchSymbolAt(tokens, skipWords(tokens, lead.end, new Set(['the', 'my', 'our'])), { shouting: context.shouting, strong: true });
  return symbol ? { symbol: symbol.symbol, end: skipWords(tokens, symbol.end, FUNDING_NOUNS) } : undefined;
}

function fundedHolding(tokens: readonly Token[], symbol: string, value: { value: number; end: number }, context: RecognizerContext): RecognizerMatch {
  const funding = readFunding(tokens, value.end, context);
  return funding && funding.symbol !== symbol ? holding(symbol, value.value, funding.end, funding.symbol) : holding(symbol, value.value, value.end);
}

export const recognizePortfolioSettings: Recognizer = (tokens, index, context) => {
  const candidates = [
    rebalance(tokens, index), objective(tokens, index), weightSearch(tokens, index), maxWeight(tokens, index),
    maxVolatility(tokens, index), resetWeights(tokens, index, context), addHolding(tokens, index, context), setHolding(tokens, index, context),
  ];
  let best: RecognizerMatch | undefined;
  for (const candidate of candidates) if (candidate && (!best || candidate.end > best.end)) best = candidate;
  return best;
};
