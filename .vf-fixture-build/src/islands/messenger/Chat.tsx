// The simulated chat: renders the scenario engine's view, paces messages, dispatches the learner's actions, saves and records the run.
// The panel and the ending screen load on first use, so the page starts with less JavaScript.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { act, result as resultOf, start, view, type Action, type RunState, type Scenario } from '../../engine/scenario';
import type { Participant, Tool, ToolType } from '../../schemas/scenario';
import { clearRun, saveRun, type LoadedRun, type RunNotice } from '../../stores/scenario-run';
import { recordScenario } from '../../stores/progress';
import { MessageItem } from './MessageItem';
import { fmt, getJson, type DebriefTexts, type Links, type PanelTexts, type Ui } from './format';

interface Props {
  scenarioId: string;
  /** The scenario in the page's language (scenarioForLocale: the other language is empty). */
  scenario: Scenario;
  /** The run to start from (saved or fresh) and why. */
  run: LoadedRun;
  /** Presenter mode (?present): large type, lettered choices, the instructor reveals each step, nothing saved. */
  present: boolean;
  locale: Locale;
  ui: Ui;
  links: Links;
}

/** A module imported the first time `needed` is true (null until it has arrived). */
function useLazy<T>(load: () => Promise<T>, needed: boolean): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => { if (needed && !mod) load().then((m) => setMod(() => m), () => {}); }, [needed]);
  return mod;
}
/** A panel's or the ending screen's code and texts, fetched together on first use (texts null if the fetch fails). */
const loadPanel = (url: string) => Promise.all([import('./Panel'), getJson<PanelTexts>(url)]);
const loadEnding = (url: string) => Promise.all([import('./Ending'), getJson<DebriefTexts>(url)]);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** The tool bar, in order (the schema's list; not imported, so zod stays out of the browser bundle). */
const TOOLS: readonly ToolType[] = [
  'profile-card', 'video-call', 'call-known-number', 'private-question', 'official-lookup',
  'transfer', 'report', 'block', 'warn-friends',
];
const l = (locale: Locale, x: { en: string; 'zh-cn': string }) => x[locale];

export function Chat({ scenarioId, scenario, run: initial, present, locale, ui, links }: Props) {
  const [run, setRun] = useState<RunState>(initial.state);
  const [notice, setNotice] = useState<RunNotice>(initial.notice);
  const [instant, setInstant] = useState(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
  const [played, setPlayed] = useState<ReadonlySet<string>>(new Set());
  const [card, setCard] = useState<Participant | null>(null);
  const [announce, setAnnounce] = useState('');
  const runRef = useRef(run);
  /** The learner has done something since the page opened: only then does focus follow new content. */
  const acted = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  /** Counts state changes; exposed as data-revision so tests can wait for the chat to settle. */
  const revision = useRef(0);

  const people = useMemo(() => new Map(scenario.participants.map((p) => [p.id, p])), [scenario]);
  const v = useMemo(() => view(scenario, run), [scenario, run]);
  const result = v.ended ? resultOf(scenario, run) : null;
  const panelModule = useLazy(() => loadPanel(links.panel), Boolean(v.panel || card));
  const PanelView = panelModule?.[0].Panel;
  const endingModule = useLazy(() => loadEnding(links.debrief), Boolean(result));
  const EndingView = endingModule?.[0].Ending;

  function dispatch(action: Action, byLearner = true) {
    const prev = runRef.current;
    const next = act(scenario, prev, action);
    if (next === prev) return;
    if (byLearner) acted.current = true;
    runRef.current = next;
    revision.current++;
    setRun(next);
    if (present) return;
    saveRun(scenarioId, next);
    const before = resultOf(scenario, prev);
    const after = before ? null : resultOf(scenario, next);
    if (after) {
      recordScenario(scenarioId, {
        ending: after.ending.id, outcome: after.outcome, score: after.score,
        missed: after.missed.map((m) => m.redFlag), acts: after.actsUsed,
      });
      setAnnounce(fmt(ui['ending.announce'], { title: l(locale, after.ending.title) }));
    }
  }

  // Pacing: reveal the next message after a "typing" pause, at once under reduced motion or after "Skip";
  // in presenter mode the instructor reveals each step.
  useEffect(() => {
    if (!v.pending || v.panel || present) return;
    if (instant) { dispatch({ type: 'skip' }, false); return; }
    const delay = 600 + ((v.messages.length * 211) % 600);
    const timer = setTimeout(() => dispatch({ type: 'reveal' }, false), delay);
    return () => clearTimeout(timer);
  }, [run, instant]);

  // Focus follows the story once the learner has acted: to new choices (or tools), back from a closed panel.
  const decisionKey = v.choices.length || v.tools.length ? `${v.node}:${run.log.length}:${v.panel ? 1 : 0}` : '';
  useEffect(() => {
    if (!decisionKey || !acted.current || v.panel || card) return;
    rootRef.current?.querySelector<HTMLButtonElement>('.choices button, .tools button:not(:disabled)')?.focus();
  }, [decisionKey, card]);

  const conversation = scenario.conversations.find((c) => c.id === v.conversation) ?? scenario.conversations[0]!;
  const partner = conversation.kind === 'direct' ? people.get(conversation.with) ?? null : null;
  const convName = (id: string) => {
    const c = scenario.conversations.find((x) => x.id === id);
    if (!c) return '';
    if (c.kind === 'group') return l(locale, c.title);
    const p = people.get(c.with);
    return p ? l(locale, p.remark ?? p.name) : '';
  };
  const typingName = v.typing ? (people.get(v.typing) ? l(locale, people.get(v.typing)!.name) : '') : '';

  const offered = new Map<Tool['type'], Tool>(v.tools.map((tool) => [tool.type, tool]));
  const toolLabel = (type: Tool['type']) => {
    const tool = offered.get(type);
    return tool?.label ? l(locale, tool.label) : ui[`tool.${type}`]!;
  };
  const openPanelTool = v.panel?.type === 'tool' ? v.panel.tool.type : v.panel ? 'transfer' : null;
  // Letters for the room to vote by: choices first, then the tools on offer.
  const letterOf = new Map<string, string>();
  if (present) {
    let i = 0;
    for (const c of v.choices) letterOf.set(`c:${c.id}`, LETTERS[i++] ?? '');
    for (const type of TOOLS) if (offered.has(type)) letterOf.set(`t:${type}`, LETTERS[i++] ?? '');
  }
  const letter = (key: string) => {
    const x = letterOf.get(key);
    return x ? <span class="letter" aria-hidden="true">{x}</span> : null;
  };

  function openProfile() {
    if (offered.has('profile-card')) dispatch({ type: 'tool', tool: 'profile-card' });
    else if (partner) { acted.current = true; setCard(partner); }
  }

  function tryAgain() {
    clearRun(scenarioId);
    const fresh = start(scenario);
    runRef.current = fresh;
    revision.current++;
    acted.current = true;
    setRun(fresh);
    setNotice(null);
    setPlayed(new Set());
    setCard(null);
    setAnnounce('');
    rootRef.current?.querySelector<HTMLElement>('.chat-header h2')?.focus();
  }

  let lastConversation = '';
  return (
    <div ref={rootRef} class={`messenger${present ? ' present' : ''}`} data-revision={revision.current} data-pending={String(v.pending && !v.panel)}>
      {present && (
        <p class="notice present-note">{ui['present.badge']} <a href={links.play}>{ui['present.exit']}</a></p>
      )}
      {notice && (
        <p class="notice run-notice" data-notice={notice}>
          {notice === 'resumed' ? ui.resumed : ui.corrupt}{' '}
          {notice === 'resumed' && <button type="button" class="btn secondary small" data-action="start-over" onClick={tryAgain}>{ui.startOver}</button>}
        </p>
      )}
      <section class="phone" aria-label={ui.chatLabel}>
        <header class="chat-header">
          {partner ? (
            <h2 tabIndex={-1}>
              <button type="button" class="contact" data-action="profile" onClick={openProfile}
                aria-label={fmt(ui.openProfile, { name: l(locale, partner.remark ?? partner.name) })}>
                <img class="avatar" src={links.avatars + partner.avatar} alt="" width={36} height={36} />
                <span>{l(locale, partner.remark ?? partner.name)}</span>
              </button>
            </h2>
          ) : (
            <h2 tabIndex={-1}>
              <span>{convName(conversation.id)}</span>
              {conversation.kind === 'group' && <span class="members"> ({fmt(ui.groupMembers, { n: conversation.members.length + 1 })})</span>}
            </h2>
          )}
        </header>

        <div role="log" aria-live="polite" aria-label={ui.logLabel}><ol class="transcript">
          {v.messages.map((item) => {
            const divider = lastConversation && item.conversation !== lastConversation;
            lastConversation = item.conversation;
            const c = scenario.conversations.find((x) => x.id === item.conversation);
            return [
              divider ? <li key={`d-${item.id}`} class="divider">{fmt(ui.nowIn, { name: convName(item.conversation) })}</li> : null,
              <MessageItem key={item.id} item={item} sender={people.get(item.message.from) ?? null} locale={locale} ui={ui}
                avatars={links.avatars} showSender={c?.kind === 'group'} played={played.has(item.id)}
                onPlay={(id) => setPlayed((s) => new Set(s).add(id))}
                onFlag={(id, on) => dispatch({ type: on ? 'flag' : 'unflag', message: id })} />,
            ];
          })}
        </ol></div>

        {v.typing && !v.panel && (
          <p class="typing" aria-hidden="true"><span class="dots"><span /><span /><span /></span> {fmt(ui.typing, { name: typingName })}</p>
        )}
        {v.pending && !v.panel && (
          <p class="pace">
            {present
              ? <button type="button" class="btn" data-action="reveal" onClick={() => dispatch({ type: 'reveal' })}>{ui.reveal}</button>
              : null}
            {(!instant || present) && (
              <button type="button" class="btn secondary" data-action="skip" onClick={() => { if (!present) setInstant(true); dispatch({ type: 'skip' }); }}>{ui.skip}</button>
            )}
          </p>
        )}

        {PanelView && (v.panel || card) && (
          <PanelView panel={v.panel} node={run.panel?.node ?? ''} card={card} texts={panelModule![1]} locale={locale} ui={ui}
            avatars={links.avatars} toolLabel={openPanelTool ? toolLabel(openPanelTool) : ''} dispatch={dispatch} onCloseCard={() => setCard(null)} />
        )}

        {!v.panel && !card && v.choices.length > 0 && (
          <div class="choices" role="group" aria-labelledby="vf-reply-label">
            <h2 id="vf-reply-label">{ui.yourReply}</h2>
            {v.prompt && <p class="prompt">{l(locale, v.prompt)}</p>}
            <ul class="plain">
              {v.choices.map((c) => (
                <li key={c.id}><button type="button" class="choice" data-choice={c.id} onClick={() => dispatch({ type: 'choose', choice: c.id })}>
                  {letter(`c:${c.id}`)}<span>{l(locale, c.text)}</span>
                </button></li>
              ))}
            </ul>
          </div>
        )}
        {!v.panel && !card && !v.ended && (
          <div class="tools" role="group" aria-labelledby="vf-tools-label">
            <h2 id="vf-tools-label" class="tools-label">{ui.toolsLabel}</h2>
            {v.choices.length === 0 && v.prompt && v.tools.length > 0 && <p class="prompt">{l(locale, v.prompt)}</p>}
            <ul class="plain">
              {TOOLS.map((type) => (
                <li key={type}><button type="button" class="tool" data-tool={type} disabled={!offered.has(type)}
                  onClick={() => dispatch({ type: 'tool', tool: type })}>
                  {letter(`t:${type}`)}<span>{toolLabel(type)}</span>
                </button></li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <p class="visually-hidden ending-announce" role="status">{announce}</p>
      {result && endingModule && !endingModule[1] && <p class="notice" role="alert">{ui.loadFailed}</p>}
      {result && EndingView && endingModule![1] && (
        <EndingView scenario={scenario} result={result} texts={endingModule![1]} messages={v.messages} locale={locale} ui={ui}
          readNext={links.endings[result.ending.id] ?? links.play} focus={acted.current} onTryAgain={tryAgain} />
      )}
    </div>
  );
}
