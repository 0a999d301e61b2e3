import type { BackgroundAside, Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, writtenText } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { asksForRun, clauseAround, isInLifeClause, isPerson, namesWindow } from './life_clauses.js';
import { asksInStory, storyReadingOf } from './story_clauses.js';
import { isRejectedPeriod } from './rejected_periods.js';
import { namesPeopleOfAnEra } from './people_of_an_era.js';
import { namesModelYear } from './model_years.js';
import { namesMeeting } from './meeting_periods.js';
import { tellsHowLongWriterHasBeen } from './dropped_subject_durations.js';
import { asksOfLaterPeriod } from './later_periods.js';
import { storyClaims, storySentences } from './story_sentences.js';
import { othersClauses } from './others_clauses.js';
import { workplaceMentions } from './workplace_mentions.js';
import { isKeptInRun, isPeriodOfInterest } from './periods_of_interest.js';
import { withoutRevertPhrases } from './revert_phrases.js';

/**
 * Marks the periods a message may mention as background rather than as the run's window: one told
 * as part of a story ("a couple of them got burned in 2022 when the Nasdaq fell", "the 1980 top took
 * 28 years"), one said in a clause about someone's own life ("I've traded BNB since 2019"), one
 * the writer turns down ("I don't want to look at 2022 again", rejected_periods.ts), or one still
 * to come ("a crypto sleeve for next year"). Whether it is set aside is settled once the whole
 * message is read (background_periods.ts): only beside exactly one other window, or the
 * conversation's when the message writes none.
 */
/**
 * "Would a 10/30 SMA crossover have kept me in during early 2021?": a question whose clause names a
 * strategy asks how that strategy would have run then, whoever it speaks of.
 */
function asksOfStrategy(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  const clause = clauseAround(tokens, start, end);
  return tokens.some((token) => token.sentence === sentence && isPunct(token, '?'))
    && clause.some((at) => strategyNameAt(tokens, at) !== undefined && !asksOfLaterPeriod(tokens, at, end, clause));
}

/**
 * "Thanks for sending over the Q3 deck, the slide on rates was great.", "my coworker swears the
 * death cross called the bottom in June 2022": a period inside what someone else is reported to
 * claim, or in a sentence that tells a story, asks for nothing and names no strategy, is the
 * story's. A story sentence naming a strategy may be the request ("I'm not that patient, so keep
 * it on daily bars: SMA 10/40 on gold from 2010 to 2020").
 */
function isToldInStory(tokens: readonly Token[], start: number, end: number): boolean {
  if (isToldOfSomeone(tokens, start, end)) return true;
  // "I'd like to check his claims for H2 2024": a clause that asks is the writer's, whatever it quotes.
  if (storyClaims(tokens).has(start)) return !clauseAround(tokens, start, end).some((at) => asksInStory(tokens, at));
  const sentence = tokens[start]!.sentence;
  return storySentences(tokens).has(sentence)
    && !tokens.some((token, at) => token.sentence === sentence && namesStrategyToRun(tokens, at));
}

/**
 * "my sister, who's been holding bitcoin since 2017, says…", "my wife has worked at Microsoft since
 * 2014": a period in a clause told of someone else, or beside where someone works, is their life's
 * story, in a follow-up too; a clause that asks ("she works at Apple, so test it from 2014") keeps it.
 */
function isToldOfSomeone(tokens: readonly Token[], start: number, end: number): boolean {
  if (othersClauses(tokens).has(start)) return true;
  const workplaces = workplaceMentions(tokens);
  const clause = clauseAround(tokens, start, end);
  return clause.some((at) => workplaces.has(at)) && !clause.some((at) => asksInStory(tokens, at));
}

/** "My colleague has held Microsoft since 2005": one word of holding in a story tells what someone did; "buy and hold" names a strategy. */
function namesStrategyToRun(tokens: readonly Token[], at: number): boolean {
  const name = strategyNameAt(tokens, at);
  return name !== undefined && !(name.id === 'buy_and_hold' && name.end === at + 1);
}

/**
 * "since her brother got us into it back in 2020": a period dated by a life event holds the person
 * in its own words, so its clause tells of a life even when nothing around it does; a clause that
 * asks ("try it from when I retired in 2021") keeps it asked for.
 */
function datesByLifeEvent(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.slice(start, end).some(isPerson) && !clauseAround(tokens, start, end).some((at) => asksForRun(tokens, at));
}

function asideReason(tokens: readonly Token[], start: number, end: number, future: boolean): BackgroundAside['reason'] | undefined {
  // "change the dates to 2018 through 2022": a period written as the window's own is asked for.
  if (tokens.slice(start, end).some(namesWindow)) return undefined;
  if (isRejectedPeriod(tokens, start, end)) return 'rejected';
  if (namesPeopleOfAnEra(tokens, start) || namesModelYear(tokens, start, end) || namesMeeting(tokens, end)) return 'story';
  const story = isToldInStory(tokens, start, end) ? 'story' : storyReadingOf(tokens, start, end);
  const life = (isInLifeClause(tokens, start, end) || datesByLifeEvent(tokens, start, end) || isToldOfSomeone(tokens, start, end)
    || tellsHowLongWriterHasBeen(tokens, start)) && !asksOfStrategy(tokens, start, end);
  if (story === 'story') return life ? 'life_story' : 'story';
  if (life) return 'life';
  if (story === undefined && isPeriodOfInterest(tokens, start, end)) return 'of_interest';
  // "I know 2020 was a mess, keep it in": kept in the run, even where its clause tells what happened then.
  if (isKeptInRun(tokens, end)) return 'of_interest';
  return future ? 'future' : story;
}

export function markingBackground(recognize: Recognizer): Recognizer {
  return (tokens, index, context) => {
    const match = recognize(tokens, index, context);
    if (!match) return match;
    const written = writtenText(tokens.slice(index, match.end));
    const mark = (clause: Clause): Clause => {
      if (clause.kind !== 'dates') return clause;
      const reason = asideReason(withoutRevertPhrases(tokens, context), index, match.end, clause.start !== undefined && clause.start > context.today);
      return reason ? { ...clause, aside: { written, reason } } : clause;
    };
    return { ...match, clauses: match.clauses.map(mark) };
  };
}
