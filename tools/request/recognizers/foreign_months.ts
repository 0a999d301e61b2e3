/**
 * The months' names in Portuguese, Spanish, French, Italian, Dutch, German and Swedish, written without accents as the tokenizer
 * reads them ("março" as "marco", "février" as "fevrier"), for "de janeiro de 2023 até junho de 2024",
 * "depuis le 1er septembre 2022". Several are also words or names ("mars", "mai", "marco", "avril"), so
 * date_points.ts reads one only with its year, or as a day written as an ordinal ("le 1er mars").
 * Abbreviations are left out: "ago" (Spanish and Portuguese August) is an English word.
 */
export const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  // Portuguese
  janeiro: 1, fevereiro: 2, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  // Spanish (abril, agosto as Portuguese)
  enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  // French
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  // Italian (marzo, agosto, novembre as above)
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  // Dutch ("maart 2021 t/m mei 2022"; april, september, november, december as English)
  januari: 1, februari: 2, maart: 3, mei: 5, juni: 6, juli: 7, augustus: 8, oktober: 10,
  // German ("März" as "marz"; juni, juli, oktober as Dutch, mai as French)
  januar: 1, februar: 2, marz: 3, dezember: 12,
  // Swedish (januari, februari, juni, juli as Dutch, mars as French)
  maj: 5, augusti: 8,
}));

/** "janeiro de 2023", "1 de marzo de 2021", "maggio del 2022": the "of" between a day, its month and its year. */
export const FOREIGN_DATE_OFS = ['de', 'del'];
