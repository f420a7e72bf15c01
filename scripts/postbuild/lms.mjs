// Writes <outDir>/lms/: a SCORM 1.2 package (zip) per module and language, and one for the whole course.
// Each holds the module's built pages (module page, lessons, scenarios with their data, quizzes) with every
// link made relative (LMS file servers do not add index.html, so links name it), the site's assets, and
// lms/launch.html: the SCO, which talks to the LMS (src/lms/adapter.ts) and shows the course in a frame.
// Links to pages outside a package lead to lms/elsewhere.html. The course pages themselves get no adapter.
import { readFileSync, readdirSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;
const LOCALES = ['en', 'zh-cn'];
const LANG = { en: 'en', 'zh-cn': 'zh-CN' };
const MTIME = new Date('2025-01-01T00:00:00Z');
/** Built files that are never part of a package. */
const SKIP = /^(lms\/|sw\.js$|\.vf-build-stamp$|sitemap-.*\.xml$|robots\.txt$|404\.html$)/;

const escXml = (s) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
const escRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const basePath = (base) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

function walk(dir, top = dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, top) : [relative(top, path).split(sep).join('/')];
  });
}

function readCourse(contentDir) {
  const dir = join(contentDir, 'modules');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => {
    const data = parse(readFileSync(join(dir, f), 'utf8'));
    return { id: f.replace(/\.yaml$/, ''), order: data.order, title: data.title, lessons: data.lessons, scenarios: data.scenarios ?? [], quizzes: data.quizzes ?? [] };
  }).sort((a, b) => a.order - b.order);
}

const strings = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(root, 'src/i18n', `${l}.json`), 'utf8'))]));

/** The adapter, bundled once per build. */
async function adapterSource() {
  const result = await build({
    entryPoints: [join(root, 'src/lms/adapter.ts')], bundle: true, minify: true, format: 'esm', target: 'es2020', write: false, logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const LINKS_JS = `// Inside an LMS package: a link to a folder needs its index.html (LMS file servers do not add it).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link) return;
  const url = new URL(link.href, location.href);
  if (url.origin === location.origin && url.pathname.endsWith('/')) { url.pathname += 'index.html'; link.href = url.href; }
}, true);
`;
const LAUNCH_CSS = 'html,body{margin:0;height:100%}iframe{display:block;border:0;width:100%;height:100%}\n' +
  '.elsewhere{font:1.1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}\n';
const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** A package page: the same head for the launch page and the "elsewhere" page (title escaped here). */
function pageHtml({ lang, title, head = '', body }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${CSP}">
<title>${escXml(title)}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="launch.css">
${head}</head>
<body>
${body}
</body>
</html>
`;
}

function launchHtml({ lang, title, config }) {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return pageHtml({
    lang,
    title,
    head: '<script type="module" src="scorm.js"></script>\n',
    body: `<iframe data-vf-lms-frame title="${escXml(title)}"></iframe>
<script type="application/json" id="vf-lms">${json}</script>`,
  });
}

function elsewhereHtml(locale, start) {
  const s = strings[locale];
  return pageHtml({
    lang: LANG[locale],
    title: s['lms.elsewhere.title'],
    body: `<main class="elsewhere">
<h1>${escXml(s['lms.elsewhere.title'])}</h1>
<p>${escXml(s['lms.elsewhere.text'])}</p>
<p><a href="${escXml(start)}">${escXml(s['lms.elsewhere.back'])}</a></p>
</main>`,
  });
}

function manifestXml({ id, title, files }) {
  const list = files.map((f) => `      <file href="${escXml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${escXml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${escXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="lms/launch.html">
${list}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * Make every site URL in a text file relative to the file, naming index.html; a page outside the package
 * becomes lms/elsewhere.html. URLs are found where the build writes them: in quoted attributes (also
 * HTML-escaped JSON props) and url(…).
 */
function relink(text, file, { base, tops, included, pages }) {
  const prefix = '../'.repeat(file.split('/').length - 1);
  const pattern = new RegExp(`(["'(]|&quot;|&#34;|&#39;)${escRe(base)}((?:${tops})[^"'&)\\s<>]*)?(?=["'&)])`, 'g');
  return text
    .replace(`data-base="${base}"`, `data-base="${prefix || './'}"`)
    .replace(pattern, (_, quote, target = '') => {
      const cut = target.search(/[?#]/);
      let path = cut < 0 ? target : target.slice(0, cut);
      const suffix = cut < 0 ? '' : target.slice(cut);
      if ((path === '' || path.endsWith('/')) && pages.has(`${path}index.html`)) path += 'index.html';
      else if (path.endsWith('/')) return `${quote}${prefix}${target}`; // a folder of assets, e.g. avatars/
      if (included.has(path)) return `${quote}${prefix}${path}${suffix}`;
      if (/\.(html|zip)$/.test(path)) return `${quote}${prefix}lms/elsewhere.html`;
      return `${quote}${prefix}${path}${suffix}`; // an asset every package carries, or none (checked by tests)
    });
}

function preparePage(html, file, context) {
  return relink(html, file, context)
    .replace(/<section[^>]*\bdata-vf-offline\b[\s\S]*?<\/section>/, '') // no offline copy inside an LMS
    .replace('</head>', `<script type="module" src="${'../'.repeat(file.split('/').length - 1)}lms/links.js"></script></head>`);
}

/** Vite's preload helper builds dependency URLs from the base; inside a package they are relative to the helper. */
function prepareScript(js, base) {
  return js.replace(new RegExp(`return ?"${escRe(base)}"\\+(\\w+)`, 'g'), (_, arg) => `return new URL("../"+${arg},import.meta.url).href`);
}

export async function writeLmsPackages(outDir, { base = basePath(process.env.BASE ?? '/'), contentDir = resolve(process.env.VF_CONTENT_DIR ?? 'content') } = {}) {
  const all = walk(outDir).filter((f) => !SKIP.test(f));
  const course = readCourse(contentDir);
  const tops = [...new Set(['lms/', ...all.map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : f))])].map(escRe).join('|');
  const adapter = await adapterSource();
  const pages = new Set(all.filter((f) => f.endsWith('index.html')));
  const assets = all.filter((f) => !f.includes('/') || /^(_astro|avatars)\//.test(f));
  const read = (f) => readFileSync(join(outDir, f));
  const lmsDir = join(outDir, 'lms');
  rmSync(lmsDir, { recursive: true, force: true });
  mkdirSync(lmsDir, { recursive: true });

  const packages = [];
  for (const mod of course) {
    for (const locale of LOCALES) {
      const dirs = [
        `${locale}/modules/${mod.id}/`,
        ...mod.lessons.map((l) => `${locale}/modules/${mod.id}/${l}/`),
        ...mod.scenarios.map((s) => `${locale}/scenarios/${s}/`),
        ...mod.quizzes.map((q) => `${locale}/quizzes/${q}/`),
      ];
      const pages = all.filter((f) => dirs.some((d) => f.startsWith(d) && !f.slice(d.length).includes('/')));
      packages.push({
        id: `verify-first-${mod.id}-${locale}`,
        title: `${strings[locale]['site.name']}: ${mod.title[locale]}`,
        locale,
        files: [...assets.filter((f) => f !== 'index.html'), ...pages],
        start: { [locale]: `../${locale}/modules/${mod.id}/index.html` },
        course: [mod],
      });
    }
  }
  packages.push({
    id: 'verify-first-course',
    title: `${strings.en['site.name']} (${strings['zh-cn']['site.name']})`,
    locale: 'en',
    files: all.filter((f) => f !== 'index.html'),
    start: Object.fromEntries(LOCALES.map((l) => [l, `../${l}/index.html`])),
    course,
  });

  const written = [];
  for (const pkg of packages) {
    const included = new Set(pkg.files);
    const context = { base, tops, included, pages };
    const zip = {};
    for (const f of pkg.files) {
      let data = read(f);
      if (f.endsWith('.html')) data = Buffer.from(preparePage(data.toString('utf8'), f, context));
      else if (f.endsWith('.json') && f.includes('/')) data = Buffer.from(relink(data.toString('utf8'), f, context));
      else if (/^_astro\/.*\.js$/.test(f)) data = Buffer.from(prepareScript(data.toString('utf8'), base));
      zip[f] = [new Uint8Array(data), { level: f.startsWith('pagefind/') ? 0 : 6 }];
    }
    const firstStart = Object.values(pkg.start)[0];
    const lms = {
      'lms/launch.html': launchHtml({ lang: LANG[pkg.locale], title: pkg.title, config: { course: pkg.course.map(({ id, lessons, scenarios, quizzes }) => ({ id, lessons, scenarios, quizzes })), start: pkg.start } }),
      'lms/launch.css': LAUNCH_CSS,
      'lms/scorm.js': adapter,
      'lms/links.js': LINKS_JS,
      'lms/elsewhere.html': elsewhereHtml(pkg.locale, firstStart),
    };
    for (const [f, text] of Object.entries(lms)) zip[f] = [new TextEncoder().encode(text), { level: 6 }];
    const files = Object.keys(zip).sort();
    zip['imsmanifest.xml'] = [new TextEncoder().encode(manifestXml({ id: pkg.id, title: pkg.title, files })), { level: 6 }];
    const bytes = zipSync(zip, { mtime: MTIME });
    const name = `${pkg.id}.zip`;
    writeFileSync(join(lmsDir, name), bytes);
    written.push({ name, id: pkg.id, title: pkg.title, files: files.length + 1, bytes: bytes.length });
  }
  return written;
}
