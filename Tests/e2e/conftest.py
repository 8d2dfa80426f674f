"""Browser journeys against a real `dinsos serve` on a temporary database (DESIGN.md: Tests/e2e).

One server for the whole run (migrated, demo accounts seeded); a fresh headless Chromium per test.
A failing test leaves a screenshot and the page source in Tests/e2e/screenshots/.
"""
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("DINSOS_BIN", str(ROOT / ".build" / "debug" / "dinsos"))
SCREENSHOTS = ROOT / "Tests" / "e2e" / "screenshots"
PASSWORD = "Dinsos-Demo-2026"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="dinsos-e2e-")
        self.db = os.path.join(self.folder, "dinsos.sqlite")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        run = lambda *args: subprocess.run([BINARY, *args], cwd=ROOT, check=True, stdin=subprocess.DEVNULL,
                                           stdout=subprocess.DEVNULL)
        run("migrate", "--db", self.db, "--root", str(ROOT))
        run("seed", "--demo", "--db", self.db, "--root", str(ROOT))
        self.log = open(os.path.join(self.folder, "server.log"), "wb")
        self.process = subprocess.Popen(
            [BINARY, "serve", "--db", self.db, "--root", str(ROOT), "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("dinsos serve did not answer /healthz within 30 s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def server():
    instance = Server()
    yield instance
    instance.stop()


def start_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=id-ID"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(2)
    return driver


def finish_driver(driver, request, suffix=""):
    if getattr(request.node, "failed_call", False):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = request.node.name.replace("/", "_") + suffix
        driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
        (SCREENSHOTS / f"{name}.html").write_text(driver.page_source)
    driver.quit()


@pytest.fixture
def browser(server, request):
    driver = start_driver()
    yield Browser(driver, server)
    finish_driver(driver, request)


@pytest.fixture
def public_browser(server, request):
    """A second, separate browser (its own cookies): a member of the public who never signed in."""
    driver = start_driver()
    yield Browser(driver, server)
    finish_driver(driver, request, suffix="-public")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        item.failed_call = True


class Browser:
    """A thin helper over the WebDriver: open pages of our server, fill forms by field name."""

    def __init__(self, driver, server):
        self.driver = driver
        self.server = server

    def open(self, path):
        self.driver.get(self.server.base + path)

    @property
    def path(self):
        return self.driver.current_url.removeprefix(self.server.base)

    @property
    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def login(self, username):
        self.open("/login")
        self.fill({"username": username, "password": PASSWORD})
        self.submit()
        assert "/login" not in self.path, f"login failed for {username}: {self.text[:300]}"

    def logout(self):
        self.navigating(lambda: self.driver.find_element(By.CSS_SELECTOR, "form[action='/logout'] button").click())

    def field(self, name):
        return self.driver.find_element(By.NAME, name)

    def fill(self, values):
        from selenium.webdriver.support.ui import Select
        for name, value in values.items():
            element = self.field(name)
            if element.tag_name == "select":
                Select(element).select_by_value(value)
            elif element.get_attribute("type") == "date":
                # Chromium's date input takes typed digits in the locale's order; set the value directly.
                self.driver.execute_script("arguments[0].value = arguments[1]", element, value)
            else:
                element.clear()
                element.send_keys(value)

    def submit(self, form_action=None):
        selector = f"form[action='{form_action}'] button[type='submit']" if form_action else "main form button[type='submit']"
        self.navigating(lambda: self.driver.find_element(By.CSS_SELECTOR, selector).click())

    def click_link(self, text):
        self.navigating(lambda: self.driver.find_element(By.PARTIAL_LINK_TEXT, text).click())

    def navigating(self, action):
        """Runs `action` (a click that loads a page) and waits until the new page has replaced the old."""
        from selenium.webdriver.support.ui import WebDriverWait
        old = self.driver.find_element(By.TAG_NAME, "html")
        action()
        WebDriverWait(self.driver, 20).until(lambda _: replaced(old))
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def status_of(self, path):
        """The HTTP status of a GET of `path` with this browser's session cookie (through urllib)."""
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        request = urllib.request.Request(self.server.base + path, headers={"Cookie": cookies})
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=10) as answer:
                return answer.status
        except urllib.error.HTTPError as error:
            return error.code


def replaced(element):
    """True once `element` has left the page. Chromium answers a node of a document being replaced
    either as stale or, during the swap, with "does not belong to the document": both mean gone."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
