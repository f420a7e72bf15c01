// The panel over the chat (loaded on first use, with its texts): a profile card, a tool's result, or the mock
// payment screens — a transfer (masked real name; 验证姓名 only on a transfer to a phone number), a red packet
// (amount and greeting only), and the simulated payment settings where delayed arrival is set (FACTS D, L, M).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { pick as l } from '../../i18n/format';
import type { Action, PanelView } from '../../engine/scenario';
import type { Participant } from '../../schemas/scenario';
import { fmt, yuan, type PanelTexts, type Ui } from './format';

function ProfileCard({ p, texts, locale, ui, avatars }: { p: Participant; texts: PanelTexts; locale: Locale; ui: Ui; avatars: string }) {
  const card = texts.profiles[p.id];
  // What a real profile shows: remark, account id, region, source (来源), Moments. Never a mutual-friend count.
  const rows: [string | undefined, string | undefined][] = [
    [ui['profile.remark'], p.remark ? l(locale, p.remark) : ui['profile.noRemark']],
    [ui['profile.accountId'], card?.accountId],
    [ui['profile.region'], card?.region],
    [ui['profile.addedVia'], card?.addedVia],
    [ui['profile.sharedGroups'], card?.sharedGroups.join(locale === 'en' ? ', ' : '、') || ui['profile.none']],
    [ui['profile.accountAge'], card?.accountAge],
    [ui['profile.moments'], card?.moments],
  ];
  return (
    <div class="profile">
      <p class="profile-name"><img class="avatar" src={avatars + p.avatar} alt="" width={56} height={56} /> <span>{l(locale, p.name)}</span></p>
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
  /** Close whatever is open and return focus to its opener. */
  onClose(): void;
  /** The act shown in the panel ended the story: focus goes to the ending's heading, not to the panel. */
  ended?: boolean;
}

/**
 * Moves focus to the panel's heading when it opens, so keyboard and screen-reader users land in it; unless the act
 * ended the story, when the ending takes focus (whichever of the two renders first).
 */
function useFocusOnOpen(enabled = true) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (enabled) ref.current?.focus(); }, []);
  return ref;
}

function ToolPanel({ title, children, onClose, ui, focus = true }: { title: string; children: ComponentChildren; onClose(): void; ui: Ui; focus?: boolean }) {
  const heading = useFocusOnOpen(focus);
  return (
    <section class="panel" aria-labelledby="vf-panel-title">
      <h2 id="vf-panel-title" tabIndex={-1} ref={heading}>{title}</h2>
      {children}
      <p class="panel-actions"><button type="button" class="btn" data-action="close" onClick={onClose}>{ui['panel.close']}</button></p>
    </section>
  );
}

export function Panel({ panel, node, card, texts, locale, ui: chatUi, avatars, toolLabel, dispatch, onCloseCard, onClose, ended = false }: PanelProps) {
  const ui = { ...chatUi, ...texts?.ui };
  if (!texts) return <ToolPanel title={toolLabel} onClose={onClose} ui={ui}><p class="notice">{ui.loadFailed}</p></ToolPanel>;
  if (!panel) {
    return card && (
      <ToolPanel title={ui['profile.title']!} onClose={onCloseCard} ui={ui}>
        <ProfileCard p={card} texts={texts} locale={locale} ui={ui} avatars={avatars} />
      </ToolPanel>
    );
  }
  if (panel.type === 'transfer') return <PayScreen panel={panel} locale={locale} ui={ui} dispatch={dispatch} />;
  const { tool, participant } = panel;
  const isCard = tool.type === 'profile-card';
  const result = texts.results[`${node}:${tool.type}`];
  return (
    <ToolPanel title={isCard ? ui['profile.title']! : toolLabel} onClose={onClose} ui={ui} focus={!ended}>
      {isCard && participant && <ProfileCard p={participant} texts={texts} locale={locale} ui={ui} avatars={avatars} />}
      {result && <p class="result">{result}</p>}
    </ToolPanel>
  );
}

type Arrival = 'instant' | '2h' | '24h';

function PayScreen({ panel, locale, ui, dispatch }: { panel: Extract<PanelView, { type: 'transfer' }>; locale: Locale; ui: Ui; dispatch(a: Action): void }) {
  const heading = useFocusOnOpen();
  const [name, setName] = useState('');
  const [arrival, setArrival] = useState<Arrival>('instant');
  const [step, setStep] = useState<'pay' | 'settings' | 'confirm'>('pay');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const continueButton = useRef<HTMLButtonElement>(null);
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    const from = previous.current;
    previous.current = step;
    if (step !== 'pay') stepHeading.current?.focus();
    else (from === 'settings' ? settingsButton.current : continueButton.current)?.focus();
  }, [step]);

  const t = panel.transfer;
  const packet = t.kind === 'red-packet';
  const masked = l(locale, panel.maskedName);
  const amount = yuan(ui, locale, t.amount);
  const delayed = t.delayed && arrival !== 'instant';
  const arrivalText = ui[`transfer.arrival.${arrival}`];
  return (
    <section class={`panel transfer${packet ? ' red-packet' : ''}`} aria-labelledby="vf-panel-title">
      <h2 id="vf-panel-title" tabIndex={-1} ref={heading}>{packet ? ui['packet.title'] : t.kind === 'phone-number' ? ui['transfer.titlePhone'] : ui['transfer.title']}</h2>
      <dl class="transfer-facts">
        {!packet && <div><dt>{ui['transfer.payee']}</dt><dd class="masked">{masked}</dd></div>}
        <div><dt>{ui['transfer.amount']}</dt><dd class="amount">{amount}</dd></div>
        {t.note && <div><dt>{packet ? ui['packet.greeting'] : ui['transfer.note']}</dt><dd>{l(locale, t.note)}</dd></div>}
        {!packet && <div><dt>{ui['transfer.arrival']}</dt><dd data-arrival={arrival}>{arrivalText}</dd></div>}
      </dl>
      {step === 'pay' && (
        <>
          {t.kind === 'phone-number' && (
            <form class="verify" onSubmit={(e) => { e.preventDefault(); if (name.trim()) dispatch({ type: 'verify-name', name }); }}>
              <label for="vf-verify-name">{ui['transfer.verifyLabel']}</label>
              <span class="verify-row">
                <input id="vf-verify-name" type="text" autocomplete="off" maxLength={40} value={name}
                  onInput={(e) => setName((e.target as HTMLInputElement).value)} />
                <button type="submit" class="btn secondary">{ui['transfer.verifyButton']}</button>
              </span>
            </form>
          )}
          {t.kind === 'phone-number' && (
            <p role="status" class={`check ${panel.check ?? ''}`}>
              {panel.check === 'match' ? ui['transfer.match'] : panel.check === 'mismatch' ? ui['transfer.mismatch'] : ''}
            </p>
          )}
          {packet && <p class="muted packet-note">{ui['packet.noName']}</p>}
          <p class="panel-actions">
            <button type="button" class="btn" ref={continueButton} data-action="continue" onClick={() => setStep('confirm')}>{ui['transfer.continue']}</button>
            {t.delayed && <button type="button" class="btn secondary" ref={settingsButton} data-action="settings" onClick={() => setStep('settings')}>{ui['settings.open']}</button>}
            <button type="button" class="btn secondary" data-action="cancel" onClick={() => dispatch({ type: 'cancel-transfer' })}>{ui['transfer.cancel']}</button>
          </p>
        </>
      )}
      {step === 'settings' && (
        <fieldset class="pay-settings">
          <legend><h3 tabIndex={-1} ref={stepHeading}>{ui['settings.title']}</h3></legend>
          <p class="muted">{ui['settings.path']}</p>
          {(['instant', '2h', '24h'] as const).map((a) => (
            <p key={a} class="radio">
              <input type="radio" id={`vf-arrival-${a}`} name="vf-arrival" value={a} checked={arrival === a} data-arrival-option={a}
                onChange={() => setArrival(a)} />
              <label for={`vf-arrival-${a}`}>{ui[`transfer.arrival.${a}`]}</label>
            </p>
          ))}
          <p class="panel-actions"><button type="button" class="btn" data-action="settings-done" onClick={() => setStep('pay')}>{ui['settings.done']}</button></p>
        </fieldset>
      )}
      {step === 'confirm' && (
        <div class="confirm">
          <h3 tabIndex={-1} ref={stepHeading}>{ui['transfer.confirmTitle']}</h3>
          <p>{packet ? fmt(ui['packet.confirmText'], { amount }) : fmt(ui['transfer.confirmText'], { amount, name: masked })}</p>
          {!packet && <p>{delayed ? ui['transfer.confirmDelayed'] : ui['transfer.confirmInstant']}</p>}
          <p class="panel-actions">
            <button type="button" class="btn danger" data-action="pay" onClick={() => dispatch({ type: 'confirm-transfer', delayed })}>{ui['transfer.pay']}</button>
            <button type="button" class="btn secondary" data-action="back" onClick={() => setStep('pay')}>{ui['transfer.back']}</button>
          </p>
        </div>
      )}
    </section>
  );
}
