// Whether this build has the scenario player pages, so a guide never links to a page that is not there (yet).
const scenarioRoutes = Object.keys(import.meta.glob('/src/pages/*/scenarios/**/*.astro'));

export const hasScenarioPages = scenarioRoutes.length > 0;
