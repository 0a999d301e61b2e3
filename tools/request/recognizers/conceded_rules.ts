/**
 * A rule the writer concedes cannot be had: "if you can't do trailing stops just run it without",
 * "since you don't support stop losses, run it anyway", "if trailing stops aren't possible, run it
 * without them". The rule is named only as what the tool lacks, so it is turned down, not asked
 * for; refused, the writer's own way out ("run it without") was answered with the same refusal.
 */
import type { RecognizerContext, RecognizerMatch, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { matchLongest, phrases } from '../token_matchers.js';

const CANNOT = "can't|cant|cannot|don't|dont|doesn't|doesnt|won't|wont";
/** "if you can't do", "since it doesn't support", "as you cannot handle": the lack, said before the rule. */
const LACK_BEFORE = phrases(
  `if|since|as|because you|it|u ${CANNOT} do|support|handle|offer|allow|have|run|model|simulate`,
  `if|since|as|because you|it|u ${CANNOT} do|support|handle|offer|allow|have|run|model|simulate the|any`,
  'if|since|as|because you|it|u can not do|support|handle|offer|allow|have|run|model|simulate',
  'if|since|as|because there|there\'s|theres are|is no',
);
/** "if trailing stops aren't possible", "since stop losses are not supported": the lack, said after the rule. */
const LACK_AFTER = phrases(
  "aren't|isn't|arent|isnt|not possible|supported|available|allowed|doable",
  "aren't|isn't|arent|isnt|not an option",
  'are|is not possible|supported|available|allowed|doable',
  "don't|dont|doesn't|doesnt|won't|wont work",
);
const CONDITIONS = phrases('if', 'since', 'as', 'because', 'if the', 'since the');

export function readConcededRule(recognize: Recognizer, tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const before = matchLongest(tokens, index, LACK_BEFORE);
  if (before) return recognize(tokens, before.end, context);
  const condition = matchLongest(tokens, index, CONDITIONS);
  const rule = condition && recognize(tokens, condition.end, context);
  const lack = rule && matchLongest(tokens, rule.end, LACK_AFTER);
  return lack ? { end: lack.end, clauses: rule.clauses } : undefined;
}
