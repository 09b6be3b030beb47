"""Steps that perform another SOP (call activities) in a scenario.

A call activity has no inbox task: when the case reaches it the server starts a case of the
called SOP (its own lanes, its own instansi) and the calling case waits until that case ends.
A scenario therefore "completes" such a step by playing the called case to its end along its
default path (every decision Ya), as that SOP's own pelaksana, through the same JSON API; the
calling case then moves on by itself. The called case's history counts for the called SOP's
coverage, the call activity's for the calling SOP's.

Contract with the server (Camunda 7 REST): ``GET /api/process-instance?superProcessInstance=<id>``
lists the cases a case called; deployment accepts a call activity whose SOP is already deployed,
so the SOPs a model calls are deployed before it (:func:`deploy_called`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import FiturGagal
from .model import YA, SopModel, Step
from .server import message

if TYPE_CHECKING:
    from .world import Skenario

MAX_STEPS = 200  # a called SOP whose default path loops longer than this is a model to look at


def deploy_called(world: Skenario, model: SopModel, seen: set[str] | None = None) -> None:
    """Deploy every SOP ``model`` calls, deepest first, once per run (the server caches)."""
    seen = set() if seen is None else seen
    for key in model.called_keys:
        if key in seen:
            continue
        seen.add(key)
        entry = world.library.get(key)
        if entry is None:
            raise FiturGagal(f'SOP "{model.key}" memanggil SOP "{key}" yang tidak ada di '
                             "pustaka bpmn/")
        deploy_called(world, entry.model, seen)
        world.server.deploy(entry)


def call_step(world: Skenario, said: str) -> Step:
    """The step of the scenario's SOP that performs the SOP ``said`` (id or name)."""
    calls = [s for s in world.sop.steps if s.is_call]
    key = world.sop_named(said, [s.called for s in calls])
    if key is None:
        performed = ", ".join(f'"{s.called}" (langkah "{s.name}")' for s in calls) or "tidak ada"
        raise FiturGagal(f'Tidak ada langkah SOP "{world.sop.key}" yang menjalankan SOP "{said}";'
                         f" SOP yang dijalankan langkahnya: {performed}")
    return next(s for s in calls if s.called == key)


def called_case(world: Skenario, step: Step) -> dict[str, Any] | None:
    """The running case the scenario's case started for the call step, if any."""
    resp = world.server.observer.get("/api/process-instance",
                                     superProcessInstance=world.current(),
                                     processDefinitionKey=step.called)
    if resp.status_code != 200:
        raise FiturGagal(f'Berkas yang dipanggil langkah "{step.name}" tidak dapat dibaca: '
                         f"{message(resp)}")
    mine = world.current()
    running = [c for c in resp.json()
               if not c.get("ended") and c.get("processDefinitionKey", step.called) == step.called
               and c.get("superProcessInstanceId", mine) == mine]
    return running[0] if running else None


def check_waiting(world: Skenario, step: Step) -> None:
    """The case waits at the call step: the called SOP's case runs, and no inbox task stands
    for the step (nobody completes it by hand)."""
    if any(t["taskDefinitionKey"] == step.id for t in world.ready()):
        raise FiturGagal(f'Langkah "{step.name}" muncul sebagai tugas, padahal langkah itu '
                         f'menjalankan SOP "{step.called}"')
    if called_case(world, step) is None:
        raise FiturGagal(f'Langkah "{step.name}" tidak sedang menjalankan SOP "{step.called}"; '
                         f"tugas berikutnya adalah {world.describe_ready()}")


def play(world: Skenario, step: Step) -> None:
    """Play the case the call step started to its end (default path), then let the calling
    case move on."""
    case = called_case(world, step)
    if case is None:
        raise FiturGagal(f'Langkah "{step.name}" tidak sedang menjalankan SOP "{step.called}"; '
                         f"tugas berikutnya adalah {world.describe_ready()}")
    entry = world.library[step.called]
    with world.acting_on(entry, case["id"]):
        world.instances.append((world.sop, entry.instansi, case["id"]))
        _play_here(world)
        ended = world.server.observer.get(f"/api/process-instance/{case['id']}")
        if ended.status_code != 200 or not ended.json().get("ended"):
            raise FiturGagal(f'SOP "{step.called}" yang dijalankan langkah "{step.name}" belum '
                             f"selesai; tugas berikutnya di sana: {world.describe_ready()}")
    world.changed()


def _play_here(world: Skenario) -> None:
    """Complete the current case's ready steps one by one, every decision Ya, each as the
    step's own pelaksana; a nested call is played the same way."""
    for _ in range(MAX_STEPS):
        ready = world.ready()
        if not ready:
            nested = next((s for s in world.sop.steps
                           if s.is_call and called_case(world, s) is not None), None)
            if nested is None:
                return
            play(world, nested)
            continue
        step = world.sop.step(ready[0]["taskDefinitionKey"])
        if step is None:
            raise FiturGagal(f'Tugas "{ready[0]["name"]}" tidak ada di SOP "{world.sop.key}"')
        _complete_default(world, step)
    raise FiturGagal(f'SOP "{world.sop.key}" tidak selesai setelah {MAX_STEPS} langkah '
                     "(jalur bawaan berputar)")


def _complete_default(world: Skenario, step: Step) -> None:
    if not world.auto_documents:  # the acceptance suite attaches them in complete()
        for _, name in step.documents:
            world.attach(step.role, name)
    option = step.option(YA) if step.is_decision else None
    if step.is_decision and option is None:
        raise FiturGagal(f'Keputusan "{step.name}" di SOP "{world.sop.key}" tidak punya '
                         "jawaban Ya untuk jalur bawaan")
    world.complete_step(step, option.label if option else None)
