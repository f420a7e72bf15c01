// The panel over the chat (loaded on first use, with its texts): a profile card, a tool's result, or the mock transfer screen.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { Action, PanelView } from '../../engine/scenario';
import type { Participant } from '../../schemas/scenario';
import { fmt, yuan, type PanelTexts, type Ui } from './format';

const l = (locale: Locale, x: { en: string; 'zh-cn': string }) => x[locale];

function ProfileCard({ p, texts, locale, ui, avatars }: { p: Participant; texts: PanelTexts; locale: Locale; ui: Ui; avatars: string }) {
  const card = texts.profiles[p.id];
  const rows: [string | undefined, string | undefined][] = [
    [ui['profile.remark'], p.remark ? l(locale, p.remark) : ui['profile.noRemark']],
    [ui['profile.accountId'], card?.accountId],
    [ui['profile.region'], card?.region],
    [ui['profile.addedVia'], card?.addedVia],
    [ui['profile.mutualFriends'], String(p.mutualFriends)],
    [ui['profile.sharedGroups'], card?.sharedGroups.join(locale === 'en' ? ', ' : '、') || ui['profile.none']],
    [ui['profile.accountAge'], card?.accountAge],
    [ui['profile.moments'], card?.moments],
  ];
  return (
    <div class="profile">
      <p class="profile-name"><img class="avatar" src={avatars + p.avatar} alt="" width={56} height={56} /> {l(locale, p.name)}</p>
      <dl>{rows.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
    </div>
  );
}

interface PanelProps {
  /** The engine's open panel, or null for a profile card opened from the chat header (nothing credited). */
  panel: PanelView | null;
  /** The node whose tool opened the panel (tool results are keyed "node:tool"). */
  node: string;
  /** The header's card: whose profile to show when `panel` is null. */
  card: Participant | null;
  texts: PanelTexts | null;
  locale: Locale;
  ui: Ui;
  avatars: string;
  /** The button text of the tool that opened the panel (its heading). */
  toolLabel: string;
  dispatch(action: Action): void;
  /** Close the header's card. */
  onCloseCard(): void;
}

/** Moves focus to the panel's heading when it opens, so keyboard and screen-reader users land in it. */
function useFocusOnOpen() {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  return ref;
}

function ToolPanel({ title, children, onClose, ui }: { title: string; children: ComponentChildren; onClose(): void; ui: Ui }) {
  const heading = useFocusOnOpen();
  return (
    <section class="panel" aria-labelledby="vf-panel-title">
      <h2 id="vf-panel-title" tabIndex={-1} ref={heading}>{title}</h2>
      {children}
      <p class="panel-actions"><button type="button" class="btn" data-action="close" onClick={onClose}>{ui['panel.close']}</button></p>
    </section>
  );
}

export function Panel({ panel, node, card, texts, locale, ui: chatUi, avatars, toolLabel, dispatch, onCloseCard }: PanelProps) {
  const ui = { ...chatUi, ...texts?.ui };
  if (!texts) return <ToolPanel title={toolLabel} onClose={() => (panel ? dispatch({ type: 'close' }) : onCloseCard())} ui={ui}><p class="notice">{ui.loadFailed}</p></ToolPanel>;
  if (!panel) {
    return card && (
      <ToolPanel title={ui['profile.title']!} onClose={onCloseCard} ui={ui}>
        <ProfileCard p={card} texts={texts} locale={locale} ui={ui} avatars={avatars} />
      </ToolPanel>
    );
  }
  if (panel.type === 'transfer') return <TransferScreen panel={panel} locale={locale} ui={ui} dispatch={dispatch} />;
  const { tool, participant } = panel;
  const isCard = tool.type === 'profile-card';
  const result = texts.results[`${node}:${tool.type}`];
  return (
    <ToolPanel title={isCard ? ui['profile.title']! : toolLabel} onClose={() => dispatch({ type: 'close' })} ui={ui}>
      {isCard && participant && <ProfileCard p={participant} texts={texts} locale={locale} ui={ui} avatars={avatars} />}
      {result && <p class="result">{result}</p>}
    </ToolPanel>
  );
}

function TransferScreen({ panel, locale, ui, dispatch }: { panel: Extract<PanelView, { type: 'transfer' }>; locale: Locale; ui: Ui; dispatch(a: Action): void }) {
  const heading = useFocusOnOpen();
  const [name, setName] = useState('');
  const [delayed, setDelayed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const continueButton = useRef<HTMLButtonElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) { mounted.current = true; return; }
    (confirming ? confirmHeading.current : continueButton.current)?.focus();
  }, [confirming]);

  const t = panel.transfer;
  const masked = l(locale, panel.maskedName);
  const amount = yuan(ui, locale, t.amount);
  return (
    <section class="panel transfer" aria-labelledby="vf-panel-title">
      <h2 id="vf-panel-title" tabIndex={-1} ref={heading}>{ui['transfer.title']}</h2>
      <dl class="transfer-facts">
        <div><dt>{ui['transfer.payee']}</dt><dd class="masked">{masked}</dd></div>
        <div><dt>{ui['transfer.amount']}</dt><dd class="amount">{amount}</dd></div>
        {t.note && <div><dt>{ui['transfer.note']}</dt><dd>{l(locale, t.note)}</dd></div>}
      </dl>
      {!confirming ? (
        <>
          <form class="verify" onSubmit={(e) => { e.preventDefault(); if (name.trim()) dispatch({ type: 'verify-name', name }); }}>
            <label for="vf-verify-name">{ui['transfer.verifyLabel']}</label>
            <span class="verify-row">
              <input id="vf-verify-name" type="text" autocomplete="off" maxLength={40} value={name}
                onInput={(e) => setName((e.target as HTMLInputElement).value)} />
              <button type="submit" class="btn secondary">{ui['transfer.verifyButton']}</button>
            </span>
          </form>
          <p role="status" class={`check ${panel.check ?? ''}`}>
            {panel.check === 'match' ? ui['transfer.match'] : panel.check === 'mismatch' ? ui['transfer.mismatch'] : ''}
          </p>
          {t.delayed && (
            <p class="delayed">
              <input id="vf-delayed" type="checkbox" checked={delayed} onChange={(e) => setDelayed((e.target as HTMLInputElement).checked)} />
              <label for="vf-delayed">{ui['transfer.delayed']}</label>
            </p>
          )}
          <p class="panel-actions">
            <button type="button" class="btn" ref={continueButton} data-action="continue" onClick={() => setConfirming(true)}>{ui['transfer.continue']}</button>
            <button type="button" class="btn secondary" data-action="cancel" onClick={() => dispatch({ type: 'cancel-transfer' })}>{ui['transfer.cancel']}</button>
          </p>
        </>
      ) : (
        <div class="confirm">
          <h3 tabIndex={-1} ref={confirmHeading}>{ui['transfer.confirmTitle']}</h3>
          <p>{fmt(ui['transfer.confirmText'], { amount, name: masked })}</p>
          <p>{delayed && t.delayed ? ui['transfer.confirmDelayed'] : ui['transfer.confirmInstant']}</p>
          <p class="panel-actions">
            <button type="button" class="btn danger" data-action="pay" onClick={() => dispatch({ type: 'confirm-transfer', delayed: delayed && t.delayed })}>{ui['transfer.pay']}</button>
            <button type="button" class="btn secondary" data-action="back" onClick={() => setConfirming(false)}>{ui['transfer.back']}</button>
          </p>
        </div>
      )}
    </section>
  );
}
