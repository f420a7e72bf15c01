// Workshop page root: the builder for instructors, or — when the URL carries ?plan= — the learner's plan view.
// Each is loaded on demand, so learners never download the builder (or its QR encoder).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CatalogueModule, Strings } from './WorkshopText';
import { translator } from './WorkshopText';

export interface WorkshopProps {
  catalogue: CatalogueModule[];
  strings: Strings;
  /** Base-aware path of this page, e.g. "/course/en/workshop/". */
  workshopPath: string;
  /** Base-aware path of the course home in this locale. */
  homePath: string;
}

export default function Workshop(props: WorkshopProps) {
  const [View, setView] = useState<ComponentType<WorkshopProps> | null>(null);
  useEffect(() => {
    const hasPlan = new URLSearchParams(window.location.search).has('plan');
    const load = hasPlan ? import('./PlanView') : import('./WorkshopBuilder');
    void load.then((m) => setView(() => m.default));
  }, []);
  if (!View) return <p class="muted" role="status">{translator(props.strings)('workshop.loading')}</p>;
  return <View {...props} />;
}
