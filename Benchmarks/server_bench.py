#!/usr/bin/env python3
"""Load benchmark: bench-server (ours) against the Hummingbird peer, with wrk.

Builds both servers in release mode, checks that every endpoint answers what TechEmpower
expects, warms each server up, then runs each endpoint/concurrency ROUNDS times, alternating
which server goes first, and prints per-run figures, medians and the ratio ours/peer.
Raw results go to Benchmarks/results/ as JSON. See Benchmarks/README.md.

OURS_ARGS (e.g. "--event-loops 1 --workers 2") is passed to bench-server, to compare handler shapes.
Every knob is an environment variable (so `make bench DURATION=3` works) and a flag:
  DURATION=10  ROUNDS=3  WARMUP=5  ENDPOINTS=plaintext,json,fortunes (or e.g. plaintext:256)
  THREADS=1  WAIT_QUIET=60
  OURS_BIN / PEER_BIN   run these executables instead of building them
  OURS_PORT=8090  PEER_PORT=8091  HOST=127.0.0.1
  SKIP_MUSTACHE=1       do not run the template benchmark
  MUSTACHE_PEER_PACKAGE folder of the swift-mustache peer (default: Benchmarks/peers/mustache-peer)
"""

import argparse
import datetime
import html.parser
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "Benchmarks")
PEER_PACKAGE = os.path.join(BENCH_DIR, "peers", "hummingbird-peer")
# Not "swift-mustache": SwiftPM names a root package after its folder, and a package may not share
# its name with a dependency.
MUSTACHE_PEER_PACKAGE = os.environ.get("MUSTACHE_PEER_PACKAGE") or os.path.join(BENCH_DIR, "peers", "mustache-peer")
RESULTS_DIR = os.path.join(BENCH_DIR, "results")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Other processes' CPU (in cores) above which a run is flagged as disturbed.
BUSY_MACHINE_CORES = 0.15

# (endpoint, connections): the configurations measured, in order.
CONFIGURATIONS = [("plaintext", 64), ("plaintext", 256), ("json", 64), ("fortunes", 64)]

FORTUNES = [
    (1, "fortune: No such file or directory"),
    (2, "A computer scientist is someone who fixes things that aren't broken."),
    (3, "After enough decimal places, nobody gives a damn."),
    (4, "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1"),
    (5, "A computer program does what you tell it to do, not what you want it to do."),
    (6, "Emacs is a nice operating system, but I prefer UNIX. \u2014 Tom Christaensen"),
    (7, "Any program that runs right is obsolete."),
    (8, "A list is only as strong as its weakest link. \u2014 Donald Knuth"),
    (9, "Feature: A bug with seniority."),
    (10, "Computers make very fast, very accurate mistakes."),
    (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
    (12, "\u30d5\u30ec\u30fc\u30e0\u30ef\u30fc\u30af\u306e\u30d9\u30f3\u30c1\u30de\u30fc\u30af"),
    (0, "Additional fortune added at request time."),
]
# TechEmpower sorts by message; byte order of the UTF-8 text is code point order.
EXPECTED_FORTUNES = sorted(FORTUNES, key=lambda f: f[1])


def log(message):
    print(message, file=sys.stderr, flush=True)


def fail(message):
    log(f"server_bench: {message}")
    sys.exit(1)


# ---------------------------------------------------------------- options


def env_int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def parse_options():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--duration", type=int, default=env_int("DURATION", 10), help="seconds per wrk run")
    p.add_argument("--rounds", type=int, default=env_int("ROUNDS", 3), help="runs per server and configuration")
    p.add_argument("--warmup", type=int, default=env_int("WARMUP", 5), help="warm-up seconds per server and endpoint")
    p.add_argument("--threads", type=int, default=env_int("THREADS", 1), help="wrk threads")
    p.add_argument("--endpoints", default=os.environ.get("ENDPOINTS", "plaintext,json,fortunes"),
                   help="comma-separated subset of plaintext,json,fortunes; name:N for one concurrency (plaintext:256)")
    p.add_argument("--wait-quiet", type=int, default=env_int("WAIT_QUIET", 60),
                   help="before each run, wait up to this many seconds for other processes to go quiet")
    p.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    p.add_argument("--ours-port", type=int, default=env_int("OURS_PORT", 8090))
    p.add_argument("--peer-port", type=int, default=env_int("PEER_PORT", 8091))
    p.add_argument("--ours-bin", default=os.environ.get("OURS_BIN"), help="skip building bench-server, run this")
    p.add_argument("--peer-bin", default=os.environ.get("PEER_BIN"), help="skip building the peer, run this")
    p.add_argument("--skip-mustache", action="store_true", default=bool(os.environ.get("SKIP_MUSTACHE")),
                   help="do not run the template benchmark")
    options = p.parse_args()
    # `plaintext` selects every configuration of that endpoint, `plaintext:256` only that one.
    tokens = [e.strip().strip("/") for e in options.endpoints.split(",") if e.strip()]
    options.configurations = [c for c in CONFIGURATIONS if c[0] in tokens or f"{c[0]}:{c[1]}" in tokens]
    known = {c[0] for c in CONFIGURATIONS} | {f"{c[0]}:{c[1]}" for c in CONFIGURATIONS}
    unknown = set(tokens) - known
    if unknown or not options.configurations:
        fail(f"unknown endpoint(s): {', '.join(sorted(unknown)) or '(none given)'}; "
             f"choose from {', '.join(sorted(known))}")
    if options.duration < 1 or options.rounds < 1 or options.warmup < 0:
        fail("DURATION and ROUNDS must be at least 1, WARMUP at least 0")
    return options


# ---------------------------------------------------------------- building


def swift_build(package_path, product):
    """Builds `product` in release mode and returns the executable's path, or None on failure."""
    base = ["swift", "build", "-c", "release"]
    if package_path != ROOT:
        base += ["--package-path", package_path]
    log(f"building {product} ({os.path.relpath(package_path, ROOT) or '.'}) ...")
    build = subprocess.run(base + ["--product", product], cwd=ROOT, capture_output=True, text=True)
    if build.returncode != 0:
        log(build.stdout[-4000:] + build.stderr[-4000:])
        return None
    bin_path = subprocess.run(base + ["--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return os.path.join(bin_path.stdout.strip(), product)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    log("wrk not found; installing the Debian package")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "update"], check=True, env=env)
    subprocess.run(sudo + ["apt-get", "install", "-y", "wrk"], check=True, env=env)
    if not shutil.which("wrk"):
        fail("wrk is still missing after apt-get install")


# ---------------------------------------------------------------- servers


class Server:
    def __init__(self, name, binary, host, port, workdir):
        self.name, self.binary, self.host, self.port = name, binary, host, port
        self.db = os.path.join(workdir, f"{name}.sqlite")
        self.log_path = os.path.join(workdir, f"{name}.log")
        self.process = None

    @property
    def base_url(self):
        return f"http://{self.host}:{self.port}"

    def start(self):
        command = [self.binary, "--host", self.host, "--port", str(self.port), "--db", self.db, "--root", ROOT]
        if self.name == "ours":
            command += os.environ.get("OURS_ARGS", "").split()
        self.log_file = open(self.log_path, "w")
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=self.log_file, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                fail(f"{self.name} exited with status {self.process.returncode}:\n{self.read_log()}")
            try:
                with urllib.request.urlopen(self.base_url + "/plaintext", timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(0.2)
        fail(f"{self.name} did not answer on {self.base_url} within 60 s:\n{self.read_log()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process and not self.log_file.closed:
            self.log_file.close()

    def read_log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def proc_status(self, field):
        """A `kB` field of /proc/PID/status, in MiB."""
        try:
            with open(f"/proc/{self.process.pid}/status") as f:
                for line in f:
                    if line.startswith(field + ":"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return None

    def cpu_seconds(self):
        """User + system CPU time of the server so far, from /proc/PID/stat (proc(5): fields 14, 15)."""
        try:
            with open(f"/proc/{self.process.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        except (OSError, IndexError, ValueError):
            return 0.0

    def reset_peak_rss(self):
        # proc(5), /proc/pid/clear_refs: writing 5 resets VmHWM to the current RSS (Linux >= 4.0).
        try:
            with open(f"/proc/{self.process.pid}/clear_refs", "w") as f:
                f.write("5")
        except OSError:
            pass


# ---------------------------------------------------------------- checks


class FortuneTable(html.parser.HTMLParser):
    """Collects the text of every <td>, row by row (entities are decoded by the parser)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append("".join(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers, response.read()


def check_server(server):
    """Returns the list of problems with `server`'s answers (empty when all is as TechEmpower expects)."""
    problems = []
    for endpoint, content_type in [("plaintext", "text/plain"), ("json", "application/json"),
                                   ("fortunes", "text/html")]:
        try:
            status, headers, body = fetch(f"{server.base_url}/{endpoint}")
        except Exception as error:  # noqa: BLE001 - any failure is a finding here
            problems.append(f"/{endpoint}: {error}")
            continue
        if status != 200:
            problems.append(f"/{endpoint}: status {status}")
        for name in ("Server", "Date", "Content-Length"):
            if not headers.get(name):
                problems.append(f"/{endpoint}: no {name} header")
        if not (headers.get("Content-Type") or "").startswith(content_type):
            problems.append(f"/{endpoint}: Content-Type {headers.get('Content-Type')!r}, expected {content_type}")
        if endpoint == "plaintext" and body != b"Hello, World!":
            problems.append(f"/plaintext: body {body[:80]!r}")
        if endpoint == "json":
            try:
                if json.loads(body) != {"message": "Hello, World!"}:
                    problems.append(f"/json: body {body[:80]!r}")
            except ValueError:
                problems.append(f"/json: not JSON: {body[:80]!r}")
        if endpoint == "fortunes":
            text = body.decode("utf-8", errors="replace")
            if "<script>" in text:
                problems.append("/fortunes: the <script> fortune is not escaped")
            table = FortuneTable()
            table.feed(text)
            rows = [tuple(r) for r in table.rows]
            expected = [("id", "message")] + [(str(i), m) for i, m in EXPECTED_FORTUNES]
            if rows != expected:
                problems.append(f"/fortunes: table differs from the expected 13 sorted fortunes: {rows!r}")
            if not text.startswith("<!DOCTYPE html>"):
                problems.append("/fortunes: does not start with <!DOCTYPE html>")
    return problems


# ---------------------------------------------------------------- wrk

UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}


def to_ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text)
    if not match:
        raise ValueError(f"unknown latency {text!r}")
    return float(match.group(1)) * UNIT_MS[match.group(2)]


def parse_wrk(output):
    """Requests/s, p50, p99 (ms), error counts from `wrk --latency` output."""
    result = {"requests_per_second": None, "p50_ms": None, "p99_ms": None, "non_2xx": 0, "socket_errors": 0}
    for line in output.splitlines():
        line = line.strip()
        if line.startswith("Requests/sec:"):
            result["requests_per_second"] = float(line.split()[1])
        elif re.match(r"^50(\.0+)?%\s", line):
            result["p50_ms"] = to_ms(line.split()[1])
        elif re.match(r"^99(\.0+)?%\s", line):
            result["p99_ms"] = to_ms(line.split()[1])
        elif line.startswith("Non-2xx or 3xx responses:"):
            result["non_2xx"] = int(line.split(":")[1])
        elif line.startswith("Socket errors:"):
            result["socket_errors"] = sum(int(n) for n in re.findall(r"\d+", line))
        elif re.match(r"^\d+ requests in ", line):
            result["requests"] = int(line.split()[0])
    if result["requests_per_second"] is None or result["p99_ms"] is None:
        raise ValueError("could not read wrk's output:\n" + output)
    return result


def run_wrk(url, threads, connections, duration):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", url]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stdout}{completed.stderr}")
    return completed.stdout


def machine_cpu_seconds():
    """(busy, steal) CPU-seconds of the whole machine since boot, from /proc/stat (proc(5))."""
    with open("/proc/stat") as f:
        fields = [int(n) for n in f.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS, steal / CLOCK_TICKS


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def other_load(seconds=1.0):
    """Cores in use over `seconds` while no benchmark runs (the idle servers use next to nothing)."""
    before, _ = machine_cpu_seconds()
    time.sleep(seconds)
    return (machine_cpu_seconds()[0] - before) / seconds


def wait_until_quiet(limit):
    """Waits up to `limit` seconds for the machine to fall under BUSY_MACHINE_CORES; returns the last load."""
    deadline = time.monotonic() + limit
    load = other_load()
    if load > BUSY_MACHINE_CORES and limit > 0:
        log(f"machine busy ({load:.2f} cores in use); waiting up to {limit} s for it to calm down")
        while load > BUSY_MACHINE_CORES and time.monotonic() < deadline:
            load = other_load(2.0)
    return load


def measure(server, endpoint, connections, options):
    if options.wait_quiet:
        wait_until_quiet(options.wait_quiet)
    server.reset_peak_rss()
    started = time.monotonic()
    busy_before, steal_before = machine_cpu_seconds()
    server_before, wrk_before = server.cpu_seconds(), children_cpu_seconds()
    output = run_wrk(f"{server.base_url}/{endpoint}", options.threads, connections, options.duration)
    elapsed = time.monotonic() - started
    busy_after, steal_after = machine_cpu_seconds()
    server_cpu = server.cpu_seconds() - server_before
    wrk_cpu = children_cpu_seconds() - wrk_before
    figures = parse_wrk(output)
    figures["peak_rss_mib"] = server.proc_status("VmHWM")
    figures["rss_after_mib"] = server.proc_status("VmRSS")
    # CPU in cores (CPU-seconds per second): the server's, wrk's, and everything else's, which
    # on a quiet machine is close to 0; a busy neighbour makes the run's figures unreliable.
    figures["server_cpu_cores"] = server_cpu / elapsed
    figures["wrk_cpu_cores"] = wrk_cpu / elapsed
    figures["other_cpu_cores"] = max(0.0, (busy_after - busy_before - server_cpu - wrk_cpu) / elapsed)
    figures["steal_cpu_cores"] = (steal_after - steal_before) / elapsed
    if server.process.poll() is not None:
        fail(f"{server.name} died during /{endpoint}:\n{server.read_log()}")
    return figures


# ---------------------------------------------------------------- template benchmark


def run_mustache_bench(options):
    """Runs bench-mustache and the swift-mustache peer alternately; None when either is missing."""
    if not os.path.isfile(os.path.join(MUSTACHE_PEER_PACKAGE, "Package.swift")):
        log(f"template benchmark skipped: no package at {os.path.relpath(MUSTACHE_PEER_PACKAGE, ROOT)}")
        return None
    ours = swift_build(ROOT, "bench-mustache")
    peer = swift_build(MUSTACHE_PEER_PACKAGE, "mustache-peer") if ours else None
    if not ours or not peer:
        log("template benchmark skipped: bench-mustache or mustache-peer did not build")
        return None
    runs = {"ours": [], "peer": []}
    for round_index in range(options.rounds):
        order = [("ours", ours), ("peer", peer)] if round_index % 2 == 0 else [("peer", peer), ("ours", ours)]
        for name, binary in order:
            fixtures = os.path.join(BENCH_DIR, "MustacheRender", "fixtures")
            completed = subprocess.run([binary, "--fixtures", fixtures], cwd=ROOT, capture_output=True,
                                       text=True, timeout=600)
            line = next((l for l in reversed(completed.stdout.splitlines()) if l.strip().startswith("{")), None)
            if completed.returncode != 0 or line is None:
                log(f"template benchmark skipped: {name} printed no JSON line\n{completed.stderr[-2000:]}")
                return None
            record = json.loads(line)
            rate = renders_per_second(record)
            if rate is None:
                log(f"template benchmark skipped: no renders/s in {line}")
                return None
            runs[name].append({"renders_per_second": rate, "raw": record})
    medians = {n: statistics.median(r["renders_per_second"] for r in runs[n]) for n in runs}
    return {"runs": runs, "median_renders_per_second": medians, "ratio": medians["ours"] / medians["peer"]}


def renders_per_second(record):
    for key in ("renders_per_second", "rendersPerSecond", "renders/s", "rps"):
        if isinstance(record.get(key), (int, float)):
            return float(record[key])
    for key, value in record.items():
        if "render" in key.lower() and isinstance(value, (int, float)):
            return float(value)
    return None


# ---------------------------------------------------------------- report


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), model)
    except OSError:
        pass
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n")[0].strip()
    swift_version = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return {"nproc": os.cpu_count(), "cpu": model, "kernel": platform.release(),
            "wrk": wrk_version, "swift": swift_version.strip()}


def fmt(value, pattern):
    return "-" if value is None else pattern.format(value)


def print_report(results):
    options = results["settings"]
    print()
    print(f"wrk -t{options['threads']} -d{options['duration']}s --latency, {options['rounds']} rounds, "
          f"{results['machine']['nproc']} cores ({results['machine']['cpu']}), {results['date']}")
    header = (f"{'endpoint':<11}{'conn':>5}  {'server':<6}" + "".join(f"{'run ' + str(i + 1):>11}"
              for i in range(options["rounds"])) + f"{'median r/s':>13}{'p50 ms':>9}{'p99 ms':>9}{'peak MiB':>10}{'cpu':>6}{'other':>7}")
    print(header)
    print("-" * len(header))
    for config in results["configurations"]:
        for name in ("ours", "peer"):
            runs = config["runs"][name]
            summary = config["median"][name]
            print(f"/{config['endpoint']:<10}{config['connections']:>5}  {name:<6}"
                  + "".join(f"{r['requests_per_second']:>11.0f}" for r in runs)
                  + f"{summary['requests_per_second']:>13.0f}{fmt(summary['p50_ms'], '{:.2f}'):>9}"
                  + f"{fmt(summary['p99_ms'], '{:.2f}'):>9}{fmt(summary['peak_rss_mib'], '{:.1f}'):>10}"
                  + f"{fmt(summary['server_cpu_cores'], '{:.2f}'):>6}{fmt(summary['other_cpu_cores'], '{:.2f}'):>7}")
        verdict = "ok" if config["meets_target"] else "BELOW TARGET"
        errors = sum(r["non_2xx"] + r["socket_errors"] for n in ("ours", "peer") for r in config["runs"][n])
        print(f"{'':<16}ratio ours/peer: throughput {config['throughput_ratio']:.2f}x, "
              f"p99 {config['p99_ratio']:.2f}x  [{verdict}]" + (f"  ({errors} errors)" if errors else ""))
    disturbed = [f"/{c['endpoint']} c{c['connections']} {name} run {i + 1} ({r['other_cpu_cores']:.2f} cores)"
                 for c in results["configurations"] for name in ("ours", "peer")
                 for i, r in enumerate(c["runs"][name]) if r["other_cpu_cores"] > BUSY_MACHINE_CORES]
    print("cpu: the server's CPU in cores (median); other: the largest CPU use of every other process "
          "during a run, in cores")
    if disturbed:
        print(f"WARNING: other processes used more than {BUSY_MACHINE_CORES} cores during "
              f"{len(disturbed)} run(s); these figures are not fit to record: " + ", ".join(disturbed))
    mustache = results.get("mustache")
    if mustache:
        m = mustache["median_renders_per_second"]
        print(f"\ntemplates: ours {m['ours']:.0f} renders/s, swift-mustache {m['peer']:.0f} renders/s, "
              f"ratio {mustache['ratio']:.2f}x")


def summarise(runs):
    def median_of(key):
        values = [r[key] for r in runs if r.get(key) is not None]
        return statistics.median(values) if values else None
    peaks = [r["peak_rss_mib"] for r in runs if r.get("peak_rss_mib") is not None]
    return {"requests_per_second": median_of("requests_per_second"), "p50_ms": median_of("p50_ms"),
            "p99_ms": median_of("p99_ms"), "peak_rss_mib": max(peaks) if peaks else None,
            "server_cpu_cores": median_of("server_cpu_cores"),
            "other_cpu_cores": max(r["other_cpu_cores"] for r in runs)}


# ---------------------------------------------------------------- main


def main():
    options = parse_options()
    ensure_wrk()
    ours_bin = options.ours_bin or swift_build(ROOT, "bench-server")
    peer_bin = options.peer_bin or swift_build(PEER_PACKAGE, "hummingbird-peer")
    if not ours_bin:
        fail("bench-server did not build")
    if not peer_bin:
        fail("hummingbird-peer did not build")

    workdir = tempfile.mkdtemp(prefix="dinsos-bench-")
    servers = {"ours": Server("ours", ours_bin, options.host, options.ours_port, workdir),
               "peer": Server("peer", peer_bin, options.host, options.peer_port, workdir)}

    def stop_all(*_):
        for server in servers.values():
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    def on_signal(signum, _frame):
        stop_all()
        sys.exit(128 + signum)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        for server in servers.values():
            server.start()
            problems = check_server(server)
            if problems:
                fail(f"{server.name} ({server.binary}) does not answer as TechEmpower expects:\n  "
                     + "\n  ".join(problems))
            log(f"{server.name}: {server.binary} on {server.base_url}, endpoints checked")

        idle_load = other_load(2.0)
        if idle_load > BUSY_MACHINE_CORES:
            log(f"WARNING: the machine is busy before the benchmark ({idle_load:.2f} cores in use by "
                "other processes); figures will be noisy")

        configurations = options.configurations
        if options.warmup:
            for server in servers.values():
                for endpoint in dict.fromkeys(c[0] for c in configurations):
                    log(f"warm-up {server.name} /{endpoint} {options.warmup}s")
                    run_wrk(f"{server.base_url}/{endpoint}", options.threads, 64, options.warmup)

        results = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
                   "machine": machine(), "load_before_cores": idle_load, "settings": {
                       "duration": options.duration, "rounds": options.rounds, "warmup": options.warmup,
                       "wait_quiet": options.wait_quiet,
                       "threads": options.threads, "ours": ours_bin, "peer": peer_bin},
                   "configurations": []}
        for endpoint, connections in configurations:
            runs = {"ours": [], "peer": []}
            for round_index in range(options.rounds):
                # Alternate who goes first so neither always runs on a warmer (or hotter) machine.
                order = ["ours", "peer"] if round_index % 2 == 0 else ["peer", "ours"]
                for name in order:
                    figures = measure(servers[name], endpoint, connections, options)
                    runs[name].append(figures)
                    log(f"/{endpoint} c{connections} round {round_index + 1} {name}: "
                        f"{figures['requests_per_second']:.0f} r/s, p50 {figures['p50_ms']:.2f} ms, "
                        f"p99 {figures['p99_ms']:.2f} ms, peak {fmt(figures['peak_rss_mib'], '{:.1f}')} MiB, "
                        f"cpu server {figures['server_cpu_cores']:.2f} wrk {figures['wrk_cpu_cores']:.2f} "
                        f"other {figures['other_cpu_cores']:.2f} cores")
            median = {name: summarise(runs[name]) for name in runs}
            throughput_ratio = median["ours"]["requests_per_second"] / median["peer"]["requests_per_second"]
            p99_ratio = median["ours"]["p99_ms"] / median["peer"]["p99_ms"]
            results["configurations"].append({
                "endpoint": endpoint, "connections": connections, "runs": runs, "median": median,
                "throughput_ratio": throughput_ratio, "p99_ratio": p99_ratio,
                "meets_target": throughput_ratio >= 1.0 and p99_ratio < 1.0})

        if not options.skip_mustache:
            results["mustache"] = run_mustache_bench(options)

        os.makedirs(RESULTS_DIR, exist_ok=True)
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        out_path = os.path.join(RESULTS_DIR, f"server-{stamp}.json")
        with open(out_path, "w") as f:
            json.dump(results, f, indent=2, ensure_ascii=False)
        print_report(results)
        print(f"\nraw results: {os.path.relpath(out_path, ROOT)}")
    finally:
        stop_all()


if __name__ == "__main__":
    main()
