import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

const crossover = { name: 'sma_crossover', params: { short: 50, long: 200 } };

describe('buy and hold as other languages write it, listed beside the strategy it is compared with', () => {
  it.each([
    'Hola, quiero probar el cruce de medias 50 y 200 en el bitcoin, desde 2018 hasta 2022, y comparar con comprar y mantener por favor',
    'quero testar o cruzamento de medias 50 e 200 no bitcoin, 2018-2022, e comparar com comprar e manter',
    'je veux tester le croisement des moyennes 50 et 200 sur le bitcoin, 2018-2022, et comparer avec acheter et conserver',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text)).toEqual([crossover, { name: 'buy_and_hold' }]);
  });
});

describe('must not change', () => {
  it('"comprar" and "mantener" apart are no holding', () => {
    expect(userStrategiesOf('quiero comprar bitcoin y mantener las comisiones en 10 bps, cruce de medias 50 y 200, 2020')).toEqual([crossover]);
  });
});
