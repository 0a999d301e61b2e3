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

/**
 * Where a list item's number and its mark end ("1. Universe: BTC and ETH", "3) Fees: 5 bps"), when the
 * number at `index` opens its line; otherwise undefined. Such a number counts items, never a setting:
 * before, "2. EMA crossover 12 26\n3. 2021 to 2023" read 12/26/3 as the crossover's settings.
 */
export function listMarkerEnd(text: string, index: number): number | undefined {
  if (!opensLine(text, index)) return undefined;
  LIST_MARKER_AT.lastIndex = index;
  return LIST_MARKER_AT.exec(text) ? LIST_MARKER_AT.lastIndex : undefined;
}
