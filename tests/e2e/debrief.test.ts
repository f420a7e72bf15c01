// Sharing results and the class debrief in a real browser: two learners share (a file and a code) from the end of
// a plan, the instructor drops them in with a broken file, and the charts' tables show the right counts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodePlan } from '../../src/engine/plan';
import { buildResults, resultsToFile } from '../../src/engine/results';
import { axeViolations, closeBrowser, holdIsland, openPage, root, serve, waitReady, type Site } from './helpers';

let site: Site;
beforeAll(async () => { site = await serve({ outDir: process.env.VF_E2E_OUT_DIR }); });
afterAll(async () => { await closeBrowser(); await site.close(); });

// The first lesson, scenario and quiz of the course, read from the content the site was built from.
const contentDir = process.env.VF_CONTENT_DIR ?? join(root, 'content');
const modules = readdirSync(join(contentDir, 'modules')).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({
  id: f.replace(/\.yaml$/, ''),
  ...(parse(readFileSync(join(contentDir, 'modules', f), 'utf8')) as { lessons: string[]; scenarios?: string[]; quizzes?: string[] }),
}));
const lesson = `${modules[0]!.id}/${modules[0]!.lessons[0]}`;
const scenario = modules.flatMap((m) => m.scenarios ?? [])[0]!;
const quiz = modules.flatMap((m) => m.quizzes ?? [])[0]!;
// Real ids (the debrief shows only what the course has, by its English labels).
type Labelled = { id: string; title?: { en: string }; label?: { en: string }; prompt?: { en: string } };
const scenarioData = parse(readFileSync(join(contentDir, 'scenarios', `${scenario}.yaml`), 'utf8')) as { endings: Labelled[]; redFlags: Labelled[]; protectiveActs: Labelled[] };
const quizData = parse(readFileSync(join(contentDir, 'quizzes', `${quiz}.yaml`), 'utf8')) as { questions: Labelled[] };
const [endA, endB] = scenarioData.endings as [Labelled, Labelled];
const [flagX, flagY] = scenarioData.redFlags as [Labelled, Labelled];
const act1 = scenarioData.protectiveActs[0]!;
const q2 = quizData.questions[1]!;
const plan = encodePlan({ title: 'Debrief test', note: '', exam: false, items: [
  { kind: 'lesson', id: lesson }, { kind: 'scenario', id: scenario }, { kind: 'quiz', id: quiz },
] });

// Progress as the store saves it (v2, src/engine/progress.ts). It records endings and scores, not red flags,
// protective acts or per-question answers, so those come from a third, detailed results file below.
const at = '2026-11-20T10:00:00.000Z';
const run = (ending: string, outcome: string, score: number) => ({ count: 1, best: score, firstAt: at, last: { ending, outcome, score, at } });
const progressA = {
  v: 2,
  lessons: { [lesson]: { at } },
  scenarios: { [scenario]: run(endA.id, 'safe', 90), 'not-in-the-plan': run('x', 'lost', 0) },
  quizzes: { [quiz]: { count: 1, best: 90, last: 90, lastAt: at, passedAt: at } },
};
const progressB = {
  v: 2,
  lessons: {},
  scenarios: { [scenario]: run(endA.id, 'lost', 20) },
  quizzes: { [quiz]: { count: 2, best: 50, last: 50, lastAt: at } },
};
const detailed = resultsToFile(buildResults({
  lessons: {},
  scenarios: { [scenario]: { last: { ending: endB.id, outcome: 'safe', score: 100, caught: [flagX.id], missed: [flagY.id], acts: [act1.id] } } },
  quizzes: { [quiz]: { best: 70, last: 70, missed: [q2.id] } },
}, { id: 'detailed1' }));

/** A learner with this progress, on the plan page. */
async function learnerOnPlan(progress: object) {
  const watched = await openPage();
  await watched.context.addInitScript({ content: `localStorage.setItem('vf:progress', ${JSON.stringify(JSON.stringify(progress))});` });
  await watched.page.goto(`${site.base}en/workshop/?plan=${plan}`);
  await watched.page.getByRole('heading', { name: 'Share results with my instructor' }).waitFor();
  return watched;
}

/** The rows of the table under the chart captioned `caption`, inside `scope`, as [label, value]. */
async function tableRows(page: Page, scope: string, caption: string): Promise<string[][]> {
  const figure = page.locator(scope).locator('figure', { has: page.locator('figcaption', { hasText: caption }) });
  return figure.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent!.trim(), r.querySelector('td')!.textContent!.trim()]));
}

describe('share results and class debrief', () => {
  it('aggregates learners\' files and codes and names a broken file', async () => {
    // Learner A: a nickname and a results file.
    const a = await learnerOnPlan(progressA);
    await expect(a.page.locator('.plan-agenda > li.done').count()).resolves.toBe(3);
    await a.page.getByLabel('Nickname (optional)').fill('Mei');
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Save results file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^verify-first-results-Mei-[a-z0-9]{6}\.json$/);
    const fileText = readFileSync((await download.path())!, 'utf8');
    expect(fileText).not.toContain('not-in-the-plan'); // only the plan's items
    expect(fileText).not.toContain('2026'); // no dates
    await expect.poll(() => a.page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    expect(a.errors).toEqual([]);
    await a.context.close();

    // Learner B: anonymous, a results code.
    const b = await learnerOnPlan(progressB);
    await b.page.getByRole('button', { name: 'Show results code' }).click();
    const code = await b.page.getByLabel('Results code').inputValue();
    expect(code).toMatch(/^VFR2\.[A-Za-z0-9_-]+$/);
    expect(b.errors).toEqual([]);
    await b.context.close();

    // The instructor drops A's file, a detailed one and a broken one, then pastes B's code, on a slow phone: the
    // form shows before the debrief's code has run (held back here), and what is given then is kept.
    const { page, context, errors } = await openPage();
    const release = await holdIsland(page, 'Debrief');
    await page.goto(`${site.base}en/instructors/debrief/`);
    await page.getByRole('heading', { level: 1, name: 'Class debrief' }).waitFor();
    expect(await page.$('astro-island[ssr] #db-files'), 'the form is there before the debrief is').not.toBeNull();
    await page.locator('#db-files').setInputFiles([
      { name: 'mei.json', mimeType: 'application/json', buffer: Buffer.from(fileText) },
      { name: 'broken <b>.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"verify-first-results", oops') },
    ]);
    await page.getByLabel('Results codes (one per line)').fill(code);
    release();
    await waitReady(page);
    await page.getByRole('button', { name: 'Add codes' }).click();

    await expect.poll(() => page.locator('.db-status').innerText()).toBe('Results from 2 learners.');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('broken <b>.json: this is not a Verify First results file or code.');
    await expect(page.getByText('Nicknames given: Mei').count()).resolves.toBe(1);

    const s = `article[aria-labelledby="db-s-${scenario}"]`;
    const q = `article[aria-labelledby="db-q-${quiz}"]`;
    await expect(tableRows(page, s, 'Endings reached')).resolves.toEqual([[endA.title!.en, '2']]);
    await expect(page.locator(`${s} svg[role="img"]`).first().getAttribute('aria-label')).resolves.toBe(`Endings reached: ${endA.title!.en} 2`);
    await expect(page.locator(s).innerText()).resolves.toContain('Red flags most missed: These results do not include this detail.');
    await expect(tableRows(page, q, 'Best scores')).resolves.toEqual([['0–19', '0'], ['20–39', '0'], ['40–59', '1'], ['60–79', '0'], ['80–100', '1']]);
    await expect(page.locator(q).innerText()).resolves.toContain('Taken by 2 · passed 1 · average best score 70');

    // Results that carry red flags, protective acts and missed questions add those charts.
    await page.locator('#db-files').setInputFiles([{ name: 'detailed.json', mimeType: 'application/json', buffer: Buffer.from(detailed) }]);
    await expect.poll(() => page.locator('.db-status').innerText()).toBe('Results from 3 learners.');
    await expect(tableRows(page, s, 'Endings reached')).resolves.toEqual([[endA.title!.en, '2'], [endB.title!.en, '1']]);
    await expect(tableRows(page, s, 'Red flags most missed')).resolves.toEqual([[flagY.label!.en, 'missed by 1 of 1 who saw it'], [flagX.label!.en, 'missed by 0 of 1 who saw it']]);
    await expect(tableRows(page, s, 'Protective acts used')).resolves.toEqual([[act1.label!.en, '1']]);
    await expect(tableRows(page, q, 'Best scores')).resolves.toEqual([['0–19', '0'], ['20–39', '0'], ['40–59', '1'], ['60–79', '1'], ['80–100', '1']]);
    const wrong = await tableRows(page, q, 'Questions most often answered wrongly');
    expect(wrong.map(([label, n]) => [label!.startsWith(q2.prompt!.en.trim()), n])).toEqual([[true, '1']]);

    // Dropping the same file again does not count the learner twice.
    await page.locator('#db-files').setInputFiles([{ name: 'mei-again.json', mimeType: 'application/json', buffer: Buffer.from(fileText) }]);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('mei-again.json: already counted');
    await expect.poll(() => page.locator('.db-status').innerText()).toBe('Results from 3 learners.');

    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
