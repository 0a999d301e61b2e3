import type { Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, skipWords, writtenText } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';

/** "was bad", "did terribly", "looked awful", "has been fine": how a holding did, said of it. */
const JUDGED = phrases('was|were|is|looked|looks|seemed|felt|did|performed|went', 'has|had been', 'turned out');
const HEDGES: ReadonlySet<string> = new Set(['really', 'so', 'pretty', 'very', 'quite', 'just', 'kinda', 'rather', 'super', 'absolutely', 'honestly']);
/** Only a poor verdict lets "drop it" point back at the holding: "BTC did great, drop that" may mean something else. */
const POOR_VERDICTS = ['bad', 'badly', 'poorly', 'poor', 'awful', 'awfully', 'terrible', 'terribly', 'horrible', 'horribly', 'weak', 'dreadful', 'disappointing',
  'meh', 'trash', 'garbage', 'rubbish'];
const VERDICTS = [...POOR_VERDICTS, 'fine', 'good', 'great', 'well', 'ok', 'okay'];
/** ", drop it", "so remove that one": the judged holding taken off the list, named by a pronoun (never "cut it to 5%", a weight). */
const DROP_IT = phrases('drop|remove|ditch|scrap|toss|axe|kill|exclude it|that|this', 'drop|remove|ditch|scrap|toss|axe|kill|exclude that|this one',
  'get rid of it|that|this', 'take|leave it|that out');
const BEFORE_DROP: ReadonlySet<string> = new Set(['so', 'and', 'then', 'just', 'please', 'pls', 'lets', "let's"]);

/** ", drop it" right after the judgement: where those words end. */
function droppedByPronoun(tokens: readonly Token[], index: number): number | undefined {
  const leadAt = skipWords(tokens, isPunct(tokens[index], ',', ';', '-', '.') ? index + 1 : index, BEFORE_DROP);
  return matchLongest(tokens, leadAt, DROP_IT)?.end;
}

/**
 * "ADA was bad, drop it", "ada did terribly so remove it": in a follow-up, a held symbol that is the
 * subject of a judgement is what the writer thinks of it, not a new list to run on; a removal
 * that points back ("drop it") takes that holding off the list. Alone ("ADA was bad, the other
 * coins were fine, drop ADA"), the judgement changes nothing and says so in a note.
 */
export const recognizeJudgedHolding: Recognizer = (tokens, index, context) => {
  const symbol = matchSymbolAt(tokens, index, { shouting: context.shouting, strong: true });
  if (!symbol || !context.conversation?.symbols?.includes(symbol.symbol)) return undefined;
  const judged = matchLongest(tokens, symbol.end, JUDGED);
  const verdictAt = judged && skipWords(tokens, judged.end, HEDGES);
  if (verdictAt === undefined || !isWord(tokens[verdictAt], ...VERDICTS)) return undefined;
  const dropEnd = isWord(tokens[verdictAt], ...POOR_VERDICTS) ? droppedByPronoun(tokens, verdictAt + 1) : undefined;
  // "drop it to 5%": a weight for it, not its removal; left to the weight readers.
  if (dropEnd !== undefined && isWord(tokens[dropEnd], 'to', 'down', 'by', 'at')) return undefined;
  const clauses: Clause[] = dropEnd === undefined
    ? [{ kind: 'note', text: `read '${writtenText(tokens.slice(index, verdictAt + 1))}' as what you think of ${symbol.symbol}, not a symbol to run on` }]
    : [{ kind: 'mode', mode: 'remove', trailing: false, oneKind: false }, { kind: 'symbol', symbol: symbol.symbol }];
  return { end: dropEnd ?? verdictAt + 1, clauses };
};
