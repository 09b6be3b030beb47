"""The task and berkas pages in a real browser, on the cuti SOP (Lumajang Disdukcapil).

The decision buttons speak the model's words (Ada / Tidak ada) and still submit Ya / Tidak;
returning a step needs no kelengkapan ticks; the redone step starts from its previous attempt;
reopening a step one completed says so; the timeline numbers steps as the SOP does and names
people by name and NIP; the diagram zooms (fit / 100% / + / -) by mouse and keyboard.
The case is moved between pages over the JSON API (the inbox is not under test here).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import ApiClient, LiveServer, deploy_paths
from selenium.webdriver.common.keys import Keys
from test_decisions import CUTI, CUTI_KEY, INSTANSI, only_task
from test_pages_browser import Staff

from engine.db import make_engine, make_session_factory, transaction
from engine.migrate import upgrade
from engine.users import create_user, hash_password

PEOPLE = {  # username: (role, full name, NIP)
    "ani@cuti": ("PNS", "Ani Lestari", "19800101 200501 2 001"),
    "budi@cuti": ("Kepala Sub Bagian Umum dan Kepegawaian", "Budi Santoso",
                  "19660710 199202 1 007"),
    "sri@cuti": ("Staf", "Sri Wahyuni", "19850505 201001 2 003"),
}
PASSWORD = "rahasia"


class CutiSite:
    """The served app with the cuti SOP and three named staff (Staff expects ``server``)."""

    def __init__(self, url: str):
        deploy_paths(url, CUTI)
        factory = make_session_factory(make_engine(url))
        hashed = hash_password(PASSWORD)
        with transaction(factory, write=True) as db:
            for username, (role, name, nip) in PEOPLE.items():
                create_user(db, username, PASSWORD, [(role, INSTANSI)], full_name=name, nip=nip,
                            password_hash=hashed)
        self.server = LiveServer(url)

    def api(self, username: str) -> ApiClient:
        return self.server.login(username, PASSWORD)


@pytest.fixture(scope="module")
def cuti_site(tmp_path_factory) -> Iterator[CutiSite]:
    url = f"sqlite:///{tmp_path_factory.mktemp('cuti') / 'sop.sqlite'}"
    upgrade(url)
    site = CutiSite(url)
    yield site
    site.server.stop()


@pytest.fixture
def person(cuti_site: CutiSite, driver) -> Staff:  # noqa: F811
    driver.delete_all_cookies()
    return Staff(driver, cuti_site)


def log_in(person: Staff, username: str) -> None:
    person.login(username, PASSWORD)


def complete(api: ApiClient, task: dict[str, Any], variables: dict[str, Any]) -> dict[str, Any]:
    resp = api.post(f"/api/task/{task['id']}/complete", json={"variables": variables})
    assert resp.status_code == 200, resp.text
    return resp.json()


def started_at_step_2(site: CutiSite) -> tuple[int, dict[str, Any]]:
    """Ani applies for leave (step 1 over the API): the case and its step 2."""
    ani = site.api("ani@cuti")
    instance = ani.post(f"/api/process-definition/key/{CUTI_KEY}/start", json={}).json()
    after = complete(ani, only_task(instance), {"kelengkapan_1": True, "output": "Blanko"})
    return instance["id"], only_task(after)


def variables_of(site: CutiSite, instance_id: int) -> dict[str, Any]:
    return site.api("budi@cuti").get(f"/api/process-instance/{instance_id}").json()["variables"]


def test_the_decision_buttons_say_ada_and_tidak_ada_and_submit_ya(person: Staff):
    instance_id, step2 = started_at_step_2(person.site)
    log_in(person, "budi@cuti")
    person.open(f"/tugas/{step2['id']}")
    buttons = {b.text: b.get_attribute("value")
               for b in person.find_all("fieldset.decision button[name=keputusan]")}
    assert buttons == {"Ada": "Ya", "Tidak ada": "Tidak"}
    assert person.find("fieldset.decision legend").text == "Masih ada sisa cuti tahunan?"
    assert "Tidak wajib bila Anda memilih \u201cTidak ada\u201d" in person.find(".checklist").text
    person.shot("tugas-keputusan-ada-tidak-ada")
    person.complete("Ada")
    assert "selesai" in person.flashes()
    assert variables_of(person.site, instance_id)["keputusan"] == "Ya"


def test_return_without_ticks_prefill_step_numbers_names_and_own_completion(person: Staff):
    site = person.site
    instance_id, step2 = started_at_step_2(site)
    budi, sri = site.api("budi@cuti"), site.api("sri@cuti")
    step3 = only_task(complete(budi, step2, {"kelengkapan_1": True, "keputusan": "Ya"}))
    step4 = only_task(complete(sri, step3, {"kelengkapan_1": True,
                                            "output": "Surat pengantar no. 12",
                                            "catatan": "diketik ulang"}))

    # Budi: forward without the tick is refused; returning without it is not
    log_in(person, "budi@cuti")
    person.open(f"/tugas/{step4['id']}")
    assert [b.text for b in person.find_all("fieldset.decision button")] == [
        "Setuju", "Kembalikan untuk Perbaikan"]  # the model names Tidak only "Tidak"
    person.click(lambda: person.button("Setuju"))
    assert "wajib dicentang" in person.find(".checklist .field-error").text
    person.fill("alasan", "salah ketik nama")
    person.click(lambda: person.button("Kembalikan untuk Perbaikan"))
    assert "dikembalikan" in person.flashes(), person.text()
    redo = only_task(site.api("budi@cuti").get(f"/api/process-instance/{instance_id}").json())
    assert redo["taskDefinitionKey"] == "langkah_03"
    assert variables_of(site, instance_id)["kelengkapan_1"] is False

    # Sri: the redone step starts from what she recorded last time
    log_in(person, "sri@cuti")
    person.open(f"/tugas/{redo['id']}")
    assert "Diisi dari isian sebelumnya" in person.find(".prefilled").text
    assert person.find("[name=output]").get_attribute("value") == "Surat pengantar no. 12"
    assert person.find("[name=catatan]").get_attribute("value") == "diketik ulang"
    assert person.find("[name=kelengkapan_1]").is_selected()
    assert "salah ketik nama" in person.find(".returned").text
    assert "Budi Santoso (NIP 19660710 199202 1 007)" in person.find(".returned").text
    person.shot("tugas-diisi-dari-sebelumnya")
    person.click(lambda: person.button("Selesaikan"))
    assert "selesai" in person.flashes()

    # reopening what she completed herself is not "someone else was first"
    person.open(f"/tugas/{redo['id']}")
    assert person.h1() == "Anda sudah menyelesaikan langkah ini"
    assert "didahului" not in person.text()
    person.click(lambda: person.link(f"Lihat riwayat berkas #{instance_id}"))

    # the berkas page: No is the SOP's step number, people by name and NIP
    rows = person.find_all("table.timeline tbody tr")
    numbers = [person.find("td[data-label=No]", r).text for r in rows]
    assert numbers == ["1", "2", "3", "4", "3", "4"]
    by = [person.find("td[data-label=Oleh]", r).text for r in rows]
    assert by[:5] == ["Ani Lestari (NIP 19800101 200501 2 001)",
                      "Budi Santoso (NIP 19660710 199202 1 007)",
                      "Sri Wahyuni (NIP 19850505 201001 2 003)",
                      "Budi Santoso (NIP 19660710 199202 1 007)",
                      "Sri Wahyuni (NIP 19850505 201001 2 003)"]
    assert "@cuti" not in person.find("main").text
    assert "Ani Lestari (NIP 19800101 200501 2 001)" in person.find(".summary").text
    assert person.find("h1 .eyebrow").text == f"Berkas #{instance_id}"

    # someone else opening that completed step still gets the conflict page
    log_in(person, "budi@cuti")
    person.open(f"/tugas/{redo['id']}")
    assert person.h1() == "Sudah didahului pengguna lain"


def svg_size(person: Staff) -> tuple[float, float]:
    box = person.driver.execute_script(
        "var r = document.querySelector('svg.bpmn-diagram').getBoundingClientRect();"
        "return [r.width, r.height];")
    return float(box[0]), float(box[1])


def test_the_diagram_fits_zooms_and_returns_to_its_own_size(person: Staff):
    instance_id, _ = started_at_step_2(person.site)
    log_in(person, "ani@cuti")
    person.open(f"/instans/{instance_id}")
    bar = person.find("[data-diagram-zoom]")
    assert bar.is_displayed(), "app.js shows the controls"
    natural = person.driver.execute_script(
        "return document.querySelector('svg.bpmn-diagram').viewBox.baseVal.width;")
    width, height = svg_size(person)
    assert width == pytest.approx(natural, abs=1), "drawn at its own size: labels readable"
    room = person.driver.execute_script(
        "var b = document.querySelector('.diagram-scroll'), s = getComputedStyle(b);"
        "return b.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);")
    assert abs(room - natural) > 20, "the test needs a diagram wider or narrower than the page"

    person.button("Sesuaikan lebar", bar).click()
    fit_w, fit_h = svg_size(person)
    assert fit_w == pytest.approx(room, abs=2) and fit_h != pytest.approx(height, abs=1)
    assert person.find(".diagram-scale").text == f"{round(room / natural * 100)}%"
    person.shot("berkas-diagram-sesuai-lebar")

    person.find("[data-zoom=in]", bar).click()
    assert svg_size(person)[0] == pytest.approx(fit_w * 1.25, abs=2)

    hundred = person.button("100%", bar)  # by keyboard too
    person.driver.execute_script("arguments[0].focus();", hundred)
    hundred.send_keys(Keys.ENTER)
    assert svg_size(person) == (pytest.approx(width, abs=1), pytest.approx(height, abs=1))
    assert person.find(".diagram-scale").text == "100%"
    assert person.overflows_at(390) <= 0, "the diagram scrolls in its box, not the page"
