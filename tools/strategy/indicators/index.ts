export { computeBandsAroundMiddle, computeBollingerBands, type BollingerBands } from './bollinger/bollinger.js';
export { computePopulationStdDev } from './bollinger/population_std_dev.js';
export { computeDonchianChannel, type DonchianChannel } from './donchian/donchian.js';
export { computePriorWindowExtreme, type ExtremeSide } from './donchian/prior_window_extreme.js';
export { computeEma } from './ema/ema.js';
export { computeMacd, computeMacdFromEmas, type MacdSeries } from './macd/macd.js';
export { computeMomentum } from './momentum/momentum.js';
export { computeRsi } from './rsi/rsi.js';
export { computeSma } from './sma/sma.js';
