import type { Token } from './tokenizer.js';

/**
 * Words that carry no request of their own: grammar, politeness, and the verbs and nouns every
 * request uses ("backtest", "strategy", "results"). Any other word no recogniser read is reported
 * as ignored, so nothing the user wrote is dropped without a word.
 */
const FUNCTION_WORDS = `
a an the this that these those it its it's itself them they their there here i i'm i'd i've i'll me my mine myself we we're we'd our ours us you
your yours he she his her him one ones some any all both each every either neither no not none nor only just also too very really actually quite
rather pretty so such than then thus therefore however but and or if else when whenever while as at by for from in into of off on onto out
over per to toward towards up upon via with within without about above after against along among around before behind below beneath
beside besides between beyond during except inside like near since through throughout till until unto under underneath versus vs whether
be am is are was were been being have has had having do does did doing done don't doesn't didn't can can't cannot could couldn't may might
must mustn't shall should shouldn't will won't would wouldn't let let's get gets got getting go goes going gone went make makes made making
what what's which who whom whose why how how's where where's whats hows lot lots much many more most less least few little bit kind sort
way ways thing things stuff something anything everything nothing someone anyone same other another else own again ever never always often
sometimes usually now today yet still already even back down away finally lastly well ok okay alright yes yeah yep nope sure fine good great nice cool
please pls plz thanks thank thx ty cheers hi hello hey dear kindly sir madam folks guys team bro mate hmm hm umm um uh ah oh wow interesting great awesome perfect meh eh ugh welp hmmm
`;
const REQUEST_WORDS = `
backtest backtests backtested backtesting back test tested testing test tests run runs running ran rerun simulate simulated simulation
check checking evaluate evaluation analyse analyze analysis assess compare comparing comparison compared show shows showing shown see seeing
saw seen tell telling told give giving gave given want wants wanted wanting need needs needed like liked love wish wonder wondering curious
interested care cares know knowing understand help try trying tried look looking looks use used using apply applied applying perform performs
performed performing performance work works worked working do does result results outcome outcomes number numbers figure figures stats
statistics metric metrics report reports chart charts graph graphs plot plots picture output summary detail details detailed
strategy strategies strat strats system systems approach approaches idea ideas method methods rule rules setup setups signal signals trading trade trades
traded trader traders invest investing investor investment investments market markets asset assets instrument instruments ticker
tickers symbol symbols coin coins token tokens stock stocks share shares equity equities crypto cryptocurrency currency pair pairs price
prices data history historical period periods time times timeframe range window dates date day days week weeks month months year years
whole entire full complete overall total same similar different following based vs versus against beat beats beating beaten outperform
outperforms outperformed win wins won lose loses lost gain gains gained return returns profit profits money earn earned make made
would've could've should've have i've been long term short term long-term short-term thesis manager boss client friend
fared fare do does did done happen happened go went been held buy buying bought sell selling sold hold holding
target targets targeting aim aiming goal goals constraint constraints
put set plain
lol lmao haha wanna gonna gotta kinda sorta yo pls plz ya u ur thx
`;
/**
 * Politeness and greetings of other languages, as second-language writers close or open a message
 * ("…, bitte.", "Merhaba, …"): never a ticker, never worth an "ignored" note.
 */
const LOANED_COURTESIES = `
bitte danke dank schon sehr por favor gracias muchas merci s'il vous plait prego grazie mille per favore obrigado obrigada spasibo
pozhaluysta arigato arigatou onegai onegaishimasu kudasai lutfen tesekkurler tesekkur sagol xie xiexie shukran dziekuje prosze
krub khrap kha dhanyavaad shukriya alsjeblieft bedankt tack takk kiitos hola bonjour buongiorno ciao hallo salut merhaba namaste
konnichiwa salaam
`;
/**
 * Spanish grammar words as Spanglish writers mix them into an English request ("ahora … mismas fechas",
 * "lo mismo pero en ETH", "quiero probar …"): the function and request words above in Spanish, accents
 * taken off. Only words no English request uses for anything else (not "de", "la", a ticker's look-alikes).
 */
const LOANED_FUNCTION_WORDS = `
el los las del con en pero lo ahora mismo misma mismos mismas fecha fechas periodo quiero necesito probar ver porfa porfis
`;

const STOP_WORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${REQUEST_WORDS} ${LOANED_COURTESIES} ${LOANED_FUNCTION_WORDS}`.split(/\s+/).filter(Boolean));

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** A token that would mean something if read: a word of 2+ letters not in the stop list, or a number. */
export function carriesMeaning(token: Token): boolean {
  if (token.kind === 'number' || token.kind === 'iso_date') return true;
  return token.kind === 'word' && token.norm.length >= 2 && !STOP_WORDS.has(token.norm) && !/^\d/.test(token.norm);
}

/** How the spec's note of unread words starts (the report reads it back from the notes). */
export const IGNORED_NOTE_PREFIX = 'ignored: ';

/** "ignored: 'wobbly', 'flux'" for the unread tokens that carry meaning; undefined when there are none. */
export function ignoredNote(unread: readonly Token[]): string | undefined {
  const words = [...new Set(unread.filter(carriesMeaning).map((token) => token.text))];
  return words.length > 0 ? `${IGNORED_NOTE_PREFIX}${words.map((word) => `'${word}'`).join(', ')}` : undefined;
}
