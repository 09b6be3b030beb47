// The product's step properties (camunda:property name/value in the task's camunda:properties)
// and the task form fields that mirror them, read and written through bpmn-js commands so that
// every edit is one undoable step (Ctrl+Z) and marks the diagram as changed.
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';

const UPDATE = 'element.updateModdleProperties';
const MULTI = 'properties-panel.multi-command-executor';
const KELENGKAPAN_ID = /^kelengkapan_\d+$/;

/** The camunda:Properties holder of an element's own extensionElements (or undefined). */
function holderOf(bo) {
  const ext = bo.get('extensionElements');
  return ext && ext.get('values').find((v) => is(v, 'camunda:Properties'));
}

/** The value of the product property ``name`` on ``element`` ('' when absent). */
export function getProperty(element, name) {
  const holder = holderOf(getBusinessObject(element));
  const prop = holder && holder.get('values').find((p) => p.get('name') === name);
  return (prop && prop.get('value')) || '';
}

/** The kelengkapan list (the JSON list string of the property; a plain text is one item). */
export function getKelengkapan(element) {
  const text = getProperty(element, 'kelengkapan');
  if (!text) return [];
  try {
    const list = JSON.parse(text);
    return Array.isArray(list) ? list.map(String) : [String(list)];
  } catch (err) {
    return [text];
  }
}

/** The commands that give ``element`` the property ``name`` = ``value`` (created when absent;
 * nothing when absent and empty). */
function propertyCommands(element, name, value, bpmnFactory) {
  const bo = getBusinessObject(element);
  const commands = [];
  let ext = bo.get('extensionElements');
  if (!ext) {
    if (!value) return commands;
    ext = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    ext.$parent = bo;
    commands.push({ cmd: UPDATE, context: { element, moddleElement: bo,
      properties: { extensionElements: ext } } });
  }
  let holder = ext.get('values').find((v) => is(v, 'camunda:Properties'));
  if (!holder) {
    if (!value) return commands;
    holder = bpmnFactory.create('camunda:Properties', { values: [] });
    holder.$parent = ext;
    commands.push({ cmd: UPDATE, context: { element, moddleElement: ext,
      properties: { values: [...ext.get('values'), holder] } } });
  }
  const prop = holder.get('values').find((p) => p.get('name') === name);
  if (prop) {
    if (prop.get('value') !== value) {
      commands.push({ cmd: UPDATE, context: { element, moddleElement: prop,
        properties: { value } } });
    }
  } else if (value) {
    const made = bpmnFactory.create('camunda:Property', { name, value });
    made.$parent = holder;
    commands.push({ cmd: UPDATE, context: { element, moddleElement: holder,
      properties: { values: [...holder.get('values'), made] } } });
  }
  return commands;
}

function formOf(element) {
  const ext = getBusinessObject(element).get('extensionElements');
  return ext && ext.get('values').find((v) => is(v, 'camunda:FormData'));
}

/** A required checkbox for one kelengkapan item, as the importer writes it. */
function kelengkapanField(id, label, bpmnFactory) {
  const constraint = bpmnFactory.create('camunda:Constraint', { name: 'required' });
  const validation = bpmnFactory.create('camunda:Validation', { constraints: [constraint] });
  const field = bpmnFactory.create('camunda:FormField', { id, label, type: 'boolean',
    validation });
  constraint.$parent = validation;
  validation.$parent = field;
  return field;
}

/** The task form's kelengkapan checkboxes made to follow ``items`` (staff tick them, and the
 * SOP table reads them): the n-th existing field keeps its extras (a ``dokumen`` mark) with the
 * new label; fields are added or dropped at the end of the kelengkapan run. */
function formCommands(element, items, bpmnFactory) {
  const form = formOf(element);
  if (!form) return [];
  const fields = form.get('fields');
  const old = fields.filter((f) => KELENGKAPAN_ID.test(f.get('id') || ''));
  const commands = [];
  const kept = items.map((label, index) => {
    const existing = old[index];
    if (existing) {
      if (existing.get('label') !== label) {
        commands.push({ cmd: UPDATE, context: { element, moddleElement: existing,
          properties: { label } } });
      }
      return existing;
    }
    const made = kelengkapanField(`kelengkapan_${index + 1}`, label, bpmnFactory);
    made.$parent = form;
    return made;
  });
  if (kept.length !== old.length || kept.some((f, i) => f !== old[i])) {
    const first = fields.findIndex((f) => KELENGKAPAN_ID.test(f.get('id') || ''));
    const others = fields.filter((f) => !KELENGKAPAN_ID.test(f.get('id') || ''));
    const at = first < 0 ? 0 : first;  // the fields before the run are all others
    commands.push({ cmd: UPDATE, context: { element, moddleElement: form,
      properties: { fields: [...others.slice(0, at), ...kept, ...others.slice(at)] } } });
  }
  return commands;
}

/** The output field's label ("Output: X") follows the output property. */
function outputCommands(element, value) {
  const form = formOf(element);
  const field = form && form.get('fields').find((f) => f.get('id') === 'output');
  const label = value ? `Output: ${value}` : 'Output';
  if (!field || field.get('label') === label) return [];
  return [{ cmd: UPDATE, context: { element, moddleElement: field, properties: { label } } }];
}

/** Set the product property ``name`` of ``element`` as one undoable command; kelengkapan (a
 * list) and output also update the task form staff fill in. */
export function setProperty(injector, element, name, value) {
  const bpmnFactory = injector.get('bpmnFactory');
  let commands;
  if (name === 'kelengkapan') {
    const items = value;
    commands = [...propertyCommands(element, name, items.length ? JSON.stringify(items) : '',
      bpmnFactory), ...formCommands(element, items, bpmnFactory)];
  } else {
    commands = propertyCommands(element, name, value, bpmnFactory);
    if (name === 'output') commands.push(...outputCommands(element, value));
  }
  if (commands.length) injector.get('commandStack').execute(MULTI, commands);
}
