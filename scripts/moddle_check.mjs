// Import every .bpmn file the way bpmn-js / Camunda Modeler do (bpmn-moddle fromXML) and fail
// on any import warning: unknown elements or attributes, unresolved references.
//
// Each file is read twice: with plain bpmn-moddle (what bpmn.io's viewer uses) and with the
// camunda-bpmn-moddle extension (what Camunda Modeler uses), which also checks that every
// camunda:* element and attribute we write is one the Modeler knows.
//
// Usage: node scripts/moddle_check.mjs [--resave DIR] [FILE_OR_DIR ...]   (default: bpmn/)
//   --resave DIR  also write each file as the Modeler would save it (moddle+camunda toXML)
//                 to DIR/<name>.bpmn, so tests can check that a re-saved file still exports.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json');

function bpmnFiles(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((name) => bpmnFiles(join(path, name)));
  }
  return path.endsWith('.bpmn') ? [path] : [];
}

async function problemsOf(file, resaveDir) {
  const xml = readFileSync(file, 'utf8');
  const problems = [];
  const variants = [
    ['bpmn-moddle', new BpmnModdle()],
    ['bpmn-moddle+camunda', new BpmnModdle({ camunda: camundaDescriptor })],
  ];
  for (const [label, moddle] of variants) {
    try {
      const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
      for (const w of warnings) {
        problems.push(`${file}: ${label}: ${w.message}`);
      }
      if (resaveDir && label.endsWith('camunda')) {
        const { xml: saved } = await moddle.toXML(rootElement, { format: true });
        writeFileSync(join(resaveDir, basename(file)), saved);
      }
    } catch (err) {
      problems.push(`${file}: ${label}: import failed: ${err.message}`);
    }
  }
  return problems;
}

const args = process.argv.slice(2);
let resaveDir = null;
const at = args.indexOf('--resave');
if (at >= 0) {
  resaveDir = args[at + 1];
  args.splice(at, 2);
  mkdirSync(resaveDir, { recursive: true });
}
const files = (args.length ? args : ['bpmn']).flatMap(bpmnFiles);
let problems = [];
for (const file of files) {
  problems = problems.concat(await problemsOf(file, resaveDir));
}
for (const p of problems) {
  console.log(p);
}
console.error(`${files.length} file(s) checked, ${problems.length} moddle warning(s)`);
process.exit(problems.length ? 1 : 0);
