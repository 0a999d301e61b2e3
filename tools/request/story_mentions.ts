import type { Clause } from './clauses.js';
import { asksSomething } from './asking_clauses.js';
import type { ConversationState } from './conversation_state.js';
import type { PlacedClause, ReadMessage } from './read_clauses.js';
import { familyWordCovers, familyWordLeadCovers } from './family_word_strategies.js';
import { comparesToldWithHolding } from './told_strategy_compared.js';

/** What a mention in a story would otherwise have been taken as. */
type MentionKind = 'symbol' | 'strategy';

const WHAT: Readonly<Record<MentionKind, string>> = {
  symbol: 'a symbol to test',
  strategy: 'a strategy or setting to test',
};

/** A strategy, or numbers for one ("not buying at 50 cents" read as RSI's lower level), is one kind of mention. */
function mentionKind(clause: Clause): MentionKind | undefined {
  switch (clause.kind) {
    case 'symbol': return 'symbol';
    case 'strategy': case 'param': case 'shared_params': case 'param_values': case 'param_range': return 'strategy';
    default: return undefined;
  }
}

type StrategyClause = Extract<Clause, { kind: 'strategy' }>;

/**
 * "He told me to use a fast 50 and a slow 20 … Can you backtest that EMA crossover": the ask points back
 * ("that", "his") to a strategy the story names, so the settings the story gives are the ones to run.
 * Returns, by the ask's name, the last told strategy of that name, or of the family a bare "crossover" names.
 */
function toldStrategiesAskedFor(placed: readonly PlacedClause[], asking: readonly PlacedClause[], isTold: (item: PlacedClause) => boolean,
  pointed: ReadonlySet<number>, writtenAt: ReadonlyMap<number, string>): Map<string, StrategyClause> {
  const told = placed.flatMap((item) => (isTold(item) && item.clause.kind === 'strategy' ? [item.clause] : []));
  // "that EMA crossover, but 12/26": settings written with the ask are its own.
  const askedBack = asking.filter((item) => isBareStrategyPointedBack(item, pointed));
  return new Map(askedBack.flatMap((item) => {
    const name = item.clause.kind === 'strategy' ? item.clause.name : '';
    const written = writtenAt.get(item.position) ?? '';
    const same = told.findLast((clause) => clause.name === name) ?? told.findLast((clause) => familyWordCovers(written, clause.name));
    return same ? [[name, same] as const] : [];
  }));
}

/** "that crossover": a strategy named right after a word pointing back, with no settings of its own. */
function isBareStrategyPointedBack(item: PlacedClause, pointed: ReadonlySet<number>): item is PlacedClause & { clause: StrategyClause } {
  return item.clause.kind === 'strategy' && item.clause.params === undefined && pointed.has(item.position);
}

/**
 * "a rule based on the 50-day and 200-day moving averages … run that crossover": settings the story wrote
 * into the strategy itself go to the ask that points back to it (separate setting clauses stay where they are).
 */
function withToldSettings(item: PlacedClause, toldAskedFor: ReadonlyMap<string, StrategyClause>, pointed: ReadonlySet<number>): PlacedClause {
  if (!isBareStrategyPointedBack(item, pointed)) return item;
  const told = toldAskedFor.get(item.clause.name);
  // "that crossover" after an EMA crossover was told: the told kind, even with no settings.
  if (told === undefined || (told.params === undefined && told.name === item.clause.name)) return item;
  const settings = told.params === undefined ? {} : { params: told.params, ...(told.preset ? { preset: told.preset } : {}) };
  return { ...item, clause: { ...item.clause, name: told.name, ...settings } };
}

/**
 * "My friend runs an EMA 10/30 crossover … Run that crossover with 20/100": an ask pointing back with a
 * family word and settings of its own runs its own settings on the told kind (the EMA crossover), not
 * on the SMA a bare "crossover" is alone.
 */
function withToldFamilyKind(item: PlacedClause, told: readonly StrategyClause[], pointed: ReadonlySet<number>, writtenAt: ReadonlyMap<number, string>): PlacedClause {
  if (item.clause.kind !== 'strategy' || item.clause.params === undefined || !pointed.has(item.position)) return item;
  const written = writtenAt.get(item.position) ?? '';
  const askedName = item.clause.name;
  if (!familyWordLeadCovers(written, askedName) || told.some((clause) => clause.name === askedName)) return item;
  const kin = told.findLast((clause) => familyWordLeadCovers(written, clause.name));
  return kin ? { ...item, clause: { ...item.clause, name: kin.name } } : item;
}

/**
 * "A friend keeps telling me XRP is going to $10 and that I'm a fool for not buying at 50 cents. I'm
 * not touching XRP. What I'd like is RSI 14 with the usual 30/70 levels on Litecoin for 2020.": a
 * symbol, strategy or number in a sentence that tells a story (recognizers/story_sentences.ts) is
 * background when another sentence, the one that asks, names one of the same kind; a note says so.
 * When only the story names it ("I sold all my DOGE in January 2021. Would a 10/30 SMA crossover have
 * kept me in?"), it is what the question is about and stays; in a follow-up that asks for something
 * ("Ignore her for now: change the dates to 2018 through 2022"), the conversation's names the kind. The story's list words go with it
 * ("… says Litecoin is dead and I should look at XRP instead").
 * A mention in an aside (pasted past results, "for the record …"; recognizers/aside_sentences.ts) is
 * weaker still: it is background whenever the rest of the message, story or ask, names one of its kind.
 */
export function settleStoryMentions(message: ReadMessage, conversation: Pick<ConversationState, 'symbols' | 'strategies'>): PlacedClause[] {
  const { placed, storySentences, storyClaims, asideSentences } = message;
  if (storySentences.size === 0 && storyClaims.size === 0 && asideSentences.size === 0) return placed;
  // Told in a story: in a sentence that tells one, or inside someone else's claim in one that asks.
  const isTold = (item: PlacedClause) => storySentences.has(item.sentence) || storyClaims.has(item.position);
  const isAside = (item: PlacedClause) => asideSentences.has(item.sentence);
  const asking = placed.filter((item) => !isTold(item) && !isAside(item) && asksSomething(item.clause));
  const namedOutsideAsides = new Set(placed.flatMap((item) => (isAside(item) ? [] : [mentionKind(item.clause)])));
  // Numbers alone do not say which strategy: "My partner swears Bollinger bands work on Solana. … 20-day bands at 2 standard deviations".
  // "compare that to simply holding SPY": holding set beside the told strategy asks for no other strategy.
  const holdingBesideTold = comparesToldWithHolding(message.tokens, asking, (sentence) => storySentences.has(sentence));
  const asked = new Set(asking.flatMap((item) => (item.clause.kind === 'strategy' ? (holdingBesideTold ? [] : ['strategy']) : item.clause.kind === 'symbol' ? ['symbol'] : [])));
  // A follow-up that asks for something keeps the conversation's own symbols and strategy.
  if (asking.length > 0 && conversation.symbols.length > 0) asked.add('symbol');
  if (asking.length > 0 && conversation.strategies.length > 0) asked.add('strategy');
  // "got burned in 2022 when the Nasdaq fell … run it on QQQ": a story symbol the request names too is simply that symbol.
  const askedSymbols = new Set(asking.flatMap((item) => (item.clause.kind === 'symbol' ? [item.clause.symbol] : [])));
  const toldAskedFor = toldStrategiesAskedFor(placed, asking, isTold, message.pointedBack, message.writtenAt);
  const keepsToldSettings = toldAskedFor.size > 0;
  const isBackground = (item: PlacedClause) => {
    const kind = mentionKind(item.clause);
    if (item.clause.kind === 'symbol' && askedSymbols.has(item.clause.symbol)) return false;
    if (isAside(item)) return kind !== undefined && namedOutsideAsides.has(kind);
    if (keepsToldSettings && kind === 'strategy' && item.clause.kind !== 'strategy') return false;
    return kind !== undefined && isTold(item) && asked.has(kind);
  };
  const setAside = placed.filter(isBackground);
  if (setAside.length === 0) return placed;
  const toldNames = new Set([...toldAskedFor.values()].map((clause) => clause.name));
  const toldStrategies = placed.flatMap((item) => (isTold(item) && item.clause.kind === 'strategy' ? [item.clause] : []));
  const settled = placed.map((item) => withToldFamilyKind(withToldSettings(item, toldAskedFor, message.pointedBack), toldStrategies, message.pointedBack, message.writtenAt));
  const kindAt = new Map(setAside.map((item) => [item.position, mentionKind(item.clause)!]));
  const sentences = new Set(setAside.flatMap((item) => (storySentences.has(item.sentence) || isAside(item) ? [item.sentence] : [])));
  const noted = new Set<number>();
  return settled.flatMap((item): PlacedClause[] => {
    if (item.clause.kind === 'mode' && sentences.has(item.sentence)) return [];
    // The told strategy the ask points back to is the one run, under the ask's name: no note calls it background.
    if (item.clause.kind === 'strategy' && isTold(item) && toldNames.has(item.clause.name)) return [];
    const kind = kindAt.get(item.position);
    // A strategy we do not have carries a note of its own at the same place ("ichimoku" is not a strategy we have).
    if (kind === undefined || !(isBackground(item) || item.clause.kind === 'note')) return [item];
    if (noted.has(item.position)) return [];
    noted.add(item.position);
    const text = `read '${message.writtenAt.get(item.position) ?? ''}' as background, not ${WHAT[kind]}: it is part of the story you tell, not of what to run`;
    return [{ ...item, clause: { kind: 'note', text } }];
  });
}
