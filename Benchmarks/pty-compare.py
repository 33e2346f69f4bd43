#!/usr/bin/env python3
"""Run ties and visidata on the same table in a pseudo-terminal and compare them.

    python3 Benchmarks/pty-compare.py [--ties PATH] [--size 120x40] [--runs 3] TABLE.csv|embedded [...]

`embedded` runs ties on its bundled relation (no file; visidata has nothing to compare).

For each program and file this starts the program in a pseudo-terminal (TERM=xterm-256color),
keeps a screen model (pyte) of what it draws, and measures from outside, as a user sees it:

- first frame: from start until the program has drawn its first screen (ties: its title bar;
  visidata: its menu line);
- fully loaded: until every row is in (ties: the events panel counts all rows; visidata: its
  status line shows the row count and no progress);
- per key (median of 20, after the load): a one-row move, a page down, jump to the end and
  back; for ties also a search keystroke and a kind filter. The time is from writing the key
  until the last byte of the answer (the answer ends at 80 ms of silence, which is not
  counted; the screen model reads the answer afterwards, so its cost is not counted either);
  bytes are everything written in answer;
- idle: CPU time and bytes written over 5 s with no input;
- peak memory: VmHWM from /proc at the end.

Needs `pip install pyte ptyprocess visidata` (visidata is run as `vd --motd-url=`, so it does
not fetch its message of the day). Prints one table per file with the ratios visidata/ties.
"""

import argparse
import os
import re
import select
import statistics
import time

import ptyprocess
import pyte

QUIET = 0.08


class Run:
    """One program in a pseudo-terminal with a screen model."""

    def __init__(self, command, width, height):
        self.width, self.height = width, height
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.pop("NO_COLOR", None)
        self.screen = pyte.Screen(width, height)
        self.stream = pyte.ByteStream(self.screen)
        self.start = time.monotonic()
        self.process = ptyprocess.PtyProcess.spawn(command, dimensions=(height, width), env=env)
        self.bytes = 0
        self.deferred = None

    def pump(self, timeout):
        """Reads what is ready within timeout, and then everything else already there, before
        the screen model sees any of it (its time would delay the reads); returns the bytes
        read (0 at silence)."""
        ready, _, _ = select.select([self.process.fd], [], [], timeout)
        chunks = []
        while ready:
            try:
                data = os.read(self.process.fd, 1 << 16)
            except OSError:
                break
            if not data:
                break
            self.arrival = time.monotonic()
            if b"\x1b[c" in data:
                # Answer a device-attributes query at once, as a terminal does (ties asks it
                # after its background-colour query, which the screen model cannot answer).
                os.write(self.process.fd, b"\x1b[?62;22c")
            chunks.append(data)
            ready, _, _ = select.select([self.process.fd], [], [], 0)
        for data in chunks:
            if self.deferred is None:
                self.stream.feed(data)
            else:
                self.deferred.append(data)
            self.bytes += len(data)
        return sum(len(data) for data in chunks)

    def wait_for(self, predicate, limit=120.0):
        """Seconds from start until the output that makes predicate(screen) hold arrived
        (None if it never does); the screen model's own time is not counted."""
        self.arrival = time.monotonic()
        while time.monotonic() - self.start < limit:
            if predicate(self.screen):
                return self.arrival - self.start
            self.pump(0.005)
        return None

    def settle(self):
        """Reads until the output has been quiet for QUIET seconds."""
        while self.pump(QUIET):
            pass

    def key(self, data):
        """Sends keys; returns (seconds until the last byte of the answer, bytes).

        The screen model is fed after the answer, so its cost is not counted."""
        self.settle()
        before = self.bytes
        self.deferred = []
        sent = time.monotonic()
        self.process.write(data)
        last = sent
        while True:
            if self.pump(QUIET):
                last = time.monotonic()
            else:
                break
        for chunk in self.deferred:
            self.stream.feed(chunk)
        self.deferred = None
        return last - sent, self.bytes - before

    def cpu_seconds(self):
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_memory_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def idle(self, seconds=5.0):
        self.settle()
        cpu, written = self.cpu_seconds(), self.bytes
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.pump(0.05)
        return self.cpu_seconds() - cpu, self.bytes - written

    def close(self, quit_keys):
        try:
            self.process.write(quit_keys)
            deadline = time.monotonic() + 3
            while self.process.isalive() and time.monotonic() < deadline:
                self.pump(0.05)
        finally:
            if self.process.isalive():
                self.process.terminate(force=True)


def text(screen):
    return "\n".join(screen.display)


def count_rows(path):
    """Data rows of a table as a CSV reader counts them (quoted line breaks included)."""
    import csv

    with open(path, newline="", encoding="utf-8", errors="replace") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def embedded_events(binary):
    """The number of events in the bundled relation, as `ties check` reports it."""
    import subprocess

    output = subprocess.run([binary, "check"], capture_output=True, text=True).stdout
    return int(re.search(r"(\d+) events", output).group(1))


def median_key(run, keys, count=20):
    times, sizes = [], []
    for index in range(count):
        seconds, size = run.key(keys[index % len(keys)])
        times.append(seconds * 1000)
        sizes.append(size)
    return statistics.median(times), statistics.median(sizes)


def measure_ties(binary, path, rows, width, height):
    run = Run([binary] + ([] if path == "embedded" else [path]), width, height)
    result = {}
    result["first frame (ms)"] = 1000 * (run.wait_for(lambda s: " ties " in s.display[0]) or float("nan"))
    total = f"{rows:,} of {rows:,}"
    result["fully loaded (ms)"] = 1000 * (run.wait_for(lambda s: total in text(s)) or float("nan"))
    run.key(b"2")  # focus the timeline
    result["one-row move (ms)"], result["bytes per one-row move"] = median_key(run, [b"j", b"k"])
    result["page down (ms)"], result["bytes per page"] = median_key(run, [b"\x1b[6~", b"\x1b[5~"])
    result["jump to end / start (ms)"], _ = median_key(run, [b"G", b"g"])
    searches = []
    for _ in range(3):
        run.key(b"/")
        for character in b"forum":
            searches.append(run.key(bytes([character]))[0] * 1000)
        run.key(b"\x1b")
    result["search keystroke (ms)"] = statistics.median(searches)
    result["kind filter (ms)"], _ = median_key(run, [b"K"], 10)
    run.key(b"\x1b")
    cpu, written = run.idle()
    result["idle 5 s: CPU (ms)"], result["idle 5 s: bytes"] = cpu * 1000, written
    result["peak memory (MB)"] = run.peak_memory_mb()
    run.close(b"q")
    return result


def measure_visidata(path, rows, width, height):
    run = Run(["vd", "--motd-url=", path], width, height)
    result = {}
    result["first frame (ms)"] = 1000 * (run.wait_for(lambda s: "VisiData" in s.display[0]) or float("nan"))
    loaded = re.compile(rf"\b{rows} rows\b")
    result["fully loaded (ms)"] = 1000 * (
        run.wait_for(lambda s: loaded.search(s.display[-1]) and not re.search(r"\d%", s.display[-1]))
        or float("nan"))
    result["one-row move (ms)"], result["bytes per one-row move"] = median_key(run, [b"j", b"k"])
    result["page down (ms)"], result["bytes per page"] = median_key(run, [b"\x1b[6~", b"\x1b[5~"])
    result["jump to end / start (ms)"], _ = median_key(run, [b"gj", b"gk"])
    cpu, written = run.idle()
    result["idle 5 s: CPU (ms)"], result["idle 5 s: bytes"] = cpu * 1000, written
    result["peak memory (MB)"] = run.peak_memory_mb()
    run.close(b"gq")
    return result


def best(results):
    """The median of each measure over runs."""
    keys = results[0].keys()
    return {key: statistics.median(r[key] for r in results if key in r) for key in keys}


def show(value):
    if value != value:  # NaN
        return "—"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}" if value >= 10 else f"{value:.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ties", default=".build-release/release/ties")
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-visidata", action="store_true")
    parser.add_argument("tables", nargs="+")
    arguments = parser.parse_args()
    width, height = (int(part) for part in arguments.size.split("x"))
    for path in arguments.tables:
        rows = embedded_events(arguments.ties) if path == "embedded" else count_rows(path)
        ties = best([measure_ties(arguments.ties, path, rows, width, height) for _ in range(arguments.runs)])
        visidata = {}
        if not arguments.no_visidata and path != "embedded":
            visidata = best([measure_visidata(path, rows, width, height) for _ in range(arguments.runs)])
        what = "the bundled relation" if path == "embedded" else f"{path}: {os.path.getsize(path) / 1e6:.1f} MB"
        print(f"\n{what}, {rows:,} events, {width}×{height}, median of {arguments.runs} runs")
        print(f"| measure | ties | visidata | visidata ÷ ties |")
        print(f"|---|---:|---:|---:|")
        for key, value in ties.items():
            other = visidata.get(key, float("nan"))
            ratio = other / value if value and value == value and other == other else float("nan")
            ratio_text = "—" if ratio != ratio else f"{ratio:.1f}×"
            print(f"| {key} | {show(value)} | {show(other)} | {ratio_text} |")


if __name__ == "__main__":
    main()
