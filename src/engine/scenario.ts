// The chat simulator's engine in one import: its shapes, rules and scoring, path exploration, restore and locale trim.
export * from './scenario-types';
export * from './scenario-rules';
export { bestPath, enumeratePaths, possibleActions } from './scenario-paths';
export { meter, type Meter } from './scenario-meter';
export { scenarioForLocale } from './scenario-locale';
export { restore } from './scenario-restore';
