// Workshop builder: pick course items in order, a title, a note and exam mode; get a link, a QR code and a printable agenda.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { itemKey, MAX_ITEMS, MAX_NOTE, MAX_TITLE, type PlanItem } from '../engine/plan';
import { encodePlanCode } from '../engine/plan-code';
import { translator } from '../i18n/format';
import type { CatalogueItem, WorkshopProps } from '../lib/workshop-types';
import WorkshopQr from './WorkshopQr';

/** Where focus goes after the agenda changes: a button of an agenda row, or the agenda heading. */
type FocusTarget = { key: string; action: 'up' | 'down' | 'remove' } | 'heading' | null;

export default function WorkshopBuilder({ catalogue, presets = [], strings, homePath }: WorkshopProps) {
  const t = translator(strings);
  const byKey = useMemo(() => new Map(catalogue.flatMap((m) => m.items.map((item) => [itemKey(item), item] as const))), [catalogue]);
  // ?preset=<module>-<minutes> (the guide's "open in the builder" link) starts from that guide's plan.
  const initial = typeof window === 'undefined' ? undefined : presets.find((p) => p.id === new URLSearchParams(window.location.search).get('preset'));
  const [title, setTitle] = useState(initial?.title ?? '');
  const [note, setNote] = useState('');
  const [exam, setExam] = useState(false);
  const [chosen, setChosen] = useState<string[]>(() => (initial ? initial.items.filter((key) => byKey.has(key)) : []));
  const [status, setStatus] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const focusNext = useRef<FocusTarget>(null);
  const agendaRef = useRef<HTMLOListElement>(null);
  const agendaHeading = useRef<HTMLHeadingElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const items = chosen.map((key) => byKey.get(key)).filter((x): x is CatalogueItem => Boolean(x));
  // The short code (engine/plan-code) opens in each learner's language through the site's root; the QR holds
  // only that, so it stays small (version ≤ 6). The copied link adds the title and note.
  const code = encodePlanCode({ exam, items: items.map(({ kind, id }): PlanItem => ({ kind, id })) });
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const shortLink = `${origin}${homePath.replace(/[^/]+\/$/, '')}?plan=${code}`;
  const extra = new URLSearchParams();
  if (title.trim()) extra.set('title', title.trim());
  if (note.trim()) extra.set('note', note.trim());
  const link = extra.toString() ? `${shortLink}&${extra}` : shortLink;
  const qrDialog = useRef<HTMLDialogElement>(null);
  const kindLabel = (item: CatalogueItem) => t(`workshop.kind.${item.kind}`);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'heading') agendaHeading.current?.focus();
    else if (target) {
      const button = agendaRef.current?.querySelector<HTMLButtonElement>(`[data-key="${CSS.escape(target.key)}"] [data-action="${target.action}"]`);
      if (button && !button.disabled) button.focus();
      else agendaRef.current?.querySelector<HTMLButtonElement>(`[data-key="${CSS.escape(target.key)}"] [data-action="remove"]`)?.focus();
    }
  });

  const toggle = (key: string, on: boolean) => {
    setCopyStatus('');
    setChosen((list) => (on ? (list.includes(key) || list.length >= MAX_ITEMS ? list : [...list, key]) : list.filter((k) => k !== key)));
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...chosen];
    const [key] = next.splice(index, 1);
    next.splice(index + by, 0, key!);
    setChosen(next);
    focusNext.current = { key: key!, action: by < 0 ? 'up' : 'down' };
    setStatus(t('workshop.moved', { item: byKey.get(key!)?.title ?? key!, n: index + by + 1 }));
  };
  const remove = (index: number) => {
    const key = chosen[index]!;
    const next = chosen.filter((_, i) => i !== index);
    setChosen(next);
    const neighbour = next[index] ?? next[index - 1];
    focusNext.current = neighbour ? { key: neighbour, action: 'remove' } : 'heading';
    setStatus(t('workshop.removed', { item: byKey.get(key)?.title ?? key }));
  };
  const applyPreset = (id: string) => {
    const preset = presets.find((p) => p.id === id);
    if (!preset) return;
    setChosen(preset.items.filter((key) => byKey.has(key)));
    setTitle(preset.title);
    setCopyStatus('');
    setStatus(t('workshop.presetApplied', { title: preset.title }));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus(t('workshop.copied'));
    } catch {
      linkRef.current?.select();
      setCopyStatus(t('workshop.copyFailed'));
    }
  };

  return (
    <div class="ws-builder">
      <h1 class={title.trim() ? 'no-print' : undefined}>{strings['workshop.title']}</h1>
      <p class="prose lead no-print">{t('workshop.lead')}</p>

      {presets.length > 0 && (
        <section class="no-print ws-presets" aria-labelledby="ws-presets">
          <h2 id="ws-presets">{t('workshop.presets')}</h2>
          <p class="muted">{t('workshop.presetsHint')}</p>
          <ul class="plain ws-preset-list">
            {presets.map((p) => (
              <li key={p.id}><button type="button" class="btn secondary" data-preset={p.id} onClick={() => applyPreset(p.id)}>{p.title}</button></li>
            ))}
          </ul>
        </section>
      )}

      <section class="no-print" aria-labelledby="ws-details">
        <h2 id="ws-details">{t('workshop.details')}</h2>
        <div class="ws-field">
          <label for="ws-title">{t('workshop.planTitle')}</label>
          <input id="ws-title" type="text" maxLength={MAX_TITLE} value={title} aria-describedby="ws-title-hint"
            onInput={(e) => setTitle(e.currentTarget.value)} />
          <p id="ws-title-hint" class="muted">{t('workshop.planTitleHint')}</p>
        </div>
        <div class="ws-field">
          <label for="ws-note">{t('workshop.note')}</label>
          <textarea id="ws-note" rows={3} maxLength={MAX_NOTE} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <div class="ws-check">
          <input id="ws-exam" type="checkbox" checked={exam} onChange={(e) => setExam(e.currentTarget.checked)} />
          <label for="ws-exam">{t('workshop.exam')}</label>
        </div>
      </section>

      <section class="no-print" aria-labelledby="ws-pick">
        <h2 id="ws-pick">{t('workshop.pick')}</h2>
        <p class="muted">{t('workshop.pickHint')}</p>
        <div class="ws-modules">
          {catalogue.map((mod) => (
            <fieldset key={mod.id} class="card">
              <legend>{mod.title}</legend>
              <ul class="plain">
                {mod.items.map((item) => {
                  const key = itemKey(item);
                  const domId = `ws-item-${key.replace(/[^a-z0-9-]/g, '-')}`;
                  return (
                    <li key={key} class="ws-check">
                      <input id={domId} type="checkbox" checked={chosen.includes(key)} disabled={!chosen.includes(key) && chosen.length >= MAX_ITEMS} onChange={(e) => toggle(key, e.currentTarget.checked)} />
                      <label for={domId}>
                        <span class="ws-kind">{kindLabel(item)}</span> <span class="ws-item-title">{item.title}</span>
                        {item.minutes ? <span class="muted"> · {t('workshop.minutes', { n: item.minutes })}</span> : null}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        </div>
      </section>

      <section class="ws-agenda" aria-labelledby="ws-agenda-heading">
        <h2 id="ws-agenda-heading" ref={agendaHeading} tabIndex={-1}>{t('workshop.agenda')}</h2>
        {title.trim() && <p class="ws-print-title">{title}</p>}
        {note.trim() && <p class="ws-note">{note}</p>}
        <p class="visually-hidden" role="status">{status}</p>
        {items.length === 0 ? <p class="muted">{t('workshop.agendaEmpty')}</p> : (
          <ol class="ws-agenda-list" ref={agendaRef}>
            {items.map((item, i) => {
              const key = itemKey(item);
              return (
                <li key={key} data-key={key}>
                  <span class="ws-agenda-text"><span class="ws-kind">{kindLabel(item)}</span> {item.title}</span>
                  <span class="ws-row-actions no-print">
                    <button type="button" class="btn secondary" data-action="up" disabled={i === 0} onClick={() => move(i, -1)}
                      aria-label={t('workshop.moveUp', { item: item.title })}>↑</button>
                    <button type="button" class="btn secondary" data-action="down" disabled={i === items.length - 1} onClick={() => move(i, 1)}
                      aria-label={t('workshop.moveDown', { item: item.title })}>↓</button>
                    <button type="button" class="btn secondary" data-action="remove" onClick={() => remove(i)}
                      aria-label={t('workshop.remove', { item: item.title })}>✕</button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {items.length > 0 && (
        <section class="ws-share card" aria-labelledby="ws-share-heading">
          <h2 id="ws-share-heading" class="no-print">{t('workshop.share')}</h2>
          <>
              <div class="ws-field no-print">
                <label for="ws-link">{t('workshop.link')}</label>
                <input id="ws-link" ref={linkRef} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
              </div>
              <div class="ws-actions no-print">
                <button type="button" class="btn" onClick={() => void copy()}>{t('workshop.copy')}</button>
                <a class="btn secondary" href={link}>{t('workshop.open')}</a>
                <button type="button" class="btn secondary" onClick={() => window.print()}>{t('workshop.print')}</button>
              </div>
              <p role="status" class="ws-copy-status no-print">{copyStatus}</p>
              <p class="ws-code">{t('workshop.shortLink')} <span class="ws-short-link" data-short-link>{shortLink.replace(/^https?:\/\//, '')}</span></p>
              <WorkshopQr text={shortLink} label={t('workshop.qr')} caption={t('workshop.qrHint')} tooLong={t('workshop.qrTooLong')} />
              <p class="no-print"><button type="button" class="btn secondary" data-action="qr-full" onClick={() => qrDialog.current?.showModal()}>{t('workshop.qrFull')}</button></p>
              <dialog ref={qrDialog} class="ws-qr-dialog" aria-labelledby="ws-qr-dialog-title">
                <h2 id="ws-qr-dialog-title">{title.trim() || t('workshop.qrFullTitle')}</h2>
                <WorkshopQr text={shortLink} label={t('workshop.qr')} caption={t('workshop.qrHint')} tooLong={t('workshop.qrTooLong')} />
                <p class="ws-short-link">{shortLink.replace(/^https?:\/\//, '')}</p>
                <form method="dialog"><button class="btn" data-action="qr-close">{t('workshop.qrClose')}</button></form>
              </dialog>
              <p class="ws-print-link">{link}</p>
          </>
        </section>
      )}
    </div>
  );
}
