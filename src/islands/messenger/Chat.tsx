// The simulated chat as a phone screen: contact header (profile, calls, "…" chat-info menu), a scrolling
// transcript with timestamps and per-message menus, and a reply bar (suggested replies, "+" panel). It renders
// the scenario engine's view, paces messages, dispatches the learner's actions, saves and records the run.
// The panel and the ending screen load on first use, so the page starts with less JavaScript.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { pick as l } from '../../i18n/format';
import { act, meter, start, view, type Action, type RunState, type Scenario, type VisibleMessage } from '../../engine/scenario';
import type { RoomKey } from '../../engine/room';
import type { Participant, Tool, ToolType } from '../../schemas/scenario';
import { clearRun, saveRun, type LoadedRun, type RunNotice } from '../../stores/scenario-run';
import { MessageItem } from './MessageItem';
import type { MenuItem } from './Menu';
import { fmt, getJson, spoken, yuan, type DebriefTexts, type Links, type PanelTexts, type Ui } from './format';

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
/** Menus (the "…" chat-info menu, message menus) load the first time one opens. */
const loadMenu = () => import('./Menu');
/** Presenter mode's keys, full-screen button and room checklist load only with ?present. */
const loadPresent = () => import('./Present');

/** Where each tool sits, as in real messengers: header call buttons, the "…" chat-info menu, a reply chip, the "+" panel. */
const HEADER: readonly ToolType[] = ['video-call', 'call-known-number'];
const CHAT_INFO: readonly ToolType[] = ['report', 'block'];
const AS_REPLY: readonly ToolType[] = ['private-question'];
/** The "+" panel: money first, then every other act on offer, so each is reachable from the reply area. */
const PLUS: readonly ToolType[] = ['transfer', 'video-call', 'call-known-number', 'profile-card', 'official-lookup', 'warn-friends', 'report', 'block'];
const HINT_KEY = 'vf:chat-hint';

/** Icons drawn here (no app's marks). */
const Icon = ({ d }: { d: string }) => (
  <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d={d} /></svg>
);
const ICON: Partial<Record<ToolType | 'more' | 'plus', string>> = {
  'video-call': 'M3 7h12v10H3zM15 10l6-3v10l-6-3',
  'call-known-number': 'M5 3h4l2 5-2.5 1.5a11 11 0 005 5L15 12l5 2v4a2 2 0 01-2 2A16 16 0 013 5a2 2 0 012-2z',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  plus: 'M12 5v14M5 12h14',
};

function seenHint(): boolean {
  try { return localStorage.getItem(HINT_KEY) === '1'; } catch { return false; }
}

export function Chat({ scenarioId, scenario, run: initial, present, locale, ui, links }: Props) {
  const [run, setRun] = useState<RunState>(initial.state);
  const [notice, setNotice] = useState<RunNotice>(initial.notice);
  const [instant, setInstant] = useState(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
  const [played, setPlayed] = useState<ReadonlySet<string>>(new Set());
  const [card, setCard] = useState<Participant | null>(null);
  /** Which popup is open: the "…" menu, the "+" panel, or a message's menu (by message id). */
  const [popup, setPopup] = useState<{ kind: 'more' | 'plus' } | { kind: 'msg'; id: string } | null>(null);
  const [activeMsg, setActiveMsg] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [hint, setHint] = useState(false);
  /** Presenter mode: the red flags the room spotted, ticked on the ending (null: as flagged during play). */
  const [spotted, setSpotted] = useState<ReadonlySet<string> | null>(null);
  const runRef = useRef(run);
  /** The learner has done something since the page opened: only then does focus follow new content. */
  const acted = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const replyRef = useRef<HTMLDivElement>(null);
  /** What to focus when a panel or popup closes. */
  const opener = useRef<HTMLElement | null>(null);
  /** Messages already announced (the transcript on load counts as read). */
  const announced = useRef<Set<string> | null>(null);
  /** Counts state changes; exposed as data-revision so tests can wait for the chat to settle. */
  const revision = useRef(0);

  const people = useMemo(() => new Map(scenario.participants.map((p) => [p.id, p])), [scenario]);
  const v = useMemo(() => view(scenario, run), [scenario, run]);
  const gauge = useMemo(() => meter(scenario, run), [scenario, run]);
  const panelModule = useLazy(() => loadPanel(links.panel), Boolean(v.panel || card));
  const PanelView = panelModule?.[0].Panel;
  // The ending's rules (result, score, badges) and screen load when the run ends, so play starts with less code.
  const endingModule = useLazy(() => loadEnding(links.debrief), v.ended);
  const EndingView = endingModule?.[0].Ending;
  const result = v.ended && endingModule ? endingModule[0].resultOf(scenario, run) : null;
  const endingTitle = v.ended ? scenario.endings.find((e) => e.id === scenario.nodes[v.node]?.ending)?.title : undefined;
  /** The run ended by the learner's last action (not on load): record it once the ending's code has arrived. */
  const justEnded = useRef(false);
  useEffect(() => {
    if (!result || !justEnded.current || !endingModule) return;
    justEnded.current = false;
    if (!present) endingModule[0].record(scenarioId, scenario, result, run);
  }, [result]);
  const MenuView = useLazy(loadMenu, popup !== null)?.Menu;
  const presentModule = useLazy(loadPresent, present);
  const roomSpotted = spotted ?? new Set(result?.caught.map((f) => f.redFlag));
  /** What the ending shows: in presenter mode, the red flags count as the room spotted them. */
  const shownResult = result && presentModule ? presentModule.roomResult(result, roomSpotted) : result;

  function dispatch(action: Action, byLearner = true) {
    const prev = runRef.current;
    const next = act(scenario, prev, action);
    if (next === prev) return;
    if (byLearner) acted.current = true;
    runRef.current = next;
    revision.current++;
    setRun(next);
    if (!view(scenario, prev).ended && view(scenario, next).ended) justEnded.current = true;
    if (present) return;
    saveRun(scenarioId, next);
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

  // New messages: keep the newest in view, announce each once (text only, no control names).
  useEffect(() => {
    const box = scrollRef.current;
    if (box && !v.ended) box.scrollTop = box.scrollHeight;
    if (!announced.current) { announced.current = new Set(v.messages.map((m) => m.id)); return; }
    const fresh = v.messages.filter((m) => !announced.current!.has(m.id));
    for (const m of fresh) announced.current.add(m.id);
    const words = fresh.map((m) => spokenLine(m)).filter(Boolean).join(' \n');
    if (endingTitle && !announcedEnd.current) {
      announcedEnd.current = true;
      setAnnounce([words, fmt(ui['ending.announce'], { title: l(locale, endingTitle) })].filter(Boolean).join(' \n'));
    } else if (words) setAnnounce(words);
  }, [v.messages.length, v.ended]);
  const announcedEnd = useRef(v.ended);

  useEffect(() => {
    if (!acted.current || v.ended) return;
    const el = document.activeElement;
    if (el === document.body || (el && !el.isConnected)) replyRef.current?.focus();
  });

  const conversation = scenario.conversations.find((c) => c.id === v.conversation) ?? scenario.conversations[0]!;
  const partner = conversation.kind === 'direct' ? people.get(conversation.with) ?? null : null;
  const nameOf = (p: Participant) => l(locale, p.remark ?? p.name);
  const convName = (id: string) => {
    const c = scenario.conversations.find((x) => x.id === id);
    if (!c) return '';
    if (c.kind === 'group') return l(locale, c.title);
    const p = people.get(c.with);
    return p ? nameOf(p) : '';
  };
  const spokenLine = (m: VisibleMessage) => {
    const who = m.own ? ui.you : people.get(m.message.from) ? nameOf(people.get(m.message.from)!) : '';
    const text = spoken(m.message, locale, ui);
    return m.message.type === 'system' || m.message.type === 'call' ? text : `${who}: ${text}`;
  };
  const typingName = v.typing && people.get(v.typing) ? nameOf(people.get(v.typing)!) : '';

  const offered = new Map<Tool['type'], Tool>(v.tools.map((tool) => [tool.type, tool]));
  const toolLabel = (type: Tool['type']) => {
    const tool = offered.get(type);
    return tool?.label ? l(locale, tool.label) : ui[`tool.${type}`]!;
  };
  const openPanelTool = v.panel?.type === 'tool' ? v.panel.tool.type : v.panel ? 'transfer' : null;
  // Letters for the room to vote by: replies first, then the tools on offer.
  const letterOf = new Map<string, string>();
  if (presentModule) {
    const letters = presentModule.ROOM_LETTERS;
    let i = 0;
    for (const c of v.choices) letterOf.set(`c:${c.id}`, letters[i++] ?? '');
    for (const type of [...AS_REPLY, ...PLUS]) if (offered.has(type)) letterOf.set(`t:${type}`, letters[i++] ?? '');
  }
  const letter = (key: string) => {
    const x = letterOf.get(key);
    return x ? <span class="letter" aria-hidden="true">{x}</span> : null;
  };

  function remember(): void {
    const el = document.activeElement;
    opener.current = el instanceof HTMLElement && el !== document.body ? el : null;
  }
  const decisionKey = v.choices.length || v.tools.length ? `${v.node}:${run.log.length}:${v.panel ? 1 : 0}` : '';
  /** The decision at which focus was last given back to an opener (so the next effect does not take it away). */
  const gaveBackFor = useRef<string | null>(null);
  /** Focus to give back once the panel or popup has gone: right after that render, before the page paints. */
  const giveBack = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useLayoutEffect(() => {
    const target = giveBack.current?.();
    if (!giveBack.current) return;
    giveBack.current = null;
    gaveBackFor.current = decisionKey;
    if (target?.isConnected && !(target as HTMLButtonElement).disabled) target.focus();
    else replyRef.current?.focus();
  });
  // Focus follows the story once the learner has acted: to the first reply when a decision opens; while
  // messages are revealed it rests on the reply area (never on <body>). A layout effect, after the give-back
  // above: focus moves in the same task as the render that opened the decision, so a key pressed on the new
  // buttons can never land before focus does (and then be taken away).
  useLayoutEffect(() => {
    if (!acted.current || v.panel || card || popup) return;
    if (gaveBackFor.current === decisionKey) return; // a panel or menu just closed: focus went back to its opener
    if (decisionKey) {
      rootRef.current?.querySelector<HTMLButtonElement>('.chips button, .plus-panel button, .reply-bar [data-action="plus"]')?.focus();
      if (!seenHint()) setHint(true);
    } else if (!v.ended && (document.activeElement === document.body || !rootRef.current?.contains(document.activeElement))) {
      replyRef.current?.focus();
    }
  }, [decisionKey, card, v.pending]);
  function refocus(): void {
    const el = opener.current;
    giveBack.current = () => el;
    opener.current = null;
  }
  function useTool(type: ToolType) {
    acted.current = true;
    dispatchHint();
    remember();
    setPopup(null);
    dispatch({ type: 'tool', tool: type });
  }
  function dispatchHint() {
    if (!hint) return;
    setHint(false);
    try { localStorage.setItem(HINT_KEY, '1'); } catch { /* private mode: the hint shows again next time */ }
  }
  function openProfile() {
    if (offered.has('profile-card')) useTool('profile-card');
    else if (partner) { acted.current = true; remember(); setPopup(null); setCard(partner); }
  }
  function closePanel() {
    if (v.panel) dispatch({ type: 'close' });
    else setCard(null);
    refocus();
  }
  function closePopup(back: boolean) {
    const kind = popup?.kind;
    const id = popup?.kind === 'msg' ? popup.id : null;
    setPopup(null);
    if (!back) return;
    if (kind === 'msg' && id) {
      setActiveMsg(id);
      giveBack.current = () => rootRef.current?.querySelector<HTMLElement>(`[data-msg="${CSS.escape(id)}"]`);
    } else refocus();
  }

  // Escape closes an open panel (popups handle their own Escape) and returns focus to what opened it. A layout
  // effect: listening from the render that opens the panel, so an Escape pressed as soon as it shows is not lost.
  useLayoutEffect(() => {
    if (!v.panel && !card && popup?.kind !== 'plus') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      if (popup?.kind === 'plus') closePopup(true);
      else closePanel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Per-message menus: one message of the transcript is in the tab order; arrows move between them.
  const withMenu = v.messages.filter((m) => m.flaggable || m.flagged);
  const tabbable = withMenu.some((m) => m.id === activeMsg) ? activeMsg : withMenu[withMenu.length - 1]?.id ?? null;
  function focusMsg(id: string) {
    setActiveMsg(id);
    rootRef.current?.querySelector<HTMLElement>(`[data-msg="${CSS.escape(id)}"]`)?.focus();
  }
  function moveMsg(id: string, step: -1 | 1 | 'first' | 'last') {
    const i = withMenu.findIndex((m) => m.id === id);
    const to = step === 'first' ? 0 : step === 'last' ? withMenu.length - 1 : Math.max(0, Math.min(withMenu.length - 1, i + step));
    const target = withMenu[to];
    if (target) focusMsg(target.id);
  }
  function msgMenu(m: VisibleMessage): MenuItem[] {
    const items: MenuItem[] = [];
    if (m.flaggable) {
      items.push(m.flagged
        ? { id: 'unflag', label: ui.unflag!, data: { action: 'unflag' }, onSelect: () => { dispatch({ type: 'unflag', message: m.id }); closePopup(true); } }
        : { id: 'flag', label: ui.flag!, data: { action: 'flag' }, onSelect: () => { dispatch({ type: 'flag', message: m.id }); closePopup(true); } });
    }
    items.push({ id: 'cancel', label: ui.menuCancel!, data: { action: 'menu-cancel' }, onSelect: () => closePopup(true) });
    return items;
  }

  function tryAgain() {
    clearRun(scenarioId);
    const fresh = start(scenario);
    runRef.current = fresh;
    revision.current++;
    acted.current = true;
    announced.current = new Set();
    announcedEnd.current = false;
    setRun(fresh);
    setNotice(null);
    setSpotted(null);
    setPlayed(new Set());
    setCard(null);
    setPopup(null);
    setAnnounce('');
    rootRef.current?.querySelector<HTMLElement>('.chat-header [tabindex="-1"]')?.focus();
  }

  const headerTools = HEADER.filter((t) => offered.has(t));
  const infoItems: MenuItem[] = [
    { id: 'remark', label: ui['info.remark']!, data: { action: 'remark' }, onSelect: () => { setPopup(null); openProfile(); } },
    ...CHAT_INFO.filter((t) => offered.has(t)).map((t) => ({ id: t, label: toolLabel(t), data: { tool: t }, onSelect: () => useTool(t) })),
  ];
  const plusTools = PLUS.filter((t) => offered.has(t));
  const replyTools = AS_REPLY.filter((t) => offered.has(t));
  const panelOpen = Boolean(v.panel || card);
  const decision = !panelOpen && !v.ended && (v.choices.length > 0 || v.tools.length > 0);

  /** A presenter's key (engine/room): true when it did something. Escape is left to the panels and menus. */
  function onRoomKey(key: RoomKey): boolean {
    if (key.do === 'reveal') {
      if (!v.pending || v.panel) return false;
      dispatch({ type: 'reveal' });
      return true;
    }
    if (key.do === 'flag') {
      const last = v.ended ? undefined : [...v.messages].reverse().find((m) => m.flaggable);
      if (!last) return false;
      dispatch({ type: last.flagged ? 'unflag' : 'flag', message: last.id });
      setAnnounce(`${last.flagged ? ui.unflag : ui.flagged}: ${spoken(last.message, locale, ui)}`);
      return true;
    }
    if (key.do !== 'choose' || !decision) return false;
    const target = [...letterOf].find(([, x]) => x === key.letter)?.[0];
    if (!target) return false;
    acted.current = true;
    if (target.startsWith('t:')) useTool(target.slice(2) as ToolType);
    else { dispatchHint(); setPopup(null); dispatch({ type: 'choose', choice: target.slice(2) }); }
    return true;
  }
  const debriefTexts = endingModule?.[1] ?? null;
  const order = new Map(scenario.redFlags.map((f, i) => [f.id, i]));
  const room = present && result && presentModule && debriefTexts ? (
    <presentModule.RoomChecklist ui={{ ...ui, ...debriefTexts.ui }} spotted={roomSpotted}
      flags={presentModule.flagsShown(result).sort((a, b) => order.get(a.redFlag)! - order.get(b.redFlag)!)
        .map((f) => ({ id: f.redFlag, label: debriefTexts.redFlags[f.redFlag]?.label ?? f.redFlag }))}
      onToggle={(id) => {
        const next = new Set(roomSpotted);
        if (!next.delete(id)) next.add(id);
        setSpotted(next);
      }} />
  ) : null;

  let lastConversation = '';
  return (
    <div ref={rootRef} class={`messenger${present ? ' present' : ''}`} data-present={presentModule ? 'ready' : undefined} data-revision={revision.current} data-pending={String(v.pending && !v.panel)}>
      {present && (
        <div class="present-bar">
          <p>{ui['present.badge']} <span class="present-keys">{ui['present.keys']}</span></p>
          {presentModule && <presentModule.PresenterKeys onKey={onRoomKey} />}
          {presentModule && <presentModule.FullScreenButton ui={ui} />}
          <a class="btn secondary small" href={links.play}>{ui['present.exit']}</a>
        </div>
      )}
      <section class="phone" aria-label={ui.chatLabel}>
        <header class="chat-header">
          {partner ? (
            <button type="button" class="contact" data-action="profile" tabIndex={0} onClick={openProfile}
              aria-label={fmt(ui.openProfile, { name: nameOf(partner) })}>
              <img class="avatar" src={links.avatars + partner.avatar} alt="" width={36} height={36} />
              <span class="contact-name">{nameOf(partner)}</span>
            </button>
          ) : (
            <p class="contact group-name" tabIndex={-1}>
              <span class="contact-name">{convName(conversation.id)}</span>
              {conversation.kind === 'group' && <span class="members"> ({fmt(ui.groupMembers, { n: conversation.members.length + 1 })})</span>}
            </p>
          )}
          <span class="header-acts">
            {!panelOpen && !v.ended && headerTools.map((t) => (
              <button key={t} type="button" class="icon-btn" data-tool={t} aria-label={toolLabel(t)} title={toolLabel(t)} onClick={() => useTool(t)}>
                <Icon d={ICON[t]!} />
              </button>
            ))}
            {!v.ended && !panelOpen && (
              <button type="button" class="icon-btn" data-action="more" aria-label={ui['info.title']} title={ui['info.title']}
                aria-haspopup="menu" aria-expanded={popup?.kind === 'more'} aria-controls="vf-more-menu"
                onClick={() => { remember(); setPopup(popup?.kind === 'more' ? null : { kind: 'more' }); }}>
                <Icon d={ICON.more!} />
              </button>
            )}
          </span>
          {popup?.kind === 'more' && MenuView && <MenuView id="vf-more-menu" label={ui['info.title']!} items={infoItems} class="more-menu" onClose={closePopup} />}
        </header>

        {!present && (gauge.atStake > 0 || gauge.checks > 0) && (
          <p class="meter" data-meter>
            {gauge.atStake > 0 && <span>{fmt(ui['meter.atStake'], { amount: yuan(ui, locale, gauge.atStake) })}</span>}
            <span>{fmt(ui['meter.checks'], { n: gauge.checks })}</span>
          </p>
        )}

        <div class="chat-scroll" ref={scrollRef}>
          {notice && (
            <p class="notice run-notice" data-notice={notice}>
              {notice === 'resumed' ? ui.resumed : ui.corrupt}{' '}
              {notice === 'resumed' && <button type="button" class="btn secondary small" data-action="start-over" onClick={tryAgain}>{ui.startOver}</button>}
            </p>
          )}
          <p id="vf-msg-hint" class="visually-hidden">{ui.messageHint}</p>
          <div role="log" aria-live="off" aria-label={ui.logLabel}><ol class="transcript">
            {v.messages.map((item) => {
              const divider = lastConversation && item.conversation !== lastConversation;
              lastConversation = item.conversation;
              const c = scenario.conversations.find((x) => x.id === item.conversation);
              const time = item.message.time;
              return [
                divider ? <li key={`d-${item.id}`} class="divider">{fmt(ui.nowIn, { name: convName(item.conversation) })}</li> : null,
                time ? <li key={`t-${item.id}`} class="time"><time>{time}</time></li> : null,
                <MessageItem key={item.id} item={item} sender={people.get(item.message.from) ?? null} locale={locale} ui={ui}
                  avatars={links.avatars} showSender={c?.kind === 'group'} played={played.has(item.id)}
                  onPlay={(id) => setPlayed((s) => new Set(s).add(id))}
                  tabbable={tabbable === item.id} onMove={moveMsg}
                  onMenu={(id) => { setActiveMsg(id); setPopup({ kind: 'msg', id }); }}
                  menu={popup?.kind === 'msg' && popup.id === item.id && MenuView
                    ? <MenuView id="vf-msg-menu" label={ui.messageMenu!} items={msgMenu(item)} class="msg-menu" onClose={closePopup} />
                    : null} />,
              ];
            })}
          </ol></div>
          {v.typing && !v.panel && !instant && (
            <p class="typing" aria-hidden="true"><span class="dots"><span /><span /><span /></span> {fmt(ui.typing, { name: typingName })}</p>
          )}
          {v.ended && endingModule && !endingModule[1] && <p class="notice" role="alert">{ui.loadFailed}</p>}
          {shownResult && EndingView && endingModule![1] && (
            <EndingView scenario={scenario} result={shownResult} texts={endingModule![1]} room={room} present={present} messages={v.messages} locale={locale} ui={ui}
              readNext={links.endings[shownResult.ending.id] ?? links.play} focus={acted.current} onTryAgain={tryAgain} />
          )}
        </div>

        {!v.ended && (
          <div class="reply-area" ref={replyRef} tabIndex={-1} role="group" aria-labelledby="vf-reply-label">
            <h2 id="vf-reply-label" class="visually-hidden">{ui.yourReply}</h2>
            {decision && hint && !present && <p class="hint" data-hint>{ui.hint}</p>}
            {decision && v.prompt && <p class="prompt">{l(locale, v.prompt)}</p>}
            {decision && (v.choices.length > 0 || replyTools.length > 0) && (
              <ul class="chips plain">
                {v.choices.map((c) => (
                  <li key={c.id}><button type="button" class="choice" data-choice={c.id} onClick={() => { dispatchHint(); dispatch({ type: 'choose', choice: c.id }); }}>
                    {letter(`c:${c.id}`)}<span>{l(locale, c.text)}</span>
                  </button></li>
                ))}
                {replyTools.map((t) => (
                  <li key={t}><button type="button" class="choice tool-chip" data-tool={t} onClick={() => useTool(t)}>
                    {letter(`t:${t}`)}<span>{toolLabel(t)}</span>
                  </button></li>
                ))}
              </ul>
            )}
            {v.pending && !v.panel && (
              <p class="pace">
                {present && <button type="button" class="btn" data-action="reveal" onClick={() => dispatch({ type: 'reveal' })}>{ui.reveal}</button>}
                {(!instant || present) && (
                  <button type="button" class="btn secondary small" data-action="skip" onClick={() => { if (!present) setInstant(true); dispatch({ type: 'skip' }); }}>{ui.skip}</button>
                )}
              </p>
            )}
            {!panelOpen && !present && (
              <div class="reply-bar">
                <span class="fake-input" aria-hidden="true">{decision ? ui.replyPlaceholder : v.typing ? fmt(ui.typing, { name: typingName }) : ui.replyWait}</span>
                <button type="button" class="icon-btn plus" data-action="plus" aria-label={ui['plus.title']} title={ui['plus.title']}
                  aria-expanded={popup?.kind === 'plus'} aria-controls="vf-plus" disabled={!decision || plusTools.length === 0}
                  onClick={() => { remember(); setPopup(popup?.kind === 'plus' ? null : { kind: 'plus' }); }}>
                  <Icon d={ICON.plus!} />
                </button>
              </div>
            )}
            {decision && (present || popup?.kind === 'plus') && (
              <div id="vf-plus" class="plus-panel" role="group" aria-label={ui['plus.title']}>
                <ul class="plain">
                  {plusTools.map((t) => (
                    <li key={t}><button type="button" class="tool" data-tool={t} onClick={() => useTool(t)}>
                      {letter(`t:${t}`)}<span>{toolLabel(t)}</span>
                    </button></li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}

        {PanelView && panelOpen && (
          <PanelView panel={v.panel} node={run.panel?.node ?? ''} card={card} texts={panelModule![1]} locale={locale} ui={ui}
            avatars={links.avatars} toolLabel={openPanelTool ? toolLabel(openPanelTool) : ''} dispatch={dispatch} onCloseCard={closePanel} onClose={closePanel} ended={v.ended} />
        )}
      </section>

      <p class="visually-hidden chat-announce" aria-live="polite" aria-atomic="true">{announce}</p>
    </div>
  );
}
