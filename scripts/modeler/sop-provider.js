// The product's own groups in the properties panel, beside everything Camunda Modeler shows:
// - "Mutu baku (SOP AP)" on a user task: waktu, kelengkapan, output, keterangan, catatan (the
//   task's camunda:property entries the SOP AP document and the deadlines read);
// - "Keputusan" on a flow leaving an exclusive gateway: Ya / Tidak, written as the condition the
//   engine evaluates (keputusan == "Ya");
// - "Pelaksana (jabatan)" on a lane: the lane's name chosen from the instansi's jabatan
//   catalogue (the lane name is the role whose staff get the lane's tasks).
// Words come from the page (the `sopWords` service), the catalogue from draf.json (`sopJabatan`).
import {
  isSelectEntryEdited, isTextAreaEntryEdited, isTextFieldEntryEdited, SelectEntry, TextAreaEntry,
  TextFieldEntry,
} from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import { getKelengkapan, getProperty, setProperty } from './sop-properties';

const PRIORITY = 400; // after the BPMN and Camunda providers (they run at 500 / 1000)
const NUMBER = '\\d+([.,]\\d+)?';
const UNIT = '(menit|mnt|jam|hari(\\s*(kerja|kalender))?|minggu|bulan)';
const WAKTU = new RegExp(`^((±|\\+/-|maks\\.?|maksimal)\\s*)?${NUMBER}(\\s*(-|–|s\\.?/d\\.?|sampai)\\s*`
  + `${NUMBER})?\\s*((x|×)\\s*24\\s*jam|${UNIT})?$`, 'i');
const NO_STANDARD = ['', '-', 'relatif', 'tentatif', 'tentative', 'menyesuaikan', 'situasional',
  'kondisional', 'insidental', 'sesuai kebutuhan', 'tidak tentu'];
const CONDITION = /^\s*keputusan\s*==\s*["'](Ya|Tidak)["']\s*$/;

/** A light check of a waktu as the server reads it ("1 jam", "2 hari kerja", "10 - 20 menit");
 * the deployment's check stays the authority. */
export function waktuReadable(text) {
  const plain = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return NO_STANDARD.includes(plain) || WAKTU.test(plain);
}

function PropertyText(props) {
  const { element, id, name, label, description, area, validate } = props;
  const injector = useService('injector');
  const debounce = useService('debounceInput');
  return h(area ? TextAreaEntry : TextFieldEntry, {
    element, id, label, description, debounce, validate, rows: 3,
    getValue: () => getProperty(element, name),
    setValue: (value) => setProperty(injector, element, name, value || ''),
  });
}

function WaktuEntry({ element, id }) {
  const words = useService('sopWords');
  return h(PropertyText, { element, id, name: 'waktu', label: words.waktu,
    description: words.waktuHint,
    validate: (value) => (waktuReadable(value || '') ? null : words.waktuBad) });
}

function KelengkapanEntry({ element, id }) {
  const words = useService('sopWords');
  const injector = useService('injector');
  const debounce = useService('debounceInput');
  return h(TextAreaEntry, {
    element, id, label: words.kelengkapan, description: words.kelengkapanHint, debounce, rows: 4,
    getValue: () => getKelengkapan(element).join('\n'),
    setValue: (value) => {
      const items = (value || '').split('\n').map((line) => line.trim()).filter(Boolean);
      if (JSON.stringify(items) !== JSON.stringify(getKelengkapan(element))) {
        setProperty(injector, element, 'kelengkapan', items);
      }
    },
  });
}

function textEntry(name, area) {
  return function Entry({ element, id }) {
    const words = useService('sopWords');
    return h(PropertyText, { element, id, name, area, label: words[name],
      description: words[`${name}Hint`] });
  };
}

const OutputEntry = textEntry('output', false);
const KeteranganEntry = textEntry('keterangan', false);
const CatatanEntry = textEntry('catatan', true);

function KeputusanEntry({ element, id }) {
  const words = useService('sopWords');
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const condition = () => {
    const expression = getBusinessObject(element).get('conditionExpression');
    return (expression && expression.get('body')) || '';
  };
  const getValue = () => {
    const found = CONDITION.exec(condition());
    return found ? found[1] : (condition() ? 'lain' : '');
  };
  const setValue = (value) => {
    if (value === 'lain') return;
    const name = getBusinessObject(element).get('name');
    const properties = { conditionExpression: value
      ? bpmnFactory.create('bpmn:FormalExpression', { body: `keputusan == "${value}"` })
      : undefined };
    if (value && (!name || name === 'Ya' || name === 'Tidak')) properties.name = value;
    modeling.updateProperties(element, properties);
  };
  const getOptions = () => {
    const options = [{ value: '', label: words.noCondition },
      { value: 'Ya', label: 'Ya' }, { value: 'Tidak', label: 'Tidak' }];
    if (getValue() === 'lain') options.push({ value: 'lain', label: words.otherCondition });
    return options;
  };
  return h(SelectEntry, { element, id, label: words.keputusan,
    description: words.keputusanHint, getValue, setValue, getOptions });
}

function PelaksanaEntry({ element, id }) {
  const words = useService('sopWords');
  const jabatan = useService('sopJabatan');
  const modeling = useService('modeling');
  const getValue = () => getBusinessObject(element).get('name') || '';
  const getOptions = () => {
    const current = getValue();
    const options = [{ value: '', label: words.choose }]
      .concat(jabatan.map((name) => ({ value: name, label: name })));
    if (current && !jabatan.includes(current)) {
      options.push({ value: current, label: `${current} (${words.notInCatalogue})` });
    }
    return options;
  };
  return h(SelectEntry, { element, id, label: words.pelaksana,
    description: jabatan.length ? words.pelaksanaHint : words.noCatalogue, getValue, getOptions,
    setValue: (value) => modeling.updateProperties(element, { name: value || undefined }),
    validate: (value) => (value && jabatan.length && !jabatan.includes(value)
      ? words.notInCatalogue : null) });
}

function entry(id, component, element, isEdited) {
  return { id, component, element, isEdited };
}

function isDecisionFlow(element) {
  return is(element, 'bpmn:SequenceFlow')
    && is(getBusinessObject(element).get('sourceRef'), 'bpmn:ExclusiveGateway');
}

function groupFor(element, words) {
  if (is(element, 'bpmn:UserTask')) {
    return { id: 'sop-mutu-baku', label: words.mutuBaku, shouldOpen: true, entries: [
      entry('sop-waktu', WaktuEntry, element, isTextFieldEntryEdited),
      entry('sop-kelengkapan', KelengkapanEntry, element, isTextAreaEntryEdited),
      entry('sop-output', OutputEntry, element, isTextFieldEntryEdited),
      entry('sop-keterangan', KeteranganEntry, element, isTextFieldEntryEdited),
      entry('sop-catatan', CatatanEntry, element, isTextAreaEntryEdited)] };
  }
  if (isDecisionFlow(element)) {
    return { id: 'sop-keputusan', label: words.keputusanGroup, shouldOpen: true,
      entries: [entry('sop-keputusan', KeputusanEntry, element, isSelectEntryEdited)] };
  }
  if (is(element, 'bpmn:Lane')) {
    return { id: 'sop-pelaksana', label: words.pelaksanaGroup, shouldOpen: true,
      entries: [entry('sop-pelaksana', PelaksanaEntry, element, isSelectEntryEdited)] };
  }
  return null;
}

/** Adds the product's group right after "General". */
export default function SopPropertiesProvider(propertiesPanel, sopWords) {
  this.getGroups = (element) => (groups) => {
    const group = groupFor(element, sopWords);
    if (group) {
      const general = groups.findIndex((g) => g.id === 'general');
      groups.splice(general + 1, 0, group);
    }
    return groups;
  };
  propertiesPanel.registerProvider(PRIORITY, this);
}
SopPropertiesProvider.$inject = ['propertiesPanel', 'sopWords'];
