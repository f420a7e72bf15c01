// PLACEHOLDER until the simulator lands: a scenario graph (content/scenarios/<scenario>.yaml).
import { z } from 'astro/zod';
import { id, localized } from './common';

export const scenarioSchema = z.object({
  /** Module this scenario belongs to. */
  module: id,
  /** Scenario title. */
  title: localized,
  /** One-sentence summary. */
  summary: localized,
}).passthrough();
export type Scenario = z.infer<typeof scenarioSchema>;
