import { phrases } from '../token_matchers.js';

/**
 * Nouns that name a strategy's settings without naming one of them: the numbers after them ("MACD,
 * parameter 8 21 5", "with setting 10/30", "the values 14 25 75") are taken by the strategy's
 * parameter order, as unnamed numbers are ("macd 8 21 5"). Singular or plural, as people write
 * them either way. "window" and "period" stand alone only in the plural: "period 2020 to 2022" is a
 * date range.
 */
export const GENERIC_SETTING_NOUNS = phrases(
  'windows|periods|lengths|params|parameters|settings|lookbacks|values|averages|inputs|numbers|configs|configurations',
  'param|parameter|setting|config|configuration',
  'parameter|param|window|period|setting values|set',
  'moving averages|mas of',
);
