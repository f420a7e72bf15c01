// The ending screen (loaded when a run ends): outcome, every red flag (where it appeared, caught or missed), protective acts, score and how it is computed.
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { Result, VisibleMessage } from '../../engine/scenario';
import type { Scenario } from '../../schemas/scenario';
import type { Message } from '../../schemas/scenario';
import { callText, fmt, messageDomId, yuan, type DebriefTexts, type Ui } from './format';

interface Props {
  scenario: Scenario;
  result: Result;
  /** The debrief texts and the ending screen's UI strings. */
  texts: DebriefTexts;
  messages: VisibleMessage[];
  locale: Locale;
  ui: Ui;
  readNext: string;
  /** Move focus to the heading (the ending was reached just now, not on page load). */
  focus: boolean;
  onTryAgain(): void;
}

const l = (locale: Locale, x: { en: string; 'zh-cn': string }) => x[locale];

/** One line describing a message, for "where it appeared" in the debrief. */
function excerpt(message: Message, locale: Locale, ui: Ui, max = 70): string {
  const l = (x: { en: string; 'zh-cn': string }) => x[locale];
  let text: string;
  switch (message.type) {
    case 'text': case 'system': text = l(message.text); break;
    case 'image': text = l(message.alt); break;
    case 'voice': text = l(message.transcript); break;
    case 'document': text = l(message.title); break;
    case 'payment-qr': text = l(message.payee); break;
    case 'transfer': case 'red-packet': text = message.note ? l(message.note) : `¥${message.amount}`; break;
    default: text = callText(ui, message);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


export function Ending({ scenario, result, texts, messages, locale, ui: chatUi, readNext, focus, onTryAgain }: Props) {
  const ui = { ...chatUi, ...texts.ui };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (focus) heading.current?.focus(); }, []);
  const { ending } = result;
  const lesson = (kind: 'redFlags' | 'protectiveActs', id: string) => texts[kind][id] ?? { label: id, explanation: '' };
  const byId = new Map(messages.map((m) => [m.id, m]));
  const where = (id: string) => {
    const m = byId.get(id);
    return m ? <a href={`#${messageDomId(id)}`}>{fmt(ui['result.where'], { text: excerpt(m.message, locale, ui) })}</a> : null;
  };
  const caught = new Map(result.caught.map((c) => [c.redFlag, c.message]));
  const missed = new Map(result.missed.map((c) => [c.redFlag, c.message]));
  const used = new Set(result.actsUsed);
  const choiceText = new Map(Object.values(scenario.nodes).flatMap((n) => (n.choices ?? []).map((c) => [c.id, l(locale, c.text)] as const)));
  const outcome = ending.outcome === 'lost' && ending.amount
    ? fmt(ui['outcome.lostAmount'], { amount: yuan(ui, locale, ending.amount).replace(/^¥/, '') })
    : ui[`outcome.${ending.outcome}`];

  return (
    <section class={`ending outcome-${ending.outcome}`} aria-labelledby="vf-ending-title" data-ending={ending.id}>
      <h2 id="vf-ending-title" tabIndex={-1} ref={heading}>{fmt(ui['ending.heading'], { title: l(locale, ending.title) })}</h2>
      <p class="outcome">{outcome}</p>
      <h3>{ui['result.debrief']}</h3>
      <p>{texts.endings[ending.id]}</p>

      <h3>{ui['result.redFlags']}</h3>
      {scenario.redFlags.length === 0 ? <p>{ui['result.noRedFlags']}</p> : (
        <ul class="verdicts" data-list="red-flags">
          {scenario.redFlags.map((f) => {
            const state = caught.has(f.id) ? 'caught' : missed.has(f.id) ? 'missed' : 'unseen';
            return (
              <li key={f.id} class={state} data-red-flag={f.id} data-state={state}>
                <p><strong>{lesson('redFlags', f.id).label}</strong> — <span class="verdict">{state === 'caught' ? `✓ ${ui['result.caught']}` : state === 'missed' ? `✗ ${ui['result.missed']}` : ui['result.notShown']}</span></p>
                {state !== 'unseen' && <p class="where">{where((caught.get(f.id) ?? missed.get(f.id))!)}</p>}
                <p class="explain">{lesson('redFlags', f.id).explanation}</p>
              </li>
            );
          })}
        </ul>
      )}
      {result.falseAlarms.length > 0 && (
        <>
          <h3>{ui['result.falseAlarms']}</h3>
          <ul>{result.falseAlarms.map((id) => <li key={id}>{where(id)}</li>)}</ul>
        </>
      )}

      <h3>{ui['result.acts']}</h3>
      <ul class="verdicts" data-list="acts">
        {scenario.protectiveActs.map((a) => (
          <li key={a.id} class={used.has(a.id) ? 'caught' : 'missed'} data-act={a.id} data-state={used.has(a.id) ? 'used' : 'missed'}>
            <p><strong>{lesson('protectiveActs', a.id).label}</strong> — <span class="verdict">{used.has(a.id) ? `✓ ${ui['result.used']}` : `✗ ${ui['result.notUsed']}`}</span></p>
            <p class="explain">{lesson('protectiveActs', a.id).explanation}</p>
          </li>
        ))}
      </ul>
      {result.riskyChoices.length > 0 && (
        <>
          <h3>{ui['result.risky']}</h3>
          <ul>{result.riskyChoices.map((id) => <li key={id}>{choiceText.get(id) ?? id}</li>)}</ul>
        </>
      )}

      <h3>{fmt(ui['result.score'], { score: result.score })}</h3>
      <p class="score-parts">{fmt(ui['result.parts'], result.parts)}</p>
      <details class="how-scored">
        <summary>{ui['result.howScored']}</summary>
        <p>{ui.scoringText}</p>
      </details>

      <p class="ending-actions">
        <button type="button" class="btn" data-action="try-again" onClick={onTryAgain}>{ui.tryAgain}</button>
        <a class="btn secondary" href={readNext}>{ui.readNext}</a>
      </p>
    </section>
  );
}
