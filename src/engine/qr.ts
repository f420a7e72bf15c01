// The workshop QR code: made from exactly the text given, or not at all (never an older, shorter link).
import { encode } from 'uqr';

export interface QrMatrix {
  /** Modules per side, border included. */
  size: number;
  /** Rows of modules; true is dark. */
  data: boolean[][];
}

/**
 * A QR code for `text`, at error correction M (survives a smudged print-out) or, when the text is too
 * long for that, L (up to 2 953 bytes). Null when even L cannot hold it: the page then says so and
 * shows the link alone.
 */
export function qrFor(text: string): QrMatrix | null {
  for (const ecc of ['M', 'L'] as const) {
    try {
      const qr = encode(text, { ecc, border: 4 });
      return { size: qr.size, data: qr.data };
    } catch {
      // "Data too long" for this level: try the next one.
    }
  }
  return null;
}
