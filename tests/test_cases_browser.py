"""Issue 10 items 1 and 3 in a real browser: Mulai SOP asks for a perihal and an editable,
proposed nomor berkas; a taken nomor is refused under its field with what was typed kept; the
case then shows in Berkas Saya with its nomor, perihal, status and current step."""

from __future__ import annotations

import pytest
from test_pages_browser import Staff, site  # noqa: F401  (the site fixture)

from engine.deadlines import office_today


@pytest.fixture
def person(site, driver) -> Staff:  # noqa: F811  (the imported fixtures)
    driver.delete_all_cookies()
    return Staff(driver, site)


def _sop_card(staff: Staff):
    return next(c for c in staff.find_all("li.sop") if staff.site.sop_name in c.text)


def _open_mulai(staff: Staff):
    staff.click(lambda: staff.link("Mulai SOP"))
    assert staff.h1() == "Mulai SOP"
    return _sop_card(staff)


def test_mulai_sop_with_perihal_and_nomor_then_berkas_saya(person: Staff):
    staff = person
    staff.login("PPTK")
    card = _open_mulai(staff)
    nomor = staff.find("input[name=nomor]", card)
    proposal = nomor.get_attribute("value")
    assert proposal.endswith(f"/{office_today().year}/1"), proposal  # {kode}/{tahun}/{urut}
    assert staff.find("input[name=title]", card).get_attribute("required") is not None
    staff.find("input[name=title]", card).send_keys("SPJ perjalanan dinas Maret")
    nomor.clear()
    nomor.send_keys("900/SPJ/001")
    staff.click(lambda: staff.button("Mulai", card))
    assert "900/SPJ/001" in staff.flashes()
    first_task = staff.h1()

    # the same nomor again: refused under the field, the perihal typed is kept
    card = _open_mulai(staff)
    staff.find("input[name=title]", card).send_keys("SPJ kedua")
    nomor = staff.find("input[name=nomor]", card)
    assert nomor.get_attribute("value") == proposal  # the edited nomor took no proposal
    nomor.clear()
    nomor.send_keys("900/SPJ/001")
    staff.click(lambda: staff.button("Mulai", card))
    card = _sop_card(staff)
    assert "sudah dipakai" in staff.find(".field-error", card).text
    assert staff.find("input[name=nomor]", card).get_attribute("aria-invalid") == "true"
    assert staff.find("input[name=title]", card).get_attribute("value") == "SPJ kedua"
    staff.find("input[name=nomor]", card).clear()
    staff.find("input[name=nomor]", card).send_keys(proposal)
    staff.click(lambda: staff.button("Mulai", card))
    assert proposal in staff.flashes()

    staff.click(lambda: staff.link("Berkas Saya"))
    assert staff.h1() == "Berkas Saya"
    assert "2 berkas" in staff.find("#jumlah-berkas").text
    rows = {r.find_element("css selector", ".case-number").text: r
            for r in staff.find_all("table.cases tbody tr")}
    assert set(rows) == {"900/SPJ/001", proposal}
    first = rows["900/SPJ/001"].text
    assert "SPJ perjalanan dinas Maret" in first and "Berjalan" in first
    assert first_task in first  # the current step and its holder

    # search, then open the case: its page shows nomor and perihal
    staff.find("#cari-berkas").send_keys("kedua")
    staff.click(lambda: staff.button("Saring"))
    assert [r.find_element("css selector", ".case-number").text
            for r in staff.find_all("table.cases tbody tr")] == [proposal]
    staff.click(lambda: staff.link(proposal))
    assert staff.find(".case-nomor").text == proposal
    assert staff.find(".case-perihal").text == "SPJ kedua"
    assert "Berjalan" in staff.find(".instance-status").text
