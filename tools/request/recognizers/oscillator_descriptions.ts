import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { describedStrategyClauses } from './described_strategy.js';
import { readTradedLevels } from './levels_then_trades.js';
import { readValue, skipBarUnit } from './parameters.js';
import { strategyNameAt } from '../written_strategy_names.js';

/**
 * "the oscillator that compares the average up days to the average down days over 14 days", "the
 * 0-100 overbought/oversold gauge on a 7 day window": the RSI told by what it is rather than by its
 * name, with the window it is measured over. A 0–100 scale is the oscillator's, never a split:
 * "(0 to 100 scale)" alone says nothing, so it is read and left without a setting.
 */
const SCALE = phrases('0|zero -|–|to 100', 'from|between 0|zero to|and 100');
const SCALE_NOUNS = phrases('scale', 'range', 'scale|range reading|readings');
/** What the oscillator is called when it has no name: a gauge, a meter, an indicator. */
const GAUGE_NOUNS = phrases('oscillator|gauge|meter|indicator|reading|readings|index', 'oscillator|gauge|meter|indicator thing');
const STRETCH_NAMES = phrases('overbought / oversold', 'oversold / overbought', 'overbought oversold', 'oversold overbought', 'overbought and|or oversold', 'oversold and|or overbought');
/** RSI's own definition: the average gain set against the average loss ("average up days to the average down days"). */
const MOVE_NOUNS = 'days|closes|moves|bars|candles';
const GAINS = ['average up|gain|gains|rise|rises|green', `average up|gain|gains|rise|rises|green ${MOVE_NOUNS}`];
const LOSSES = ['down|loss|losses|fall|falls|red', `down|loss|losses|fall|falls|red ${MOVE_NOUNS}`].flatMap((loss) => [loss, `average ${loss}`, `the average ${loss}`]);
const SET_AGAINST = 'to|vs|versus|against|over|and|with';
const DEFINITIONS = phrases(...GAINS.flatMap((gain) => LOSSES.map((loss) => `${gain} ${SET_AGAINST} ${loss}`)));
const ARTICLES = phrases('the', 'a', 'an', 'that', 'this');
/** "the oscillator that compares …": what the oscillator is called, then its definition. */
const DEFINITION_LEADS = phrases('oscillator|gauge|meter|indicator|index that|which compares|compare|weighs|sets');
const WINDOW_LEADS = phrases('over|on|across|of|with|using', 'over|on|across|of|with|using a|the|an', 'over|on|across the last|past');
const WINDOW_NOUNS = phrases('window', 'period', 'lookback', 'window|period|lookback length');

/** "0 to 100 scale", "(0-100 range)": the oscillator's scale, optionally in brackets. */
function readScale(tokens: readonly Token[], index: number): number | undefined {
  const opened = isPunct(tokens[index], '(') ? index + 1 : index;
  const scale = matchLongest(tokens, opened, SCALE);
  if (!scale) return undefined;
  const end = matchLongest(tokens, scale.end, SCALE_NOUNS)?.end ?? scale.end;
  if (opened === index) return end;
  return isPunct(tokens[end], ')') ? end + 1 : undefined;
}

/** "gauge that goes from 0 to 100", "meter which runs 0-100": the scale told after the gauge. */
const SCALE_AFTER_LEADS = phrases('that|which goes|runs|ranges|reads|moves|swings');

/** "0-100 overbought/oversold gauge", "overbought-oversold oscillator", "0 to 100 indicator", "gauge that goes from 0 to 100": a gauge with a scale or a stretch name. */
function readGauge(tokens: readonly Token[], index: number): number | undefined {
  const scaleEnd = readScale(tokens, index);
  const stretch = matchLongest(tokens, scaleEnd ?? index, STRETCH_NAMES);
  const noun = matchLongest(tokens, stretch?.end ?? scaleEnd ?? index, GAUGE_NOUNS);
  if (!noun) return undefined;
  if (scaleEnd !== undefined || stretch) return noun.end;
  const lead = matchLongest(tokens, noun.end, SCALE_AFTER_LEADS);
  return lead ? readScale(tokens, lead.end) : undefined;
}

/** "over 14 days", "on a 7 day window": the window the oscillator is measured over. */
function readWindow(tokens: readonly Token[], index: number): { period: number; end: number } | undefined {
  const lead = matchLongest(tokens, index, WINDOW_LEADS);
  const value = lead && readValue(tokens, lead.end);
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value || unitEnd === value.end || !Number.isInteger(value.value) || value.value < 2) return undefined;
  return { period: value.value, end: matchLongest(tokens, unitEnd!, WINDOW_NOUNS)?.end ?? unitEnd! };
}

function namesRsiWithin(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.slice(start, end).some((_, offset) => strategyNameAt(tokens, start + offset)?.id === 'rsi_mean_reversion');
}

export const recognizeOscillatorDescription: Recognizer = (tokens, index): RecognizerMatch | undefined => {
  const opened = matchLongest(tokens, index, ARTICLES)?.end ?? index;
  const lead = matchLongest(tokens, opened, DEFINITION_LEADS);
  const start = lead ? matchLongest(tokens, lead.end, ARTICLES)?.end ?? lead.end : opened;
  const gauge = readGauge(tokens, start);
  const described = gauge ?? matchLongest(tokens, start, DEFINITIONS)?.end;
  if (described === undefined) {
    // Alone, only a scale marked as one ("(0-100)", "0 to 100 scale"): "sweep weights from 0 to 100" is no oscillator's.
    const scale = matchLongest(tokens, index, SCALE);
    const marked = isPunct(tokens[index], '(') || (scale !== undefined && matchLongest(tokens, scale.end, SCALE_NOUNS) !== undefined);
    const scaleEnd = marked ? readScale(tokens, index) : undefined;
    return scaleEnd === undefined ? undefined : { end: scaleEnd, clauses: [] };
  }
  const window = readWindow(tokens, readScale(tokens, described) ?? described);
  // "show the average gain vs average loss" is a trade statistic: the definition is the oscillator's only
  // with its window or after "compares".
  if (gauge === undefined && !window && !lead && !isWord(tokens[index - 1], 'compares', 'compare', 'comparing')) return undefined;
  const measured = readScale(tokens, window?.end ?? described) ?? window?.end ?? described;
  // "…gauge on a 7 day window drops below 20 buy, above 80 sell": the levels told after what the oscillator is.
  const levels = readTradedLevels(tokens, measured);
  const end = levels?.end ?? measured;
  const params: Record<string, number> = { ...(window ? { period: window.period } : {}), ...levels?.params };
  // "the overbought/oversold gauge" holds RSI's own name: named, not only described.
  if (namesRsiWithin(tokens, start, described)) return { end, clauses: [{ kind: 'strategy', name: 'rsi_mean_reversion', params }] };
  const clauses = describedStrategyClauses(tokens, { start: index, end, name: 'rsi_mean_reversion', params, standsAlone: true });
  return clauses && { end, clauses };
};
