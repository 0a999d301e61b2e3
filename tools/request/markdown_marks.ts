/**
 * Markdown a trader pastes from a chat or a memo: code spans ("fees `15 bps`") and numbered list
 * items ("1. Universe: BTC"). Their marks carry no meaning of the request, so the grammar reads
 * through them. (Bold and italic asterisks and underscores need nothing: the tokenizer drops them.)
 */

/**
 * A backtick opening or closing a code span, i.e. not between two letters or digits: a space, so
 * "`15 bps`" reads as 15 bps; before, it became the apostrophe of a short year ("'15" as 2015).
 * Inside a word ("it`s", "don`t") the backtick is a mistyped apostrophe and stays one.
 */
const CODE_SPAN_MARK = /(?<![\p{L}\p{N}])`|`(?![\p{L}\p{N}])/gu;

export function withoutCodeSpanMarks(text: string): string {
  return text.includes('`') ? text.replace(CODE_SPAN_MARK, ' ') : text;
}

/** "1. ", "12) ": an item's number and its full stop or bracket, then a blank before the item's text. */
const LIST_MARKER_AT = /\d{1,2}[.)](?=[ \t]+\S)/y;

/** Whether only blanks stand between the start of the line and `index` (a short look back over those blanks). */
function opensLine(text: string, index: number): boolean {
  let at = index;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r';
}

/** A line a list item may follow: a heading or sentence's end ("Please conduct the following:"), or another item. */
const LIST_LEAD_LINE = /(?:^|[:.!?])\s*$|^\s*(?:\d{1,2}[.)]|[-*•])\s/;

/**
 * Whether the line before the one starting at `lineStart` lets a list item start there: the text's
 * start, a blank line, a line ending a sentence or heading, or another item. A hard-wrapped sentence
 * ("with the fast average at\n20. The slow one at 100") carries its value onto the next line.
 */
function mayStartItem(text: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return LIST_LEAD_LINE.test(text.slice(previousStart, lineStart - 1).replace(/\r$/, ''));
}

/**
 * Where a list item's number and its mark end ("1. Universe: BTC and ETH", "3) Fees: 5 bps"), when the
 * number at `index` opens its line and a list may start there; otherwise undefined. Such a number counts
 * items, never a setting: before, "2. EMA crossover 12 26\n3. 2021 to 2023" read 12/26/3 as its settings.
 */
export function listMarkerEnd(text: string, index: number): number | undefined {
  if (!opensLine(text, index)) return undefined;
  let lineStart = index;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  if (!mayStartItem(text, lineStart)) return undefined;
  LIST_MARKER_AT.lastIndex = index;
  return LIST_MARKER_AT.exec(text) ? LIST_MARKER_AT.lastIndex : undefined;
}
