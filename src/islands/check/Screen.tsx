// One check item's screen, drawn in the messenger's visual language (chat bubbles, profile card, transfer screen, pitch card).
// Own markup and classes (src/styles/check.css) so the chat's restyling and bundle stay separate.
import type { LocalScreen } from '../../lib/check-types';

type T = (key: string, params?: Record<string, string | number>) => string;

const initial = (name: string) => Array.from(name.trim())[0] ?? '?';

export function Screen({ screen, t, lang }: { screen: LocalScreen; t: T; lang: string }) {
  switch (screen.kind) {
    case 'chat':
      return (
        <div class="ck-phone">
          <p class="ck-head">{screen.title}</p>
          <ol class="ck-lines">
            {screen.lines.map((line, i) => (
              <li key={i} class={`ck-line ck-${line.from}`}>
                {line.from === 'them' && <span class="ck-avatar" aria-hidden="true">{initial(line.name ?? screen.title)}</span>}
                <span class="ck-main">
                  {line.from === 'them' && screen.group && line.name && <span class="ck-sender">{line.name}</span>}
                  <span class="ck-bubble">
                    {line.from !== 'system' && <span class="visually-hidden">{line.from === 'me' ? t('check.screen.me') : t('check.screen.says', { name: line.name ?? screen.title })} </span>}
                    {line.text}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'profile':
      return (
        <div class="ck-phone ck-card">
          <p class="ck-kind">{t('check.screen.request')}</p>
          <p class="ck-person"><span class="ck-avatar" aria-hidden="true">{initial(screen.name)}</span> <strong>{screen.name}</strong></p>
          <dl class="ck-fields">
            <div><dt>{t('check.screen.accountId')}</dt><dd>{screen.accountId}</dd></div>
            <div><dt>{t('check.screen.region')}</dt><dd>{screen.region}</dd></div>
            <div><dt>{t('check.screen.moments')}</dt><dd>{screen.moments}</dd></div>
          </dl>
          <p class="ck-kind">{t('check.screen.requestText')}</p>
          <p class="ck-bubble ck-typed">{screen.request}</p>
        </div>
      );
    case 'transfer':
      return (
        <div class="ck-phone ck-card">
          <p class="ck-kind">{t('check.screen.transfer')}</p>
          <p class="ck-person"><span class="ck-avatar" aria-hidden="true">{initial(screen.to)}</span> <strong>{screen.to}</strong> <span>({screen.realName})</span></p>
          <p class="ck-amount">¥{screen.amount.toLocaleString(lang)}</p>
          {screen.note && <p>{t('check.screen.note', { note: screen.note })}</p>}
          {screen.arrival && <p>{screen.arrival}</p>}
          {screen.notice && <p class="ck-notice">{screen.notice}</p>}
        </div>
      );
    case 'pitch':
      return (
        <div class="ck-phone ck-card ck-pitch">
          <p class="ck-kind">{screen.from}</p>
          <p class="ck-title">{screen.title}</p>
          <ul>{screen.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </div>
      );
  }
}
