// The SCORM 1.2 packages in dist/lms/: one per module and language plus the whole course; each imsmanifest.xml
// is well-formed and lists exactly the files in its zip; every relative link and asset inside works in the zip.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { root } from '../e2e/helpers';
import { courseModules } from '../support/course';

interface SaxParser { onerror: (e: Error) => void; onopentag: (tag: { name: string; attributes: Record<string, string> }) => void; write(s: string): SaxParser; close(): void }
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

const dir = join(root, 'dist', 'lms');
const zips = readdirSync(dir).filter((f) => f.endsWith('.zip')).sort();
const expected = [...courseModules().flatMap((m) => ['en', 'zh-cn'].map((l) => `verify-first-${m.id}-${l}.zip`)), 'verify-first-course.zip'].sort();

/** Elements of a well-formed XML document (throws on the first error). */
function parseXml(xml: string): { name: string; attributes: Record<string, string> }[] {
  const tags: { name: string; attributes: Record<string, string> }[] = [];
  const parser = sax.parser(true);
  parser.onerror = (e) => { throw e; };
  parser.onopentag = (tag) => tags.push(tag);
  parser.write(xml).close();
  return tags;
}

describe('SCORM packages', () => {
  it('one per module and language, plus the whole course', () => {
    expect(zips).toEqual(expected);
  });

  describe.each(zips)('%s', (zip) => {
    const files = unzipSync(new Uint8Array(readFileSync(join(dir, zip))));
    const names = new Set(Object.keys(files));
    const text = (f: string) => new TextDecoder().decode(files[f]);

    it('has a well-formed SCORM 1.2 imsmanifest.xml that lists exactly the files in the zip', () => {
      const tags = parseXml(text('imsmanifest.xml'));
      expect(tags.find((t) => t.name === 'schemaversion')).toBeDefined();
      expect(text('imsmanifest.xml')).toContain('<schemaversion>1.2</schemaversion>');
      const resource = tags.find((t) => t.name === 'resource')!;
      expect(resource.attributes['adlcp:scormtype']).toBe('sco');
      expect(names.has(resource.attributes.href!)).toBe(true);
      const listed = tags.filter((t) => t.name === 'file').map((t) => t.attributes.href!);
      expect(listed.filter((f) => !names.has(f))).toEqual([]);
      expect([...names].filter((f) => f !== 'imsmanifest.xml' && !listed.includes(f))).toEqual([]);
      // Every item points at a resource of this manifest.
      const ids = new Set(tags.filter((t) => t.name === 'resource').map((t) => t.attributes.identifier));
      for (const item of tags.filter((t) => t.name === 'item')) expect(ids.has(item.attributes.identifierref)).toBe(true);
    });

    it('is self-contained: every relative link, script, style and data URL in its pages resolves to a file in the zip', () => {
      const broken: string[] = [];
      for (const f of [...names].filter((n) => n.endsWith('.html') || (n.endsWith('.json') && n.includes('/')))) {
        const body = text(f).replace(/&quot;|&#34;/g, '"');
        const refs = [
          ...[...body.matchAll(/\s(?:href|src|action|component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
          ...[...body.matchAll(/"(\.{1,2}\/[^"]*)"/g)].map((m) => m[1]!), // URLs inside JSON (island props, scenario data)
        ];
        for (const ref of refs) {
          if (/^(#|[a-z][a-z0-9+.-]*:)/i.test(ref)) continue;
          const target = posix.normalize(posix.join(posix.dirname(f), ref.replace(/[?#].*$/, '')));
          const folder = target === '.' || target === './' ? '' : target.replace(/\/?$/, '/');
          const ok = ref.replace(/[?#].*$/, '').endsWith('/') ? [...names].some((n) => n.startsWith(folder)) : names.has(target);
          if (!ok) broken.push(`${f} → ${ref}`);
        }
        if (/\s(?:href|src)="\/(?!\/)/.test(body)) broken.push(`${f} has a root-relative URL`);
      }
      expect(broken).toEqual([]);
    });

    it('talks to the LMS only from its launch page', () => {
      const pages = [...names].filter((n) => n.endsWith('.html') && n !== 'lms/launch.html');
      expect(pages.filter((p) => text(p).includes('scorm.js'))).toEqual([]);
      expect(text('lms/launch.html')).toContain('src="scorm.js"');
    });
  });
});
