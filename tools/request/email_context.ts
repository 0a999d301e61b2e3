import { SIGN_OFF_LINES } from './recognizers/signatures.js';

/**
 * An email carries more than its ask: the earlier message it quotes ("> On Monday you wrote: we
 * could try the MACD on SPY from 2010 onwards"), the reply header over it ("On 3 Nov 2025, at 09:14,
 * Support wrote:") and the signature under the sign-off (names, firms, "Suite 1900", "Tel. +49 89
 * 2018 4471"). None of it is asked for: its symbols, strategies, years and numbers would join the
 * ask, so those lines are blanked before the message is read. Lines, not words: one scan.
 */

/** "> On Monday you wrote: …", ">> …": a line quoted from an earlier message. */
const QUOTED = /^\s*>/;
/** "> 1.5 sharpe", ">= 2": a comparison written at a line start, not a quote, unless a quote is already running. */
const COMPARISON_AT_START = /^\s*>\s*[-+=.\d]/;
/** "On 3 Nov 2025, at 09:14, Support wrote:", "Am 3. Nov. schrieb Anna:": the header over a quote. */
const REPLY_HEADER = /^\s*(?:on|am|le|el|op)\b.*\b(?:wrote|schrieb|a écrit|escribió|schreef)\s*:\s*$/iu;
/** "--", "-- ": the mark that starts a signature. */
const SIGNATURE_MARK = /^\s*--\s*$/;
/** "P.S. add ETH too": an ask written after the signature. */
const POSTSCRIPT = /^\s*p\.?\s?s\b/i;
/** "Hi team,", "Dear BackTestPilot support,": an opening line, which a sign-off cannot end. */
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|hallo|hej|bonjour|hola|ciao|greetings)\b[^.?]*[,!:]?\s*$/iu;
/** "van", "de": lower-case words a signed name may hold ("Mary van der Berg"). */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'dos', 'du', 'bin', 'al']);
const MOST_SIGNED_NAME_WORDS = 5;
/** "Tom", "O'Brien", "McKay", "J.": a capital and then lower case, or an initial; "TLT", "ETH" are tickers, not names. */
const NAME_WORD = /^\p{Lu}(?:$|\.$|[\p{Ll}'’.-])/u;

function isBlank(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

/** "Best regards," and "Cheers!" are sign-offs; "Regards the dates, …" is a sentence. */
function isSignOff(line: string): boolean {
  return SIGN_OFF_LINES.has(line.trim().toLowerCase().replace(/[\s,.!]+$/u, ''));
}

/** "Tom", "Martin Keller", "Helga Nyström": a name signed as the signature's first line; "Also add ETH." is a sentence. */
function isSignedName(line: string | undefined): boolean {
  if (line === undefined || /[.?!:]\s*$/.test(line)) return false;
  // "Tom Hargreaves | Quant Research": the name before the title.
  const words = line.split(/[|,]/)[0]!.trim().split(/\s+/);
  return words.length <= MOST_SIGNED_NAME_WORDS && words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word));
}

/** "> On Monday you wrote: …", "> Last week you said …": a quoted line saying it is someone's earlier words. */
const EARLIER_WORDS = /\b(?:wrote|writes|said|says|schrieb|a écrit|escribió|schreef)\b/iu;
/** ">> …": a quote within a quote, only ever an earlier exchange. */
const NESTED_QUOTE = /^\s*>\s*>/;

/** Whether the quoted block opening at `at` says it holds earlier words: one of its lines says so, or it nests. */
function quotesEarlierWords(lines: readonly string[], at: number): boolean {
  for (let line = at; line < lines.length && QUOTED.test(lines[line]!); line++) {
    if (EARLIER_WORDS.test(lines[line]!) || NESTED_QUOTE.test(lines[line]!)) return true;
  }
  return false;
}

/**
 * Marks the quoted lines and their reply headers: a quote opens at the top, after a blank line or after a
 * header, and is an earlier message only under a header, nested, or when a line of it says so ("you wrote:").
 * Otherwise the quote marks the ask itself ("my boss wants:\n\n> fees 20 bps"), and it is read.
 */
function markQuotes(lines: readonly string[], dropped: boolean[]): void {
  let inQuote = false;
  let earlier = false;
  lines.forEach((line, at) => {
    const previous = lines[at - 1];
    const afterHeader = previous !== undefined && REPLY_HEADER.test(previous);
    const opens = (previous === undefined || isBlank(previous) || afterHeader) && !COMPARISON_AT_START.test(line);
    const continues = inQuote;
    inQuote = QUOTED.test(line) && (inQuote || opens || afterHeader);
    if (inQuote && !continues) earlier = afterHeader || quotesEarlierWords(lines, at);
    if ((inQuote && earlier) || (REPLY_HEADER.test(line) && !QUOTED.test(line))) dropped[at] = true;
  });
}

/** Marks the signature: from a sign-off line (after some ask) or a "--" line to the end, a "P.S." line excepted onwards. */
function markSignature(lines: readonly string[], dropped: boolean[]): void {
  let asked = false;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (dropped[at] || (isBlank(line) && !SIGNATURE_MARK.test(line))) continue;
    const nextWritten = lines.slice(at + 1, at + 3).find((next) => !isBlank(next) || SIGNATURE_MARK.test(next));
    const signsOff = asked && isSignOff(line) && (nextWritten === undefined || isSignedName(nextWritten) || SIGNATURE_MARK.test(nextWritten));
    // "--" starts a signature only before a name ("--\nTom Hargreaves | Quant Research"), not before more ask ("--\nalso ETH please").
    const marksSignature = asked && SIGNATURE_MARK.test(line) && (nextWritten === undefined || isSignedName(nextWritten));
    const startsSignature = marksSignature || signsOff;
    if (startsSignature) {
      for (let end = at; end < lines.length && !POSTSCRIPT.test(lines[end]!); end++) dropped[end] = true;
      return;
    }
    asked ||= !GREETING.test(line) && !isSignOff(line);
  }
}

/** The message with quoted lines, reply headers and the signature blanked; unchanged when nothing else would be left. */
export function emailAsk(message: string): string {
  if (!message.includes('\n')) return message;
  const lines = message.split('\n');
  const dropped = lines.map(() => false);
  markQuotes(lines, dropped);
  markSignature(lines, dropped);
  if (!dropped.includes(true) || lines.every((line, at) => dropped[at] || isBlank(line))) return message;
  return lines.map((line, at) => (dropped[at] ? '' : line)).join('\n');
}
