/** "what if we used 9 and 21?", "if I went with 30/90": numbers supposed for what runs, as a follow-up's lead. */
export const SUPPOSING_LEADS: readonly string[] = ['what if', 'if'].flatMap((lead) => [
  `${lead} i|we|you use|used|try|tried|picked`, `${lead} i|we|you went with`, `${lead} i|we were to use|try`,
]);
