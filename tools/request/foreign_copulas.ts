/**
 * "is", "to be" and "must" as second-language writers carry them over from their own language, between
 * a metric and its bound: Swahili "kuwa", "ni", "lazima" ("omega ratio kuwa more than 1.5"), Tagalog
 * "ay", "dapat" ("sharpe ay more than 1"), Indonesian "adalah", "harus", Vietnamese "phải" ("sharpe
 * phải lớn hơn 1"; accents are taken off). Read only as fillers before a comparator, like English "be".
 */
export const FOREIGN_COPULAS: readonly string[] = ['kuwa', 'ni', 'lazima', 'ay', 'dapat', 'adalah', 'harus', 'phai'];
