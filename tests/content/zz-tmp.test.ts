import { it } from 'vitest';
import { checkContent, formatProblems } from '../../src/content-check';
it('x', () => { console.log(formatProblems(checkContent())); }, 60000);
