/** How money is marked as money: a sign before or after it, or a currency's name or code. */
export const CURRENCY_SIGNS = ['$', '€', '£'];
export const CURRENCY_WORDS = ['usd', 'usdt', 'usdc', 'dollars', 'dollar', 'bucks', 'eur', 'euro', 'euros', 'gbp',
  // Amounts in other currencies are read as the amount: the engine has no currency, only units of capital.
  'zl', 'zloty', 'zlotys', 'pln', 'rupee', 'rupees', 'inr', 'brl', 'reais', 'reales', 'yen', 'jpy', 'chf', 'franc', 'francs', 'pound', 'pounds', 'quid',
  'rub', 'rubles', 'roubles', 'lira', 'naira', 'ngn', 'sek', 'nok', 'dkk', 'cad', 'aud',
  // The dollar as Turkish, Spanish, Portuguese and Italian writers spell it ("20.000 dolar", "5000 dólares").
  'dolar', 'dolares', 'dollari', 'dollaro'];
