// Astro integration: validates content/ and the UI strings before a build, failing it with file › field: reason.
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../content-check/index';

export default function validateContent(options: { contentDir?: string } = {}): AstroIntegration {
  return {
    name: 'verify-first:validate-content',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        const problems = checkContent(options.contentDir);
        if (problems.length === 0) return;
        const message = `Content has ${problems.length} problem(s):\n${formatProblems(problems)}`;
        if (command === 'dev') logger.error(message);
        else throw new Error(message);
      },
    },
  };
}
