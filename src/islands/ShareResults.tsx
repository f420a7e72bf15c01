// "Share results with my instructor": save a small results file or show a results code, anonymous unless a nickname is given.
// Props: strings — the resolved `share.*` UI strings (islandStrings(locale, ['share.']) from src/lib/workshop-catalogue.ts);
// scope — optional ids to share (a plan's items); everything in progress when left out.
import { useStore } from '@nanostores/preact';
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { buildResults, hasResults, resultsFileName, resultsToCode, resultsToFile, type ShareScope } from '../engine/results';
import { $progress } from '../stores/progress';
import { $check } from '../stores/check';
import { translator, type Strings } from '../i18n/format';
import { downloadText } from '../lib/download';

export interface ShareResultsProps {
  strings: Strings;
  scope?: ShareScope;
}

/** A random id for this share, so the debrief counts the same results once. */
function shareId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}

export default function ShareResults({ strings, scope }: ShareResultsProps) {
  const t = translator(strings);
  const progress = useStore($progress);
  const check = useStore($check);
  const [nickname, setNickname] = useState('');
  const [code, setCode] = useState('');
  const [status, setStatus] = useState('');
  const id = useMemo(shareId, []);
  const prefix = `share${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const results = buildResults(progress, { id, nickname, scope, check: check.attempts });
  const any = hasResults(results);

  const save = () => {
    const name = resultsFileName(results);
    downloadText(name, 'application/json', resultsToFile(results));
    setStatus(t('share.saved', { file: name }));
  };
  const show = () => {
    setCode(resultsToCode(results));
    setStatus('');
    requestAnimationFrame(() => codeRef.current?.focus());
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t('share.copied'));
    } catch {
      codeRef.current?.select();
      setStatus(t('share.copyFailed'));
    }
  };

  return (
    <section class="card share-results no-print" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`}>{t('share.title')}</h2>
      <p>{t('share.lead')}</p>
      {!any ? <p class="muted">{t('share.nothing')}</p> : (
        <>
          <p>
            <label for={`${prefix}-nick`}>{t('share.nickname')}</label><br />
            <input id={`${prefix}-nick`} type="text" maxLength={30} value={nickname} aria-describedby={`${prefix}-nick-hint`}
              onInput={(e) => { setNickname(e.currentTarget.value); setCode(''); }} />
            <br /><span id={`${prefix}-nick-hint`} class="muted">{t('share.nicknameHint')}</span>
          </p>
          <p>{t('share.summary', { lessons: results.lessons.length, scenarios: Object.keys(results.scenarios).length, quizzes: Object.keys(results.quizzes).length })}
            {results.check ? ` ${t('share.check', { n: results.check.length })}` : ''}</p>
          <p class="ws-actions">
            <button type="button" class="btn" onClick={save}>{t('share.save')}</button>{' '}
            <button type="button" class="btn secondary" onClick={show}>{t('share.showCode')}</button>
          </p>
          {code && (
            <p>
              <label for={`${prefix}-code`}>{t('share.code')}</label><br />
              <textarea id={`${prefix}-code`} ref={codeRef} readOnly rows={4} value={code} aria-describedby={`${prefix}-code-hint`}
                onFocus={(e) => e.currentTarget.select()} class="share-code" />
              <br /><span id={`${prefix}-code-hint`} class="muted">{t('share.codeHint')}</span><br />
              <button type="button" class="btn secondary" onClick={() => void copy()}>{t('share.copy')}</button>
            </p>
          )}
        </>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
