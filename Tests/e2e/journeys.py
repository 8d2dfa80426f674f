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
