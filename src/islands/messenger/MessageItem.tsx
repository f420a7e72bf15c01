// One message in the transcript: a bubble (or a centred notice) and its special card. Someone else's message
// opens a menu (flag as suspicious) on right-click, long-press or, when focused, Enter / the Menu key.
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales';
import { pick as l } from '../../i18n/format';
import type { VisibleMessage } from '../../engine/scenario';
import type { Message, Participant } from '../../schemas/scenario';
import { callText, fmt, messageDomId, yuan, type Ui } from './format';

interface Props {
  item: VisibleMessage;
  /** Who sent it (null: the learner). */
  sender: Participant | null;
  locale: Locale;
  ui: Ui;
  avatars: string;
  /** The sender's name is shown (group chats); otherwise it is for screen readers only. */
  showSender: boolean;
  /** A voice message's transcript is open. */
  played: boolean;
  onPlay(id: string): void;
  /** In the roving tab order (one message of the transcript is). */
  tabbable: boolean;
  /** Open this message's menu (flag / unflag). */
  onMenu(id: string): void;
  /** Arrow keys: move focus to the previous / next message with a menu. */
  onMove(id: string, step: -1 | 1 | 'first' | 'last'): void;
  /** The message's menu, when open. */
  menu: ComponentChildren;
}

function Body({ m, locale, ui, played, onPlay, bodyId }: { m: Message; locale: Locale; ui: Ui; played: boolean; onPlay(): void; bodyId: string }) {
  switch (m.type) {
    case 'text':
      return <p class="text">{l(locale, m.text)}</p>;
    case 'image':
      return (
        <div class="card image">
          <p class="card-kind"><span aria-hidden="true">▨ </span>{ui.image}</p>
          <p>{l(locale, m.alt)}</p>
          {m.caption && <p class="caption">{l(locale, m.caption)}</p>}
        </div>
      );
    case 'voice':
      return (
        <div class="card voice">
          <button type="button" class="play" aria-expanded={played} aria-controls={`${bodyId}-t`} onClick={onPlay}>
            <span aria-hidden="true">▶ </span>{ui.play} · {fmt(ui.voice, { n: m.seconds })}
          </button>
          <p id={`${bodyId}-t`} class="voice-text" hidden={!played}>
            <span class="card-kind">{ui.transcript}: </span>{l(locale, m.transcript)}
          </p>
        </div>
      );
    case 'transfer':
    case 'red-packet':
      return (
        <div class={`card money ${m.type}`}>
          <p class="card-kind"><span aria-hidden="true">{m.type === 'transfer' ? '⇄ ' : '✉ '}</span>{m.type === 'transfer' ? ui.transferCard : ui.redPacket}</p>
          <p class="amount">{yuan(ui, locale, m.amount)}</p>
          {m.note && <p>{l(locale, m.note)}</p>}
        </div>
      );
    case 'payment-qr':
      return (
        <div class="card qr">
          <p class="card-kind"><span aria-hidden="true">▦ </span>{ui.paymentQr}</p>
          <span class="qr-art" aria-hidden="true"></span>
          {m.amount !== undefined && <p class="amount">{yuan(ui, locale, m.amount)}</p>}
        </div>
      );
    case 'document':
      return (
        <div class="card document">
          <p class="card-kind"><span aria-hidden="true">▤ </span>{ui.document}</p>
          <p class="doc-title">{l(locale, m.title)}</p>
          <ul>{m.lines.map((line, i) => <li key={i}>{l(locale, line)}</li>)}</ul>
        </div>
      );
    case 'system':
      return <p class="text"><span class="visually-hidden">{ui.notice}: </span>{l(locale, m.text)}</p>;
    case 'call':
      return <p class="text"><span aria-hidden="true">☎ </span>{callText(ui, m)}</p>;
  }
}

export function MessageItem({ item, sender, locale, ui, avatars, showSender, played, onPlay, tabbable, onMenu, onMove, menu }: Props) {
  const m = item.message;
  const domId = messageDomId(item.id);
  const bodyId = `${domId}-b`;
  const name = item.own ? ui.you : sender ? l(locale, sender.remark ?? sender.name) : '';
  const centred = m.type === 'system' || m.type === 'call';
  const hasMenu = item.flaggable || item.flagged;
  let press: ReturnType<typeof setTimeout> | undefined;
  const events = hasMenu ? {
    tabIndex: tabbable ? 0 : -1,
    'aria-describedby': 'vf-msg-hint',
    onContextMenu: (e: MouseEvent) => { e.preventDefault(); onMenu(item.id); },
    onPointerDown: (e: PointerEvent) => { if (e.pointerType !== 'mouse') press = setTimeout(() => onMenu(item.id), 550); },
    onPointerUp: () => clearTimeout(press),
    onPointerLeave: () => clearTimeout(press),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.target !== e.currentTarget) return;
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) { e.preventDefault(); onMenu(item.id); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); onMove(item.id, -1); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); onMove(item.id, 1); }
      else if (e.key === 'Home') { e.preventDefault(); onMove(item.id, 'first'); }
      else if (e.key === 'End') { e.preventDefault(); onMove(item.id, 'last'); }
    },
  } : { tabIndex: -1 };
  return (
    <li id={domId} data-msg={item.id} data-menu={hasMenu ? '' : undefined}
      class={`msg ${item.own ? 'own' : 'other'} ${centred ? 'centred' : 'bubbled'} type-${m.type}${item.flagged ? ' is-flagged' : ''}`} {...events}>
      {!centred && !item.own && sender && <img class="avatar" src={avatars + sender.avatar} alt="" width={40} height={40} />}
      <div class="msg-main">
        {!centred && <p class={showSender && !item.own ? 'sender' : 'visually-hidden'}>{name}</p>}
        <div class="bubble" id={bodyId}>
          <Body m={m} locale={locale} ui={ui} played={played} onPlay={() => onPlay(item.id)} bodyId={bodyId} />
        </div>
        {item.flagged && <p class="flag-badge"><span aria-hidden="true">⚑ </span>{ui.flagged}</p>}
        {menu}
      </div>
    </li>
  );
}
