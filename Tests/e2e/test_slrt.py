"""SLRT: front office receives an SKTM request for a registered person and runs the DTKS check;
back office recommends; the Kepala Dinas signs, so the letter is issued with a number; the PDF
downloads; the public verification page shows the letter valid, and revoked once the Kepala
Seksi revokes it. A second journey: an applicant the rule refuses needs the kasi's written exception."""
import re
import shutil
import subprocess

from selenium.webdriver.common.by import By

from journeys import download, fill_assessment, press, register_household, tiny_files


def state(browser):
    return browser.driver.find_element(By.CSS_SELECTOR, "main h1 + p").text


def receive_sktm(browser, applicant_nik, files):
    """Front office: the new-request form for an SKTM, every document ticked and attached."""
    browser.open(f"/slrt/permohonan/baru?jenis=sktm&nik={applicant_nik}")
    assert "terdaftar di data keluarga" in browser.text, browser.text[:800]
    browser.fill({"tujuan.keperluan": "Keringanan biaya sekolah anak."})
    for box in browser.driver.find_elements(By.CSS_SELECTOR, "form[action='/slrt/permohonan'] input[name='berkas']"):
        if not box.is_selected():
            box.click()
    for upload in browser.driver.find_elements(By.CSS_SELECTOR, "form[action='/slrt/permohonan'] input[type='file']"):
        upload.send_keys(files["pdf"])
    browser.submit("/slrt/permohonan")
    assert re.fullmatch(r"/slrt/permohonan/\d+", browser.path), "the request form came back: " + browser.text[:800]
    assert "Penerimaan berkas" in state(browser), browser.text[:800]
    return browser.path


def test_front_office_to_signed_letter_verified_then_revoked(browser, public_browser, tmp_path):
    files = tiny_files(str(tmp_path))
    browser.login("op.poncosari")
    household, head_nik, _ = register_household(browser, head_name="Ngatini Slrt E2E", born="1968-11-23")
    fill_assessment(browser, household, choose="lowest")  # Sangat Miskin: the SKTM rule is met
    browser.logout()

    browser.login("staf")
    request = receive_sktm(browser, head_nik, files)
    press(browser, "/langkah/lengkapi")
    assert "Pengecekan kepesertaan DTKS" in state(browser), browser.text[:800]
    press(browser, "/langkah/cek_dtks")
    assert "Verifikasi berkas" in state(browser), browser.text[:800]
    assert "memenuhi syarat" in browser.text and "Sangat Miskin" in browser.text, browser.text[:1500]
    press(browser, "/langkah/rekomendasikan")
    assert "Menunggu persetujuan penanda tangan" in state(browser), browser.text[:800]
    browser.logout()

    browser.login("kadis")
    browser.open(request)
    press(browser, "/langkah/terbitkan")
    assert "Surat terbit" in state(browser), browser.text[:800]
    number = browser.driver.find_element(By.XPATH, "//h2[text()='Surat']/following-sibling::p[1]/strong").text
    assert number.strip(), "the issued letter has no number"
    letter = browser.driver.find_element(By.LINK_TEXT, "Tampilan cetak").get_attribute("href").removeprefix(browser.server.base)

    status, content_type, pdf = download(browser, letter + "/pdf")
    assert status == 200 and content_type.startswith("application/pdf"), (status, content_type)
    assert pdf.startswith(b"%PDF-")
    if shutil.which("qpdf"):
        saved = tmp_path / "surat.pdf"
        saved.write_bytes(pdf)
        check = subprocess.run(["qpdf", "--check", str(saved)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    browser.open(letter)
    assert number in browser.text
    found = re.search(r"/verifikasi/([A-Za-z0-9_-]+)", browser.text)
    assert found, "no verification link on the letter: " + browser.text[:1500]
    verification = "/verifikasi/" + found.group(1)
    browser.open("/")  # the print view has no layout (no sign-out button)
    browser.logout()

    public_browser.open(verification)
    assert "ASLI DAN BERLAKU" in public_browser.text, public_browser.text[:800]
    assert number in public_browser.text
    assert "Ngatini Slrt E2E" not in public_browser.text  # the name is masked for the public

    browser.login("kasi")
    browser.open(request)
    browser.fill({"alasan": "Data penghasilan pemohon ternyata keliru."})
    browser.submit(letter + "/cabut")
    assert "dicabut" in browser.text, browser.text[:800]

    public_browser.open(verification)
    assert "DICABUT" in public_browser.text, public_browser.text[:800]
    assert "ASLI DAN BERLAKU" not in public_browser.text
    assert "Data penghasilan pemohon ternyata keliru." in public_browser.text

    public_browser.open("/verifikasi/BUKANKODE123")
    assert "TIDAK DIKENAL" in public_browser.text, public_browser.text[:800]


def test_refused_applicant_needs_the_kasis_written_exception(browser, tmp_path):
    files = tiny_files(str(tmp_path))
    browser.login("op.poncosari")
    _, head_nik, _ = register_household(browser, head_name="Paijo Belum Dinilai E2E", born="1975-02-11", sex="L")
    browser.logout()

    browser.login("staf")
    request = receive_sktm(browser, head_nik, files)
    press(browser, "/langkah/lengkapi")
    press(browser, "/langkah/cek_dtks")
    assert "tidak memenuhi syarat" in browser.text, browser.text[:1500]
    press(browser, "/langkah/rekomendasikan")
    assert "Verifikasi berkas" in state(browser), "a refused applicant was recommended: " + browser.text[:800]
    assert "pengecualian" in browser.text.lower()
    browser.logout()

    browser.login("kasi")
    browser.open(request)
    browser.fill({"alasan": "Rumah pemohon terbakar pekan lalu, belum sempat dinilai."})
    browser.submit(request + "/pengecualian")
    assert "Pengecualian tercatat" in browser.text, browser.text[:800]
    browser.logout()

    browser.login("staf")
    browser.open(request)
    press(browser, "/langkah/rekomendasikan")
    assert "Menunggu persetujuan penanda tangan" in state(browser), browser.text[:800]
