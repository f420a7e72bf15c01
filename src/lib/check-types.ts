// Check items as the check island gets them: one language picked at build time (src/lib/check-forms.ts).
export type LocalScreen =
  | { kind: 'chat'; title: string; group: boolean; lines: { from: 'them' | 'me' | 'system'; name?: string; text: string }[] }
  | { kind: 'profile'; name: string; accountId: string; region: string; request: string; moments: string }
  | { kind: 'transfer'; to: string; realName: string; amount: number; note?: string; notice?: string; arrival?: string }
  | { kind: 'pitch'; from: string; title: string; lines: string[] };

export interface LocalItem {
  id: string;
  scam: boolean;
  setup: string;
  screen: LocalScreen;
  why: string;
}

export interface LocalForm { title: string; items: LocalItem[] }
