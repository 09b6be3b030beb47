// The BPMN modeler page (/perancang/sop/<key>, api/templates/designer_modeler.html).
//
// bpmn-js with the properties panel and the Camunda 7 extensions (what Camunda Modeler shows:
// forms, conditions, ...), the product's own panel groups (sop-provider.js), and the toolbar
// that keeps the work as the designer's draft (Simpan draf), runs the deployment's checks on
// it (Periksa), deploys it (Terapkan) or throws it away (Buang draf), through the JSON endpoints
// of api/pages/designer.py. Every word shown comes from the page (translated there).
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import SopPropertiesProvider from './sop-provider';
import LaneNames from './lane-names';

const $ = (selector) => document.querySelector(selector);

/** One call to the designer's endpoints; a refusal is thrown with the server's message. */
async function request(config, method, url, body) {
  let response;
  try {
    response = await fetch(url, {
      method, credentials: 'same-origin',
      headers: { 'X-CSRFToken': config.csrf, Accept: 'application/json',
        'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw Object.assign(new Error(config.words.failed), { status: 0 });
  }
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw Object.assign(new Error(answer.message || config.words.failed),
      { status: response.status, answer });
  }
  return answer;
}

function element(tag, attributes, ...children) {
  const made = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'onclick') made.addEventListener('click', value);
    else made.setAttribute(name, value);
  });
  children.forEach((child) => made.append(child));
  return made;
}

function fill(template, values) {
  return Object.entries(values).reduce((text, [name, value]) => text.split(`{${name}}`)
    .join(String(value)), template);
}

class ModelerPage {
  constructor(config) {
    this.config = config;
    this.words = config.words;
    this.state = { dirty: false, fromDraft: false, savedAt: null, baseVersion: null };
    this.marked = [];
  }

  async start() {
    const { config } = this;
    let opened;
    try {
      opened = await request(config, 'GET', config.urls.draft
        + (config.versi ? `?versi=${encodeURIComponent(config.versi)}` : ''));
    } catch (err) {
      this.say(err.message, 'error');
      return;
    }
    if (!opened.bpmn) {
      this.say(this.words.noBpmn, 'error');
      return;
    }
    this.modeler = this.makeModeler(opened.jabatan || []);
    try {
      const { warnings } = await this.modeler.importXML(opened.bpmn);
      if (warnings.length) console.warn(warnings);
    } catch (err) {
      this.say(`${this.words.unreadable} ${err.message}`, 'error');
      return;
    }
    this.fit();
    Object.assign(this.state, { fromDraft: opened.fromDraft, savedAt: opened.savedAt,
      baseVersion: opened.baseVersion });
    this.modeler.get('eventBus').on('commandStack.changed', () => {
      this.state.dirty = true;
      this.showState();
    });
    this.bind();
    this.showState();
    document.documentElement.setAttribute('data-modeler', 'ready');
  }

  makeModeler(jabatan) {
    return new BpmnModeler({
      container: '#modeler-canvas',
      propertiesPanel: { parent: '#modeler-panel' },
      additionalModules: [
        BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule, CamundaBehaviorsModule,
        { __init__: ['sopPropertiesProvider', 'sopLaneNames'],
          sopPropertiesProvider: ['type', SopPropertiesProvider],
          sopLaneNames: ['type', LaneNames],
          sopWords: ['value', this.words.panel],
          sopJabatan: ['value', jabatan] },
      ],
      moddleExtensions: { camunda: camundaModdle },
    });
  }

  /** The whole diagram in view, right of the palette, never enlarged beyond 100%. */
  fit() {
    const canvas = this.modeler.get('canvas');
    const { inner } = canvas.viewbox();
    const box = $('#modeler-canvas');
    const left = box.clientWidth > 600 ? 110 : 60;
    const scale = Math.min(1, (box.clientWidth - left - 20) / inner.width,
      (box.clientHeight - 40) / inner.height);
    canvas.viewbox({ x: inner.x - left / scale, y: inner.y - 20 / scale,
      width: box.clientWidth / scale, height: box.clientHeight / scale });
  }

  bind() {
    const on = (id, handler) => {
      const button = $(id);
      button.disabled = false;
      button.addEventListener('click', () => this.busy(button, handler));
    };
    on('#modeler-simpan', () => this.save());
    on('#modeler-periksa', () => this.check());
    on('#modeler-terapkan', () => this.deploy(false));
    on('#modeler-buang', () => this.discard());
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        this.busy($('#modeler-simpan'), () => this.save());
      }
    });
    window.addEventListener('beforeunload', (event) => {
      if (!this.state.dirty) return undefined;
      event.preventDefault();
      event.returnValue = this.words.unsaved;  // eslint-disable-line no-param-reassign
      return this.words.unsaved;
    });
  }

  /** Run one toolbar action at a time; its error is said, never lost. */
  async busy(button, action) {
    if (this.running) return;
    this.running = true;
    document.querySelectorAll('.modeler-toolbar button').forEach((b) => { b.disabled = true; });
    try {
      await action();
    } catch (err) {
      this.say(err.message, 'error');
    } finally {
      this.running = false;
      document.querySelectorAll('.modeler-toolbar button').forEach((b) => { b.disabled = false; });
      button.focus();
    }
  }

  say(text, kind, ...extra) {
    const box = $('#modeler-pesan');
    box.replaceChildren(element('p', { class: `flash flash-${kind || 'info'}` }, text, ...extra));
  }

  showState() {
    const { state, words } = this;
    let text;
    if (state.fromDraft) {
      text = state.savedAt ? fill(words.draftSaved, { t: this.time(state.savedAt) })
        : words.draft;
    } else {
      text = fill(words.version, { v: state.baseVersion });
    }
    $('#modeler-status').textContent = state.dirty ? `${text} ${words.unsavedShort}` : text;
    $('#modeler-buang').hidden = !state.fromDraft;
  }

  time(iso) {
    const when = new Date(iso);
    return Number.isNaN(when.getTime()) ? iso : when.toLocaleString(this.config.locale,
      { dateStyle: 'medium', timeStyle: 'short' });
  }

  async xml() {
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml;
  }

  /** Keep the diagram as the draft, then check it as the deployment would (a draft may have
   * problems: it is saved anyway, and they are shown on their elements at once). */
  async save({ check = true } = {}) {
    this.say(this.words.saving, 'info');
    const saved = await request(this.config, 'PUT', this.config.urls.draft, {
      bpmn: await this.xml(), table: null, baseVersion: this.state.baseVersion,
      editedIn: 'modeler' });
    Object.assign(this.state, { fromDraft: true, savedAt: saved.savedAt, dirty: false });
    if (this.config.versi) {  // the version opened is now the draft: a reload shows the draft
      this.config.versi = null;
      window.history.replaceState(null, '', this.config.urls.modeler);
    }
    this.showState();
    if (!check) return;
    const { problems } = await request(this.config, 'POST', this.config.urls.periksa,
      { bpmn: await this.xml() });
    this.showProblems(problems);
    this.say(problems.length ? `${saved.message} ${fill(this.words.problemCount,
      { n: problems.length })}` : `${saved.message} ${this.words.noProblems}`,
    problems.length ? 'error' : 'success');
  }

  async check() {
    this.say(this.words.checking, 'info');
    const { problems } = await request(this.config, 'POST', this.config.urls.periksa,
      { bpmn: await this.xml() });
    this.showProblems(problems);
    this.say(problems.length ? fill(this.words.problemCount, { n: problems.length })
      : this.words.noProblems, problems.length ? 'error' : 'success');
  }

  /** The problems as a list (each selects its element) and as marks on the diagram. */
  showProblems(problems) {
    const canvas = this.modeler.get('canvas');
    const overlays = this.modeler.get('overlays');
    const registry = this.modeler.get('elementRegistry');
    overlays.remove({ type: 'problem' });
    this.marked.forEach((id) => registry.get(id) && canvas.removeMarker(id, 'problem'));
    this.marked = [];
    const section = $('#modeler-masalah');
    const list = section.querySelector('ol');
    list.replaceChildren();
    section.hidden = !problems.length;
    problems.forEach((problem) => {
      const named = /'([^']+)'/.exec(problem.element || '');
      const id = problem.elementId || (named && named[1]);
      const shape = id && registry.get(id);
      const where = [problem.elementId || problem.element,
        problem.line ? fill(this.words.line, { n: problem.line }) : ''].filter(Boolean).join(', ');
      const text = where ? `${where}: ${problem.message}` : problem.message;
      if (shape) {
        if (!this.marked.includes(shape.id)) {
          canvas.addMarker(shape.id, 'problem');
          overlays.add(shape.id, 'problem', { position: { top: -12, right: 12 },
            html: element('span', { class: 'problem-badge', title: problem.message }, '!') });
          this.marked.push(shape.id);
        }
        list.append(element('li', {}, element('button', { type: 'button', class: 'button-link',
          'data-element': shape.id, onclick: () => this.reveal(shape) }, text)));
      } else {
        list.append(element('li', {}, text));
      }
    });
  }

  reveal(shape) {
    const canvas = this.modeler.get('canvas');
    this.modeler.get('selection').select(shape);
    canvas.scrollToElement(shape, { top: 80, bottom: 80, left: 80, right: 80 });
    $('#modeler-canvas').scrollIntoView({ block: 'nearest' });
  }

  async deploy(force) {
    if (!force) await this.save({ check: false });
    this.say(this.words.deploying, 'info');
    let done;
    try {
      done = await request(this.config, 'POST', this.config.urls.terapkan, force ? { force } : {});
    } catch (err) {
      if (err.status === 409) {
        const again = element('button', { type: 'button', class: 'button',
          id: 'modeler-paksa' }, this.words.forceDeploy);
        again.addEventListener('click', () => this.busy(again, () => this.deploy(true)));
        this.say(err.message, 'error', ' ', again);
        again.focus();
        return;
      }
      if (err.answer && Array.isArray(err.answer.problems)) {
        await this.check();  // the same problems, in the page's language, with their elements
        this.say(err.message, 'error');
        return;
      }
      throw err;
    }
    Object.assign(this.state, { fromDraft: false, savedAt: null, baseVersion: done.version,
      dirty: false });
    this.showState();
    this.say(done.message, 'success', ...this.deployedNotes(done));
  }

  deployedNotes(done) {
    const notes = [];
    done.older.filter((old) => old.running).forEach((old) => {
      const line = element('span', { class: 'modeler-older' },
        fill(this.words.running, { n: old.running, v: old.version }), ' ');
      if (this.config.isAdmin) {
        line.append(element('a', { href: done.migrateUrl }, this.words.migrate));
      } else {
        line.append(this.words.migrateByAdmin, ' ',
          element('a', { href: done.migrateUrl }, done.migrateUrl));
      }
      notes.push(element('br'), line);
    });
    notes.push(element('br'), element('a', { href: done.sopUrl }, this.words.openSop));
    return notes;
  }

  async discard() {
    if (!window.confirm(this.words.confirmDiscard)) return;
    await request(this.config, 'DELETE', this.config.urls.draft);
    this.state.dirty = false;
    window.location.assign(this.config.urls.modeler);
  }
}

function boot() {
  const config = JSON.parse($('#modeler').dataset.config);
  const page = new ModelerPage(config);
  window.sopModeler = page;  // for the page tests and the screenshot script
  page.start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
