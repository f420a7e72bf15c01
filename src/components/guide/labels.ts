// The branch map's words in one language, from the UI string tables.
import { t, type Locale } from '../../i18n';
import { outcomes, toolTypes } from '../../schemas/scenario-vocab';
import type { MapLabels } from './branch-map';

export function mapLabels(locale: Locale): MapLabels {
  return {
    kind: {
      messages: t(locale, 'guide.map.kind.messages'),
      decision: t(locale, 'guide.map.kind.decision'),
      branch: t(locale, 'guide.map.kind.branch'),
      ending: t(locale, 'guide.map.kind.ending'),
    },
    tool: Object.fromEntries(toolTypes.map((type) => [type, t(locale, `guide.map.tool.${type}`)])) as MapLabels['tool'],
    transfer: {
      instant: t(locale, 'guide.map.transfer.instant'),
      delayed: t(locale, 'guide.map.transfer.delayed'),
      cancel: t(locale, 'guide.map.transfer.cancel'),
    },
    outcome: Object.fromEntries(outcomes.map((o) => [o, t(locale, `guide.map.outcome.${o}`)])) as MapLabels['outcome'],
    condition: {
      all: t(locale, 'guide.map.condition.all'),
      any: t(locale, 'guide.map.condition.any'),
      none: t(locale, 'guide.map.condition.none'),
    },
    otherwise: t(locale, 'guide.map.otherwise'),
    amount: t(locale, 'guide.map.amount'),
    empty: t(locale, 'guide.map.empty'),
    sep: t(locale, 'guide.sep'),
    listSep: t(locale, 'guide.listSep'),
    call: {
      voice: t(locale, 'guide.map.call.voice'),
      video: t(locale, 'guide.map.call.video'),
      declined: t(locale, 'guide.map.call.declined'),
      missed: t(locale, 'guide.map.call.missed'),
      cancelled: t(locale, 'guide.map.call.cancelled'),
      ended: t(locale, 'guide.map.call.ended'),
    },
  };
}
