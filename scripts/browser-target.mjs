// The browser baseline (package.json "browserslist": iOS 14, Chrome 80) as esbuild targets: syntax above it is
// lowered. Used by astro.config.mjs (the site's bundles) and scripts/postbuild/offline.mjs (offline.js).
export const BUILD_TARGET = ['es2020', 'chrome80', 'safari14', 'ios14', 'firefox115', 'edge88'];
