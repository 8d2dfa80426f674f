"""The dashboard: the kasi's SIDAKIS queue count grows by one when an operator submits a proposal
and moves on when staf receives it; an operator's dashboard covers only its own kalurahan, so
another kalurahan's operator sees no change."""
from selenium.webdriver.common.by import By

from journeys import press, register_household, tiny_files


def queue_count(browser, workflow, step_label):
    """The count in the `workflow` section's row for `step_label` on /dasbor."""
    browser.open("/dasbor")
    rows = browser.driver.find_elements(By.CSS_SELECTOR, f"section#alur-{workflow} tbody tr")
    for row in rows:
        cells = row.find_elements(By.TAG_NAME, "td")
        if cells and cells[0].text.strip() == step_label:
            return int(cells[-1].text.replace(".", "").strip())
    raise AssertionError(f"no row '{step_label}' in the {workflow} queue: " + browser.text[:1500])


def scope_note(browser):
    return browser.driver.find_element(By.CSS_SELECTOR, "main h1 + p").text


SUBMITTED = "Diterima melalui aplikasi"
VERIFYING = "Verifikasi data kependudukan"


def test_queue_counts_follow_a_proposal_and_operators_see_only_their_area(browser, tmp_path):
    files = tiny_files(str(tmp_path))
    browser.login("kasi")
    kasi_submitted = queue_count(browser, "sidakis", SUBMITTED)
    kasi_verifying = queue_count(browser, "sidakis", VERIFYING)
    assert scope_note(browser).startswith("Seluruh wilayah kerja dinas."), scope_note(browser)
    browser.logout()

    browser.login("op.trimurti")
    trimurti_before = queue_count(browser, "sidakis", SUBMITTED)
    note = scope_note(browser)
    assert "Trimurti" in note and "Poncosari" not in note, note
    browser.logout()

    browser.login("op.poncosari")
    poncosari_before = queue_count(browser, "sidakis", SUBMITTED)
    note = scope_note(browser)
    assert note.startswith("Wilayah kerja Anda:") and "Poncosari" in note and "Trimurti" not in note, note
    _, head_nik, _ = register_household(browser, head_name="Dasbor Sidakis E2E", born="1966-04-02")
    browser.open(f"/sidakis/usulan/baru?nik={head_nik}")
    browser.fill({"jenis": "baru"})
    browser.field("berkas_kk").send_keys(files["pdf"])
    for element in browser.driver.find_elements(By.CSS_SELECTOR, "input[type='file'][name^='berkas_']"):
        if element.get_attribute("name") != "berkas_kk":
            element.send_keys(files["jpg"])
            break
    press(browser, "/sidakis/usulan/baru")
    assert "/sidakis/usulan/" in browser.path and "baru" not in browser.path, browser.text[:800]
    proposal = browser.path
    assert queue_count(browser, "sidakis", SUBMITTED) == poncosari_before + 1
    browser.logout()

    browser.login("op.trimurti")
    assert queue_count(browser, "sidakis", SUBMITTED) == trimurti_before, "another kalurahan's proposal counted"
    browser.logout()

    browser.login("kasi")
    assert queue_count(browser, "sidakis", SUBMITTED) == kasi_submitted + 1
    browser.logout()

    browser.login("staf")
    browser.open(proposal)
    form = browser.driver.find_element(By.CSS_SELECTOR, "form[action$='/aksi/terima']")
    browser.navigating(form.find_element(By.CSS_SELECTOR, "button[type='submit']").click)
    browser.logout()

    browser.login("kasi")
    assert queue_count(browser, "sidakis", SUBMITTED) == kasi_submitted
    assert queue_count(browser, "sidakis", VERIFYING) == kasi_verifying + 1
