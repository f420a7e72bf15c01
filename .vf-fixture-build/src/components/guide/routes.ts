// Facts about this build for guides: whether the scenario pages exist, and whether SITE is a public address.
const scenarioRoutes = Object.keys(import.meta.glob('/src/pages/*/scenarios/**/*.astro'));

export const hasScenarioPages = scenarioRoutes.length > 0;

/** True when SITE is a real public address (printed pages show full URLs only then; a local one helps nobody). */
export function isPublicSite(site: URL | undefined): site is URL {
  return site !== undefined && !/^(localhost|127\.0\.0\.1)$/.test(site.hostname);
}
