"""SIDAKIS (SOP PBI APBD): an operator proposes a registered person with the documents attached;
staf receives and verifies; kasi approves; staf creates the activation batch, downloads the BNBA
and imports BPJS's result; the operator then sees the KIS number on the proposal."""
import random
import re

from selenium.webdriver.common.by import By

from journeys import download, press, register_household, tiny_files


def heading(browser):
    return browser.driver.find_element(By.TAG_NAME, "h1").text


def test_proposal_goes_from_operator_to_kis_number(browser, tmp_path):
    files = tiny_files(str(tmp_path))
    browser.login("op.poncosari")
    _, head_nik, _ = register_household(browser, head_name="Tukiyem Sidakis E2E", born="1970-05-09")

    browser.open(f"/sidakis/usulan/baru?nik={head_nik}")
    assert "Tukiyem Sidakis E2E" in browser.text, browser.text[:800]
    form = browser.driver.find_element(By.CSS_SELECTOR, "form[method='post'][action='/sidakis/usulan/baru']")
    browser.driver.execute_script("arguments[0].noValidate = true", form)  # the server must refuse it too
    browser.navigating(form.find_element(By.CSS_SELECTOR, "button[type='submit']").click)  # no documents yet
    assert "Unggah foto KK" in browser.text, browser.text[:800]

    browser.open(f"/sidakis/usulan/baru?nik={head_nik}")
    browser.fill({"jenis": "baru", "alasan": "Sakit kronis, tidak mampu membayar iuran mandiri."})
    browser.field("berkas_kk").send_keys(files["png"])
    personal = [element for element in browser.driver.find_elements(By.CSS_SELECTOR, "input[type='file'][name^='berkas_']")
                if element.get_attribute("name") != "berkas_kk"]
    assert personal, "no personal document input on the proposal form"
    personal[0].send_keys(files["jpg"])
    press(browser, "/sidakis/usulan/baru")
    assert re.fullmatch(r"/sidakis/usulan/\d+", browser.path), "the proposal form came back: " + browser.text[:800]
    proposal = browser.path
    assert "Diajukan" in heading(browser)
    assert "kk.png" in browser.text and "ktp.jpg" in browser.text, browser.text[:1200]
    browser.logout()

    browser.login("staf")
    browser.open(proposal)
    press(browser, "/aksi/terima")
    assert "Menunggu verifikasi" in heading(browser), browser.text[:800]
    press(browser, "/aksi/verifikasi")
    assert "Menunggu persetujuan" in heading(browser), browser.text[:800]
    browser.logout()

    browser.login("kasi")
    browser.open(proposal)
    press(browser, "/aksi/setujui")
    assert "Disetujui" in heading(browser), browser.text[:800]
    browser.logout()

    browser.login("staf")
    browser.open("/sidakis/aktivasi")
    browser.submit("/sidakis/aktivasi")
    assert re.fullmatch(r"/sidakis/aktivasi/\d+", browser.path), browser.text[:800]
    batch = browser.path
    assert head_nik in browser.text, browser.text[:1500]
    status, _, body = download(browser, batch + "/csv")
    assert status == 200
    assert head_nik in body.decode("utf-8-sig"), body[:500]

    kis = "0001" + f"{random.randint(0, 999_999_999):09d}"
    result = tmp_path / "hasil-bpjs.csv"
    result.write_text(f"NIK,Hasil,Nomor KIS,Alasan\r\n{head_nik},berhasil,{kis},\r\n")
    browser.field("berkas").send_keys(str(result))
    browser.submit(batch + "/hasil")
    assert "Laporan impor" in browser.text, browser.text[:1500]
    assert kis in browser.text, browser.text[:1500]
    browser.logout()

    browser.login("op.poncosari")
    browser.open(proposal)
    assert "Berhasil" in heading(browser), browser.text[:800]
    assert kis in browser.text, browser.text[:1200]
