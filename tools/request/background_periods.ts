import type { DateWindow } from '../dates/date_window.js';
import type { BackgroundAside, Clause } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';

type DatesClause = Extract<Clause, { kind: 'dates' }>;
type DatedItem = PlacedClause & { clause: DatesClause };

const STORY = 'it is part of the story you tell, not of what to run';
const REASONS: Readonly<Record<Exclude<BackgroundAside['reason'], 'of_interest'>, string>> = {
  life: STORY,
  story: STORY,
  life_story: STORY,
  story_in_window: `${STORY}, and it lies inside the window asked for`,
  future: 'it is still to come',
  rejected: 'you said you do not want it',
};

function withoutAside(item: PlacedClause): PlacedClause {
  if (item.clause.kind !== 'dates' || item.clause.aside === undefined) return item;
  const { aside: _aside, ...dates } = item.clause;
  return { ...item, clause: dates };
}

function isWholeWindow(clause: DatesClause): boolean {
  return clause.start !== undefined && clause.end !== undefined;
}

function liesInside(clause: DatesClause, window: DateWindow): boolean {
  return window.start !== undefined && window.end !== undefined && clause.start !== undefined && clause.end !== undefined
    && window.start <= clause.start && clause.end <= window.end;
}

/**
 * The periods that may be the window: those the message asks for, else those told beside a word
 * that may ask ("my mentor told me to try it from 2012 through 2022"), which are then read as asked,
 * else those still to come ("My daughter starts college in the fall of 2026. Could you run it from
 * January 2026 to June 2026?"): the window asked for is then in the future, and refused as such.
 */
function windowsOf(dated: readonly DatedItem[]): DatedItem[] {
  for (const reason of [undefined, 'story_in_window', 'future'] as const) {
    const windows = dated.filter(({ clause }) => clause.aside?.reason === reason);
    if (windows.length > 0) return windows;
  }
  return [];
}

/**
 * The one window the message asks for: written whole, or as its two edges ("from 2019 — actually,
 * make that 2020 — up to now" leaves a start and an end once corrected).
 */
function oneWindow(windows: readonly DatedItem[]): DateWindow | undefined {
  const distinct = new Set(windows.map(({ clause }) => `${clause.start}/${clause.end}`));
  if (distinct.size === 1 && windows.every(({ clause }) => isWholeWindow(clause))) return windows[0]!.clause;
  const start = windows.find(({ clause }) => clause.edge === 'start')?.clause.start;
  const end = windows.find(({ clause }) => clause.edge === 'end')?.clause.end;
  return windows.length === 2 && start !== undefined && end !== undefined && start <= end ? { start, end } : undefined;
}

/**
 * Which marked periods are background: beside the message's one window, a story or life period,
 * or one the writer turns down ("I don't want to look at 2022 again"), anywhere, a future one in another sentence, and a story period beside a word that may ask only
 * in another sentence and inside that window. A follow-up that writes no window keeps the
 * conversation's, and only someone's life told as what happened is background then ("…since I
 * panicked and sold at the bottom in 2008. Add that as a constraint too."), or a story of what
 * happened inside that window ("ok that got hammered in 2008" after a run of 2000 to 2020).
 */
function backgroundTest(windows: readonly DatedItem[], conversationWindow: DateWindow | undefined): ((clause: DatesClause, sentence: number) => boolean) | undefined {
  if (windows.length === 0) {
    return conversationWindow === undefined ? undefined
      : (clause) => clause.aside?.reason === 'life_story' || (clause.aside?.reason === 'story' && liesInside(clause, conversationWindow));
  }
  const window = oneWindow(windows);
  if (window === undefined) return undefined;
  const sentences = new Set(windows.map(({ sentence }) => sentence));
  return (clause, sentence) => {
    switch (clause.aside?.reason) {
      case undefined: return false;
      case 'life': case 'story': case 'life_story': case 'rejected': return true;
      case 'future': return !sentences.has(sentence);
      case 'story_in_window': return !sentences.has(sentence) && liesInside(clause, window);
      // "from 2008 through 2018, mostly curious how bad 2008 looked": a period singled out within the window, in any sentence.
      case 'of_interest': return liesInside(clause, window);
    }
  };
}

/**
 * "I've traded BNB since 2019. Could you run RSI on BNB year-to-date?", "A couple of them got burned
 * in 2022 when the Nasdaq fell. Please run EMA on QQQ from 2007 to 2023.": a period told as part of
 * the story is background when the rest of the message names exactly one window, and a note says
 * so. Otherwise nothing is set aside: a lone period is the window, and two periods the request asks
 * for are refused as several (several_periods.ts), as are a future period in the window's own
 * sentence ("2024 and next year") and a window written only as one edge ("until 2022"), which the
 * background may complete. `conversationWindow`: the window before this message, which a follow-up
 * writing none keeps.
 */
export function settleBackgroundPeriods(placed: readonly PlacedClause[], conversationWindow?: DateWindow): PlacedClause[] {
  const isBackground = backgroundTest(windowsOf(placed.filter((item): item is DatedItem => item.clause.kind === 'dates')), conversationWindow);
  if (!isBackground) return placed.map(withoutAside);
  return placed.map((item) => {
    if (item.clause.kind !== 'dates' || item.clause.aside === undefined || !isBackground(item.clause, item.sentence)) return withoutAside(item);
    const { aside } = item.clause;
    const text = aside.reason === 'of_interest' ? `read '${aside.written}' as a period of interest inside the window, not a second window`
      : `read '${aside.written}' as background, not the test period: ${REASONS[aside.reason]}`;
    return { ...item, clause: { kind: 'note', text } };
  });
}
