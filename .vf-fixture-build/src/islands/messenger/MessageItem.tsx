// One message in the transcript: a bubble (or a centred notice), its special card, and its "Flag" button.
import type { Locale } from '../../i18n/locales';
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
  onFlag(id: string, flag: boolean): void;
}

const l = (locale: Locale, x: { en: string; 'zh-cn': string }) => x[locale];

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
          <p>{fmt(ui.qrPayee, { name: l(locale, m.payee) })}</p>
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

export function MessageItem({ item, sender, locale, ui, avatars, showSender, played, onPlay, onFlag }: Props) {
  const m = item.message;
  const domId = messageDomId(item.id);
  const bodyId = `${domId}-b`;
  const name = item.own ? ui.you : sender ? l(locale, sender.remark ?? sender.name) : '';
  const centred = m.type === 'system' || m.type === 'call';
  return (
    <li id={domId} tabIndex={-1} class={`msg ${item.own ? 'own' : 'other'} ${centred ? 'centred' : 'bubbled'} type-${m.type}${item.flagged ? ' is-flagged' : ''}`}>
      {!centred && !item.own && sender && <img class="avatar" src={avatars + sender.avatar} alt="" width={40} height={40} />}
      <div class="msg-main">
        {!centred && <p class={showSender && !item.own ? 'sender' : 'visually-hidden'}>{name}</p>}
        <div class="bubble" id={bodyId}>
          <Body m={m} locale={locale} ui={ui} played={played} onPlay={() => onPlay(item.id)} bodyId={bodyId} />
        </div>
        {(item.flaggable || item.flagged) && (
          <p class="flag-row">
            {item.flagged && <span class="flag-badge">⚑ {ui.flagged}</span>}
            {item.flaggable && <button type="button" class="flag" data-flag={item.id} aria-pressed={item.flagged} aria-describedby={bodyId} onClick={() => onFlag(item.id, !item.flagged)}>
              <span aria-hidden="true">{item.flagged ? '⚑ ' : '⚐ '}</span>{ui.flag}
            </button>}
          </p>
        )}
      </div>
    </li>
  );
}
