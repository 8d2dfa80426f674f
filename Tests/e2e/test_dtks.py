"""DTKS (SOP usulan DTKS): an operator proposes a registered household; staf accepts, records the
coordination and the field assessment (layak), marks it entered in SIKS-NG; a Dukcapil extract
with the person's row is loaded through the upload page and every waiting proposal is matched;
a finalisation batch collects it, kasi approves, staf marks it uploaded, and the Ministry's ID
DTKS is imported: the proposal is registered with that ID."""
import random
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from journeys import register_household


def heading(browser):
    return browser.driver.find_element(By.TAG_NAME, "h1").text


def step(browser, name, values=None):
    """Submits the proposal page's form whose hidden `langkah` is `name`, after filling `values`."""
    form = browser.driver.find_element(By.XPATH, f"//form[.//input[@name='langkah' and @value='{name}']]")
    from selenium.webdriver.support.ui import Select
    for field, value in (values or {}).items():
        element = form.find_element(By.NAME, field)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        else:
            element.clear()
            element.send_keys(value)
    browser.navigating(form.find_element(By.CSS_SELECTOR, "button[type='submit']").click)


def wait_for_job(browser):
    """On /tugas/{id} (which refreshes itself while the job runs): waits until it is done."""
    assert re.fullmatch(r"/tugas/\d+", browser.path), browser.text[:800]
    WebDriverWait(browser.driver, 60).until(
        lambda d: any(word in d.find_element(By.CSS_SELECTOR, "main").text for word in ("Selesai", "Gagal", "Dibatalkan")))
    assert "Selesai" in browser.text, browser.text[:800]


def test_proposal_through_assessment_matching_and_finalisation_to_an_id_dtks(browser, tmp_path):
    browser.login("op.poncosari")
    household, head_nik, no_kk = register_household(browser, head_name="Sutinah Dtks E2E", born="1972-08-17")
    household_id = household.rstrip("/").split("/")[-1]
    browser.open(f"/dtks/usulan/baru?keluarga={household_id}")
    browser.fill({"pengusul": "rt_rw", "nama_pengusul": "Ketua RT 003", "alasan": "Rumah tidak layak huni, penghasilan tidak tetap."})
    for box in ("kk", "ktp", "sktm"):
        browser.field(box).click()
    browser.submit("/dtks/usulan/baru")
    assert re.fullmatch(r"/dtks/usulan/\d+", browser.path), "the proposal form came back: " + browser.text[:800]
    proposal = browser.path
    assert "Diajukan" in heading(browser), browser.text[:600]
    browser.logout()

    browser.login("staf")
    browser.open(proposal)
    step(browser, "terima")
    assert "Koordinasi" in heading(browser), browser.text[:800]
    step(browser, "catat_koordinasi", {"catatan": "Sudah dikoordinasikan dengan Ketua RT dan dukuh."})
    assert "Penilaian lapangan" in heading(browser), browser.text[:800]
    step(browser, "penilaian", {"hasil": "layak"})
    assert "Input SIKS-NG" in heading(browser), browser.text[:800]
    step(browser, "tandai_input")
    assert "Pemadanan Dukcapil" in heading(browser), browser.text[:800]

    extract = tmp_path / "ekstrak-dukcapil.csv"
    extract.write_text(
        "NIK,NO_KK,NAMA_LENGKAP,TEMPAT_LAHIR,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_WILAYAH\r\n"
        f"{head_nik},{no_kk},SUTINAH DTKS E2E,BANTUL,17-08-1972,P,3402012001\r\n")
    browser.open("/dtks/pemadanan/impor")
    browser.field("berkas").send_keys(str(extract))
    browser.submit("/dtks/pemadanan/impor")
    wait_for_job(browser)
    browser.open("/dtks/pemadanan")
    assert "ekstrak-dukcapil.csv" in browser.text, browser.text[:800]
    browser.submit("/dtks/pemadanan/padankan")
    wait_for_job(browser)
    browser.open(proposal)
    assert "Finalisasi" in heading(browser), "not matched: " + browser.text[:1500]

    browser.open("/dtks/finalisasi")
    browser.fill({"musdes": "Musdes Poncosari 2026"})
    browser.submit("/dtks/finalisasi")
    assert re.fullmatch(r"/dtks/finalisasi/\d+", browser.path), browser.text[:800]
    batch = browser.path
    assert head_nik in browser.text or "Sutinah Dtks E2E".upper() in browser.text.upper(), browser.text[:1500]
    browser.fill({"nota_dinas": "400/1234/2026", "tanggal_nota_dinas": "2026-11-20",
                  "sk": "460/567/2026", "tanggal_sk": "2026-11-21"})
    browser.submit(batch + "/rujukan")
    assert "Rujukan tersimpan" in browser.text, browser.text[:800]
    browser.logout()

    browser.login("kasi")
    browser.open(batch)
    browser.submit(batch + "/sahkan")
    assert "Disahkan" in heading(browser) or "disahkan" in browser.text.lower(), browser.text[:800]
    browser.logout()

    browser.login("staf")
    browser.open(batch)
    browser.submit(batch + "/unggah")
    browser.open(proposal)
    assert "Menunggu ID DTKS" in heading(browser), browser.text[:800]

    id_dtks = f"3402{random.randint(10**11, 10**12 - 1)}"
    result = tmp_path / "hasil-kemensos.csv"
    result.write_text(f"nik,id_dtks,status\r\n{head_nik},{id_dtks},terdaftar\r\n")
    browser.open("/dtks/hasil")
    browser.field("berkas").send_keys(str(result))
    browser.submit("/dtks/hasil")
    assert "1 usulan terdaftar" in browser.text, browser.text[:800]
    browser.logout()

    browser.login("op.poncosari")
    browser.open(proposal)
    assert "Terdaftar" in heading(browser), browser.text[:800]
    assert id_dtks in browser.text, browser.text[:1500]
