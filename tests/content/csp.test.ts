// Every built page carries a Content-Security-Policy that allows only the site itself plus hashes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, root } from '../support/paths';

const pages = htmlPages();

function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  const policy = new Map<string, string[]>();
  for (const directive of (meta?.[1] ?? '').split(';').map((d) => d.trim()).filter(Boolean)) {
    const [name, ...values] = directive.split(/\s+/);
    policy.set(name!, values);
  }
  return policy;
}

describe('Content-Security-Policy', () => {
  it('is checked on a real build', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s', (path) => {
    const file = join(root, 'dist', path.endsWith('.html') ? path : `${path}index.html`);
    const html = readFileSync(file, 'utf8');
    const policy = policyOf(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    const styles = policy.get('style-src') ?? [];
    expect(scripts).toContain("'self'");
    // Only the search page may compile WebAssembly (pagefind); no page may eval JS or run unhashed inline code.
    const allowed = (v: string) => v === "'self'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(v) || (path.endsWith('/search/') && v === "'wasm-unsafe-eval'");
    expect(scripts.filter((v) => !allowed(v))).toEqual([]);
    expect(styles.filter((v) => v !== "'self'" && !/^'sha(256|384|512)-/.test(v))).toEqual([]);
    // Every inline script is covered by a hash (JSON data blocks are not executed).
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    for (const source of inline) {
      const hash = `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
      expect(scripts, `inline script not hashed: ${source.slice(0, 60)}`).toContain(hash);
    }
    // No inline style attributes: style-src hashes do not cover them.
    expect(html.match(/\sstyle="[^"]*"/g) ?? []).toEqual([]);
  });
});
