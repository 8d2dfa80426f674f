"""An operator registers a household and its members, fills the SIDAMESRA assessment, and sees
the category and the rank; an incomplete assessment is refused with the missing indicators named."""
from journeys import add_member, fill_assessment, register_household


def test_operator_registers_assesses_and_sees_category_and_rank(browser):
    browser.login("op.poncosari")
    household, head_nik, _ = register_household(browser)
    assert head_nik[-4:] in browser.text  # the masked NIK keeps its last digits
    add_member(browser, household, "Bagus E2E", "2010-07-02", "L")
    assert "Bagus E2E" in browser.text

    browser.open(household + "/penilaian")
    browser.submit(household + "/penilaian")  # nothing answered
    assert "belum dijawab" in browser.text.lower() or "belum diisi" in browser.text.lower(), browser.text[:600]

    fill_assessment(browser, household, choose="lowest")
    browser.open(household + "/profil")
    assert "Sangat Miskin" in browser.text, browser.text[:800]

    browser.open("/sidamesra/peringkat")
    assert "Sumarni E2E" in browser.text or head_nik[-4:] in browser.text, browser.text[:800]


def test_operator_cannot_reach_another_kalurahans_records(browser, server):
    browser.login("op.trimurti")
    household, _, _ = register_household(browser, area="34.02.01.2002", head_name="Warga Trimurti E2E", born="1985-01-20", sex="L")
    browser.logout()

    browser.login("op.poncosari")
    assert browser.status_of(household) == 404
    assert browser.status_of(household + "/profil") == 404
    assert browser.status_of(household + "/penilaian") == 404
    browser.open("/keluarga?q=Trimurti")
    assert "Warga Trimurti E2E" not in browser.text
