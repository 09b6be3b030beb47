"""What a scenario asserts (the ``Maka`` lines): the next task, the end, who may act, what a
role can read, and the step's Mutu Baku (batas waktu, kelengkapan, output)."""

from __future__ import annotations

from typing import Any

from .durasi import DurasiTidakDipahami, dari_iso, dari_kalimat, teks
from .errors import FiturGagal
from .form import fields_of, isian
from .model import Step
from .server import message
from .world import Skenario, quoted


def next_task(world: Skenario, name: str, who: str) -> None:
    """The step is ready, for that role, and in that role's own task list."""
    api, _ = world.actor(who)
    step = world.step(name, who)
    tasks = [t for t in world.ready() if t["taskDefinitionKey"] == step.id]
    if not tasks:
        raise FiturGagal(world.not_next(name))
    mine = api.get("/api/task", processInstanceId=world.current(), candidateGroup=step.role).json()
    if tasks[0]["id"] not in {t["id"] for t in mine}:
        raise FiturGagal(f'Tugas "{name}" siap, tetapi tidak muncul di daftar tugas "{who}"')


def finished(world: Skenario) -> None:
    resp = world.server.observer.get(f"/api/process-instance/{world.current()}")
    if resp.status_code != 200:
        raise FiturGagal(f"Instans SOP tidak dapat dibaca: {message(resp)}")
    if not resp.json()["ended"]:
        raise FiturGagal(f"SOP belum selesai; tugas berikutnya adalah {world.describe_ready()}")


def cannot_complete(world: Skenario, who: str, name: str) -> None:
    """Someone without the step's role tries to complete it: the server must answer 403."""
    api, roles = world.actor(who)
    step = world.step(name)
    if step.role in roles:
        raise FiturGagal(f'"{who}" adalah pelaksana langkah "{name}"; pilih peran lain')
    task = world.ready_task(step)
    data = isian(fields_of(step), step.properties.get("output", ""), step.options[0]
                 if step.options else None, "uji hak akses")
    world.changed()
    resp = api.post(f"/api/task/{task['id']}/complete", json={"variables": data})
    if resp.status_code != 403:
        raise FiturGagal(f'"{who}" seharusnya ditolak (403) saat menyelesaikan langkah "{name}" '
                         f'milik "{step.role}", tetapi server menjawab {message(resp)}')
    if task["id"] not in {t["id"] for t in world.ready()}:
        raise FiturGagal(f'Langkah "{name}" berubah setelah "{who}" mencoba menyelesaikannya')


def reason_visible(world: Skenario, alasan: str, who: str) -> None:
    """The reason of a decision is in the task history that role reads over the API."""
    api, _ = world.actor(who)
    resp = api.get("/api/history/task", processInstanceId=world.current())
    if resp.status_code != 200:
        raise FiturGagal(f'"{who}" tidak dapat membaca riwayat SOP: {message(resp)}')
    seen = [(h.get("variables") or {}).get("alasan") for h in resp.json()]
    seen = [s for s in seen if s]
    if alasan not in seen:
        recorded = quoted(seen) if seen else "tidak ada"
        raise FiturGagal(f'Alasan "{alasan}" tidak terlihat oleh "{who}"; alasan yang tercatat: '
                         f"{recorded}")


def deadline(world: Skenario, name: str, said: str) -> None:
    step = world.step(name)
    props = _properties(world, step)
    iso = props.get("waktu_iso", "")
    if not iso:
        raise FiturGagal(f'Langkah "{name}" tidak mempunyai batas waktu (waktu di SOP: '
                         f'"{props.get("waktu", "")}")')
    actual = dari_iso(iso, props.get("waktu_hari", ""))
    try:
        expected = dari_kalimat(said)
    except DurasiTidakDipahami as err:
        raise FiturGagal(str(err)) from None
    if actual != expected:
        raise FiturGagal(f'Batas waktu langkah "{name}" adalah {teks(actual)} (waktu di SOP: '
                         f'"{props.get("waktu", "")}"), bukan {said}')


def output(world: Skenario, name: str, said: str) -> None:
    actual = _properties(world, world.step(name)).get("output", "")
    if _norm(actual) != _norm(said):
        raise FiturGagal(f'Output langkah "{name}" adalah "{actual}", bukan "{said}"')


def kelengkapan(world: Skenario, name: str, said: list[str]) -> None:
    """The checklist the step's form asks to tick, in any order."""
    step = world.step(name)
    actual = _kelengkapan(world, step)
    if sorted(map(_norm, actual)) != sorted(map(_norm, said)):
        missing = [x for x in actual if _norm(x) not in set(map(_norm, said))]
        extra = [x for x in said if _norm(x) not in set(map(_norm, actual))]
        raise FiturGagal(f'Kelengkapan langkah "{name}" adalah: {quoted(actual) or "tidak ada"}; '
                         f"tidak disebut di fitur: {quoted(missing) or '-'}; tidak ada di SOP: "
                         f"{quoted(extra) or '-'}")


def _properties(world: Skenario, step: Step) -> dict[str, Any]:
    """What the user sees on the ready task, else what the deployed model says."""
    task = _ready_or_none(world, step)
    return dict(task["properties"]) if task else dict(step.properties)


def _kelengkapan(world: Skenario, step: Step) -> list[str]:
    task = _ready_or_none(world, step)
    if task is None:
        return step.kelengkapan
    form = world.server.observer.get(f"/api/task/{task['id']}/form-variables").json()
    return [f["label"] for f in form if f["id"].startswith("kelengkapan_")]


def _ready_or_none(world: Skenario, step: Step) -> dict[str, Any] | None:
    if world.instance is None:
        return None
    return next((t for t in world.ready() if t["taskDefinitionKey"] == step.id), None)


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()
