// Bundles the BPMN modeler page (/perancang/sop/<key>) from node_modules: no CDN, works offline.
//
//   node scripts/modeler/build.mjs      (npm run build:designer; `make setup` runs it)
//   NOMINIFY=1 node scripts/modeler/build.mjs   (readable, for debugging in the browser)
//
// Writes api/static/build/designer.js (the entry scripts/modeler/designer.js with bpmn-js, the
// properties panel and the Camunda 7 extensions) and api/static/build/designer.css (the
// diagram, bpmn-js and properties panel styles, plus the page's own modeler.css). The BPMN icon
// font is copied beside them as files: the site's Content-Security-Policy allows fonts from
// 'self' only, so bpmn-embedded.css (the font as a data: URL) would be refused.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const OUT = join(ROOT, 'api', 'static', 'build');
const NM = join(ROOT, 'node_modules');

const STYLES = [
  'bpmn-js/dist/assets/diagram-js.css',
  'bpmn-js/dist/assets/bpmn-js.css',
  'bpmn-js/dist/assets/bpmn-font/css/bpmn.css',
  '@bpmn-io/properties-panel/dist/assets/properties-panel.css',
].map((path) => join(NM, path)).concat([join(HERE, 'modeler.css')]);

// The properties panel makes its two containers with style="..." attributes, which the CSP
// (style-src 'self') refuses and logs; their layout is in modeler.css instead.
const noInlineStyle = {
  name: 'no-inline-style',
  setup(build) {
    build.onLoad({ filter: /bpmn-js-properties-panel[\\/]dist[\\/]index\.esm\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace('<div style="height: 100%" tabindex="-1"', '<div tabindex="-1"')
        .replace('<div style="flex: none; height: auto" class=', '<div class='),
      loader: 'js',
    }));
  },
};

async function main() {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'designer.js')],
    bundle: true, minify: process.env.NOMINIFY ? false : true, format: 'iife', target: ['es2019'],
    outfile: join(OUT, 'designer.js'), legalComments: 'linked', logLevel: 'warning',
    plugins: [noInlineStyle],
  });
  await build({
    stdin: { contents: STYLES.map((file) => `@import ${JSON.stringify(file)};`).join('\n'),
      resolveDir: ROOT, loader: 'css' },
    bundle: true, minify: true, outfile: join(OUT, 'designer.css'), logLevel: 'warning',
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
    assetNames: '[name]-[hash]',
  });
}

main().catch((err) => { console.error(err); process.exit(1); });
