// A QR code as SVG built from uqr's module matrix (no markup strings): one path of dark squares on white.
// When the text is too long for any QR code, a notice takes its place (src/engine/qr.ts).
import { useMemo } from 'preact/hooks';
import { qrFor, qrPath } from '../engine/qr';

export interface WorkshopQrProps {
  /** Exactly what the code holds: the link shown on screen. */
  text: string;
  label: string;
  caption: string;
  /** Shown instead of the code when the text is too long for one. */
  tooLong: string;
}

export default function WorkshopQr({ text, label, caption, tooLong }: WorkshopQrProps) {
  const qr = useMemo(() => {
    const matrix = qrFor(text);
    return matrix && { size: matrix.size, d: qrPath(matrix.data) };
  }, [text]);
  if (!qr) return <p class="notice ws-qr-too-long" role="status">{tooLong}</p>;
  const { size, d } = qr;
  return (
    <figure class="ws-qr-figure">
      <svg class="ws-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
