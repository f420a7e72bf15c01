// The progress page's tactic badges: every named tactic the learner has spotted (flagged) in a simulated chat.
import { useEffect, useState } from 'preact/hooks';
import type { TacticBadges as Badges } from '../engine/tactics';
import { loadTactics } from '../stores/tactics';
import { fill } from '../i18n/format';

interface Props {
  /** Tactic id → its name, in declaration order. */
  tactics: { id: string; label: string }[];
  strings: { heading: string; none: string; spottedIn: string };
}

export default function TacticBadges({ tactics, strings }: Props) {
  const [badges, setBadges] = useState<Badges | null>(null);
  useEffect(() => { setBadges(loadTactics()); }, []);
  const earned = badges ? tactics.filter((t) => (badges as Record<string, string[] | undefined>)[t.id]?.length) : [];
  return (
    <section class="tactic-badges" aria-labelledby="vf-tactics-title" data-tactics>
      <h2 id="vf-tactics-title">{strings.heading}</h2>
      {badges && earned.length === 0 && <p class="muted">{strings.none}</p>}
      {earned.length > 0 && (
        <ul class="badge-list">
          {earned.map((t) => (
            <li key={t.id} data-tactic={t.id}><span class="badge-name">{t.label}</span>{' '}
              <span class="muted">{fill(strings.spottedIn, { n: (badges as Record<string, string[]>)[t.id]!.length })}</span></li>
          ))}
        </ul>
      )}
    </section>
  );
}
