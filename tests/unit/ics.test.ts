// .ics reminders: RFC 5545 line structure, folding at 75 octets, escaping, and URLs under a base path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar, escapeText, foldLine, localDay, type CalendarEvent } from '../../src/engine/ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** Undo folding (RFC 5545 §3.1): CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'friend-impersonation-refresher-1-20261128@verify-first',
  date: { year: 2026, month: 12, day: 5 },
  summary: '先核实：冒充好友借钱 — 复习时间到了（第 1 次）',
  description: 'A short refresher, 5 minutes; try the quiz again, shuffled.',
  url: 'https://example.org/course/zh-cn/quizzes/friend-impersonation-quiz/?refresher=1',
  alarmMinutes: 9 * 60,
  ...over,
});

describe('foldLine', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:hi')).toBe('SUMMARY:hi');
  });

  it('keeps every physical line within 75 octets and never splits a character', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (value) => {
      const line = `DESCRIPTION:${value.replace(/[\r\n]/g, '')}`;
      const folded = foldLine(line);
      for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(unfold(folded)).toBe(line);
      expect(folded).not.toContain('\uFFFD');
    }));
  });

  it('folds Chinese text on character boundaries', () => {
    const folded = foldLine(`SUMMARY:${'复习'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(octets(lines[0]!)).toBeLessThanOrEqual(75);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('buildCalendar', () => {
  const now = new Date(Date.UTC(2026, 10, 28, 9, 30, 15, 123));
  const ics = buildCalendar([event(), event({ uid: 'x-2@verify-first', date: { year: 2026, month: 12, day: 31 }, alarmMinutes: undefined })], now);
  const lines = unfold(ics).split('\r\n');

  it('uses CRLF everywhere and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the required calendar and event properties', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTAMP:20261128T093015Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261205');
    expect(lines).toContain('DTEND;VALUE=DATE:20261206');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101'); // across the year end
    expect(lines).toContain('UID:friend-impersonation-refresher-1-20261128@verify-first');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('links to the refresher with the base path, in URL and description', () => {
    expect(lines).toContain('URL:https://example.org/course/zh-cn/quizzes/friend-impersonation-quiz/?refresher=1');
    const description = lines.find((l) => l.startsWith('DESCRIPTION:A short'))!;
    expect(description).toBe('DESCRIPTION:A short refresher\\, 5 minutes\\; try the quiz again\\, shuffled.\\nhttps://example.org/course/zh-cn/quizzes/friend-impersonation-quiz/?refresher=1');
  });

  it('adds a display alarm only when asked', () => {
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(1);
    expect(lines).toContain('TRIGGER;RELATED=START:PT540M');
    expect(lines).toContain('ACTION:DISPLAY');
  });

  it('nests components properly', () => {
    const stack: string[] = [];
    for (const line of lines.filter(Boolean)) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      else if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
      else expect(line).toMatch(/^[A-Z-]+(;[A-Z-]+=[^:;]+)*:/);
    }
    expect(stack).toEqual([]);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('takes the local calendar day', () => {
    const d = new Date(2026, 0, 31, 23, 0);
    expect(localDay(d.getTime())).toEqual({ year: 2026, month: 1, day: 31 });
  });
});
