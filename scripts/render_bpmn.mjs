// Screenshots of BPMN models as Camunda Modeler shows them, for docs/designer-guide.md.
//
// Camunda Modeler is a desktop app built on bpmn-js and cannot be installed here, so we render
// with the same canvas it uses: bpmn-js (Modeler) with bpmn-js-properties-panel and the Camunda 7
// extensions, bundled from node_modules with esbuild (no CDN), in headless Chromium.
//
//   node scripts/render_bpmn.mjs                 # every shot in SHOTS below -> docs/screenshots/
//   node scripts/render_bpmn.mjs --groups FILE ID  # print the properties panel group ids of ID
//
// Needs `npm ci` (make setup) and /usr/bin/chromium (make system-deps).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NM = join(ROOT, 'node_modules');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// file: the model; select: the element whose properties panel is shown (null: no panel);
// open: the panel groups to expand; width/height: the window (CSS pixels).
export const SHOTS = [
  { out: 'designer-call-activity.png', file: 'docs/examples/contoh_pencairan_dana.bpmn',
    select: 'langkah_02', open: ['CamundaPlatform__CallActivity', 'CamundaPlatform__InMapping',
      'CamundaPlatform__OutMappingPropagation'],
    width: 1380, height: 980 },
  { out: 'designer-called-sop.png', file: 'docs/examples/contoh_penyusunan_spj.bpmn',
    select: null, width: 900, height: 440 },
  { out: 'designer-timer.png', file: 'docs/examples/contoh_pengingat_disposisi.bpmn',
    select: 'pengingat', open: ['timer'], width: 1600, height: 600 },
  { out: 'designer-timer-interrupting.png', file: 'docs/examples/contoh_pengingat_disposisi.bpmn',
    select: 'lewat_waktu', open: ['timer'], width: 1600, height: 600 },
  { out: 'designer-subprocess.png', file: 'docs/examples/contoh_subproses_verifikasi.bpmn',
    select: null, width: 1280, height: 560 },
];

const ENTRY = `
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

window.renderModel = async function (xml, shot) {
  const withPanel = Boolean(shot.select);
  const modeler = new BpmnModeler({
    container: '#canvas',
    propertiesPanel: withPanel ? { parent: '#panel' } : undefined,
    additionalModules: withPanel ? [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule, CamundaBehaviorsModule] : [CamundaBehaviorsModule],
    moddleExtensions: { camunda: camundaModdle },
  });
  const { warnings } = await modeler.importXML(xml);
  const canvas = modeler.get('canvas');
  // zoom 1 where it fits, the diagram right of the palette (as a file opens in the modeler)
  const inner = canvas.viewbox().inner;
  const box = document.getElementById('canvas');
  const scale = Math.min(1, (box.clientWidth - 170) / inner.width,
    (box.clientHeight - 60) / inner.height);
  canvas.viewbox({ x: inner.x - 150 / scale, y: inner.y - 30 / scale,
    width: box.clientWidth / scale, height: box.clientHeight / scale });
  if (withPanel) {
    // the panel subscribes to selection changes in a preact effect (after the first paint)
    await new Promise((r) => setTimeout(r, 500));
    const element = modeler.get('elementRegistry').get(shot.select);
    modeler.get('selection').select(element);
    await new Promise((r) => setTimeout(r, 500));
    for (const id of shot.open || []) {
      const header = document.querySelector(
        '[data-group-id="group-' + id + '"] .bio-properties-panel-group-header');
      if (header && !header.classList.contains('open')) header.click();
      await new Promise((r) => setTimeout(r, 100));
    }
    // open the collapsed list items (the in/out mappings) so their fields show
    for (const item of document.querySelectorAll(
      '#panel .bio-properties-panel-collapsible-entry-header:not(.open)')) item.click();
  }
  const groups = [...document.querySelectorAll('[data-group-id]')]
    .map((g) => g.getAttribute('data-group-id'))
    .concat([document.getElementById('panel').innerText.slice(0, 400)]);
  document.getElementById('result').textContent = JSON.stringify({ warnings: warnings.length, groups });
};
`;

async function bundle() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js' },
    bundle: true, write: false, format: 'iife', minify: true, logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic', jsxImportSource: '@bpmn-io/properties-panel/preact',
  });
  return result.outputFiles[0].text;
}

function css() {
  return [
    'bpmn-js/dist/assets/diagram-js.css',
    'bpmn-js/dist/assets/bpmn-js.css',
    'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css',
    '@bpmn-io/properties-panel/dist/assets/properties-panel.css',
  ].map((p) => readFileSync(join(NM, p), 'utf8')).join('\n');
}

function page(xml, shot) {
  const panel = shot.select ? 400 : 0;
  const esc = (s) => s.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="styles.css"><style>
html, body { margin: 0; height: 100%; font-family: Arial, sans-serif; background: #fff; }
#canvas { position: absolute; left: 0; top: 0; bottom: 0; right: ${panel}px; }
#panel { position: absolute; top: 0; bottom: 0; right: 0; width: ${panel}px;
  border-left: 1px solid #ccc; overflow: hidden; display: ${panel ? 'block' : 'none'}; }
#result { display: none; }
.djs-context-pad { display: none !important; }  /* it would hide the neighbours of the selection */
</style></head><body><div id="canvas"></div><div id="panel"></div><pre id="result"></pre>
<script type="text/plain" id="xml">${esc(xml.replace(/&/g, '&amp;').replace(/</g, '&lt;'))}</script>
<script src="bundle.js"></script>
<script>
const xml = new DOMParser().parseFromString(document.getElementById('xml').innerHTML,
  'text/html').documentElement.textContent;
window.renderModel(xml, ${JSON.stringify(shot)}).catch((e) => {
  document.getElementById('result').textContent = 'ERROR ' + e.message; });
</script></body></html>`;
}

function chromium(args) {
  return execFileSync(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu',
    '--disable-dev-shm-usage', '--hide-scrollbars', '--force-device-scale-factor=1',
    '--virtual-time-budget=8000', ...args], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 }).toString();
}

function shotPage(dir, shot) {
  const xml = readFileSync(join(ROOT, shot.file), 'utf8');
  const html = join(dir, shot.out + '.html');
  writeFileSync(html, page(xml, shot));
  const dom = chromium([`--window-size=${shot.width},${shot.height}`, '--dump-dom',
    'file://' + html]);
  const result = /<pre id="result">([^<]*)<\/pre>/.exec(dom);
  const text = result ? result[1].replace(/&quot;/g, '"') : '';
  if (!text.startsWith('{')) throw new Error(`${shot.file}: ${text || 'did not render'}`);
  return { html, result: JSON.parse(text) };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'render-bpmn-'));
  writeFileSync(join(dir, 'bundle.js'), await bundle());
  writeFileSync(join(dir, 'styles.css'), css());
  try {
    if (process.argv[2] === '--groups') {
      const shot = { out: 'groups', file: process.argv[3], select: process.argv[4],
        width: 1200, height: 800 };
      console.log(shotPage(dir, shot).result.groups.join('\n'));
      return;
    }
    for (const shot of SHOTS) {
      const { html, result } = shotPage(dir, shot);
      if (result.warnings) throw new Error(`${shot.file}: ${result.warnings} import warning(s)`);
      const out = join(ROOT, 'docs/screenshots', shot.out);
      chromium([`--window-size=${shot.width},${shot.height}`, `--screenshot=${out}`,
        'file://' + html]);
      console.log(`docs/screenshots/${shot.out}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err.message); process.exit(1); });
