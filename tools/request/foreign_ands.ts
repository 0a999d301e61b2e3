/**
 * "and" in the writer's own language: Swahili "na", Spanish "y", Portuguese and Italian "e", French "et",
 * German "und", Dutch "en", Norwegian and Danish "og", Indonesian "dan", Tagalog "at", Turkish "ve", Vietnamese "và"
 * (read "va" once its accent is dropped). Read only where
 * "and" would join two like things, as two weighted holdings: "70% BTC na 30% ETH" (English "at"
 * never stands between two weighted holdings).
 */
export const FOREIGN_ANDS: readonly string[] = ['na', 'y', 'e', 'et', 'und', 'en', 'og', 'dan', 'at', 've', 'va'];

/**
 * The same between two numbers of one setting ("cruce de medias 50 y 200", "sma 20 und 50"), less
 * Tagalog "at": English puts "at" between a window and a level ("rsi 14 at 30"), never a pair.
 */
export const FOREIGN_NUMBER_ANDS: readonly string[] = FOREIGN_ANDS.filter((word) => word !== 'at');
