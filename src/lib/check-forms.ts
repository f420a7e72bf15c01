// The check's two forms in one language, for the check page (counts) and its forms.json (the items, fetched on start).
import type { Locale } from '../i18n';
import { pick } from '../i18n';
import type { CheckItem } from '../schemas/check';
import type { LocalForm, LocalItem, LocalScreen } from './check-types';
import { collection } from './collections';

type Text = { en: string; 'zh-cn': string };

function screenOf(locale: Locale, item: CheckItem): LocalScreen {
  const p = (x: Text) => pick(locale, x);
  const s = item.screen;
  switch (s.kind) {
    case 'chat': return { kind: 'chat', title: p(s.title), group: s.group ?? false, lines: s.lines.map((l) => ({ from: l.from, text: p(l.text), ...(l.name ? { name: p(l.name) } : {}) })) };
    case 'profile': return { kind: 'profile', name: p(s.name), accountId: s.accountId, region: p(s.region), request: p(s.request), moments: p(s.moments) };
    case 'transfer': return {
      kind: 'transfer', to: p(s.to), realName: p(s.realName), amount: s.amount,
      ...(s.note ? { note: p(s.note) } : {}), ...(s.notice ? { notice: p(s.notice) } : {}), ...(s.arrival ? { arrival: p(s.arrival) } : {}),
    };
    case 'pitch': return { kind: 'pitch', from: p(s.from), title: p(s.title), lines: s.lines.map(p) };
  }
}

/** Both forms in `locale` (a missing form has no items). */
export async function checkForms(locale: Locale): Promise<Record<'a' | 'b', LocalForm>> {
  const entries = new Map((await collection('checkForms')).map((e) => [e.id, e.data]));
  const form = (id: 'a' | 'b'): LocalForm => {
    const data = entries.get(id);
    const local = (item: CheckItem): LocalItem => ({ id: item.id, scam: item.truth === 'scam', setup: pick(locale, item.setup), screen: screenOf(locale, item), why: pick(locale, item.why) });
    return { title: data ? pick(locale, data.title) : id.toUpperCase(), items: (data?.items ?? []).map(local) };
  };
  return { a: form('a'), b: form('b') };
}
