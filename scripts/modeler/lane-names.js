// A new lane is named at once by a jabatan of the instansi's catalogue that no other lane uses
// (the first one; the designer picks another in "Pelaksana (jabatan)"), so the model never holds
// a lane the deployment would refuse for want of a role. Part of the same command as the lane's
// creation: one Ctrl+Z removes both.
import inherits from 'inherits-browser';
import CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';

export default function LaneNames(eventBus, modeling, elementRegistry, sopJabatan) {
  CommandInterceptor.call(this, eventBus);
  this.postExecuted('shape.create', ({ context }) => {
    const lane = context.shape;
    if (!is(lane, 'bpmn:Lane') || getBusinessObject(lane).get('name') || !sopJabatan.length) {
      return;
    }
    const used = new Set(elementRegistry.filter((e) => is(e, 'bpmn:Lane') && e !== lane)
      .map((e) => getBusinessObject(e).get('name')));
    const free = sopJabatan.find((name) => !used.has(name)) || sopJabatan[0];
    modeling.updateProperties(lane, { name: free });
  });
}
inherits(LaneNames, CommandInterceptor);
LaneNames.$inject = ['eventBus', 'modeling', 'elementRegistry', 'sopJabatan'];
