// Hits and false alarms per check attempt (before → after → 4 weeks) as a small SVG, with the same numbers in a table beside it.
export interface ChartRow {
  /** "Before", "After", "4 weeks". */
  label: string;
  hits: number;
  scams: number;
  falseAlarms: number;
  genuine: number;
}

const W = 300;
const H = 150;
const TOP = 10;
const BASE = 120;

export function CheckChart({ rows, t }: { rows: ChartRow[]; t: (key: string, params?: Record<string, string | number>) => string }) {
  const pct = (k: number, n: number) => (n ? Math.round((k / n) * 100) : 0);
  const group = W / Math.max(rows.length, 1);
  const bar = Math.min(32, group / 3);
  const summary = rows.map((r) => t('check.chart.row', { stage: r.label, hits: pct(r.hits, r.scams), alarms: pct(r.falseAlarms, r.genuine) })).join('; ');
  return (
    <figure class="ck-chart">
      <figcaption>{t('check.chart.title')}</figcaption>
      <div class="ck-chart-body">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('check.chart.title')}: ${summary}`} class="ck-svg">
          <line x1="0" x2={W} y1={BASE} y2={BASE} class="ck-axis" />
          {rows.map((r, i) => {
            const x = i * group + group / 2;
            const hh = (pct(r.hits, r.scams) / 100) * (BASE - TOP);
            const fh = (pct(r.falseAlarms, r.genuine) / 100) * (BASE - TOP);
            return (
              <g key={i}>
                <rect x={x - bar - 2} y={BASE - hh} width={bar} height={hh} class="ck-bar-hit" />
                <rect x={x + 2} y={BASE - fh} width={bar} height={fh} class="ck-bar-alarm" />
                <text x={x - bar / 2 - 2} y={BASE - hh - 3} class="ck-val">{pct(r.hits, r.scams)}</text>
                <text x={x + bar / 2 + 2} y={BASE - fh - 3} class="ck-val">{pct(r.falseAlarms, r.genuine)}</text>
                <text x={x} y={H - 12} class="ck-stage">{r.label}</text>
              </g>
            );
          })}
        </svg>
        <table class="ck-table">
          <thead><tr><th scope="col">{t('check.chart.stage')}</th><th scope="col">{t('check.chart.hits')}</th><th scope="col">{t('check.chart.alarms')}</th></tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.label}</th>
                <td>{t('check.chart.of', { k: r.hits, n: r.scams })}</td>
                <td>{t('check.chart.of', { k: r.falseAlarms, n: r.genuine })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="ck-legend"><span class="ck-key ck-bar-hit" aria-hidden="true" /> {t('check.chart.hitsKey')} <span class="ck-key ck-bar-alarm" aria-hidden="true" /> {t('check.chart.alarmsKey')}</p>
    </figure>
  );
}

/** Chart rows from saved attempts, in stage order. */
export function chartRows(attempts: ReadonlyArray<{ stage: string; hits: number; misses: number; falseAlarms: number; correctRejections: number }>, t: (key: string) => string): ChartRow[] {
  return attempts.map((a) => ({ label: t(`check.stage.${a.stage}`), hits: a.hits, scams: a.hits + a.misses, falseAlarms: a.falseAlarms, genuine: a.falseAlarms + a.correctRejections }));
}
