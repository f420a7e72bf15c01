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

/** The SVG path for the dark modules of a QR matrix, one run of dark modules per subpath. */
export function qrPath(data: boolean[][]): string {
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) { x += 1; continue; }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}
