// The run sheet's data, read from what the guide and its quiz already say: the timing table and the answer key.
// Pure: no Astro, no DOM (tests/unit/run-sheet.test.ts).
import type { Quiz } from '../../schemas/quiz';

import type { Lang } from './branch-map';

export interface TimingRow {
  /** As the table writes it, e.g. "8–20". */
  minutes: string;
  /** The activity, as plain text. */
  activity: string;
}

/** Markdown and MDX inline markup as plain text: emphasis, code, links and <Term>-style tags dropped. */
export function plainText(markdown: string): string {
  // Escaped characters ("\*林") are literal: park them in the private-use area while the markup goes.
  const park = (c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
  return markdown
    .replace(/\\([*_`[\]\\])/g, (_, c: string) => park(c))
    .replace(/<[A-Za-z][^>]*>|<\/[A-Za-z]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\*([^*\s][^*]*?)\*/g, '$1')
    .replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first table under the guide's timing heading (`## … {#timing}`): its first two columns, header and
 * separator rows left out. [] when the guide has no such table.
 */
export function timingRows(body: string): TimingRow[] {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^##\s.*\{#timing\}\s*$/.test(line));
  if (start < 0) return [];
  const rows: TimingRow[] = [];
  for (let i = start + 1; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (/^##\s/.test(line)) break;
    if (!line.startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    const cells = line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    rows.push({ minutes: plainText(cells[0] ?? ''), activity: plainText(cells[1] ?? '') });
  }
  return rows.slice(1);
}

/** The session's length: the end of the last row's range ("41–45" → 45), or null. */
export function sessionMinutes(rows: TimingRow[]): number | null {
  const last = rows[rows.length - 1]?.minutes.match(/(\d+)\s*$/);
  return last ? Number(last[1]) : null;
}

/** UI words for the answer key summary, already in the page's language. */
export interface KeyWords {
  true: string;
  false: string;
  verdict: Record<'scam' | 'genuine' | 'verify', string>;
  /** "messages {list}" style; `{list}` is replaced by the numbers. */
  flagged: string;
  allGenuine: string;
  listSep: string;
  /** Between message numbers, e.g. ", " or "、". */
  numSep: string;
  /** Between the right options of a select-all question, e.g. "; ". */
  and: string;
  /** Between ordered steps, e.g. " → ". */
  then: string;
}

export interface KeyLine {
  /** 1-based, as the full answer key numbers it. */
  n: number;
  /** What the question is about: the case's title, the statement, or the prompt. */
  cue: string;
  /** The right answer, short. */
  answer: string;
}

/** One line per question: the cue and its right answer, in the authored order. */
export function answerSummary(quiz: Quiz, lang: Lang, words: KeyWords): KeyLine[] {
  return quiz.questions.map((q, i): KeyLine => {
    const n = i + 1;
    const prompt = q.prompt[lang];
    switch (q.type) {
      case 'single':
      case 'multi':
        return { n, cue: prompt, answer: q.options.filter((o) => o.correct).map((o) => o.text[lang]).join(words.and) };
      case 'true-false':
        return { n, cue: prompt, answer: q.answer ? words.true : words.false };
      case 'judgement':
        return { n, cue: q.case.title?.[lang] ?? prompt, answer: words.verdict[q.answer] };
      case 'spot': {
        const flagged = q.transcript.flatMap((m, j) => (m.redFlag ? [String(j + 1)] : []));
        return { n, cue: prompt, answer: flagged.length ? words.flagged.replace('{list}', flagged.join(words.numSep)) : words.allGenuine };
      }
      case 'order':
        return { n, cue: prompt, answer: q.steps.map((s) => s.text[lang]).join(words.then) };
    }
  });
}
