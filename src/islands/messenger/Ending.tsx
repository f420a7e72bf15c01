// The ending screen (loaded when a run ends): first the outcome, one sentence of why and the single best move;
// when money was lost, what to do now with tap-to-call numbers; the full debrief (red flags shown on this
// path, acts this path offered, score) folded behind "See the full debrief".
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { outcomeLabel, pick as l } from '../../i18n/format';
import { result as resultOf, type Result, type RunState, type VisibleMessage } from '../../engine/scenario';
import { earnedTactics } from '../../engine/tactics';
import { $storageNotice, recordScenario, type StorageNotice } from '../../stores/progress';
import { runReport } from '../../engine/run-report';
import { recordTactics } from '../../stores/tactics';
import type { Scenario } from '../../schemas/scenario';
import { fmt, messageDomId, spoken, type DebriefTexts, type Ui } from './format';

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
  /** Presenter mode: `result` counts the red flags the room spotted, ticked in `room` (the checklist). */
  present?: boolean;
  room?: ComponentChildren;
}

const MAX_EXCERPT = 70;

export { resultOf };

/** Save a finished run: the progress store and the tactic badges it earned. */
export function record(scenarioId: string, scenario: Scenario, r: Result, state: RunState): void {
  recordScenario(scenarioId, runReport(r, state));
  recordTactics(scenarioId, earnedTactics(scenario, r));
}

/** The first sentence of a debrief (Chinese or English punctuation). */
function firstSentence(text: string): string {
  const m = /^.*?[。！？!?]|^.*?\.(\s|$)/su.exec(text.trim());
  return (m ? m[0] : text).trim();
}

export function Ending({ scenario, result, texts, messages, locale, ui: chatUi, readNext, focus, onTryAgain, present = false, room }: Props) {
  const ui = { ...chatUi, ...texts.ui };
  const heading = useRef<HTMLHeadingElement>(null);
  // Saving the run can find storage blocked, full or unreadable: the same notice as on every other page. It stays
  // up once shown (the store clears "corrupt" as soon as the run is saved over what was set aside).
  const [notice, setNotice] = useState<StorageNotice>(null);
  useEffect(() => $storageNotice.subscribe((n) => { if (n) setNotice(n); }), []);
  useLayoutEffect(() => { // focus on the heading in the task that shows the ending (see Panel's useFocusOnOpen)
    if (!focus) return;
    heading.current?.focus({ preventScroll: true });
    // Bring the ending to the top of the chat's own scroll area (not the page's).
    const ending = heading.current?.closest('.ending');
    const box = ending?.closest('.chat-scroll');
    if (ending && box) box.scrollTop += ending.getBoundingClientRect().top - box.getBoundingClientRect().top;
  }, []);
  const { ending } = result;
  const lesson = (kind: 'redFlags' | 'protectiveActs', id: string) => texts[kind][id] ?? { label: id, explanation: '' };
  const byId = new Map(messages.map((m) => [m.id, m]));
  const where = (id: string) => {
    const m = byId.get(id);
    if (!m) return null;
    const text = spoken(m.message, locale, ui);
    return <a href={`#${messageDomId(id)}`}>{fmt(ui['result.where'], { text: text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text })}</a>;
  };
  const flags = [...result.caught.map((f) => ({ ...f, state: 'caught' as const })), ...result.missed.map((f) => ({ ...f, state: 'missed' as const }))];
  const order = new Map(scenario.redFlags.map((f, i) => [f.id, i]));
  flags.sort((a, b) => order.get(a.redFlag)! - order.get(b.redFlag)!);
  const offered = new Set([...result.actsUsed, ...result.actsMissed]);
  const used = new Set(result.actsUsed);
  const choiceText = new Map(Object.values(scenario.nodes).flatMap((n) => (n.choices ?? []).map((c) => [c.id, l(locale, c.text)] as const)));
  const outcome = outcomeLabel(locale, ending, (key, params) => fmt(ui[key], params));
  const debrief = texts.endings[ending.id] ?? '';
  const best = result.bestMove ? lesson('protectiveActs', result.bestMove).label : null;
  const bestText = best ? fmt(used.has(result.bestMove!) ? ui['result.bestDone'] : ui['result.bestNext'], { act: best }) : null;
  const lost = ending.outcome === 'lost' || ending.outcome === 'partly-recovered';

  return (
    <section class={`ending outcome-${ending.outcome}`} aria-labelledby="vf-ending-title" data-ending={ending.id}>
      <h2 id="vf-ending-title" tabIndex={-1} ref={heading}>{outcome}</h2>
      <p class="ending-title">{l(locale, ending.title)}</p>
      <p class="why">{firstSentence(debrief)}</p>
      {bestText && <p class="best-move" data-best-move={result.bestMove}><strong>{bestText}</strong></p>}
      {room}

      {lost && texts.help.length > 0 && (
        <div class="what-now" data-what-now>
          <h3>{ui['result.whatNow']}</h3>
          <ul>
            {texts.help.map((h) => (
              <li key={h.tel}><a class="tel" href={`tel:${h.tel}`}>{h.tel}</a> {h.label}</li>
            ))}
          </ul>
        </div>
      )}

      {notice && <p class="notice" role="status" data-vf-storage-notice>{ui[`storage.${notice}`]}</p>}

      <p class="score-line">{fmt(ui['result.score'], { score: result.score })}</p>

      <details class="full-debrief">
        <summary data-action="full-debrief">{ui['result.fullDebrief']}</summary>
        <p>{debrief}</p>

        <h3>{ui['result.redFlags']}</h3>
        {flags.length === 0 ? <p>{scenario.redFlags.length === 0 ? ui['result.noRedFlags'] : ui['result.noneShown']}</p> : (
          <ul class="verdicts" data-list="red-flags">
            {flags.map((f) => (
              <li key={f.redFlag} class={f.state} data-red-flag={f.redFlag} data-state={f.state}>
                <p><strong>{lesson('redFlags', f.redFlag).label}</strong> — <span class="verdict">{f.state === 'caught' ? `✓ ${ui[present ? 'result.room.spotted' : 'result.caught']}` : ui[present ? 'result.room.notSpotted' : 'result.missed']}</span></p>
                <p class="where">{where(f.message)}</p>
                <p class="explain">{lesson('redFlags', f.redFlag).explanation}</p>
              </li>
            ))}
          </ul>
        )}
        {result.falseAlarms.length > 0 && (
          <>
            <h3>{ui['result.falseAlarms']}</h3>
            <ul>{result.falseAlarms.map((id) => <li key={id}>{where(id)}</li>)}</ul>
          </>
        )}

        {offered.size > 0 && (
          <>
            <h3>{ui['result.acts']}</h3>
            <ul class="verdicts" data-list="acts">
              {scenario.protectiveActs.filter((a) => offered.has(a.id)).map((a) => (
                <li key={a.id} class={used.has(a.id) ? 'caught' : 'open'} data-act={a.id} data-state={used.has(a.id) ? 'used' : 'possible'}>
                  <p><strong>{lesson('protectiveActs', a.id).label}</strong> — <span class="verdict">{used.has(a.id) ? `✓ ${ui['result.used']}` : ui['result.notUsed']}</span></p>
                  <p class="explain">{lesson('protectiveActs', a.id).explanation}</p>
                </li>
              ))}
            </ul>
          </>
        )}
        {result.riskyChoices.length > 0 && (
          <>
            <h3>{ui['result.risky']}</h3>
            <ul>{result.riskyChoices.map((id) => <li key={id}>{choiceText.get(id) ?? id}</li>)}</ul>
          </>
        )}

        <p class="score-parts">{fmt(ui['result.parts'], result.parts)}</p>
        <details class="how-scored">
          <summary>{ui['result.howScored']}</summary>
          <p>{ui['result.scoring']}</p>
        </details>
      </details>

      <p class="ending-actions">
        <button type="button" class="btn" data-action="try-again" onClick={onTryAgain}>{ui.tryAgain}</button>
        <a class="btn secondary" href={readNext}>{ui.readNext}</a>
      </p>
    </section>
  );
}
