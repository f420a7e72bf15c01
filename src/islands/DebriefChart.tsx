// A horizontal bar chart as accessible SVG (role="img", values in its label); a "show as table" toggle swaps in the same data as a table.
import { useState } from 'preact/hooks';
export interface BarRow {
  label: string;
  value: number;
  /** Text shown for the value, e.g. "2 of 3"; the number when left out. */
  display?: string;
}

const ROW = 34;
const WIDTH = 480;
const BAR_MAX = 380;

const clip = (text: string, max = 60) => (Array.from(text).length > max ? `${Array.from(text).slice(0, max - 1).join('')}…` : text);

export default function DebriefChart({ title, rows, max, itemHeader, valueHeader, chartLabel, toggleLabels }: {
  title: string;
  rows: BarRow[];
  /** The value of a full-length bar (e.g. the number of learners). */
  max: number;
  itemHeader: string;
  valueHeader: string;
  /** The SVG's accessible name, with the values in words. */
  chartLabel: string;
  /** The toggle's two texts: [show as table, show as chart]. */
  toggleLabels: [string, string];
}) {
  const [asTable, setAsTable] = useState(false);
  const height = rows.length * ROW + 4;
  const top = Math.max(max, 1);
  return (
    <figure class="db-chart">
      <figcaption>{title}</figcaption>
      <button type="button" class="btn secondary small db-toggle no-print" aria-pressed={asTable} onClick={() => setAsTable((x) => !x)}>
        {asTable ? toggleLabels[1] : toggleLabels[0]}
      </button>
      <svg hidden={asTable} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={chartLabel} class="db-svg">
        {rows.map((row, i) => {
          const y = i * ROW;
          const w = Math.round((row.value / top) * BAR_MAX);
          return (
            <g key={i}>
              <text x="0" y={y + 12} class="db-label">{clip(row.label)}</text>
              <rect x="0" y={y + 17} width={Math.max(w, row.value > 0 ? 2 : 0)} height="12" rx="2" class="db-bar" />
              <text x={w + 6} y={y + 28} class="db-value">{row.display ?? String(row.value)}</text>
            </g>
          );
        })}
      </svg>
      <table class="db-table" hidden={!asTable}>
        <thead><tr><th scope="col">{itemHeader}</th><th scope="col">{valueHeader}</th></tr></thead>
        <tbody>
          {rows.map((row, i) => <tr key={i}><th scope="row">{row.label}</th><td>{row.display ?? String(row.value)}</td></tr>)}
        </tbody>
      </table>
    </figure>
  );
}
