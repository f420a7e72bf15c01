// The workshop QR code holds exactly the text it is given, or there is none: never an older, shorter link.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrFor, type QrMatrix } from '../../src/engine/qr';

/** Decode a matrix the way a phone would see it: each module as a 3×3 block of RGBA pixels. */
function decode(qr: QrMatrix): string | null {
  const scale = 3;
  const side = qr.size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const v = qr.data[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.set([v, v, v, 255], (y * side + x) * 4);
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

// A plan link of exactly `bytes` bytes, with a base64url-like code (mixed case, so byte mode, as real plan codes are).
const prefix = 'https://course.example.org/zh-cn/workshop/?plan=1';
const link = (bytes: number) => prefix + 'aB3-_x7Q'.repeat(400).slice(0, bytes - prefix.length);

describe('qrFor', () => {
  it('encodes a short plan link exactly', () => {
    const text = 'https://course.example.org/en/workshop/?plan=1abc';
    expect(decode(qrFor(text)!)).toBe(text);
  });

  it('still encodes a link too long for level M (2 331 bytes) at level L, up to its 2 953 bytes, exactly', () => {
    const text = link(2953);
    expect(text.length).toBe(2953);
    const qr = qrFor(text);
    expect(qr).not.toBeNull();
    expect(decode(qr!)).toBe(text);
  });

  it('gives no code at all when the link is too long even for level L (2 953 bytes)', () => {
    expect(qrFor(link(2954))).toBeNull();
  });
});
