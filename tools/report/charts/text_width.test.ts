import { describe, expect, it } from 'vitest';
import { measureText } from './text_width.js';

describe('measureText (DejaVu Sans widths)', () => {
  it('adds the advance widths of the font at its pixel size, bold from its own table', () => {
    // 'H' 752 + 'i' 278 thousandths of an em, at 10 px.
    expect(measureText('Hi', '10px DejaVu Sans').width).toBeCloseTo(10.3, 12);
    // Bold 'A' is 774 thousandths, at 14 px.
    expect(measureText('A', 'bold 14px DejaVu Sans, sans-serif').width).toBeCloseTo(10.836, 12);
    expect(measureText('A', '600 14px sans-serif').width).toBeCloseTo(10.836, 12);
  });

  it('uses 12 px when the font gives no size, and a wide default outside ASCII', () => {
    expect(measureText('0').width).toBeCloseTo(7.632, 12);
    expect(measureText('…', '10px sans-serif').width).toBeCloseTo(9, 12);
  });
});
