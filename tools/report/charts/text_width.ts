/**
 * Text widths in DejaVu Sans, the font resvg draws the PNG and SVG charts with. Without a canvas,
 * ECharts lays text out with Helvetica's narrower widths, so long legend entries ran into each other.
 * Advance widths in thousandths of an em, for the characters from ' ' (32) to '~' (126), read from
 * Debian's DejaVuSans.ttf and DejaVuSans-Bold.ttf.
 */
const REGULAR = [318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838];
const BOLD = [348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838];
/** Outside ASCII (…, ×, →, ▲, —, ≥ and the like are 770–1000 in both weights). */
const OTHER = 900;
const DEFAULT_SIZE_PX = 12;

/** The width of `text` in a CSS font such as "bold 14px DejaVu Sans, sans-serif" (ECharts' measureText contract). */
export function measureText(text: string, font = ''): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? DEFAULT_SIZE_PX);
  const widths = /\bbold\b|\b[6-9]00\b/.test(font) ? BOLD : REGULAR;
  let total = 0;
  for (const character of text) {
    const code = character.charCodeAt(0);
    total += code >= 32 && code < 127 ? widths[code - 32]! : OTHER;
  }
  return { width: (total / 1000) * size };
}
