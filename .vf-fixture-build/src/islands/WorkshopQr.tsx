// A QR code as SVG built from uqr's module matrix (no markup strings): one path of dark squares on white.
import { encode } from 'uqr';
import { useMemo } from 'preact/hooks';

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

export default function WorkshopQr({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 });
    return { size: qr.size, d: qrPath(qr.data) };
  }, [text]);
  return (
    <svg class="ws-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
