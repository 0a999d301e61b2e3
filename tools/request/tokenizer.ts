import { tryReadNumber } from '../numbers/read_number.js';
import { percentSignsFirst } from './percent_signs_first.js';
import { NAMED_MONTH_DATE_SOURCE, namedMonthDateToIso } from './named_month_dates.js';
import { listMarkerEnd, withoutCodeSpanMarks } from './markdown_marks.js';

/**
 * Splits a request into words, numbers, ISO dates and punctuation. Recognisers work on these
 * tokens, never on the raw text, so "BTC/USDT", "RSI(7)", "0.1%" and "$25k" all reach them in
 * the same shape however they were spaced.
 */
export type TokenKind = 'word' | 'number' | 'iso_date' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** As written. */
  readonly text: string;
  /** Lower-case word, canonical punctuation (`≥` → `>=`), the number as written without commas, or the date. */
  readonly norm: string;
  /** A number token's value; NaN for every other kind. */
  readonly value: number;
  /** No whitespace between this token and the previous one ("25k", "Q1", "RSI(7)"). */
  readonly joined: boolean;
  /** Index of the sentence (split on . ! ? ; and line breaks); follow-up modes do not cross it. */
  readonly sentence: number;
}

/** Currencies written after an amount, whose neighbour's digit groups are thousands. */
const CURRENCY_AFTER = String.raw`(?:dollars?|dolar|d[oó]lares|dollar[io]|usd|usdt|euros?|eur|€|\$|£|zl|zł|zloty|zlotys|pln|rupees?|inr|brl|reais|reales|yen|jpy|chf|francs?|cad|aud|gbp|pounds?|rub|rubles?|roubles?|lira|naira|ngn|sek|nok|dkk)(?![a-z])`;

/**
 * Words after which a comma between digits is a decimal comma: comparisons, and names of values that
 * take decimals (the Bollinger width, ratio metrics) with an optional linking word ("std to 1,5").
 */
const COMPARISONS = String.raw`over|above|under|below|than|(?:at)?least|(?:at)?most|minimum|maximum|min|max|exceed|exceeds|(?:superior|inferior|equal)\s+to|>|<|>=|<=`;
const DECIMAL_VALUES = String.raw`std|stdev|stddev|sd|sigmas?|deviations?|multiplier|width|ratio|sharpe|sortino|calmar|factor`
  // The standard deviation in other languages, by its last word: "desviación estándar 2,5", "desvio padrão de 2,5".
  + String.raw`|[eé]cart[\s-]type|est[aá]ndar|t[ií]pica|padr[aã]o|deviazione\sstandard|standardabweichung`;
const DECIMAL_LEADS = String.raw`${COMPARISONS}|(?:${DECIMAL_VALUES})(?:\s?[=:]|\s(?:to|of|at|is|becomes?|be|de|di|von))?`;

/**
 * "procent", "Prozent", "por ciento", "pour cent", "per cento": the percent word of other languages, read
 * as "percent" (one token), so "Fees 0,1 procent" is 10 bps; before, the number was read without its unit.
 */
const FOREIGN_PERCENT = String.raw`(?:procent|prozent|percento|porcento|pourcent|porciento|por\s+ciento|por\s+cento|pour\s+cent|per\s+cento)(?![\p{L}])`;
const PERCENT_AFTER = String.raw`(?:%|percent|pct|${FOREIGN_PERCENT})`;

/** "écart-type", "desviación estándar", "desvio padrão", "deviazione standard", "Standardabweichung": the standard deviation's names. */
const FOREIGN_DEVIATION = String.raw`[eé]carts?[\s-]types?|desviaci[oó]n|desv[ií]o|deviazione|standardabweichung(?:en)?`;

/**
 * "capital 20.000", "starting money: 1.500": after a word naming an amount of money, dots group thousands
 * (exactly three digits after each); never before a scale word ("capital 1.500 million" stays as written).
 */
const MONEY_LEADS = String.raw`(?:capital|money|balance|budget|bankroll)\s?(?:(?:of|is|was|=|:|at|with)\s?)?`;
/** A scale word after an amount: "1.500 million" and "1 500 million" are not grouped thousands. */
const SCALE_AFTER = String.raw`\s?(?:million|mil|mln|mio|m|k|bn|billion|thousand)(?![a-z])`;
/** A currency written before an amount: "€ 10 000", "USD 25.000". */
const CURRENCY_BEFORE = String.raw`(?:[$€£]|r\$|rs\.?|(?<![a-z])(?:usd|eur|gbp|chf|pln|inr|brl))\s?`;

/**
 * Spaced thousands after a money word or a currency written first ("Capital 25 000", "€ 10 000", "1 250 000"):
 * two groups or more, one group of "000", or one group that ends the clause or goes on with a word ("capital
 * 25 500 please"); never when a number follows ("capital 100 500 1000" is a list), nor before what a count
 * is of ("budget $ 500 100 trades max", where 100 counts trades; "$ 200 100 of it") or a link to a number.
 */
const SPACE_IN_NUMBER = String.raw`[ \u00a0\u202f]`;
const CLAUSE_END = String.raw`[ \t]*(?:[.,;:!?)\n](?!\d)|$)`;
const COUNTED_AFTER = String.raw`(?:trades?|days?|bars?|candles?|hours?|weeks?|months?|years?|periods?|shares?|units?|times|x|of|percent|pct|bps)(?![a-z])`;
const WORD_AFTER_AMOUNT = String.raw`[ \t]+(?!${COUNTED_AFTER}|(?:and|or|to|vs|versus)\s+\d)[a-z]`;
const LED_SPACED_AMOUNT = String.raw`[1-9]\d{0,2}(?:(?:${SPACE_IN_NUMBER}\d{3}){2,}|${SPACE_IN_NUMBER}000|${SPACE_IN_NUMBER}\d{3}(?=${CLAUSE_END}|${WORD_AFTER_AMOUNT}))`
  + String.raw`(?!\d|[.,]\d|${SCALE_AFTER}|${SPACE_IN_NUMBER}\d)`;

/**
 * After a year and month: no more digits or date parts, except a hyphen to the next year-first date after
 * a slash, where it can only join a range ("2021/4-2023/3"); written with hyphens ("2021-03-2021-06") it is left alone.
 */
const YEAR_MONTH_END = String.raw`(?:(?![\d/-]|\.\d)|(?<=/\d{1,2})(?=-\d{4}[-/.]\d))`;

/**
 * A year and one-digit month "2021/4" is read only beside another year and month it ranges with ("2021/4 ~ 2023/3")
 * or after a word leading a period ("from 2019/1", "in 2022/7"): alone it may be a fiscal year or a pair of years
 * ("FY 2022/3", "the 2000/1 crash"), and no date is safer than a wrong one.
 */
const YEAR_MONTH = String.raw`(?:19|20)\d{2}/(?:1[0-2]|0?[1-9])(?!\d)`;
const YEAR_MONTH_LINK = String.raw`\s?(?:~|-|–|to|until|till|through|and)\s?`;
const YEAR_MONTH_LEADS = String.raw`(?:^|[^a-z])(?:from|since|in|during|until|till|to|through|thru|between|after|before|term|period)\s?(?:is\s|:\s?)?`;
const LONE_YEAR_MONTH = String.raw`(?:19|20)\d{2}/[1-9]${YEAR_MONTH_END}`;

/**
 * After a quote's two digits, a unit says the quote opens an amount ("fees '15 bps'", "‘20 days’"), so the
 * quote is no short year's apostrophe ("Q2 '23"); before, "'15 bps" read as the year 2015.
 */
const QUOTED_AMOUNT_UNIT = String.raw`\s?(?:%|bps|bp|basis|percent|pct|days?|bars?|weeks?|months?|trades?)(?![a-z])`;

const TOKEN_PATTERN = new RegExp([
  // "2021-03-15", "2021/03/15", "2025.01.01" (year first, as East Asian and some European writers date).
  // A whole date may touch the next one by a hyphen, "2024.06.01-2025.03.31" (before, the first read as June and ".01").
  // A year and month may touch the next date by a hyphen too, "2021/04-2023/03" (before, only the end was read).
  String.raw`(?<iso>\d{4}([-/.])(?:0[1-9]|1[0-2])(?:\2(?:0[1-9]|[12]\d|3[01])(?![\d/]|-(?!\d{4}[-/.]\d))|${YEAR_MONTH_END}))`,
  // "2020/4/1", "2021.3.31": a whole date without its zeros, as East Asian writers date (before, it read as three numbers).
  // "2021/4 ~ 2023/3": a year and month so (2021年4月), only with a slash ("2021.4" is a number) and a 19xx or 20xx year.
  String.raw`(?<unpadded>\d{4}(?<unpaddedSeparator>[/.])(?:0?[1-9]|1[0-2])\k<unpaddedSeparator>(?:0?[1-9]|[12]\d|3[01])(?!\d|[/.]\d)`
    + String.raw`|(?:(?<=${YEAR_MONTH_LEADS})|(?<=${YEAR_MONTH}${YEAR_MONTH_LINK}))${LONE_YEAR_MONTH}|${LONE_YEAR_MONTH}(?=${YEAR_MONTH_LINK}${YEAR_MONTH}))`,
  // "13.05.2021" would otherwise read as the number 13.05 and the number .2021.
  String.raw`(?<dotted>\d{1,2}\.\d{1,2}\.\d{4}(?![\d.]\d))`,
  // "01-Jan-2021", "Jan-01-2021", "2021-Jan-01", "15/Feb/21": a month's name between separators.
  String.raw`(?<namedMonth>${NAMED_MONTH_DATE_SOURCE})`,
  // "1,00,000", "10,00,000": lakh grouping, as India writes amounts (pairs of digits above the thousands).
  // Read as one number like "100,000"; before, "00,000" became a number of its own, worth nothing.
  String.raw`(?<lakh>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]))`,
  // A decimal comma, as much of Europe writes it, read only where a decimal is meant and a list
  // ("sma 5,20", "rsi 14,30,70") or thousands ("1,000") cannot stand:
  // "0,1%", "0,075 %": below one and before a per cent sign ("0,1%" became 0 and 1);
  String.raw`(?<comma>0,\d{1,3}(?=\s?${PERCENT_AFTER})`
    // "2,5 standard deviations", "2,5 of standard deviation": before a unit that takes decimals;
    + String.raw`|[1-9],\d{1,2}(?=\s?(?:of\s(?:the\s)?)?(?:%|percent|pct|standard|std|stdev|sd|sigmas?|deviations?|bps|basis|${FOREIGN_PERCENT}|${FOREIGN_DEVIATION})(?![a-z]))`
    // "%0,5": a per cent sign written first, as Turkish writers do;
    + String.raw`|(?<=%)[0-9],\d{1,2}(?!\d|,\d)`
    // "Sharpe over 1,5", "at least 1,5, and", "change std to 1,5": after a comparison, or after the name of
    // a value that takes decimals (the bands' width, a ratio) and its linking word. One or two digits
    // after the comma and no further ",digit", so "1,000" stays a thousand and "1,5,10" a list.
    + String.raw`|(?<=(?:^|[^a-z])(?:${DECIMAL_LEADS})\s?(?:the\s)?)[0-9],\d{1,2}(?!\d|,\d))`,
  // "30 000 dollars", "1 000 000 €", "Capital 25 000", "€ 10 000": thousands grouped by spaces, as French,
  // Dutch, Polish and others write them; only beside a currency or after a word naming money, where the
  // groups cannot be a list of numbers ("sma 20 50"). Before, "Capital 25 000" was a capital of 25.
  String.raw`(?<spaced>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=\s?${CURRENCY_AFTER})`
    + String.raw`|(?<=(?:^|[^a-z])(?:${MONEY_LEADS}|${CURRENCY_BEFORE}))${LED_SPACED_AMOUNT})`,
  // Thousands grouped by dots: anywhere no decimal point can be meant, before a decimal comma
  // ("2.500,00 €", before read as 2.5) or in more than one group ("1.000.000"); otherwise only beside
  // a currency ("10.000 EUR", "R$ 20.000"), as elsewhere "1.500" is 1.5.
  String.raw`(?<dotgrouped>\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,]|\.\d)|\d{1,3}(?:\.\d{3}){2,}(?![\d.]\d)`
    + String.raw`|(?<=(?:[$€£]|r\$|rs\.?|usd|eur|inr|brl)\s?)\d{1,3}(?:\.\d{3})+(?!\.?\d)|\d{1,3}(?:\.\d{3})+(?=\s?${CURRENCY_AFTER})`
    + String.raw`|(?<=(?:^|[^a-z])${MONEY_LEADS})[1-9]\d{0,2}(?:\.\d{3})+(?![\d.]|${SCALE_AFTER}))`,
  String.raw`(?<percentWord>${FOREIGN_PERCENT})`,
  // "2020 से 2023 तक", "2021년부터", "с 2020 до 2023": a range's "from" or "to" in another script, kept as a word
  // (romanised, below) for the one vocabulary of range words (foreign_range_words.ts); before, it was dropped.
  // 到 and 至 only touching a date ("2021到2023", "2021年至2023年"): inside 至少 ("at least") or 到期 ("expiry") they are no range word.
  String.raw`(?<nativeRangeWord>부터|から|(?<=[\d年月日]\s?)(?:到|至)(?![少期])|(?<![\p{L}\p{M}])(?:до|от|по|থেকে|से)(?![\p{L}\p{M}]))`,
  // "2010'dan 2020'ye kadar": Turkish "from" as a suffix after a year's apostrophe (vowel harmony gives
  // dan/den/tan/ten). Read as "den" only there: a bare "dan" is Indonesian "and".
  String.raw`(?<turkishFrom>(?<=\d)'(?:dan|den|tan|ten)(?![\p{L}]))`,
  // "K线", "K線": the candle ("K-line") in Chinese; its last letter is no Latin one and was dropped, leaving "K".
  String.raw`(?<kline>k[线線])`,
  // "σ_ann < 60%", "μ/σ", "2σ bands": the Greek letters quants write for a measure, read as their names (GREEK_LETTER_NAMES).
  String.raw`(?<greekLetter>[σςμ])`,
  String.raw`(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?:e[+-]?\d+(?![a-z]))?|\.\d+)`,
  // Accented Latin letters stay inside their word ("comisión", "Gebühr"); before, they split it in two.
  String.raw`(?<word>[a-z\p{Script=Latin}]+(?:[&'][a-z\p{Script=Latin}]+)*)`,
  // An apostrophe only before a two-digit year: "Q2 '23" (not before an amount: QUOTED_AMOUNT_UNIT). Two dots, exactly, are a range ("2019..2021"), not a decimal point.
  // A tilde or wave dash between numbers is a range, as East Asian writers mark one ("2019~2023", "2021.01〜2022.06");
  // elsewhere ("~20 days") it means about, and stays out.
  // Brackets and braces group as parentheses do ("period in [7,21]", "lookback in {30, 60, 90}", "rsi[14]"); before, they were dropped.
  String.raw`(?<punct>>=|<=|=>|=<|'(?=\d{2}(?!\d)(?!${QUOTED_AMOUNT_UNIT}))|(?<!\.)\.\.(?!\.)|(?<=\d\s?)[~〜](?=\s?\d)|[≥≤><=%$€£/()[\]{}\-–—→,.;:!?&+@])`,
].join('|'), 'giu');

// "last year's data" is "last year" data: a period named in the possessive is read as the period.
const PERIOD_POSSESSIVE = /^(day|week|month|quarter|year|decade)'s$/;
/**
 * "the win rate's at least 55%", "drawdown's under 20%": after a metric's name "'s" is "is", as a
 * metric is never said to own anything in a request; the name and an "is" become two tokens.
 */
const METRIC_IS = /^(rate|ratio|drawdown|dd|return|sharpe|sortino|calmar|cagr|volatility|vol|factor|exposure)'s$/;
/**
 * "l'ETH", "d'Apple", "l'action", "dell'oro": French and Italian elide their article before a vowel, so the
 * name is read as its own word after the article (before, "l'eth" was one unknown word). "l'or" is French
 * gold, read so only with its article: a bare "or" is the English conjunction.
 */
const ELIDED_ARTICLE = /^((?:l|d|dell|all|sull)')([a-z]{2,})$/;
/** "atleast 45% winners", "atmost 20% dd": a bound's two words typed as one, read as the two words. */
const GLUED_BOUND = /^(at)(least|most)$/;

/**
 * "BRK.B", "brk.b", "VOD.L", "7203.T": a share class or a listing abroad, read as one word, so its dot
 * ends no sentence. Capitals or lower case throughout, as tickers are written; "BTC.It was" (a
 * missing space after a full stop) is no ticker.
 */
const DOTTED_TICKER_AT = /(?:[A-Z]{2,6}\.[A-Z]{1,2}|[a-z]{2,6}\.[a-z]{1,2}|\d{4}\.[A-Z]{1,2})(?![A-Za-z0-9])/y;

const CANONICAL_PUNCT: Readonly<Record<string, string>> = { '≥': '>=', '=>': '>=', '≤': '<=', '=<': '<=', '–': '-', '—': '-', '→': '-', '~': '-', '〜': '-', '[': '(', ']': ')', '{': '(', '}': ')' };
const SENTENCE_END = new Set(['.', '!', '?', ';']);

/**
 * "13.05.2021" as YYYY-MM-DD: dots are the European day.month.year, so the day comes first unless
 * the second number cannot be a month ("05.13.2021"). An impossible day stays impossible and is refused.
 */
function dottedToIso(raw: string): string {
  const [first, second, year] = raw.split('.') as [string, string, string];
  const [day, month] = Number(second) > 12 && Number(first) <= 12 ? [second, first] : [first, second];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Range words of other scripts, romanised as their writers would type them in Latin letters. */
const NATIVE_RANGE_WORDS: Readonly<Record<string, string>> = { 부터: 'buteo', から: 'kara', 到: 'dao', 至: 'zhi', до: 'do', от: 'ot', по: 'po', থেকে: 'theke', से: 'se' };

/**
 * The Greek letters with a settled meaning in a request, read as the words written for them: σ is the
 * standard deviation ("2σ bands", "σ < 60%" the volatility), μ the mean return ("μ/σ"). Others are dropped.
 */
const GREEK_LETTER_NAMES: Readonly<Record<string, string>> = { σ: 'sigma', ς: 'sigma', μ: 'mu' };

/** "comisión" → "comision": word lists are written without accents, as many writers type them anyway. */
function plainLetters(word: string): string {
  // "zł", "øre": letters with a stroke have no accent to take off, so they are mapped by hand.
  return /[^a-z&']/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd') : word;
}

export function tokenize(input: string): Token[] {
  const text = withoutCodeSpanMarks(input.normalize('NFKC')).replace(/[‘’`´]/g, "'");
  const tokens: Token[] = [];
  let sentence = 0;
  let parenDepth = 0;
  let lastEnd = 0;
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const gap = text.slice(lastEnd, match.index);
    if (gap.includes('\n')) sentence++;
    let raw = match[0];
    const groups = match.groups!;
    // "1. Universe: BTC": a list item's number is no token; the line break already ended the sentence.
    const markerEnd = groups.number ? listMarkerEnd(text, match.index) : undefined;
    if (markerEnd !== undefined) {
      TOKEN_PATTERN.lastIndex = markerEnd;
      lastEnd = markerEnd;
      continue;
    }
    // Inside parentheses "SMA(50,200)" lists two numbers, not fifty thousand two hundred.
    if ((groups.number || groups.lakh) && parenDepth > 0 && raw.includes(',')) {
      raw = raw.slice(0, raw.indexOf(','));
      TOKEN_PATTERN.lastIndex = match.index + raw.length;
    }
    const base = { text: raw, joined: tokens.length > 0 && gap === '', sentence };
    DOTTED_TICKER_AT.lastIndex = match.index;
    const ticker = (groups.word || groups.number) ? DOTTED_TICKER_AT.exec(text)?.[0] : undefined;
    if (ticker) {
      tokens.push({ ...base, text: ticker, kind: 'word', norm: ticker.toLowerCase(), value: Number.NaN });
      TOKEN_PATTERN.lastIndex = match.index + ticker.length;
      lastEnd = TOKEN_PATTERN.lastIndex;
      continue;
    }
    // "^GSPC": an index as Yahoo writes it; the caret is no token of its own.
    if (groups.word && gap.endsWith('^')) {
      tokens.push({ ...base, text: `^${raw}`, joined: false, kind: 'word', norm: `^${raw.toLowerCase()}`, value: Number.NaN });
      lastEnd = match.index + raw.length;
      continue;
    }
    // "$SPY", "late 2022 $ETH": a cashtag, the ticker as social media writes it. Its dollar sign is no
    // token, so it never signs the number before it as money ("10/90 $SPY" read 90 as the capital).
    if (groups.punct && raw === '$' && /[a-z]/iu.test(text[match.index + 1] ?? '')) continue;
    if (groups.dotted) {
      tokens.push({ ...base, kind: 'iso_date', norm: dottedToIso(raw), value: Number.NaN });
    } else if (groups.unpadded) {
      const [year, ...parts] = raw.split(/[/.]/);
      tokens.push({ ...base, kind: 'iso_date', norm: [year, ...parts.map((part) => part.padStart(2, '0'))].join('-'), value: Number.NaN });
    } else if (groups.namedMonth) {
      tokens.push({ ...base, kind: 'iso_date', norm: namedMonthDateToIso(raw), value: Number.NaN });
    } else if (groups.iso) {
      tokens.push({ ...base, kind: 'iso_date', norm: raw.replaceAll('/', '-').replaceAll('.', '-'), value: Number.NaN });
    } else if (groups.spaced || groups.dotgrouped) {
      // The dots or spaces group thousands; a comma after them is the decimal point.
      const plain = raw.replace(/[ \u00a0\u202f.]/g, '').replace(',', '.');
      tokens.push({ ...base, kind: 'number', norm: plain, value: Number(plain) });
    } else if (groups.lakh) {
      const plain = raw.replaceAll(',', '');
      tokens.push({ ...base, kind: 'number', norm: plain, value: Number(plain) });
    } else if (groups.comma) {
      const plain = raw.replace(',', '.');
      tokens.push({ ...base, kind: 'number', norm: plain, value: Number(plain) });
    } else if (groups.number) {
      const plain = raw.replaceAll(',', '');
      // The one number reader: "1e6" is 1,000,000 here as in a flag.
      const read = tryReadNumber(raw, { allowLeadingZeros: true });
      tokens.push({ ...base, kind: 'number', norm: plain, value: read.ok ? read.value : Number.NaN });
    } else if (groups.nativeRangeWord) {
      tokens.push({ ...base, kind: 'word', norm: NATIVE_RANGE_WORDS[raw.toLowerCase()] ?? raw, value: Number.NaN });
    } else if (groups.turkishFrom) {
      tokens.push({ ...base, kind: 'word', norm: 'den', value: Number.NaN });
    } else if (groups.greekLetter) {
      tokens.push({ ...base, kind: 'word', norm: GREEK_LETTER_NAMES[raw] ?? raw, value: Number.NaN });
    } else if (groups.kline) {
      tokens.push({ ...base, kind: 'word', norm: 'kline', value: Number.NaN });
    } else if (groups.percentWord) {
      tokens.push({ ...base, kind: 'word', norm: 'percent', value: Number.NaN });
    } else if (groups.word) {
      const norm = plainLetters(raw.toLowerCase());
      const metric = METRIC_IS.exec(norm)?.[1];
      const elided = ELIDED_ARTICLE.exec(norm);
      const glued = GLUED_BOUND.exec(norm);
      if (elided) {
        const [article, name] = [elided[1]!, elided[2]!];
        tokens.push({ ...base, text: raw.slice(0, article.length), kind: 'word', norm: article, value: Number.NaN });
        tokens.push({ ...base, text: raw.slice(article.length), joined: true, kind: 'word', norm: article === "l'" && name === 'or' ? 'gold' : name, value: Number.NaN });
      } else if (glued) {
        tokens.push({ ...base, text: raw.slice(0, 2), kind: 'word', norm: glued[1]!, value: Number.NaN });
        tokens.push({ ...base, text: raw.slice(2), joined: true, kind: 'word', norm: glued[2]!, value: Number.NaN });
      } else if (metric) {
        tokens.push({ ...base, text: raw.slice(0, metric.length), kind: 'word', norm: metric, value: Number.NaN });
        tokens.push({ ...base, text: raw.slice(metric.length), joined: true, kind: 'word', norm: 'is', value: Number.NaN });
      } else tokens.push({ ...base, kind: 'word', norm: norm.replace(PERIOD_POSSESSIVE, '$1'), value: Number.NaN });
    } else {
      const norm = CANONICAL_PUNCT[raw] ?? raw;
      tokens.push({ ...base, kind: 'punct', norm, value: Number.NaN });
      if (norm === '(') parenDepth++;
      if (norm === ')') parenDepth = Math.max(0, parenDepth - 1);
      // A period between digits never reaches here (it is part of the number), so this ends a sentence.
      if (SENTENCE_END.has(raw)) sentence++;
    }
    lastEnd = match.index + raw.length;
  }
  return percentSignsFirst(tokens);
}
