"""Steps several journeys share: registering a household, filling its SIDAMESRA assessment."""
import random

from selenium.webdriver.common.by import By


def nik(region, born, sex, serial):
    """A NIK that passes the registry's rules: region, birth day (+40 for women), month, year, serial."""
    year, month, day = (int(part) for part in born.split("-"))
    day += 40 if sex == "P" else 0
    return f"{region}{day:02d}{month:02d}{year % 100:02d}{serial:04d}"


def unique_serial():
    return random.randint(2000, 9999)


def register_household(browser, area="34.02.01.2001", head_name="Sumarni E2E", born="1979-03-14", sex="P"):
    """Registers a household with its head through /keluarga/baru; returns (household path, NIK, No KK)."""
    region = area.replace(".", "")[:6]
    serial = unique_serial()
    no_kk = f"{region}0911{serial:06d}"
    head_nik = nik(region, born, sex, serial)
    browser.open("/keluarga/baru")
    browser.fill({
        "no_kk": no_kk, "area_code": area, "dusun": "Kauman", "rt": "003", "rw": "001",
        "address": "Jl. Uji Coba 7", "nik": head_nik, "name": head_name, "sex": sex,
        "birth_place": "Bantul", "birth_date": born, "marital_status": "cerai_mati", "religion": "islam",
        "education": "sd", "occupation": "Buruh tani", "mother_name": "Painem", "disability": "tidak",
        "jkn_segment": "none",
    })
    browser.submit("/keluarga/baru")
    assert browser.path.startswith("/keluarga/"), browser.text[:500]
    assert "baru" not in browser.path, "the household form came back: " + browser.text[:800]
    return browser.path.split("#")[0], head_nik, no_kk


def add_member(browser, household_path, name, born, sex, relationship="anak"):
    browser.open(household_path + "/anggota/baru")
    serial = unique_serial()
    values = {
        "nik": nik("340201", born, sex, serial), "name": name, "sex": sex, "birth_place": "Bantul",
        "birth_date": born, "marital_status": "belum_kawin", "religion": "islam", "education": "smp",
        "disability": "tidak", "jkn_segment": "none", "relationship": relationship,
    }
    browser.fill(values)
    browser.submit()
    assert "/anggota/baru" not in browser.path, "the member form came back: " + browser.text[:800]


def fill_assessment(browser, household_path, choose="lowest"):
    """Answers every indicator (the first option = fewest points when `lowest`) and submits."""
    browser.open(household_path + "/penilaian")
    questions = browser.driver.find_elements(By.CSS_SELECTOR, "fieldset.assessment-question")
    assert len(questions) >= 23, f"expected the indicator set's questions, found {len(questions)}"
    for question in questions:
        options = question.find_elements(By.CSS_SELECTOR, "input[type='radio']")
        target = options[0] if choose == "lowest" else options[-1]
        browser.driver.execute_script("arguments[0].click()", target)
    browser.submit(household_path + "/penilaian")
    return len(questions)


def tiny_files(folder):
    """A minimal valid PNG, JPEG and PDF in `folder` (the server checks the file signatures); returns their paths."""
    import os
    import struct
    import zlib

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))
    # A 1×1 baseline JPEG (the smallest well-formed one commonly used as a placeholder).
    jpeg = bytes.fromhex(
        "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c"
        "20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f000001050101010101010000"
        "0000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191"
        "a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a"
        "737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8"
        "d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    paths = {}
    for name, data in (("kk.png", png), ("ktp.jpg", jpeg), ("pengantar.pdf", pdf)):
        path = os.path.join(folder, name)
        with open(path, "wb") as out:
            out.write(data)
        paths[name.split(".")[1]] = path
    return paths


def download(browser, path):
    """GETs `path` with the browser's session cookie; returns (status, content type, bytes)."""
    import urllib.error
    import urllib.request
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in browser.driver.get_cookies())
    request = urllib.request.Request(browser.server.base + path, headers={"Cookie": cookies})
    try:
        with urllib.request.urlopen(request, timeout=20) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def press(browser, action_suffix):
    """Submits the POST form on the page whose action ends with `action_suffix` (a workflow move's button)."""
    forms = browser.driver.find_elements(By.CSS_SELECTOR, f"form[method='post'][action$='{action_suffix}']")
    assert forms, f"no form for {action_suffix} on {browser.path}: " + browser.text[:800]
    button = forms[0].find_element(By.CSS_SELECTOR, "button[type='submit']")
    browser.navigating(button.click)
