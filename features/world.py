"""One scenario's state and actions: its SOP, its users, the instance it started.

Every action goes through the JSON API as the named user; the deployed model (read back from
the server) is used only to understand the feature's words: which step "Penerimaan SPJ" is,
which role a name means, what "Tidak Lengkap" answers. Anything the feature names that the SOP
does not have fails at once with a message naming it and what the SOP does have.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from engine.soptable.links import normalise_name

from . import autodokumen, panggilan
from .errors import FiturGagal
from .form import field_named, isian, nilai
from .library import Entry
from .model import YA, Option, SopModel, Step
from .peran import Peran
from .server import Api, SopServer, message


def quoted(items: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f'"{x}"' for x in items)


class Skenario:
    """What a scenario has done so far (a fresh one per scenario)."""

    def __init__(self, server: SopServer, library: dict[str, Entry]):
        self.server, self.library = server, library
        self.entry: Entry | None = None
        self._sop: SopModel | None = None
        # name in the feature (a role, or a user the Latar names) -> (username, roles held)
        self.users: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.instance: int | None = None
        self._ready: list[dict[str, Any]] | None = None  # until the next change we make
        self.instances: list[tuple[SopModel, str, int]] = []  # (SOP, instansi, instance id)
        self._peran: Peran | None = None
        self.every_role = False  # the Latar gave each pelaksana a user (linked SOPs too)
        # the last "mencoba menyelesaikan": (step name, HTTP status, message)
        self.attempt: tuple[str, int, str] | None = None
        self.auto_documents = False  # the suite's choice (features.suites)
        self.entered: dict[str, str] = {}  # field label (normalised) -> field id, as entered
        self.linked: dict[str, int] = {}  # linked SOP id -> the case the scenario started

    # -- the SOP and its people (Latar) ------------------------------------------------------
    @property
    def sop(self) -> SopModel:
        if self._sop is None:
            raise FiturGagal('Belum ada SOP; mulai Latar Belakang dengan: '
                             'Dengan SOP "<id SOP>" diterapkan')
        return self._sop

    def use_sop(self, key: str) -> None:
        entry = self.library.get(key)
        if entry is None:
            near = difflib.get_close_matches(key, list(self.library), n=3, cutoff=0.6)
            hint = f"; mungkin maksudnya {quoted(near)}" if near else ""
            raise FiturGagal(f'SOP "{key}" tidak ada di pustaka bpmn/{hint}')
        panggilan.deploy_called(self, entry.model)  # a call activity needs its SOP deployed
        self.entry, self._sop, self._peran = entry, self.server.deploy(entry), None
        if self.every_role:
            self.add_role_users()

    def add_role_users(self) -> None:
        self.every_role = True
        for lane in self.sop.lanes:
            self.users[lane] = (self.server.role_user(lane, self._instansi()), (lane,))

    def add_named_user(self, name: str, role: str) -> None:
        """A user of this scenario only; naming it again with another role adds that role.
        The role is a lane of the SOP, or any jabatan of the instansi's catalogue (a user the
        SOP has no step for: "cannot complete" checks)."""
        lane = self.peran.lane(role) or self.peran.jabatan(role) or self._check_role(role)
        if self.peran.lane(name):
            raise FiturGagal(f'"{name}" adalah nama peran; beri pengguna nama lain')
        username, roles = self.users.get(name, ("", ()))
        username = self.server.named_user(name, lane, self._instansi(), username)
        self.users[name] = (username, (*roles, lane))

    def _instansi(self) -> str:
        return self.entry.instansi if self.entry else ""

    @property
    def peran(self) -> Peran:
        """The SOP's lanes with its instansi's jabatan catalogue (role names -> lanes)."""
        if self._peran is None:
            self._peran = Peran(self.sop.lanes, self.server.katalog(self._instansi()))
        return self._peran

    def _check_role(self, role: str) -> str:
        """The lane a role name means (same name ignoring case and spaces, or the same jabatan
        in the catalogue); fails with the closest lanes."""
        lane = self.peran.lane(role)
        if lane is None:
            near = self.peran.suggest(role)
            hint = f"; mungkin maksudnya {quoted(near)}" if near else ""
            raise FiturGagal(f'Peran "{role}" bukan pelaksana SOP "{self.sop.key}"; '
                             f"pelaksana: {quoted(self.sop.lanes)}{hint}")
        return lane

    def sebut(self, who: str) -> str:
        """How a message names someone: the feature's word, and the lane when spelt otherwise
        ('"KADIN" (pelaksana "Kepala Dinas")')."""
        lane = None if who in self.users and who not in self.sop.lanes else self.peran.lane(who)
        return f'"{who}"' if lane in (None, who) else f'"{who}" (pelaksana "{lane}")'

    def roles_of(self, who: str) -> tuple[str, ...]:
        """The lanes a name acts in: a named user's roles, else the lane the name means."""
        if who in self.users:
            return self.users[who][1]
        return (self._check_role(who),)

    def actor(self, who: str) -> tuple[Api, tuple[str, ...]]:
        """The API session and roles of a name used in a step (a role, or a named user)."""
        key = who if who in self.users else self._check_role(who)
        if key not in self.users:
            raise FiturGagal(f"Belum ada pengguna untuk {self.sebut(who)}; tambahkan di Latar "
                             "Belakang: Dan pengguna untuk setiap pelaksana SOP")
        username, roles = self.users[key]
        return self.server.client(username), roles

    # -- steps of the SOP --------------------------------------------------------------------
    def step(self, name: str, who: str | None = None) -> Step:
        """The step a feature names; with ``who``, one that this role or user performs."""
        found = self.sop.steps_named(name)
        if not found:
            names = list(dict.fromkeys(s.name for s in self.sop.steps))
            near = self.sop.suggest_steps(name)
            hint = f"; mungkin maksudnya {quoted(near)}" if near else ""
            raise FiturGagal(f'Langkah "{name}" tidak ada di SOP "{self.sop.key}"; langkah yang '
                             f"ada: {quoted(names)}{hint}")
        if len({s.name for s in found}) > 1:
            raise FiturGagal(f'Nama langkah "{name}" cocok dengan beberapa langkah: '
                             f"{quoted(sorted({s.name for s in found}))}; tulis lebih panjang")
        if who is not None:
            roles = self.roles_of(who)
            mine = [s for s in found if s.role in roles]
            if not mine:
                raise FiturGagal(f'Langkah "{name}" dilaksanakan oleh '
                                 f'{quoted(sorted({s.role for s in found}))}, bukan '
                                 f"{self.sebut(who)}")
            found = mine
        if len(found) > 1:
            ready = {t["taskDefinitionKey"] for t in self.ready()} if self.instance else set()
            current = [s for s in found if s.id in ready]
            if len(current) != 1 and who is None and len({s.role for s in found}) > 1:
                raise FiturGagal(
                    f'Nama langkah "{name}" dipakai oleh beberapa pelaksana: '
                    f'{quoted(sorted({s.role for s in found}))}; sebut pelaksananya: '
                    f'langkah "{name}" milik "<pelaksana>"')
            found = current or found
        return found[0]

    # -- the running instance ----------------------------------------------------------------
    def current(self) -> int:
        if self.instance is None:
            raise FiturGagal('SOP belum dimulai; tulis dulu: Ketika "<pelaksana>" memulai SOP')
        return self.instance

    def ready(self) -> list[dict[str, Any]]:
        """The instance's ready tasks, as an admin observer sees them.

        Read once per change: only this scenario acts on its instance, and a scenario's
        checks ask for the list several times per step."""
        if self._ready is None:
            resp = self.server.observer.get("/api/task", processInstanceId=self.current())
            if resp.status_code != 200:
                raise FiturGagal(f"Daftar tugas tidak dapat dibaca: {message(resp)}")
            self._ready = resp.json()
        return self._ready

    def changed(self) -> None:
        """Forget what we read: we just asked the server to change the instance."""
        self._ready = None

    def ready_task(self, step: Step) -> dict[str, Any]:
        for task in self.ready():
            if task["taskDefinitionKey"] == step.id:
                return task
        raise FiturGagal(self.not_next(step.name))

    def not_next(self, name: str) -> str:
        return f'Tugas berikutnya adalah {self.describe_ready()}, bukan "{name}"'

    def describe_ready(self) -> str:
        tasks = self.ready()
        if not tasks:
            return "tidak ada (SOP sudah selesai)"
        return " dan ".join(f'"{t["name"]}" untuk "{t["candidateGroup"]}"' for t in tasks)

    # -- actions -----------------------------------------------------------------------------
    def start(self, who: str) -> None:
        api, _ = self.actor(who)
        self.changed()
        resp = api.post(f"/api/process-definition/key/{self.sop.key}/start", json={})
        if resp.status_code != 200:
            raise FiturGagal(f'{self.sebut(who)} tidak dapat memulai SOP "{self.sop.key}": '
                             f"{message(resp)}")
        self.instance = resp.json()["id"]
        self.instances.append((self.sop, self._instansi(), self.instance))

    def complete(self, who: str, name: str, said: str | None = None,
                 alasan: str | None = None, isi: list[tuple[str, str]] = (),
                 coba: bool = False) -> None:
        """Claim the step's task, read its form, fill it as a careful user would (with the
        values the feature gives), complete. ``coba``: a refusal is kept in ``attempt`` for a
        later "formulir ... ditolak" instead of failing here."""
        step = self.step(name, who)
        if step.is_call:  # performed by the called SOP's case: play it to its end
            self._check_role_of(step, who)
            panggilan.play(self, step)
            return
        self._complete(who, step, name, said, alasan, isi, coba)

    def complete_step(self, step: Step, said: str | None = None) -> None:
        """Complete a step the harness chose (a called SOP's default path) as its pelaksana."""
        self._complete(step.role, step, step.name, said, None, (), False)

    def _complete(self, who: str, step: Step, name: str, said: str | None,
                  alasan: str | None, isi: list[tuple[str, str]] | tuple, coba: bool) -> None:
        api, _ = self.actor(who)
        option = self.option(step, said, alasan)
        task = self.ready_task(step)
        if self.auto_documents and not coba:  # acceptance: seeds name papers, not files
            autodokumen.lengkapi(self, who, step, task, option)
        claimed = api.post(f"/api/task/{task['id']}/claim")
        if claimed.status_code != 200:
            raise FiturGagal(f'{self.sebut(who)} tidak dapat mengambil tugas "{name}": '
                             f"{message(claimed)}")
        form = api.get(f"/api/task/{task['id']}/form-variables").json()
        data = isian(form, step.properties.get("output", ""), option, alasan)
        for label, value in isi:
            field = field_named(form, label, name)
            data[field["id"]] = nilai(field, value, name)
            self.entered[" ".join(label.split()).casefold()] = field["id"]
        self.changed()
        done = api.post(f"/api/task/{task['id']}/complete", json={"variables": data})
        if coba:
            self.attempt = (name, done.status_code, message(done))
        elif done.status_code != 200:
            raise FiturGagal(f'{self.sebut(who)} tidak dapat menyelesaikan langkah "{name}": '
                             f"{message(done)}")

    def _check_role_of(self, step: Step, who: str) -> None:
        """Only the step's pelaksana sets a call step going (as with any other step)."""
        if step.role not in self.roles_of(who):
            raise FiturGagal(f'Langkah "{step.name}" dilaksanakan oleh "{step.role}", bukan '
                             f"{self.sebut(who)}")

    @contextmanager
    def acting_on(self, entry: Entry, instance: int) -> Iterator[None]:
        """Act on another SOP's case for a while (a case a call step started), as that SOP's
        own pelaksana; the scenario's SOP, case and users come back afterwards."""
        saved = (self.entry, self._sop, self._peran, self.instance, self.users, self.every_role)
        self.entry, self._sop, self._peran = entry, self.server.deploy(entry), None
        self.instance, self.users = instance, {}
        self.changed()
        self.add_role_users()
        try:
            yield
        finally:
            (self.entry, self._sop, self._peran, self.instance, self.users,
             self.every_role) = saved
            self.changed()

    def start_linked(self, who: str, said: str) -> None:
        """Start a SOP this one links to (its keterkaitan / tautan SOP) as ``who``; the scenario
        then acts on that SOP and its new case."""
        key = self.linked_key(said)
        entry = self.library.get(key)
        if entry is None:
            raise FiturGagal(f'SOP terkait "{said}" ({key}) tidak ada di pustaka bpmn/')
        self.use_sop(key)
        self.start(who)
        self.linked[key] = self.current()

    def sop_named(self, said: str, keys: list[str]) -> str | None:
        """The one of ``keys`` a feature names by id or by its SOP name."""
        wanted = normalise_name(said)
        for key in keys:
            entry = self.library.get(key)
            if said.strip() == key or (entry and normalise_name(entry.model.name) == wanted):
                return key
        return None

    def linked_key(self, said: str) -> str:
        """The id of a linked SOP the feature names by id or by name (case-insensitive,
        without a leading "SOP" / "Prosedur")."""
        linked = self.sop.linked_keys
        key = self.sop_named(said, linked)
        if key:
            return key
        names = [f"{self.library[k].model.name} ({k})" if k in self.library else k
                 for k in linked]
        listed = quoted(names) if names else "tidak ada"
        raise FiturGagal(f'"{said}" bukan SOP terkait SOP "{self.sop.key}"; SOP terkait di '
                         f"pustaka: {listed}; keterkaitan tertulis: "
                         f'{self.sop.properties.get("keterkaitan", "") or "-"}')

    def attach(self, who: str, name: str) -> None:
        """Upload a small real PDF named after the document to the ready step of ``who`` that
        asks for it (``dokumen`` on a kelengkapan or the output), through the attachments API;
        a document no ready step of theirs names goes to their only ready step."""
        api, roles = self.actor(who)
        wanted = " ".join(name.split()).casefold()
        mine = [(t, self.sop.step(t["taskDefinitionKey"])) for t in self.ready()]
        mine = [(t, s) for t, s in mine if s is not None and s.role in roles]
        slots = [(t, fid) for t, s in mine for fid, label in s.documents
                 if " ".join(label.split()).casefold() == wanted]
        if slots:
            task, field = slots[0]
        elif len(mine) == 1:
            task, field = mine[0][0], ""
        else:
            raise FiturGagal(f'"{who}" tidak mempunyai tugas siap yang meminta dokumen '
                             f'"{name}"; tugas siap: {self.describe_ready()}')
        resp = autodokumen.upload_pdf(api, task, name, field, [self.sop.name])
        if resp.status_code != 200:
            raise FiturGagal(f'"{who}" tidak dapat melampirkan dokumen "{name}": '
                             f"{message(resp)}")

    def option(self, step: Step, said: str | None, alasan: str | None) -> Option | None:
        """The decision's answer the feature gives, checked against the SOP's options."""
        if said is None:
            if step.is_decision:
                raise FiturGagal(
                    f'Langkah "{step.name}" adalah keputusan ("{step.question}"); tulis: '
                    f'"{step.role}" memutuskan "{step.options[0].label}" pada "{step.name}"')
            return None
        if not step.is_decision:
            names = quoted([s.name for s in self.sop.decisions])
            where = f"keputusan di SOP ini: {names}" if names else "SOP ini tidak punya keputusan"
            raise FiturGagal(f'Langkah "{step.name}" bukan keputusan; {where}')
        option = step.option(said)
        if option is None:
            raise FiturGagal(f'Keputusan "{said}" tidak ada pada langkah "{step.name}"; pilihan: '
                             f"{quoted([o.label for o in step.options])}")
        if option.value != YA and not alasan:
            raise FiturGagal(f'Keputusan "{said}" pada langkah "{step.name}" perlu alasan; tulis: '
                             f'... pada "{step.name}" dengan alasan "..."')
        return option
