// Reading a QR code on the page as a phone camera would: the SVG drawn onto a canvas at a given size, decoded by jsQR.
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';

/**
 * Draw the QR SVG matching `selector` at `px` pixels square (default 6 px a module) and decode it. Returns the text
 * (null when jsQR cannot read it) and the code's width in modules, which gives its version.
 */
export async function decodeQr(page: Page, selector: string, px?: number): Promise<{ text: string | null; modules: number }> {
  const image = await page.evaluate(async ({ selector, px }) => {
    const svg = document.querySelector<SVGSVGElement>(selector);
    if (!svg) throw new Error(`no QR code at ${selector}`);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const modules = svg.viewBox.baseVal.width;
    const size = px ?? modules * 6;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, size, size);
    // The pixels as base64: as a JSON array of numbers (a million characters at 240 px) they took a second to pass.
    const data = ctx.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { pixels: btoa(binary), size, modules };
  }, { selector, px });
  const pixels = new Uint8ClampedArray(Buffer.from(image.pixels, 'base64'));
  return { text: jsQR(pixels, image.size, image.size)?.data ?? null, modules: image.modules };
}
