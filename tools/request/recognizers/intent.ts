import type { Clause, ListMode, Recognizer, RecognizerMatch } from '../clauses.js';
import { matchMetricAt } from '../metric_vocabulary.js';
import { hedgesComparedSide } from './compared_hedges.js';
import { rankedMetricStart } from './ranked_metric_start.js';
import { readSearchMetric } from './searched_by_metric.js';
import { readBestBeforeSettings, readSettingsAfterBest } from './best_settings.js';
import { readRankedByAlone } from './ranked_by_alone.js';
import { removalVerbStandsAsNoun } from './removal_verbs_as_nouns.js';
import { startsStrategyName } from './strategies.js';
import { asksWhichContestant, INSTRUMENT_NOUNS } from './contest_questions.js';
import { UNIT_DAYS, UNIT_MONTHS } from './dates.js';
import { matchSymbolAt } from './symbols.js';
import { BESIDE_LONG } from './shorting_in_words.js';
import type { Token } from '../tokenizer.js';
import { isContraryCondition, isInOtherwiseClause } from './otherwise_clauses.js';
import { isDeniedBefore, isDenyingWord, isNumber, isPunct, isWord, isYearNumber, matchLongest, phrases, skipWords, type Phrase } from '../token_matchers.js';

/**
 * What the user wants done rather than what with: optimise or not, rank by a metric, allow
 * shorting, and how a follow-up changes the lists ("add", "drop", "instead", "swap").
 */
const OPTIMIZE_WORDS = phrases(
  'optimise|optimize|optimised|optimized|optimising|optimizing|optimisation|optimization|optimisations|optimizations',
  'tune|tuned|tuning|calibrate|calibrated|calibration', 'grid search', 'parameter|parameters|param|params search|sweep|scan',
  'sweep', 'hyperparameter|hyperparameters',
  'find|finding the best|optimal|right parameters|parameter|params|settings|values|windows|window|lookback|combination',
  'search|searching for the best|optimal|right parameters|params|settings|values|combination',
  'best|optimal parameters|parameter|params|settings|values|combination',
  'which|what parameters|parameter|params|param|settings|setting|windows|window|lookback|lookbacks|values|value|thresholds|periods|bands|levels|combination|combo|lengths',
  'best|optimal|optimum|ideal|good|right|better|optimized|optimised parameters|params|settings|windows|values|thresholds|lookback|lookbacks|periods|levels|bands|combination|combo|lengths',
  'optimal', 'optimum', 'fine tune|tuning|tuned', 'fine-tune|fine-tuning', 'finetune', 'keep|pick|choose|select the best', 'keep|pick|choose|select the best one|ones|combination|settings',
  'different|various|several|many|multiple|other parameters|params|settings|windows|values|lookbacks|periods|thresholds|combinations',
  'a bunch|range|lot|few of parameters|params|settings|windows|values|lookbacks|periods|thresholds', 'search for|over', 'search the parameter|parameters|param space',
  'parameter|param space', 'work|works|perform|performs best',
  // "find windows with a win rate over 55%": settings to be found are settings searched for.
  'find|finding parameters|params|settings|windows|lookbacks|thresholds|levels|lengths|periods',
  // "try a bunch of ema window combos": combinations of settings are a search over them.
  'window|windows|parameter|param|params|setting|settings|lookback|threshold combos|combinations',
  // "dial in the macd settings": the craftsman's word for tuning.
  'dial|dialing|dialling|dialed|dialled in', 'dial|dialing|dialling it|them in',
  // "search across the sensible combinations": a search over settings, however qualified.
  'search|searching|try|trying|test|testing|explore|exploring across|through|over the|all combinations|settings|parameters|params|windows|values',
  'search|searching|try|trying|test|testing|explore|exploring across|through|over the|all sensible|possible|reasonable|plausible combinations|settings|parameters|params|windows|values',
  'all sensible|possible|reasonable|plausible combinations|settings|parameters|windows', 'sweep|scan|search|vary|varying the|its windows|parameters|params|settings|periods|lookback|thresholds',
);
/**
 * "just run it", "just the defaults", "as is", "leave the settings alone": the settings given (or the
 * defaults) and no search for better ones, which wins over a target's search. Turned down ("don't
 * just run the defaults") they ask for the search instead.
 */
const KEPT_AS_GIVEN = phrases(
  'just|only run it|this|them|that', 'just|only run it|this|them|that as is', 'just|only run it|this|them|that plain|once|straight',
  // "run it plain", "a straight run": as written, with nothing searched.
  'run it|this|them|that plain|straight', 'just|only a plain|straight run', 'a plain|straight run', 'just|only the one|a single run', 'just|only one run',
  'just|only the defaults|default', 'just|only the default settings|parameters|params|values', 'just|only run|use the defaults|default',
  'just|only run|use the default settings|parameters|params|values', 'default settings|parameters|params|values only',
  'as is', 'leave|keep the settings|parameters|params|values alone|unchanged', 'leave|keep the settings|parameters|params|values as they are',
  'leave|keep it|them alone', 'leave|keep it|them as is',
);
/** Words after which a kept-as-given phrase has ended its clause: "just run it, please", "just run it and show the trades". */
const AFTER_KEPT: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'thanks', 'thx', 'and', 'then', 'but', 'so', 'for', 'now']);
/** Verbs of tuning that say so only when turned down ("no search", "don't tweak anything"); "tweak the period to 10" is an edit. */
const TUNING_WHEN_DENIED = phrases('search|searching|tweak|tweaking|fiddle|fiddling', 'fiddle|fiddling with', 'touch the|any settings|parameters|params');

/** "just run it" ends where its clause does: "just run it on ETH" names what to run and keeps nothing. */
function readKeptAsGiven(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const kept = matchLongest(tokens, index, KEPT_AS_GIVEN);
  if (!kept) return undefined;
  const next = tokens[kept.end];
  const endsClause = next === undefined || next.sentence !== tokens[kept.end - 1]!.sentence || next.kind === 'punct' || AFTER_KEPT.has(next.norm);
  // Only the word right before turns it down: in "don't optimise, just run it" the "don't" is the optimising's.
  return endsClause ? one(kept.end, { kind: 'optimize', value: isDenyingWord(tokens[index - 1]) }) : undefined;
}

function readDeniedTuning(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const verb = isDeniedBefore(tokens, index) ? matchLongest(tokens, index, TUNING_WHEN_DENIED) : undefined;
  return verb && one(verb.end, { kind: 'optimize', value: false });
}

/**
 * "which coin works best with SMA, BTC or ETH", "which of the stocks performs better": instruments
 * compared under one strategy, each run with the settings given, not a search over settings (as
 * "which settings work best" is). Read, so the "works best" in them asks for no optimisation.
 */
const BEST_VERBS = 'works|work|performs|perform|does|do|did|worked|performed|fares|fare|fared|responds|respond';
const COMPARED_INSTRUMENTS = phrases(
  `which|what ${INSTRUMENT_NOUNS} ${BEST_VERBS} best|better`, `which|what ${INSTRUMENT_NOUNS} would|will|should|might ${BEST_VERBS} best|better`,
  `which|what ${INSTRUMENT_NOUNS} is|was|are|were best|better`, `which|what ${INSTRUMENT_NOUNS} is|was|are|were the best|better one`,
  `which of the|these|those|my ${INSTRUMENT_NOUNS} ${BEST_VERBS} best|better`, `which of the|these|those|my ${INSTRUMENT_NOUNS} would|will ${BEST_VERBS} best|better`,
);
const BEST_RESULT = phrases(`${BEST_VERBS} best|better`);
const RANK_LEADS = phrases(
  'rank|ranked|ranking|sort|sorted|sorting|order|ordered|classify|classified|compare|compared|judge|judged|pick|choose|select|score|scored by|on|using',
  'rank|ranked|ranking|sort|sorted|sorting|order|ordered|classify|classified|compare|compared|judge|judged|pick|choose|select|score|scored them|results|strategies|everything|all|it|runs by|on|using|after',
  'rank|ranked|ranking|sort|sorted|sorting|order|ordered|classify|classified|judge|judged|score|scored the|these|those|my results|strategies|runs|backtests|table|settings|parameters|combinations|candidates|variants|versions|options by|on|using|after',
  // "rank calmar": the metric straight after the verb, as chat shorthand writes it.
  'rank|ranked|sort|sorted',
  // "The rank use sortino", "for ranking use calmar", "the ranking should be by sortino": the ranking as a noun, then the metric it uses.
  'the|for|and rank|ranking|sorting use|uses|using|is|be', 'the|for|and rank|ranking|sorting should|must|will|can use|be', 'the|for|and rank|ranking|sorting should|must|will|can be by|on',
  'rank|ranked|ranking|sort|sorted|sorting|order|ordered|classify|classified|judge|judged|score|scored them all by|on|using',
  'rank|ranked|ranking|sort|sorted|sorting|order|ordered|classify|classified|judge|judged|score|scored these|those|this|that|them|it|em by|on|using',
  "rank|sort|order whatever's|whatevers|what's left|remains by|on|using",
  'with respect to', 'in terms of', 'by best|highest',
  // "which one is better by sortino?"
  'better|best|worse|higher|stronger by|on|in', 'is|was better|best by|on|in',
  // "show me the best one by Sortino", "which strategy has the best Calmar", "what's the Sharpe of MACD": the metric the user judges by.
  'best|top one|ones|strategy|strategies|strat|strats|performer|performers by|on|for', 'the best|highest|lowest|top', 'best|highest|lowest',
  "what's|whats|what|what'd the", 'what is|was|were|would|will the',
);
/** "which one ends up with the better sortino", "who wins on calmar", "winner by cagr": the measure a contest between runs is decided by. */
const CONTEST_LEADS = phrases('the better|higher|stronger|greater', 'end|ends|ended|finish|finishes|finished up with the better|higher|stronger|greater',
  'end|ends|ended|finish|finishes|finished with the better|higher|stronger|greater', 'win|wins|won|winning on|by|in',
  // "winner by cagr", "pick the winner on sortino": the contest's winner named by the metric that decides it.
  'winner|winners by|on|in', 'the winner|winners by|on|in');
const RATHER_THAN = phrases('instead of', 'rather than', 'not', 'and not', 'in place of', 'over', 'than');
/** Between a set-aside metric's lead and its name: "rather than the usual Sharpe". */
const SET_ASIDE_FILLERS: ReadonlySet<string> = new Set(['the', 'by', 'usual', 'default', 'plain', 'old', 'standard']);
/** Set aside before the ranking: "instead of Sharpe, rank by Sortino" (a bare "not" or "over" would say too little there). */
const RATHER_THAN_FIRST = phrases('instead of', 'rather than', 'in place of');
/** The metric named first, the ranking after: "use Sortino instead of Sharpe for ranking", "Sortino to rank". */
const FOR_RANKING = phrases('for|to|when rank|ranking|sort|sorting|order|ordering', 'in ranking|sorting|ordering', 'as the ranking|sort metric|key',
  // "win rate contest on XRP", "Profit factor shootout": the contest is decided by the metric it is named after.
  'contest|contests|shootout|shoot-out|showdown|face-off|faceoff|duel|battle|race|bake-off|competition|tournament|league|leaderboard',
  // "so that the Calmar ratio becomes maximal": the metric the best settings are judged by.
  'becomes|is|be|gets maximal|maximum|maximised|maximized|highest|largest|greatest', 'becomes|is|be|gets as high|large as possible', 'is|be maximised|maximized',
  // "calmar-ranked sweep", "sortino ranked grid": the metric written before the participle, as a compound.
  '- ranked|sorted|ordered', 'ranked');
/** "for the ranking" ends there: "the drawdown for the ranking period" ranks nothing. */
const FOR_THE_RANKING = phrases('for|in the ranking|ranks');
/** Words that may close "for the ranking" as they close any follow-up: "use total return for the ranking instead". */
const RANKING_CLOSERS = ['instead', 'now', 'then', 'please', 'too'];
// "the config that maximizes CAGR": the verb's third person too.
const OPTIMIZE_FOR = phrases('optimise|optimize|optimised|optimized|optimising|optimizing|maximise|maximize|maximises|maximizes|maximising|maximizing|minimise|minimize|minimises|minimizes|minimising|minimizing|tune|tuned|tuning for|on|the|their');
const OPTIMIZE_FOR_BARE = phrases('maximise|maximize|maximises|maximizes|maximising|maximizing|minimise|minimize|minimises|minimizes|minimising|minimizing');
const SHORTING_ON = phrases(
  'allow|allowing|allowed|enable|enabling|permit short|shorts|shorting', 'with shorts|shorting', 'allow|allowing|enable|permit|with short selling',
  'allow|allowing|enable|permit going short', 'with short|shorts|shorting allowed|enabled|on|permitted', 'short|shorts|shorting allowed|enabled|ok|okay', 'short selling allowed|enabled',
  'long short', 'long / short', 'long and short', 'go short', 'going short', 'can short', 'short side', 'both sides', 'long or short',
  // "with allowance for short positions", "short positions allowed".
  'allowance for short|shorts|shorting', 'allowance for short positions|selling|sales', 'allow|allowing|allowed|permit|permitting|with short positions',
  'short positions allowed|permitted|ok|okay|enabled', 'shorting|shorts permitted',
  // "Short positions also allow.", "Short position also open please." (the object first, as Turkish and Korean put it), "And allow the short positions."
  'short positions also allow|allowed', 'short position|positions also open|opened', 'allow|permit|enable the short|shorts|shorting positions|selling|side',
  // "and also allow the short position please", "permit short trades": one short position or trade lets the side as much.
  'allow|allowing|permit|permitting|enable|enabling short position|trade|trades', 'allow|allowing|permit|permitting|enable|enabling the|a short position|trade|trades',
  'short position|trades allowed|permitted|enabled',
  // "let it short", "short it when it crosses down": the strategy told to sell short, on its own sell signal.
  'let|allow it|them go|trade short', 'let it|them short', 'short it|them', 'short it|them when|on|at the|it crosses|cross|crossover|crossing|turns down|under|below',
  'short it|them on the down|bearish|sell cross|crossover|signal|signals',
  // "let it take short trades too", "open short positions": taking the short side is the switch, however it is let.
  'take|takes|taking|open|opens|opening short trades|positions',
  // "I'd like to short gold with the macd", "what if I was allowed to short as well?": wanting or being let to sell short.
  'like|want|wanna|love|prefer|need to short', 'allowed|permitted|able to short', 'allowed|permitted|able to go short', 'allow|let|permit me|us|it|them to short',
  'allow|let|permit me|us|it|them to go short',
  // "flip to short when it goes back under": the position turned over to the short side on the sell signal.
  'flip|flips|flipping|reverse|reverses|reversing to|into short', 'flip|flips|flipping|reverse|reverses|reversing to|into a short', 'flip|flips|flipping short',
  // "when it's below be short": the rule's sell side held as a short position.
  'below|under be|get|stay short', 'below|under , be|get|stay short',
  // Spanish, as Spanglish writers mix it in: "permitiendo shorts", "permitir cortos", "con cortos", "se permiten shorts",
  // "ventas en corto" (short sales); "cortos" is only ever the short side, where "con short 5" may be a window.
  'permitir|permitiendo|permite|permitan|habilitar|habilitando|activar|activando short|shorts|shorting|cortos',
  'permitir|permitiendo|permite|permitan|habilitar|habilitando|activar|activando|con ventas|posiciones en corto', 'permitir|permitiendo|con posiciones cortas',
  'se permiten|permite short|shorts|cortos', 'se permiten|permite ventas|posiciones en corto', 'con cortos|shorts|shorting', 'shorts|cortos permitidos',
  'ir|operar|vender en corto',
);
const SHORTING_OFF = phrases(
  'long only', 'no short|shorts|shorting', 'no short selling', 'without short|shorts|shorting', 'disallow|disable|forbid short|shorts|shorting',
  // "scrap the shorting", "turn off shorts": a follow-up taking it back.
  'scrap|drop|remove|stop|kill|ditch|lose|disable|disallow the|any short|shorts|shorting', 'scrap|drop|remove|ditch|lose short|shorts|shorting',
  'turn|switch off the short|shorts|shorting', 'turn|switch the short|shorts|shorting off', 'no more short|shorts|shorting',
  "don't short", 'dont short', 'never short', 'not short', 'no going short',
  // Spanish: "sin cortos", "sin ventas en corto", "solo largos".
  'sin short|shorts|cortos', 'sin ventas|posiciones en corto', 'solo|sólo largos', 'solo|sólo en largo',
);
const BASELINE_REMOVAL = phrases('no|without|remove|drop|exclude|skip|lose the|a|any baseline|benchmark', 'no|without|remove|drop|exclude|skip|lose baseline|benchmark');

/** `trailing` words ("SOL too", "RSI instead") may follow what they change; the others precede it. */
/** `exclusive`: "only", "just" keep nothing else, even a strategy given new numbers (apply_message.ts). */
const MODE_WORDS: ReadonlyArray<{ mode: ListMode; trailing: boolean; oneKind?: boolean; exclusive?: true; words: readonly Phrase[] }> = [
  { mode: 'add', trailing: true, words: phrases('also', 'too', 'as well', 'and also',
    // "put buy and hold next to it as a second strategy": what is named joins the list.
    'next to|alongside|beside it|this|that|them', 'alongside', 'as a|an second|2nd|extra|additional|another strategy|one', 'as another strategy|one') },
  { mode: 'add', trailing: false, words: phrases('add', 'adding', 'plus', 'include', 'including', 'as well as', 'along with', 'together with', 'throw in',
    // "and also try it on apple": the new symbol joins the list, where "try it on" alone replaces it.
    'also try|run|test|do|check it|this|that|them on|with|for', 'and also try|run|test|do|check it|this|that|them on|with|for', 'also on|for') },
  {
    mode: 'add', trailing: false, oneKind: true,
    words: phrases('compare|comparing|compared it|this|that|them with|to|against|versus|vs', 'compare|comparing|compared with|to|against', 'against', 'vs', 'versus',
      'up against', 'pitted|stacked against', 'stacked|stack up against',
      // "put it next to simply holding spy": the run placed beside what is named, as "compare it to" does.
      'put|set|place|run|show it|this|that|them next to|beside|alongside'),
  },
  { mode: 'remove', trailing: false, words: phrases('drop', 'remove', 'exclude', 'excluding', 'without', 'except', 'minus', 'no longer', 'get rid of', 'instead of', 'rather than', 'leave out', 'take out',
    // "lose the bollinger one", "ditch the ema": casual verbs of dropping; "lose" only with "the" ("watch me lose $3k on LUNA").
    'lose the', 'ditch', 'scrap', 'toss', 'axe', 'kill') },
  { mode: 'replace', trailing: true, words: phrases('instead') },
  { mode: 'replace', trailing: false, exclusive: true, words: phrases('only', 'just') },
  { mode: 'replace', trailing: false, words: phrases('switch to', 'change to', 'switch it to', 'change it to', 'now', 'try it on', 'use',
    // "Swap to ETH.": a swap with nothing named to swap out replaces.
    'swap to', 'swap it to', 'swap over to', 'switch over to',
    // "switch it over to SOL": the pronoun is the run's instrument or strategy, replaced by what follows.
    'switch|change|swap it|that|this over to',
    // "switch back to eth": going back is switching too (a strategy run before: returns.ts).
    'switch|change|swap|flip back to', 'switch|change|swap|flip it back to',
    // "Swap the coin to XRP": the noun stands for what goes out, so the symbol after "to" replaces it.
    'swap|switch|change the|my coin|symbol|ticker|asset|stock|instrument|market|pair to',
    // "Swap that for momentum", "replace it with RSI": the pronoun is what goes out, so what follows replaces it.
    'swap|switch|exchange|trade|replace|substitute that|it|this for|with',
    // Spanish "cámbialo a ethereum" (change it to), "pásalo a", "cámbialo por" (swap it for), accents taken off.
    'cambialo|cambiala|cambia|cambiar|pasalo|pasala|pasa a|por', 'cambia|cambiar el|la simbolo|activo|moneda|par a|por') },
  { mode: 'swap', trailing: false, words: phrases('replace', 'swap', 'substitute', 'switch') },
];
const ALL_MODE_WORDS = MODE_WORDS.flatMap((entry) => entry.words);
/** Verbs after "rather than" or "instead of": an action set aside, not a symbol or strategy. */
const VERBS_SET_ASIDE: ReadonlySet<string> = new Set(['assert', 'asserting', 'assume', 'assuming', 'guess', 'guessing', 'speculate', 'speculating', 'argue',
  'arguing', 'debate', 'debating', 'believe', 'believing', 'trust', 'trusting', 'wonder', 'wondering', 'talk', 'talking', 'theorise', 'theorize', 'claim', 'claiming',
  'just', 'simply', 'blindly', 'merely']);
const MODE_OF_WORD = MODE_WORDS.flatMap((entry) => entry.words.map(() => entry));

function one(end: number, clause: Clause): RecognizerMatch {
  return { end, clauses: [clause] };
}

// "classify them by calmar": sorting into an order, as second-language writers say it.
const RANK_VERBS = ['rank', 'ranked', 'ranking', 'sort', 'sorted', 'sorting', 'order', 'ordered', 'classify', 'classified', 'classifying'];
/** What is ranked, between the verb and "by": "the two that are left", "the remaining ones", "the three still standing". */
const RANKED_OBJECT: ReadonlySet<string> = new Set(['the', 'these', 'those', 'them', 'all', 'both', 'remaining', 'rest', 'other',
  'others', 'ones', 'one', 'strategies', 'strats', 'that', 'which', 'are', 'is', 'left', 'remain', 'still', 'standing', 'over']);
/** A count among them ("the two that are left", spoken numbers are digits by now): a handful of strategies. */
const MOST_RANKED = 10;

/** "rank the two that are left by calmar": the verb, what it ranks, then "by" and the metric. */
function rankLeadOverObject(tokens: readonly Token[], index: number): { end: number } | undefined {
  if (!isWord(tokens[index], ...RANK_VERBS)) return undefined;
  let at = index + 1;
  while (isWord(tokens[at]) ? RANKED_OBJECT.has(tokens[at]!.norm) : isNumber(tokens[at]) && Number.isInteger(tokens[at]!.value) && tokens[at]!.value <= MOST_RANKED) at++;
  // "rank them from the lowest drawdown": "from" leads to the metric only when one follows.
  const from = isWord(tokens[at], 'from') && matchMetricAt(tokens, rankedMetricStart(tokens, at + 1)) !== undefined;
  return at > index + 1 && (isWord(tokens[at], 'by', 'on', 'using') || from) ? { end: at + 1 } : undefined;
}

/** How far after "rank" its "by" may stand: the strategies ranked between ("rank sma, ema, macd and bollinger on BTC by sortino"). */
const RANKED_LIST_REACH = 16;

/**
 * "Rank sma, ema, macd and bollinger on BTC by sortino", "rank am by sortino": the verb, whatever
 * it ranks, then "by" and the metric later in the sentence. The verb is read here and the metric
 * at its "by" (readRankedByAfterVerb), so what stands between is read as itself.
 */
function rankVerbBeforeBy(tokens: readonly Token[], index: number): number | undefined {
  const sentence = tokens[index]?.sentence;
  for (let at = index + 1; at <= index + RANKED_LIST_REACH && tokens[at]?.sentence === sentence; at++) {
    if (isWord(tokens[at], 'by') && matchMetricAt(tokens, rankedMetricStart(tokens, at + 1))) return at;
  }
  return undefined;
}

function readRankedByAfterVerb(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  if (isWord(tokens[index], ...RANK_VERBS) && rankVerbBeforeBy(tokens, index) !== undefined) return { end: index + 1, clauses: [] };
  if (!isWord(tokens[index], 'by')) return undefined;
  const sentence = tokens[index]!.sentence;
  for (let at = index - 1; at >= 0 && index - at <= RANKED_LIST_REACH && tokens[at]!.sentence === sentence; at--) {
    if (isWord(tokens[at], ...RANK_VERBS) && rankVerbBeforeBy(tokens, at) === index) {
      const named = matchMetricAt(tokens, rankedMetricStart(tokens, index + 1))!;
      return one(pastSetAside(tokens, named.end), { kind: 'rank_by', metric: named.metric });
    }
  }
  return undefined;
}

/**
 * "rank=sortino", "rank_by=calmar", "sort_by: total_return", "objective=cagr", "metric=calmar": the
 * ranking as a config's key. Only with the sign ("metric" alone is a word of any sentence) or after a
 * ranking's noun pair ("ranking criterion is"), and never before a threshold ("metric: sharpe > 1" is a target).
 */
const RANK_KEYS = phrases('rank|ranking|sort|order|objective|metric =|:', 'rank|sort|order by =|:',
  // "Ranking criterion: Calmar ratio", "selection criteria = sortino", "sort key: cagr": a memo's line naming what ranks the runs.
  'criterion|criteria =|:', 'rank|ranking|sort|sorting|order|ordering|selection criterion|criteria|metric|measure|basis|key =|:',
  // "the ranking criterion is the Calmar ratio": the same line said as a sentence (only after such a noun pair; "metric is" says too little).
  'rank|ranking|sort|sorting|order|ordering|selection criterion|criteria|metric|measure|basis|key is',
  'rank|ranking|sort|sorting|order|ordering|selection criterion|criteria|metric|measure|basis|key will|should|must|would be',
);

function readKeyedRanking(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const key = matchLongest(tokens, index, RANK_KEYS);
  const named = key && matchMetricAt(tokens, skipWords(tokens, key.end, new Set(['the'])));
  return named && !hasThresholdAt(tokens, named.end) ? one(named.end, { kind: 'rank_by', metric: named.metric }) : undefined;
}

function readRankBy(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const keyed = readKeyedRanking(tokens, index);
  if (keyed) return keyed;
  // "rank the two that are left by calmar" before the shorthand "rank calmar", which would stop at "the".
  const lead = rankLeadOverObject(tokens, index) ?? matchLongest(tokens, index, RANK_LEADS);
  const optimizeFor = lead ? undefined : matchLongest(tokens, index, OPTIMIZE_FOR) ?? matchLongest(tokens, index, OPTIMIZE_FOR_BARE);
  const at = lead?.end ?? optimizeFor?.end;
  if (at === undefined) return undefined;
  const metricAt = rankedMetricStart(tokens, at);
  const named = matchMetricAt(tokens, metricAt);
  if (!named) return undefined;
  // "optimize for sortino > 2": a bound makes it a target, read from the metric on; the optimising stays.
  if (optimizeFor && isBoundAt(tokens, named.end)) return one(metricAt, { kind: 'optimize', value: true });
  const clauses: Clause[] = [{ kind: 'rank_by', metric: named.metric }];
  if (optimizeFor) clauses.push({ kind: 'optimize', value: true });
  return { end: pastSetAside(tokens, named.end), clauses };
}

/** A threshold after the metric ("sharpe above 1.5", "sharpe > 1"): a target, where a contest has none. */
function hasThresholdAt(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  const isThreshold = (token: Token | undefined) => isNumber(token) && !isYearNumber(token);
  return isThreshold(next) || isPunct(next, '>', '<', '>=', '<=', '=') || (isWord(next) && isThreshold(tokens[index + 1]));
}

/** Words between a metric and its bound: "sortino > 2", "a sharpe above 1.5", "the calmar of at least 1". */
const BOUND_WORDS: ReadonlySet<string> = new Set(['>', '<', '>=', '<=', '=', 'above', 'over', 'below', 'under', 'beyond', 'exceeding', 'of', 'at', 'least',
  'most', 'greater', 'more', 'less', 'higher', 'lower', 'than', 'min', 'minimum', 'max', 'maximum']);

/** A bound after an optimised-for metric; "over 3 years" is the window, not a bound of 3. */
function isBoundAt(tokens: readonly Token[], index: number): boolean {
  let at = index;
  while (at < index + 3 && tokens[at] && BOUND_WORDS.has(tokens[at]!.norm)) at++;
  const unit = tokens[at + 1]?.norm ?? '';
  return isNumber(tokens[at]) && !isYearNumber(tokens[at]) && !Object.hasOwn(UNIT_MONTHS, unit) && !Object.hasOwn(UNIT_DAYS, unit);
}

/** "which ends up with the better Sortino", "who wins on Calmar": the metric the runs compete on ranks them. */
function readContestMetric(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, CONTEST_LEADS);
  const named = lead && matchMetricAt(tokens, lead.end);
  return named && !hasThresholdAt(tokens, named.end) ? one(named.end, { kind: 'rank_by', metric: named.metric }) : undefined;
}

/** "rank by Sortino instead of Sharpe", "(not Sharpe)": the metric set aside is read too, not left as ignored. */
function pastSetAside(tokens: readonly Token[], index: number): number {
  const instead = matchLongest(tokens, isPunct(tokens[index], ',', '(') ? index + 1 : index, RATHER_THAN);
  const setAside = instead && matchMetricAt(tokens, skipWords(tokens, instead.end, SET_ASIDE_FILLERS));
  if (!setAside) return index;
  return isPunct(tokens[index], '(') && isPunct(tokens[setAside.end], ')') ? setAside.end + 1 : setAside.end;
}

/** "use Sortino instead of Sharpe for ranking", "Sortino rather than Sharpe to sort": the ranking named after its metric. */
function readMetricThenRanking(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const named = matchMetricAt(tokens, isWord(tokens[index], 'use', 'using') ? index + 1 : index);
  if (!named) return undefined;
  const at = pastSetAside(tokens, named.end);
  const noun = matchLongest(tokens, at, FOR_THE_RANKING);
  const found = matchLongest(tokens, at, FOR_RANKING);
  // "sharpe and drawdown sorted by year", "win rate ranked by date": a participle with its own "by" sorts by that, not by the metric.
  const ranking = (found && !(isWord(tokens[found.end - 1], 'ranked', 'sorted', 'ordered') && isWord(tokens[found.end], 'by')) ? found : undefined) ?? (noun && (!isWord(tokens[noun.end]) || isWord(tokens[noun.end], ...RANKING_CLOSERS)) ? noun : undefined);
  return ranking && one(ranking.end, { kind: 'rank_by', metric: named.metric });
}

/** "instead of Sharpe, rank by Sortino": the set-aside metric first, then the ranking. */
function readSetAsideThenRanking(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const instead = matchLongest(tokens, index, RATHER_THAN_FIRST);
  const setAside = instead && matchMetricAt(tokens, skipWords(tokens, instead.end, SET_ASIDE_FILLERS));
  if (!setAside) return undefined;
  return readRankBy(tokens, isPunct(tokens[setAside.end], ',') ? setAside.end + 1 : setAside.end);
}

const SWAPPING_VERBS = phrases('compare|judge|score|rank|sort|use|show|try', 'look at', 'go with', 'switch to', 'compare on|using');

/** "compare sortino instead of sharpe", "go with Calmar rather than Sharpe": a metric swapped for the one set aside ranks the results. */
function readMetricSwap(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, SWAPPING_VERBS);
  const named = verb && matchMetricAt(tokens, skipWords(tokens, verb.end, new Set(['the', 'their', 'its', 'by'])));
  if (!named) return undefined;
  const end = pastSetAside(tokens, named.end);
  return end > named.end ? one(end, { kind: 'rank_by', metric: named.metric }) : undefined;
}

/** "switch it to sortino", "change the ranking to calmar": a metric something is switched to can only be the one that ranks. */
const SWITCH_TO = phrases('switch|change|swap|move|flip|make it|that|this|them to', 'switch|change|swap|move|flip the ranking|metric to', 'switch|change|swap|move|flip the ranking metric to', 'switch|change|swap|move|flip over to', 'switch|change|swap|flip to');

function readSwitchToMetric(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, SWITCH_TO);
  const named = lead && matchMetricAt(tokens, skipWords(tokens, lead.end, new Set(['the', 'their', 'its'])));
  // "change it to sharpe above 1" sets a target (recognizers/targets.ts), not the ranking.
  return named && !hasThresholdAt(tokens, named.end) ? one(pastSetAside(tokens, named.end), { kind: 'rank_by', metric: named.metric }) : undefined;
}

/**
 * "not BTC, not ETH", "rsi on spy, not sma", "it is not BTC I want": "not" right before a symbol or
 * strategy sets that one aside; so does "pull the buy and hold", but only before a strategy ("pull
 * BTC data" fetches it).
 */
function readNotBeforeName(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const pulled = isWord(tokens[index], 'pull');
  if (!pulled && !isWord(tokens[index], 'not')) return undefined;
  const nameAt = isWord(tokens[index + 1], 'the') ? index + 2 : index + 1;
  if (!startsStrategyName(tokens, nameAt) && (pulled || !matchSymbolAt(tokens, nameAt, { shouting: false, strong: false }, false))) return undefined;
  return one(index + 1, { kind: 'mode', mode: 'remove', trailing: false, oneKind: false, single: true });
}

const SHORTING_NOUNS = phrases('short|shorts|shorting', 'short selling', 'short side', 'allow|allows|enable short|shorts|shorting');
/** A switch's value after a key's sign, as config files write it: "short=true", "allow_short=1", "shorting: no". */
const KEYED_STATES: Readonly<Record<string, boolean>> = { on: true, off: false, true: true, false: false, yes: true, no: false, '1': true, '0': false };

/**
 * "shorts on", "shorting: off", "shorts=on", "short=true", "allow_short=0": a switch, as settings are
 * written on a desk. Without a sign, only where the switch ends the phrase: "shorts on BTC" or
 * "short on time" say something else; after a key's sign the value is the switch whatever follows.
 */
/**
 * "btc donch 55/20 L/S": long/short in the desk's initials. Only the three written together and standing
 * alone, so "ml/s" or "L/Sx" are not it.
 */
function readLongShortInitials(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const [long, slash, short, after] = [tokens[index], tokens[index + 1], tokens[index + 2], tokens[index + 3]];
  if (!isWord(long, 'l') || !isPunct(slash, '/') || !isWord(short, 's') || long!.joined || !slash!.joined || !short!.joined || after?.joined) return undefined;
  return one(index + 3, { kind: 'allow_short', value: !isDeniedBefore(tokens, index) });
}

function readShortingSwitch(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const noun = matchLongest(tokens, index, SHORTING_NOUNS);
  if (!noun) return undefined;
  const keyed = isPunct(tokens[noun.end], ':', '=');
  const switchAt = keyed ? noun.end + 1 : noun.end;
  const state = tokens[switchAt];
  const next = tokens[switchAt + 1];
  if (keyed && state && Object.hasOwn(KEYED_STATES, state.norm) && (isWord(state) || isNumber(state))) {
    return one(switchAt + 1, { kind: 'allow_short', value: KEYED_STATES[state.norm]! });
  }
  if (!isWord(state, 'on', 'off') || isWord(next) || isNumber(next)) return undefined;
  return one(switchAt + 1, { kind: 'allow_short', value: state!.norm === 'on' });
}

export const recognizeIntent: Recognizer = (tokens, index) => {
  const setAside = readNotBeforeName(tokens, index);
  if (setAside) return setAside;
  const ranked = readRankBy(tokens, index) ?? readRankedByAfterVerb(tokens, index) ?? readContestMetric(tokens, index) ?? readMetricThenRanking(tokens, index) ?? readSetAsideThenRanking(tokens, index) ?? readMetricSwap(tokens, index) ?? readSwitchToMetric(tokens, index)
    ?? readRankedByAlone(tokens, index);
  if (ranked) return ranked;
  const shortingSwitch = readShortingSwitch(tokens, index) ?? readLongShortInitials(tokens, index);
  if (shortingSwitch) return shortingSwitch;
  const shortingOff = matchLongest(tokens, index, SHORTING_OFF);
  const shortingOn = shortingOff ? undefined : matchLongest(tokens, index, SHORTING_ON);
  // "I'd like to short 20% DOGE": a share after the verb makes it a weight (weight_directions.ts), not the switch.
  const weightFollows = shortingOn && isNumber(tokens[shortingOn.end]) && isPunct(tokens[shortingOn.end + 1], '%');
  const shorting = shortingOff ?? (weightFollows ? undefined : shortingOn);
  // "allow shorts, otherwise it's just a long-only filter": the alternative turned down, read but not asked.
  if (shorting && (isContraryCondition(tokens, index) || isInOtherwiseClause(tokens, index))) return { end: shorting.end, clauses: [] };
  if (shortingOff) return one(shortingOff.end, { kind: 'allow_short', value: false });
  // "let it go short as well": "as well" is the short side beside the long one, not a list item added.
  if (shortingOn && !weightFollows) return one(matchLongest(tokens, shortingOn.end, BESIDE_LONG)?.end ?? shortingOn.end, { kind: 'allow_short', value: !isDeniedBefore(tokens, index) });
  const comparedInstruments = matchLongest(tokens, index, COMPARED_INSTRUMENTS);
  // "which coin works best by Sortino": the metric after "best" still ranks.
  if (comparedInstruments) return readRankBy(tokens, comparedInstruments.end - 1) ?? { end: comparedInstruments.end, clauses: [] };
  // "which one works best", "which strategy works best on SOL": the runs named are compared, not searched.
  const bestResult = matchLongest(tokens, index, BEST_RESULT);
  if (bestResult && asksWhichContestant(tokens, index)) return readRankBy(tokens, bestResult.end - 1) ?? { end: bestResult.end, clauses: [] };
  const optimize = matchLongest(tokens, index, OPTIMIZE_WORDS)?.end ?? readBestBeforeSettings(tokens, index) ?? readSettingsAfterBest(tokens, index);
  if (optimize) {
    const judged = readSearchMetric(tokens, optimize);
    const searched: Clause = { kind: 'optimize', value: !isDeniedBefore(tokens, index) };
    return judged ? { end: judged.end, clauses: [searched, judged.clause] } : one(optimize, searched);
  }
  const keptOrDenied = readKeptAsGiven(tokens, index) ?? readDeniedTuning(tokens, index);
  if (keptOrDenied) return keptOrDenied;
  const baseline = matchLongest(tokens, index, BASELINE_REMOVAL);
  if (baseline) return one(baseline.end, { kind: 'note', text: 'the buy_and_hold baseline is always run for comparison; it cannot be removed' });
  const mode = matchLongest(tokens, index, ALL_MODE_WORDS);
  if (!mode) return undefined;
  const { mode: listMode, trailing, oneKind = false, exclusive } = MODE_OF_WORD[mode.which]!;
  // "compare it with just buy and hold": a hedge on the compared side, read and adding nothing.
  if (exclusive && hedgesComparedSide(tokens, index)) return { end: mode.end, clauses: [] };
  // "let us test this rather than assert it: … on GLD": a verb after "rather than" sets nothing aside.
  if (listMode === 'remove' && isWord(tokens[mode.end]) && VERBS_SET_ASIDE.has(tokens[mode.end]!.norm)) return undefined;
  if (listMode === 'remove' && removalVerbStandsAsNoun(tokens, index)) return undefined;
  return one(mode.end, { kind: 'mode', mode: listMode, trailing, oneKind, ...(exclusive ? { exclusive } : {}) });
};
