import { aliasOf, normalizeSymbol, QUOTE_CURRENCIES, SYMBOL_ALIASES } from '../../data/symbol_aliases.js';
import type { Recognizer, RecognizerMatch } from '../clauses.js';
import { matchMisspelledName } from '../fuzzy_names.js';
import { monthNumberOf, readDatePoint } from './date_points.js';
import { startsPeriodLabel } from '../period_labels.js';
import { isLoneName } from './lone_names.js';
import { closesListWithTickerShapedWord } from './listed_unknown_tickers.js';
import { isSignatureName } from './signatures.js';
import { startsStrategyName } from './strategies.js';
import { isTrailingName } from './trailing_names.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber } from '../token_matchers.js';
import { isRestoredMention } from './restored_mentions.js';
import { isOutcomeSubject } from './outcome_subjects.js';
import { followsSwitchTo } from './switched_names.js';
import { isRetargetedName } from './retargeted_names.js';
import { isRestrictedName } from './restricted_names.js';
import { isShoutedFiller } from './shouted_filler.js';
import { pastBarInterval, putsNameOnBars } from './bars_after_name.js';
import { readNamedValue } from './parameters.js';
import { isComparedObject, isComparedSubject } from './compared_subjects.js';

/** Aliases that are also everyday English; read as symbols only in a symbol's context. */
const AMBIGUOUS_ALIASES: ReadonlySet<string> = new Set(['sol', 'link', 'dot', 'meta', 'gold', 'tron', 'ripple', 'polygon', 'avalanche', 'spy', 'ada']);

/** Words after which the next word names what to trade: "on gold", "add link", "backtest meta". */
const SYMBOL_SLOT_WORDS: ReadonlySet<string> = new Set([
  'on', 'trade', 'trading', 'traded', 'buy', 'buying', 'hold', 'holding', 'backtest', 'backtesting', 'test', 'testing',
  'held', 'try', 'add', 'adding', 'drop', 'remove', 'exclude', 'excluding', 'include', 'including', 'vs', 'versus', 'against',
  'plus', 'swap', 'replace', 'into', 'of', 'for', 'in', 'hold', 'long', 'short', 'hodl', 'hodling',
  // "please run gold with bollinger", "check sol since 2021".
  'run', 'running', 'check', 'checking', 'analyse', 'analyze', 'simulate',
]);


const ASSET_NOUNS = ['coin', 'coins', 'token', 'tokens', 'crypto', 'stock', 'stocks', 'shares', 'etf', 'etfs', 'fund', 'futures'];
const LIST_CONNECTORS = [',', 'and', '&', 'or', '/', 'plus', 'vs', 'versus', '+'];
/** "replace SOL with gold", "swap ETH for link": after another symbol these introduce one. */
const EXCHANGE_WORDS = ['with', 'for', 'by'];

/** Full names we forgive misspellings of ("bitcon", "etherium"); not tickers, not ambiguous words. */
const MISSPELLABLE_NAMES: readonly string[] = Object.keys(SYMBOL_ALIASES)
  .filter((alias) => /^[a-z]{5,}$/.test(alias) && !AMBIGUOUS_ALIASES.has(alias));

/**
 * Names that are also English words ("ripple", "polygon"), whose misspellings ("rippel") are read
 * like the names themselves: only in a symbol's context ("on rippel").
 */
const MISSPELLABLE_AMBIGUOUS_NAMES: readonly string[] = [...AMBIGUOUS_ALIASES].filter((alias) => /^[a-z]{5,}$/.test(alias));

/** Upper-case words in requests that are not tickers: indicator and finance acronyms, short English words. */
export const NOT_TICKERS: ReadonlySet<string> = new Set([
  'SMA', 'EMA', 'RSI', 'MACD', 'ATR', 'ADX', 'CAGR', 'MDD', 'DD', 'YTD', 'MTD', 'QTD', 'BPS', 'BP', 'HODL', 'ROC', 'BB', 'MA',
  'ETF', 'PNL', 'ROI', 'EOD', 'UTC', 'AI', 'ML', 'API', 'CSV', 'JSON', 'OHLC', 'OHLCV', 'DCA', 'VWAP', 'TWAP', 'OBV', 'CCI',
  'SAR', 'KDJ', 'DMI', 'SD', 'STD', 'CEO', 'FAQ', 'PM', 'AM', 'UK', 'EU', 'US', 'USA', 'IPO', 'FOMO', 'ATH', 'ATL', 'APR',
  'APY', 'TVL', 'NFT', 'FX', 'TA', 'LLM', 'GPT', 'CLI', 'SQL', 'OK', 'AND', 'THE', 'FOR', 'WITH', 'FROM', 'INTO', 'ONLY',
  'ALSO', 'THEN', 'THAN', 'WHAT', 'HOW', 'WHY', 'WHO', 'BEST', 'ALL', 'ANY', 'NOW', 'NEW', 'USE', 'RUN', 'TEST', 'TRY',
  'ADD', 'DROP', 'PLUS', 'ON', 'IN', 'TO', 'OF', 'AT', 'BY', 'OR', 'IS', 'IT', 'BE', 'DO', 'NO', 'NOT', 'YES', 'MY', 'ME',
  'WE', 'UP', 'SO', 'AN', 'AS', 'IF', 'VS', 'LONG', 'SHORT', 'BUY', 'SELL', 'HOLD', 'YEAR', 'DAY', 'WEEK', 'PLEASE',
  'TIME', 'RISK', 'FEES', 'FEE', 'MAX', 'MIN', 'LOW', 'HIGH', 'OPEN', 'CLOSE',
  // Output formats and report words: "an HTML report" asks for an output, never a symbol named HTML.
  'HTML', 'HTM', 'PDF', 'PNG', 'SVG', 'JPG', 'JPEG', 'GIF', 'MD', 'TXT', 'XLS', 'XLSX', 'XML', 'YAML', 'YML', 'TSV', 'DOC', 'DOCX', 'PPT',
  'CHART', 'REPORT', 'EXCEL', 'WEB', 'PAGE', 'FILE', 'EXPORT', 'DD', 'MDD', 'PL', 'RR', 'TP', 'SL', 'BB', 'MOM', 'BH', 'TF', 'OHLC',
  // Business and chat acronyms in long messages: "before our Monday IC meeting", "$2m AUM", "a small RIA", "FYI".
  'IC', 'AUM', 'RIA', 'NAV', 'IRR', 'KPI', 'CFO', 'CIO', 'CTO', 'COO', 'HR', 'QA', 'FYI', 'ASAP', 'ETA', 'TBD', 'LLC', 'FY', 'IMO',
  'IMHO', 'TLDR', 'OOS', 'IFR', 'OOB', 'FWIW', 'AFAIK', 'BTW', 'PS', 'CPA', 'CFA', 'VC', 'HNW', 'UHNW', 'SEC', 'FOMC', 'CPI', 'GDP', 'PPI', 'NFP', 'YOY',
  'QOQ', 'ESG', 'REIT', 'SPAC', 'OTC', 'IRA', 'EST', 'PST', 'CET', 'GMT', 'OOO', 'EOW', 'TIA', 'THX', 'LOL', 'IIRC', 'TBH', 'NGL',
  // Desk jargon: "HTF 12H macd" is the higher time frame; metric shorthands ("PF", "SR", "WR") said without a value.
  'HTF', 'LTF', 'MTF', 'PF', 'SR', 'WR',
  // Employee equity and retirement plans: "I get my ESPP shares at a discount", "my RSUs vest", "a Roth IRA".
  'ESPP', 'ESOP', 'RSU', 'RSUS', 'PSU', 'ISO', 'NSO', 'HSA', 'ROTH', 'SIPP', 'ISA', 'TFSA', 'RRSP',
  ...QUOTE_CURRENCIES,
]);

export interface SymbolMatch {
  end: number;
  symbol: string;
}

export interface SymbolOptions {
  /** Ambiguous words count without context (after a portfolio weight such as "20% sol"). */
  strong?: boolean;
  shouting: boolean;
}

function isQuote(token: Token | undefined): boolean {
  return token?.kind === 'word' && QUOTE_CURRENCIES.includes(token.text.toUpperCase());
}

/** "s&p 500", "S&P500", "nasdaq-100", "shiba inu": aliases of two or three tokens. */
function matchMultiTokenAlias(tokens: readonly Token[], index: number): SymbolMatch | undefined {
  const parts: string[] = [];
  let position = index;
  let best: SymbolMatch | undefined;
  while (parts.length < 3 && tokens[position]) {
    if (parts.length > 0 && isPunct(tokens[position], '-')) position++;
    const token = tokens[position];
    if (!token || (token.kind !== 'word' && token.kind !== 'number')) break;
    parts.push(token.norm);
    position++;
    const alias = parts.length > 1 ? aliasOf(parts.join(' ')) : undefined;
    if (alias) best = { end: position, symbol: alias };
  }
  return best;
}

/** "BTC/USDT", "eth-usd", "PEPE/USDT": a base and a quote currency. */
function matchPair(tokens: readonly Token[], index: number): SymbolMatch | undefined {
  const base = tokens[index];
  if (!isWord(base) || !/^[a-z0-9]{2,10}$/.test(base!.norm)) return undefined;
  if (!isPunct(tokens[index + 1], '/', '-', ':') || !isQuote(tokens[index + 2]) || !tokens[index + 2]!.joined) return undefined;
  return { end: index + 3, symbol: aliasOf(base!.norm) ?? base!.norm.toUpperCase() };
}

/** "btcusdt", "ETHUSD": a pair written as one word. USD/EUR/GBP endings need a known base or capitals ("amateur"). */
function pairWordBase(token: Token): string | undefined {
  const word = token.norm;
  for (const quote of QUOTE_CURRENCIES) {
    const suffix = quote.toLowerCase();
    if (word.length < suffix.length + 2 || !word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    const alias = aliasOf(base);
    if (alias) return alias;
    const unmistakable = suffix.length === 4 || token.text === token.text.toUpperCase();
    return unmistakable && /^[a-z]{2,6}$/.test(base) ? base.toUpperCase() : undefined;
  }
  return undefined;
}

/** "BRK.B", "vod.l", "7203.T" (one word, see the tokenizer) and "^GSPC": their shape makes them tickers. */
function matchWrittenTicker(token: Token, index: number): SymbolMatch | undefined {
  return /^(\^[a-z]{2,8}|[a-z0-9]{2,6}\.[a-z]{1,2})$/.test(token.norm) ? { end: index + 1, symbol: normalizeSymbol(token.text) } : undefined;
}

/**
 * "BRK-B", "BF-B": a share class after a dash, written against both (a quote currency there makes a
 * pair instead). In lower case ("brk-b") only where a symbol is expected, as "re-do" is a word.
 */
function matchDashedShareClass(tokens: readonly Token[], index: number, plainlyMeant: () => boolean): SymbolMatch | undefined {
  const [base, dash, share, after] = [tokens[index], tokens[index + 1], tokens[index + 2], tokens[index + 3]];
  if (!isWord(base) || !/^[a-z]{2,6}$/.test(base!.norm) || !isPunct(dash, '-') || !dash!.joined) return undefined;
  if (!isWord(share) || !share!.joined || !/^[a-z]{1,2}$/.test(share!.norm) || (after?.joined && after.kind !== 'punct')) return undefined;
  const capitals = base!.text === base!.text.toUpperCase() && share!.text === share!.text.toUpperCase();
  return capitals || plainlyMeant() ? { end: index + 3, symbol: normalizeSymbol(`${base!.norm}.${share!.norm}`) } : undefined;
}

function isCapitalised(token: Token, shouting: boolean): boolean {
  return !shouting && token.text.length >= 2 && /^[A-Z0-9&]+$/.test(token.text) && /[A-Z]/.test(token.text);
}

/** A symbol read without any ambiguous word, ending exactly at `end` (exclusive): up to four tokens ("s and p 500"). */
function unambiguousSymbolEndsAt(tokens: readonly Token[], end: number, shouting: boolean): boolean {
  for (let start = Math.max(0, end - 4); start < end; start++) {
    const found = matchSymbolAt(tokens, start, { shouting, strong: false }, false);
    if (found?.end === end) return true;
  }
  return false;
}

/** After a message's first word, these show it names what to trade ("sol ema 12/26", "spy mean rev rsi"), not "ripple effects". */
const TERSE_FOLLOWERS: ReadonlySet<string> = new Set(['sma', 'ema', 'rsi', 'macd', 'bollinger', 'bb', 'donchian', 'momentum', 'mom', 'mean', 'golden', 'death',
  'turtle', 'hodl', 'b&h', 'buy&hold', 'buy&hodl', 'bh', 'bnh', 'buy', 'ma', 'moving', 'breakout', 'crossover', ',', '/', ':', '-', 'vs', 'hourly', 'daily', 'ytd', 'since', 'from', 'in', 'for',
  // "gold through the 2008 mess: …": a period after the name.
  'through', 'thru', 'during',
  // "sol instead", "ada too": a follow-up naming the coin that replaces or joins the list.
  'instead', 'too']);

/**
 * Back over ambiguous names written one after another, with spaces or list connectors ("eth sol ada",
 * "btc, eth, sol or ada"): true when the list starts at an unambiguous symbol. A list of ambiguous
 * words alone ("gold or sol") proves nothing.
 */
function listReachesUnambiguousSymbol(tokens: readonly Token[], index: number, shouting: boolean): boolean {
  let end = index;
  while (end > 0) {
    // "sol, and ada": an Oxford comma is two connectors.
    while (end > 0 && LIST_CONNECTORS.includes(tokens[end - 1]!.norm)) end--;
    if (!isWord(tokens[end - 1])) return false;
    if (unambiguousSymbolEndsAt(tokens, end, shouting)) return true;
    if (!AMBIGUOUS_ALIASES.has(tokens[end - 1]!.norm)) return false;
    end--;
  }
  return false;
}

/**
 * A date straight after the opening name: "ada march 2021, buy and hold vs sma", "sol jan 2024 rsi",
 * "ada 2021 macd", "sol q1 2024 rsi", "spy h2 2022 sma", "gold first half of 2021". The month must
 * carry a number and any other period its year or a q/h label, so "sol may be better" and "Ada,
 * March was rough" stay words.
 */
function opensWithDate(tokens: readonly Token[], index: number): boolean {
  if (isYearNumber(tokens[index])) return true;
  if (isWord(tokens[index]) && monthNumberOf(tokens[index]!.norm) !== undefined && isNumber(tokens[index + 1])) return true;
  const point = readDatePoint(tokens, index)?.point;
  if (point === undefined || point.instant || point.unit === 'today') return false;
  return point.year !== undefined || (startsPeriodLabel(tokens, index) && point.unmistakable);
}

/** Words asking which of two named things does better: "is sol or ada the better fit", "which is best, sol or ada". */
const COMPARING_WORDS = ['which', 'better', 'best', 'worse', 'worst', 'fit', 'fits', 'suits', 'suited', 'compare', 'compared', 'comparing',
  'outperform', 'outperforms', 'outperformed', 'beat', 'beats', 'stronger', 'weaker'];
const COMPARED_CONNECTORS = ['or', 'vs', 'versus', 'and'];
const SENTENCE_ENDS = ['.', '!', '?'];

/** Whether a word of the sentence around `index` asks for a comparison. */
function sentenceCompares(tokens: readonly Token[], index: number): boolean {
  const inSentence = (at: number) => tokens[at] !== undefined && !isPunct(tokens[at], ...SENTENCE_ENDS);
  let start = index;
  while (inSentence(start - 1)) start--;
  let end = index;
  while (inSentence(end + 1)) end++;
  return tokens.slice(start, end + 1).some((token) => isWord(token, ...COMPARING_WORDS));
}

/**
 * Two ambiguous names joined by "or"/"vs", in a sentence asking which does better ("Is sol or ada
 * the better fit for rsi?"), are the two things compared; "sol and ada will review it" stays words.
 */
function isComparedPair(tokens: readonly Token[], index: number): boolean {
  const joinedTo = (other: number, connector: number) => isWord(tokens[connector], ...COMPARED_CONNECTORS)
    && isWord(tokens[other]) && AMBIGUOUS_ALIASES.has(tokens[other]!.norm) && !isWord(tokens[other - 1], ...DETERMINERS);
  const paired = joinedTo(index - 2, index - 1) || joinedTo(index + 2, index + 1);
  return paired && !isWord(tokens[index - 1], ...DETERMINERS) && sentenceCompares(tokens, index);
}

/**
 * "rsi on sol or ada", "sol or ada with macd": an ambiguous name joined by a list connector to
 * another one that is in a symbol's context is in that list too. Looks one way only, so it ends.
 */
function joinsNameInContext(tokens: readonly Token[], index: number, shouting: boolean, direction: -1 | 1): boolean {
  const [connector, other] = [tokens[index + direction], tokens[index + 2 * direction]];
  if (!connector || !LIST_CONNECTORS.includes(connector.norm) || !isWord(other) || !AMBIGUOUS_ALIASES.has(other!.norm)) return false;
  return hasSymbolContext(tokens, index + 2 * direction, shouting, direction);
}

function hasSymbolContext(tokens: readonly Token[], index: number, shouting: boolean, joinDirection?: -1 | 1): boolean {
  if (joinDirection !== -1 && joinsNameInContext(tokens, index, shouting, 1)) return true;
  if (joinDirection !== 1 && joinsNameInContext(tokens, index, shouting, -1)) return true;
  if (isComparedPair(tokens, index) || isLoneName(tokens, index)) return true;
  if (isTrailingName(tokens, index) && !namesKnownSymbol(tokens, index, shouting)) return true;
  // A terse request opens with what to trade: "sol ema 12/26 2023", "spy mean rev rsi since 2015",
  // also as a later sentence ("fewer than 20 trades. Gold since 2010 with the macd").
  const greets = greetsSomeone(tokens, index);
  const opensSentence = index === 0 || isPunct(tokens[index - 1], '.', '!', '?');
  const follower = pastBarInterval(tokens, index + 1);
  if (opensSentence && !greets && (TERSE_FOLLOWERS.has(tokens[follower]?.norm ?? '') || opensWithDate(tokens, follower) || putsNameOnBars(tokens, index + 1))) return true;
  // "spy & tlt 2020 buy and hold": a terse list with a ticker we have no data for (named as unknown by listed_unknown_tickers.ts).
  if (opensSentence && !greets && LIST_CONNECTORS.includes(tokens[index + 1]?.norm ?? '') && closesListWithTickerShapedWord(tokens, index + 2)) return true;
  const previous = tokens[index - 1];
  if (previous && isWord(previous) && SYMBOL_SLOT_WORDS.has(previous.norm)) return true;
  if (followsSwitchTo(tokens, index)) return true;
  // "make it ada instead", "change it to sol": a follow-up naming what the run is on now (retargeted_names.ts).
  if (isRetargetedName(tokens, index)) return true;
  if (isRestrictedName(tokens, index)) return true;
  // "ada was right after all", "go back to sol": a name brought back (restored_mentions.ts).
  if (isRestoredMention(tokens, index)) return true;
  // "what would ripple have done with the rsi": a people's name there asks about someone ("what would Ada have done").
  if (isOutcomeSubject(tokens, index) && !PERSONAL_NAMES.has(tokens[index]!.norm)) return true;
  if (isCommodityAfterArticle(tokens, index)) return true;
  // "is gold a better buy than the S&P 500", "is bitcoin a better hold than gold": the two holdings compared.
  const namesSymbol = (at: number) => isWord(tokens[at]) && (AMBIGUOUS_ALIASES.has(tokens[at]!.norm) || matchSymbolAt(tokens, at, { shouting }, false) !== undefined);
  if (isComparedSubject(tokens, index, namesSymbol) || isComparedObject(tokens, index, namesSymbol)) return true;
  if (followsStrategy(tokens, index) || precedesStrategy(tokens, index)) return true;
  const joinsSymbol = previous && (LIST_CONNECTORS.includes(previous.norm) || isWord(previous, ...EXCHANGE_WORDS));
  if (joinsSymbol && unambiguousSymbolEndsAt(tokens, index - 1, shouting)) return true;
  // "btc eth sol ada", "btc, eth, sol or ada": a list that starts at a symbol no one could misread.
  if (listReachesUnambiguousSymbol(tokens, index, shouting)) return true;
  if (isWord(tokens[index + 1]) && matchSymbolAt(tokens, index + 1, { shouting }, false)) return true;
  const next = tokens[index + 1];
  // "the Ripple coin", "gold ETF", "meta stock": the noun after the word says it is an asset.
  if (isWord(next, ...ASSET_NOUNS)) return true;
  if (modifiesMarketMove(tokens, index)) return true;
  // "gold and the S&P ETF": an article may stand between the connector and the other symbol.
  const otherAt = isWord(tokens[index + 2], 'the') ? index + 3 : index + 2;
  if (next && LIST_CONNECTORS.includes(next.norm) && matchSymbolAt(tokens, otherAt, { shouting }, false)) return true;
  return opensClauseAsItsTopic(tokens, index) || isRunWithStrategy(tokens, index);
}

/** Nouns of a market move a name can modify: "the sol run", "the gold rally", "the 2021 ada pump", "the sol bull run". */
const MOVE_NOUNS = ['run', 'runs', 'rally', 'rallies', 'pump', 'pumps', 'crash', 'crashes', 'dump', 'dumps', 'bull', 'bear', 'selloff', 'surge', 'rebound',
  'recovery', 'meltdown', 'collapse', 'moon', 'breakout'];
/** After the noun, an object makes it a verb with the name as its subject: "ada run the numbers". */
const OBJECTS = ['it', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'my', 'me', 'them', 'us', 'your'];

/**
 * "caught the sol run from mid-2023", "during the gold rally": a known name modifying a move of the
 * market is what moved. An unknown name in capitals there is the cause of the move ("the FTX collapse").
 */
function modifiesMarketMove(tokens: readonly Token[], index: number): boolean {
  return aliasOf(tokens[index]!.norm) !== undefined && isWord(tokens[index + 1], ...MOVE_NOUNS) && !isWord(tokens[index + 2], ...OBJECTS) && !isWord(tokens[index - 1], 'i', 'we', 'you', 'they');
}

/** Commodities named with an article, as French, Spanish or Italian speakers say "l'or": "works good on the gold". */
const COMMODITY_ALIASES: ReadonlySet<string> = new Set(['gold']);
/** After a commodity, nouns that make it an everyday phrase: "on the gold standard". */
const COMMODITY_IDIOMS = ['standard', 'medal', 'medals', 'rush'];

/** "on the gold", "test the gold": a slot word and "the" before a commodity name it as what to trade. */
function isCommodityAfterArticle(tokens: readonly Token[], index: number): boolean {
  // "l'or", "dell'oro": an elided French or Italian article (tokenizer.ts) is written only before a noun.
  if (COMMODITY_ALIASES.has(tokens[index]!.norm) && isWord(tokens[index - 1], "l'", "d'", "dell'", "all'", "sull'") && tokens[index]!.joined) return true;
  const slot = tokens[index - 2];
  return COMMODITY_ALIASES.has(tokens[index]!.norm) && isWord(tokens[index - 1], 'the') && isWord(slot) && SYMBOL_SLOT_WORDS.has(slot!.norm)
    && !isWord(tokens[index + 1], ...COMMODITY_IDIOMS);
}

/** Words that give what is traded the rule it is traded by: "gold with bollinger bands", "sol using an rsi". */
const STRATEGY_INTRODUCERS = ['with', 'using', 'via', 'under'];
const ARTICLES = ['a', 'an', 'the'];
/** A strategy's numbers written before its name: "a 50/200 sma", "a 20-day rsi". */
const LEADING_NUMBER_WORDS = ['day', 'days', 'week', 'weeks', 'period', 'periods', 'bar', 'bars'];
/** Words that make the name an everyday noun: "send the link with the rsi results", "a dot with macd colours". */
const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'my', 'your', 'our', 'their', 'its', 'his', 'her'];

/** "gold with bollinger bands", "how about sol using rsi": the name is what a strategy is run on, at any position. */
function isRunWithStrategy(tokens: readonly Token[], index: number): boolean {
  if (!isWord(tokens[index + 1], ...STRATEGY_INTRODUCERS) || isWord(tokens[index - 1], ...DETERMINERS)) return false;
  let nameAt = isWord(tokens[index + 2], ...ARTICLES) ? index + 3 : index + 2;
  while (isNumber(tokens[nameAt]) || isPunct(tokens[nameAt], '/', '-') || isWord(tokens[nameAt], ...LEADING_NUMBER_WORDS)) nameAt++;
  return startsStrategyName(tokens, nameAt);
}

/** Strategy words a symbol may follow in terse requests: "golden cross spy", "bolinger 20 2 spy". */
const STRATEGY_ENDINGS: ReadonlySet<string> = new Set(['sma', 'ema', 'rsi', 'macd', 'bollinger', 'bb', 'bands', 'donchian', 'momentum', 'cross', 'crossover',
  'breakout', 'turtle', 'hodl',
  // "rsi mean reversion ada period 7", "mean rev sol", "bollinger band ada", "donchian channel sol".
  'reversion', 'rev', 'band', 'channel', 'channels']);

/** The start of a named setting ("slow 100", "period 14", "std 2") ending right at `end`, if one does. */
function namedSettingEndingAt(tokens: readonly Token[], end: number): number | undefined {
  for (let start = Math.max(0, end - 4); start < end; start++) {
    if (readNamedValue(tokens, start)?.end === end) return start;
  }
  return undefined;
}

/**
 * Right after a strategy's name, its numbers ("bolinger 20 2 spy") or its named settings ("sma fast
 * 100 slow 100 spy", "rsi period 14 gold"), a name is what it runs on.
 */
function followsStrategy(tokens: readonly Token[], index: number): boolean {
  let at = index - 1;
  for (;;) {
    const setting = namedSettingEndingAt(tokens, at + 1);
    if (setting !== undefined) at = setting - 1;
    else if (at >= 0 && (isNumber(tokens[at]) || isPunct(tokens[at], '/', ','))) at--;
    else break;
  }
  return at >= 0 && isWord(tokens[at]) && STRATEGY_ENDINGS.has(tokens[at]!.norm);
}

/** Before a name, these make it everyday English: "the link macd colours", "I spy a macd cross". */
const EVERYDAY_LEADS = [...DETERMINERS, 'i', 'we', 'you', 'they', 'he', 'she'];

/**
 * "ytd spy macd pls", "2023 sol 1h rsi": right before a strategy's name (past a bar interval), as a
 * terse request writes it anywhere in the message, a name is what the strategy runs on.
 */
function precedesStrategy(tokens: readonly Token[], index: number): boolean {
  return !isWord(tokens[index - 1], ...EVERYDAY_LEADS) && startsStrategyName(tokens, pastBarInterval(tokens, index + 1));
}

/** Aliases that are also people's names: "Ada, could you…" greets someone. */
const PERSONAL_NAMES: ReadonlySet<string> = new Set(['sol', 'ada']);

/**
 * "Ada, could you…": a name and a comma greet someone, who is then asked something. A strategy
 * after the comma ("ada, ema 9/21, past 12 months") is no question to a listener: the name is the
 * coin the strategy runs on.
 */
function greetsSomeone(tokens: readonly Token[], index: number): boolean {
  return PERSONAL_NAMES.has(tokens[index]!.norm) && isPunct(tokens[index + 1], ',') && !startsStrategyName(tokens, pastBarInterval(tokens, index + 2));
}
const CLAUSE_BREAKS = ['.', ':', ';', '!', '?', '—', '–'];

/** "… the channels. gold, 55 day entry", "YTD: gold, sma 50/100": a clause that opens with the word and a comma names it as the topic. */
function opensClauseAsItsTopic(tokens: readonly Token[], index: number): boolean {
  const opensClause = index === 0 || isPunct(tokens[index - 1], ...CLAUSE_BREAKS);
  return opensClause && isPunct(tokens[index + 1], ',', ':') && !greetsSomeone(tokens, index);
}

/** Company names that are also everyday things, and the nouns after them that make them the thing: "an apple orchard". */
const EVERYDAY_THING_NOUNS: Readonly<Record<string, readonly string[]>> = {
  apple: ['orchard', 'orchards', 'tree', 'trees', 'pie', 'pies', 'juice', 'farm', 'farms', 'farmer', 'farmers', 'grower', 'growers', 'picking',
    'harvest', 'harvests', 'cider', 'sauce', 'crop', 'crops'],
};

/** "our apple orchard", "apple pie": the company's name followed by a noun of the fruit names the fruit, not the stock. */
function namesEverydayThing(tokens: readonly Token[], index: number): boolean {
  const nouns = EVERYDAY_THING_NOUNS[tokens[index]!.norm];
  return nouns !== undefined && isWord(tokens[index + 1], ...nouns);
}

/** "the q q q", "s p y": a known ticker dictated letter by letter (an unknown one stays letters). */
function matchSpelledTicker(tokens: readonly Token[], index: number): SymbolMatch | undefined {
  let end = index;
  while (end - index < 5 && isWord(tokens[end]) && /^[a-z]$/.test(tokens[end]!.norm)) end++;
  if (end - index < 3) return undefined;
  const symbol = aliasOf(tokens.slice(index, end).map((token) => token.norm).join(''));
  return symbol ? { end, symbol } : undefined;
}

/**
 * "s and p five hundred", "the S & P": an ampersand between two letters, said as "and" or spaced
 * out, read as the one word it joins ("s&p"); the index maps back past all three tokens.
 */
function matchSpokenAmpersand(tokens: readonly Token[], index: number): SymbolMatch | undefined {
  const [first, and, second] = [tokens[index], tokens[index + 1], tokens[index + 2]];
  const isLetter = (token: Token | undefined) => isWord(token) && /^[a-z]$/.test(token!.norm);
  if (!isLetter(first) || !(isWord(and, 'and') || isPunct(and, '&')) || !isLetter(second)) return undefined;
  const word: Token = { ...first!, text: `${first!.text}&${second!.text}`, norm: `${first!.norm}&${second!.norm}` };
  const joined = [...tokens.slice(0, index), word, ...tokens.slice(index + 3)];
  const found = matchMultiTokenAlias(joined, index) ?? (aliasOf(word.norm) ? { end: index + 1, symbol: aliasOf(word.norm)! } : undefined);
  return found && { end: found.end + 2, symbol: found.symbol };
}

/**
 * The instrument named at `index`, if any: multi-word aliases, pairs, aliases, misspelled names and,
 * in capitals, unknown tickers (kept so validation can say "no data for PEPE"). Ambiguous words
 * ("gold", "link", "sol") need a symbol's context: capitals, a slot word before them, a list with
 * another symbol, or `strong`.
 */
export function matchSymbolAt(tokens: readonly Token[], index: number, options: SymbolOptions, allowAmbiguous = true): SymbolMatch | undefined {
  const token = tokens[index];
  if (!token || token.kind !== 'word' || isSignatureName(tokens, index)) return undefined;
  // "BTC's price", "Tesla's shares": the possessive names its owner.
  if (token.norm.endsWith("'s") && token.norm.length > 3) {
    const owner: Token = { ...token, text: token.text.slice(0, -2), norm: token.norm.slice(0, -2) };
    const found = matchSymbolAt(tokens.map((other, at) => (at === index ? owner : other)), index, options, allowAmbiguous);
    if (found) return found;
  }
  const written = matchWrittenTicker(token, index);
  if (written) return written;
  const spelled = matchSpelledTicker(tokens, index) ?? matchSpokenAmpersand(tokens, index);
  if (spelled) return spelled;
  const longer = matchMultiTokenAlias(tokens, index) ?? matchPair(tokens, index)
    ?? matchDashedShareClass(tokens, index, () => isWord(tokens[index - 1]) && SYMBOL_SLOT_WORDS.has(tokens[index - 1]!.norm));
  if (longer) return longer;
  const alias = aliasOf(token.norm);
  if (alias) {
    if (namesEverydayThing(tokens, index)) return undefined;
    if (!AMBIGUOUS_ALIASES.has(token.norm)) return { end: index + 1, symbol: alias };
    const plainlyMeant = options.strong || isCapitalised(token, options.shouting);
    // Context checks look at neighbouring symbols, so only an outermost call may make them.
    const inContext = plainlyMeant || (allowAmbiguous && hasSymbolContext(tokens, index, options.shouting));
    return inContext ? { end: index + 1, symbol: alias } : undefined;
  }
  const pairBase = pairWordBase(token);
  if (pairBase) return { end: index + 1, symbol: pairBase };
  const misspelled = matchMisspelledName(token.norm, MISSPELLABLE_NAMES);
  if (misspelled) return { end: index + 1, symbol: aliasOf(misspelled)! };
  const misspelledAmbiguous = matchMisspelledName(token.norm, MISSPELLABLE_AMBIGUOUS_NAMES);
  if (misspelledAmbiguous && (options.strong || (allowAmbiguous && hasSymbolContext(tokens, index, options.shouting)))) {
    return { end: index + 1, symbol: aliasOf(misspelledAmbiguous)! };
  }
  if (isCapitalised(token, options.shouting) && /^[A-Z]{2,5}$/.test(token.text) && !NOT_TICKERS.has(token.text) && !isShoutedFiller(tokens, index)) {
    return { end: index + 1, symbol: token.text };
  }
  return undefined;
}

/** A word in capitals read as a ticker only for its shape: no alias, pair or written-ticker form names it. */
function isUnknownCapitals(tokens: readonly Token[], index: number, found: SymbolMatch): boolean {
  const token = tokens[index]!;
  return found.end === index + 1 && found.symbol === token.text && aliasOf(token.norm) === undefined;
}

/** Whether some other word of the message names an instrument by one of its names ("ETH", "bitcoin"). */
function namesKnownSymbol(tokens: readonly Token[], except: number, shouting: boolean): boolean {
  return tokens.some((_, at) => {
    if (at === except) return false;
    const found = matchSymbolAt(tokens, at, { shouting });
    return found !== undefined && !isUnknownCapitals(tokens, at, found);
  });
}

/**
 * "a small bot running on a VPS … trades ETH": an unknown word in capitals is a ticker where a
 * symbol stands ("on TSLA", "PEPE and BTC") or when the message names no instrument; beside a named
 * one, elsewhere, it is background and left unread (so noted as ignored), not an unknown symbol.
 */
function isBackgroundCapitals(tokens: readonly Token[], index: number, found: SymbolMatch, shouting: boolean): boolean {
  return isUnknownCapitals(tokens, index, found) && !hasSymbolContext(tokens, index, shouting) && namesKnownSymbol(tokens, index, shouting);
}

/** "the S&P 500 ETF", "Apple shares": the noun says what the name is, and is read with it; the index past it. */
export function pastAssetNoun(tokens: readonly Token[], end: number): number {
  return isWord(tokens[end], ...ASSET_NOUNS) ? end + 1 : end;
}

/** Keys a config line names what to trade by: "sym=spy", "ticker: tlt", "pair=btc". */
const SYMBOL_KEYS = ['sym', 'symbol', 'symbols', 'ticker', 'tickers', 'pair', 'asset', 'instrument'];

/**
 * "sym=spy", "ticker: gld", "ticker=tsla": after a symbol key and its sign the word is the symbol, an
 * everyday word ("spy") alike; after "=" an unknown ticker in lower case too (kept so validation can
 * name it), where a colon may end a label ("the symbol: which one?").
 */
function readKeyedSymbol(tokens: readonly Token[], index: number, shouting: boolean): RecognizerMatch | undefined {
  if (!isWord(tokens[index], ...SYMBOL_KEYS) || !isPunct(tokens[index + 1], '=', ':') || !isWord(tokens[index + 2])) return undefined;
  const value = tokens[index + 2]!;
  const unknownTicker = isPunct(tokens[index + 1], '=') && /^[a-z]{1,6}$/.test(value.norm);
  const found = matchSymbolAt(tokens, index + 2, { shouting, strong: true })
    ?? (unknownTicker ? { end: index + 3, symbol: normalizeSymbol(value.text) } : undefined);
  return found && { end: found.end, clauses: [{ kind: 'symbol', symbol: found.symbol }] };
}

export const recognizeSymbol: Recognizer = (tokens, index, context) => {
  const keyed = readKeyedSymbol(tokens, index, context.shouting);
  if (keyed) return keyed;
  const matched = matchSymbolAt(tokens, index, { shouting: context.shouting });
  const found = matched && !isBackgroundCapitals(tokens, index, matched, context.shouting) ? matched : undefined;
  return found && { end: pastAssetNoun(tokens, found.end), clauses: [{ kind: 'symbol', symbol: found.symbol }] };
};

/** Known indicator acronyms do not make a message "shouting"; ordinary words in capitals do. */
const INDICATOR_ACRONYMS: ReadonlySet<string> = new Set(['SMA', 'EMA', 'RSI', 'MACD', 'CAGR', 'YTD', 'HODL', 'BPS', 'MDD', 'ROC']);

/**
 * True when most ordinary words are in capitals ("BACKTEST GOLD FOR 2022"), so capitals no longer
 * mark tickers. Symbols and indicator acronyms are left out of the count.
 */
export function isShouting(tokens: readonly Token[]): boolean {
  const ordinary = tokens.filter((token) => token.kind === 'word' && token.text.length >= 2
    && aliasOf(token.norm) === undefined && !INDICATOR_ACRONYMS.has(token.text.toUpperCase()));
  const capitals = ordinary.filter((token) => token.text === token.text.toUpperCase());
  return ordinary.length >= 3 && capitals.length / ordinary.length > 0.6;
}
