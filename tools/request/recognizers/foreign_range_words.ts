/**
 * A range's "from" and "to" in the writer's own language, as traders mixing languages write them
 * ("periode 2022 sampai 2024", "from 2010 hanggang 2020", "2020 se 2023 tak"). One vocabulary, read
 * by dates.ts. Only these known words link two dates, never an unknown word. Words of other scripts
 * reach here romanised by the tokenizer ("から" as "kara", "থেকে" as "theke", "до" as "do").
 */

/**
 * Words that end a range, before its end, and so also end a window alone ("hasta 2022"): German "bis" /
 * "bis zum|zur", Spanish "hasta", Dutch "tot" / "tot en met" (up to and including) and its short form "t/m", Indonesian and Malay
 * "sampai" / "hingga", Swahili "hadi" / "mpaka", Tagalog "hanggang", Yoruba "titi", French "jusqu'à|au|en",
 * Italian "fino a|al", Chinese "到" / "至".
 */
export const FOREIGN_RANGE_ENDS = ['bis', 'bis zum|zur', 'hasta', 'tot', 'tot en met', 't / m', 'sampai', 'hingga', 'hadi', 'mpaka', 'hanggang', 'titi',
  "jusqu'a|jusqu'au|jusqu'en", 'fino a|al', 'dao', 'zhi'];

/**
 * The postposed "from" with no second date after it leaves the range open, as "onwards" does: "2015 se"
 * (Hindi), "2015 theke" (Bengali), "2015 kara" (Japanese), "2015 buteo" (Korean) run from 2015 to today
 * where they close the clause (postposed_open_ends.ts).
 */
export const POSTPOSED_FROMS = ['se', 'theke', 'kara', 'buteo'];

/**
 * Words that only ever stand between two dates, never ending one alone: Portuguese "até" reads as "ate"
 * once its accent is dropped ("ate 2022" is no end); Vietnamese "đến" and Turkish "-den" ("2018'den 2022'ye
 * kadar") read as "den", as do its "'dan", "'tan" and "'ten" after a year ("2010'dan"; a bare "dan" is
 * Indonesian "and"); Polish and Russian "do"; Russian "по" (through, read "po": "с 2016 по 2022"); and the postposed "from" of the first date,
 * which says the second is its end: Hindi "se", Bengali "theke", Japanese "kara", Korean "buteo" (부터).
 * Portuguese, Spanish and Italian "a" and "al", French "à" (read "a") and "au": "de março de 2021 a maio de
 * 2022", "du 1er mars 2021 au 30 juin 2022".
 * Their English look-alikes ("se la", "I made", "do", "a") never fall between two dates.
 */
export const FOREIGN_RANGE_LINKS = [...FOREIGN_RANGE_ENDS, 'ate', 'den', 'do', 'po', ...POSTPOSED_FROMS, 'a', 'al', 'au'];

/**
 * The same languages' "from": German "von", Dutch "vanaf" (not "van", which is also "of": "de cijfers van 2021"), Swedish "från" (read "fran"), Spanish and Portuguese "desde", Indonesian "dari",
 * Swahili "kuanzia" / "kutoka", Tagalog "mula", Vietnamese "từ" (read "tu"), Italian "dal", French "depuis",
 * Polish "od", Russian "от" (read "ot").
 */
export const FOREIGN_RANGE_STARTS = ['von', 'vanaf', 'fran', 'desde', 'dari', 'kuanzia', 'kutoka', 'mula', 'tu', 'dal', 'depuis', 'od', 'ot'];

/**
 * Spanish "el" between a range word and its date: "desde el 2019", "hasta el 2022", "desde el año 2019".
 * Unlike "the", it never starts "the 2022 bear market", so it is passed over before a bare year too (dates.ts);
 * English never writes "el" there.
 */
export const FOREIGN_DATE_ARTICLES = ['el'];
