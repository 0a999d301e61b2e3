import type { Clause, Recognizer, RecognizerMatch } from '../clauses.js';
import { matchLongest, phrases, writtenText } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { readConcededRule } from './conceded_rules.js';

/**
 * How a writer turns a rule down: "no leverage for me", "without a stop loss", "I don't want a
 * trailing stop", "never use margin". A rule declined is not asked for: every run is already
 * unleveraged, without stops and fully sized, so it is noted rather than refused.
 */
const DECLINING = phrases(
  'no', 'zero', 'without', 'without a|an|any|the', 'no need for', 'no need for a|an|any', 'not using|with', 'not using|with a|an|any',
  "don't|dont|never want|need|use|add|like", "don't|dont|never want|need|use|add|like a|an|any|the",
  "don't|dont|never want|need|like to use|add|have", "don't|dont|never want|need|like to use|add|have a|an|any|the",
  'do not want|need|use|add', 'do not want|need|use|add a|an|any|the', 'do not want|need to use|add|have', 'do not want|need to use|add|have a|an|any|the',
  'skip|drop|forget the', 'rather not use|have',
);

/**
 * "skip the stop", "fine, drop the stops": turned down, a bare "stop" is the stop-loss the
 * conversation asked for; anywhere else it is a verb, so only here is it read as a rule.
 */
const BARE_STOPS = phrases('stop', 'stops');

function bareStop(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const found = matchLongest(tokens, index, BARE_STOPS);
  return found && { end: found.end, clauses: [{ kind: 'unsupported_rule', rule: 'stop_loss', written: writtenText(tokens.slice(index, found.end)) }] };
}

/** Reads a rule written after a word that declines it, or conceded (conceded_rules.ts), as declined; any other rule as `recognize` reads it. */
export function decliningRules(recognize: Recognizer): Recognizer {
  return (tokens, index, context) => {
    const lead = matchLongest(tokens, index, DECLINING);
    const declined = (lead && (recognize(tokens, lead.end, context) ?? bareStop(tokens, lead.end))) || readConcededRule(recognize, tokens, index, context);
    if (!declined) return recognize(tokens, index, context);
    const written = writtenText(tokens.slice(index, declined.end));
    return {
      end: declined.end,
      clauses: declined.clauses.flatMap((clause): Clause[] => (clause.kind === 'unsupported_rule'
        ? [{ ...clause, written, declined: true }, { kind: 'note', text: `read '${written}' as a rule you turn down: no run uses it` }]
        : [clause])),
    };
  };
}
