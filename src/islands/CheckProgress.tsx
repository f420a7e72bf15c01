// The check on the progress page: before → after → 4 weeks, hits and false alarms apart, and the next check when due.
import { useStore } from '@nanostores/preact';
import { nextCheck } from '../engine/check';
import { $check } from '../stores/check';
import { CheckChart, chartRows } from './check/Chart';
import { translator, type Strings } from '../i18n/format';

export default function CheckProgress({ strings, checkHref, lang }: { strings: Strings; checkHref: string; lang: string }) {
  const t = translator(strings);
  const record = useStore($check);
  const next = nextCheck(record, Date.now());
  return (
    <section class="card check-progress" aria-labelledby="check-progress-h">
      <h2 id="check-progress-h">{t('check.progressTitle')}</h2>
      {record.attempts.length === 0 ? <p>{t('check.progressNone')}</p> : <CheckChart rows={chartRows(record.attempts, t)} t={t} />}
      {next && (next.due
        ? <p>{record.attempts.length > 0 && `${t('check.progressDue')} `}<a class="btn" href={checkHref}>{t('check.progressTake')}</a></p>
        : <p>{t('check.refresherLater', { date: new Date(next.dueAt!).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' }) })}</p>)}
    </section>
  );
}
