// The scenario page's island: fetches the scenario in the page's language and the saved run, then runs the chat (messenger/Chat.tsx).
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { start, type Scenario } from '../engine/scenario';
import { loadRun, type LoadedRun } from '../stores/scenario-run';
import { Chat } from './messenger/Chat';
import type { Links, Ui } from './messenger/format';

export interface MessengerProps {
  scenarioId: string;
  locale: Locale;
  ui: Ui;
  links: Links;
}

export default function Messenger(props: MessengerProps) {
  const [ready, setReady] = useState<{ scenario: Scenario; run: LoadedRun; present: boolean } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Presenter mode plays from the start and saves nothing. The JSON comes from our own build of validated
    // content; a failed fetch (offline, moved) gets a message instead of a broken chat.
    const present = new URLSearchParams(location.search).has('present');
    fetch(props.links.data)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then(async (scenario: Scenario) => {
        const run = present ? { state: start(scenario), notice: null } : await loadRun(scenario, props.scenarioId);
        setReady({ scenario, run, present });
      })
      .catch(() => setFailed(true));
  }, []);
  if (failed) return <p class="notice" role="alert">{props.ui.loadFailed}</p>;
  if (!ready) return <p class="muted" role="status">{props.ui.loading}</p>;
  return <Chat {...props} {...ready} />;
}
