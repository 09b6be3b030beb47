"""What a scenario asserts (the ``Maka`` lines): the next task, the end, who may act (start,
see, claim, complete), what a role can read, a refused form, Terlambat, a linked SOP running,
and the step's Mutu Baku (batas waktu, kelengkapan, output)."""

from __future__ import annotations

from typing import Any

from . import panggilan
from .durasi import Durasi, DurasiTidakDipahami, dari_iso, dari_kalimat, rentang_kalimat, teks
from .errors import FiturGagal
from .form import fields_of, isian
from .model import Step
from .server import message
from .world import Skenario, quoted


def next_task(world: Skenario, name: str, who: str) -> None:
    """The step is ready, for that role, and in that role's own task list."""
    api, _ = world.actor(who)
    step = world.step(name, who)
    if step.is_call:  # no inbox task: the case waits while the called SOP's case runs
        panggilan.check_waiting(world, step)
        return
    tasks = [t for t in world.ready() if t["taskDefinitionKey"] == step.id]
    if not tasks:
        raise FiturGagal(world.not_next(name))
    mine = api.get("/api/task", processInstanceId=world.current(), candidateGroup=step.role).json()
    if tasks[0]["id"] not in {t["id"] for t in mine}:
        raise FiturGagal(f'Tugas "{name}" siap, tetapi tidak muncul di daftar tugas '
                         f"{world.sebut(who)}")


def finished(world: Skenario) -> None:
    resp = world.server.observer.get(f"/api/process-instance/{world.current()}")
    if resp.status_code != 200:
        raise FiturGagal(f"Instans SOP tidak dapat dibaca: {message(resp)}")
    if not resp.json()["ended"]:
        raise FiturGagal(f"SOP belum selesai; tugas berikutnya adalah {world.describe_ready()}")


def cannot_complete(world: Skenario, who: str, name: str) -> None:
    """Someone without the step's role tries to complete it: the server must answer 403.
    A call step has no task anyone could complete: it must be waiting on its called case."""
    step = world.step(name)
    if step.is_call:
        if step.role in world.roles_of(who):
            raise FiturGagal(f'{world.sebut(who)} adalah pelaksana langkah "{name}"; pilih '
                             "peran lain")
        panggilan.check_waiting(world, step)
        return
    api, step, task = _other_role(world, who, name)
    data = isian(fields_of(step), step.properties.get("output", ""), step.options[0]
                 if step.options else None, "uji hak akses")
    world.changed()
    resp = api.post(f"/api/task/{task['id']}/complete", json={"variables": data})
    if resp.status_code != 403:
        raise FiturGagal(f'{world.sebut(who)} seharusnya ditolak (403) saat menyelesaikan '
                         f'langkah "{name}" milik "{step.role}", tetapi server menjawab '
                         f"{message(resp)}")
    if task["id"] not in {t["id"] for t in world.ready()}:
        raise FiturGagal(f'Langkah "{name}" berubah setelah {world.sebut(who)} mencoba '
                         "menyelesaikannya")


def _other_role(world: Skenario, who: str, name: str) -> tuple[Any, Step, dict[str, Any]]:
    """(session of ``who``, the step, its ready task) for a check that someone who does not
    hold the step's role is refused; fails when ``who`` does hold it (the check would prove
    nothing) or the step is not ready."""
    api, roles = world.actor(who)
    step = world.step(name)
    if step.role in roles:
        raise FiturGagal(f'{world.sebut(who)} adalah pelaksana langkah "{name}"; pilih peran '
                         "lain")
    return api, step, world.ready_task(step)


def cannot_start(world: Skenario, who: str) -> None:
    """Someone who holds no first step's lane asks to start the SOP: 403, and no case."""
    api, _ = world.actor(who)
    resp = api.post(f"/api/process-definition/key/{world.sop.key}/start", json={})
    if resp.status_code == 200:
        world.instances.append((world.sop, world.entry.instansi if world.entry else "",
                                resp.json()["id"]))
    if resp.status_code != 403:
        raise FiturGagal(f'{world.sebut(who)} seharusnya ditolak (403) saat memulai SOP '
                         f'"{world.sop.key}", tetapi server menjawab {message(resp)}')


def not_visible(world: Skenario, who: str, name: str) -> None:
    """The ready step's task is not in the task list of ``who``."""
    api, step, task = _other_role(world, who, name)
    resp = api.get("/api/task", processInstanceId=world.current())
    if resp.status_code != 200:
        raise FiturGagal(f"Daftar tugas {world.sebut(who)} tidak dapat dibaca: {message(resp)}")
    if task["id"] in {t["id"] for t in resp.json()}:
        raise FiturGagal(f'Tugas "{name}" milik "{step.role}" terlihat di daftar tugas '
                         f"{world.sebut(who)}")


def cannot_claim(world: Skenario, who: str, name: str) -> None:
    """Claiming the ready step's task is refused (403, or 404 for a task they cannot see) and
    leaves it unclaimed."""
    api, step, task = _other_role(world, who, name)
    world.changed()
    resp = api.post(f"/api/task/{task['id']}/claim")
    if resp.status_code not in (403, 404):
        raise FiturGagal(f'{world.sebut(who)} seharusnya ditolak saat mengambil tugas "{name}" '
                         f'milik "{step.role}", tetapi server menjawab {message(resp)}')
    after = world.server.observer.get(f"/api/task/{task['id']}")
    if after.status_code != 200 or after.json().get("assignee"):
        raise FiturGagal(f'Tugas "{name}" berubah setelah {world.sebut(who)} mencoba '
                         "mengambilnya")


def sees_value(world: Skenario, who: str, label: str, value: str, name: str) -> None:
    """At the ready step ``name``, ``who`` reads the case's variables over the API and finds
    the value entered earlier under the field labelled ``label``."""
    api, _ = world.actor(who)
    world.ready_task(world.step(name))
    key = " ".join(label.split()).casefold()
    field = world.entered.get(key)
    if field is None:
        raise FiturGagal(f'Isian "{label}" belum diisi di skenario ini; tulis dulu: Ketika '
                         f'"<pelaksana>" menyelesaikan langkah "<langkah>" dengan "{label}" '
                         f'"{value}"')
    resp = api.get(f"/api/process-instance/{world.current()}")
    if resp.status_code != 200:
        raise FiturGagal(f"{world.sebut(who)} tidak dapat membaca berkas SOP: {message(resp)}")
    seen = (resp.json().get("variables") or {}).get(field)
    if _norm(_text(seen)) != _norm(value):
        raise FiturGagal(f'{world.sebut(who)} melihat "{label}" "{_text(seen)}" pada langkah '
                         f'"{name}", bukan "{value}"')


def form_refused(world: Skenario, name: str, said: str) -> None:
    """The last attempt to complete ``name`` was refused (422) with a message containing
    ``said``."""
    if world.attempt is None or _norm(world.attempt[0]) != _norm(name):
        raise FiturGagal(f'Belum ada percobaan mengisi formulir langkah "{name}"; tulis dulu: '
                         f'Ketika "<pelaksana>" mencoba menyelesaikan langkah "{name}" dengan '
                         '"<isian>" "<nilai>"')
    _, status, text = world.attempt
    if status == 200:
        raise FiturGagal(f'Formulir langkah "{name}" diterima, padahal seharusnya ditolak '
                         f'dengan pesan "{said}"')
    if status != 422 or _norm(said) not in _norm(text):
        raise FiturGagal(f'Formulir langkah "{name}" ditolak dengan {text}, bukan dengan pesan '
                         f'"{said}"')


def late(world: Skenario, name: str, expected: bool) -> None:
    """Terlambat as the API says it: the ready task is in ``GET /api/task?overdue=true``."""
    task = world.ready_task(world.step(name))
    resp = world.server.observer.get("/api/task", processInstanceId=world.current(),
                                     overdue="true")
    if resp.status_code != 200:
        raise FiturGagal(f"Daftar tugas Terlambat tidak dapat dibaca: {message(resp)}")
    actual = task["id"] in {t["id"] for t in resp.json()}
    if actual != expected:
        state = "sudah Terlambat" if actual else "belum Terlambat"
        raise FiturGagal(f'Langkah "{name}" {state} (batas waktu {task.get("due") or "tidak ada"}'
                         f', waktu di SOP: "{task["properties"].get("waktu", "")}")')


def linked_running(world: Skenario, said: str) -> None:
    """The linked SOP's case this scenario started exists and has not ended."""
    key = world.sop_named(said, list(world.linked))
    if key is None:
        started = quoted(list(world.linked)) or "belum ada"
        raise FiturGagal(f'SOP terkait "{said}" belum dimulai di skenario ini; SOP terkait yang '
                         f"dimulai: {started}")
    resp = world.server.observer.get(f"/api/process-instance/{world.linked[key]}")
    if resp.status_code != 200 or resp.json()["processDefinitionKey"] != key:
        raise FiturGagal(f'SOP terkait "{said}" tidak berjalan: {message(resp)}')
    if resp.json()["ended"]:
        raise FiturGagal(f'SOP terkait "{said}" sudah selesai, tidak berjalan')


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


def deadline(world: Skenario, name: str, said: str, who: str | None = None) -> None:
    """The step's batas waktu in the feature's words; a bare "hari" is the SOP's day policy,
    a range "10 - 20 menit" must be the SOP's range (its upper end is the batas waktu)."""
    step = world.step(name, who)
    props = _properties(world, step)
    iso = props.get("waktu_iso", "")
    if not iso:
        raise FiturGagal(f'Langkah "{name}" tidak mempunyai batas waktu (waktu di SOP: '
                         f'"{props.get("waktu", "")}")')
    kind = props.get("waktu_hari") or "kerja"  # as engine.deadlines counts a day
    actual = dari_iso(iso, kind)
    low = dari_iso(props["waktu_min_iso"], kind) if props.get("waktu_min_iso") else None
    try:
        wanted = rentang_kalimat(said, world.sop.waktu_hari) or (
            None, dari_kalimat(said, world.sop.waktu_hari))
    except DurasiTidakDipahami as err:
        raise FiturGagal(str(err)) from None
    if (wanted[0] is not None and wanted[0] != low) or wanted[1] != actual:
        raise FiturGagal(f'Batas waktu langkah "{name}" adalah {_range(low, actual)} (waktu di '
                         f'SOP: "{props.get("waktu", "")}"), bukan {said}')


def _range(low: Durasi | None, high: Durasi) -> str:
    return f"{teks(low)} - {teks(high)}" if low is not None else teks(high)


def output(world: Skenario, name: str, said: str, who: str | None = None) -> None:
    actual = _properties(world, world.step(name, who)).get("output", "")
    if _norm(actual) != _norm(said):
        raise FiturGagal(f'Output langkah "{name}" adalah "{actual}", bukan "{said}"')


def kelengkapan(world: Skenario, name: str, said: list[str], who: str | None = None) -> None:
    """The checklist the step's form asks to tick, in any order."""
    step = world.step(name, who)
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


def _text(value: Any) -> str:
    """A variable as a feature writes it: Ya/Tidak for a checkbox."""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    return "" if value is None else str(value)


def performs(world: Skenario, name: str, said: str) -> None:
    """The step is a call activity performing the SOP ``said``, and the case waits on it."""
    step = world.step(name)
    if world.sop_named(said, [step.called] if step.is_call else []) is None:
        what = f'menjalankan SOP "{step.called}"' if step.is_call else "bukan panggilan SOP"
        raise FiturGagal(f'Langkah "{name}" {what}, bukan SOP "{said}"')
    panggilan.check_waiting(world, step)
