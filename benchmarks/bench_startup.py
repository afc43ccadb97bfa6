"""How soon the window is on screen: lrgui's first paint against a bare PySide6 window with a pyqtgraph plot.

Not part of the test suite. Run from the project root::

    python benchmarks/bench_startup.py               # 7 rounds, offscreen
    python benchmarks/bench_startup.py --rounds 15 --platform xcb   # under Xvfb or a desktop

Each round starts two fresh Python processes in turn (so a busy moment hits
both alike), each from a fresh user profile (empty HOME, config and cache
folders):

* *bare*: ``import pyqtgraph``, a ``QApplication``, a ``QMainWindow`` holding
  one ``PlotWidget``, shown: the floor any PySide6 + pyqtgraph app pays;
* *lrgui*: what ``lrgui-gui`` runs (``lrgui.gui.launcher.main``: the same
  application set-up, the main window with its settings, its first-run
  welcome).

The time is from just before the process is started to the end of the event
loop's turn in which Qt first flushed the main window to the screen, as Qt's
own painting log says it (``QT_LOGGING_RULES=qt.widgets.painting=true``: the
first "Flushing … of MainWindow" line; a message handler sees it, a zero-delay
timer then waits for the flush to end). Both sides are timed the same way, and
nothing filters their events. Printed: each side's median and fastest, and the
ratio of the medians (target of issue #23: ≤ 1.25×), and the same for the
processes' CPU time (user + system, what other processes on a shared machine
inflate least). ``--profile`` prints, for one lrgui start, the imports that
took longest (``python -X importtime``). ``--source`` starts the lrgui of
another checkout (the same benchmark before and after a change).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.25

#: Run in each child: Qt's first flush of a top-level main window ends the process, printing the time.
WATCH = r"""
import os, re, sys, time
STARTED = float(os.environ["LRGUI_BENCH_STARTED"])
from PySide6.QtCore import QTimer, qInstallMessageHandler

FLUSH = re.compile(r"^Flushing .* of (Q?MainWindow)\(")
seen = False

def painting_log(mode, context, message):
    global seen
    if not seen and context.category == "qt.widgets.painting" and FLUSH.match(message):
        seen = True
        QTimer.singleShot(0, done)  # once this turn of the event loop (the flush) is over

def done():
    print(f"FIRST_PAINT {time.time() - STARTED:.4f}", flush=True)
    os._exit(0)

qInstallMessageHandler(painting_log)
from PySide6.QtWidgets import QApplication, QMainWindow
"""

BARE = WATCH + r"""
import pyqtgraph as pg
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(1024, 600)
window.show()
app.exec()
"""

LRGUI = WATCH + r"""
from lrgui.gui.launcher import main
sys.exit(main([]))
"""


def start(code: str, platform: str, profile: Path, importtime: bool = False,
          source: Path = ROOT) -> tuple[float, str, float]:
    """(seconds to the first paint, the child's stderr, the child's CPU seconds: user + system)."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, HOME=str(profile), XDG_CONFIG_HOME=str(profile / "config"),
               XDG_CACHE_HOME=str(profile / "cache"), XDG_DATA_HOME=str(profile / "data"),
               QT_LOGGING_RULES="qt.widgets.painting=true",
               PYTHONPATH=str(source) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["LRGUI_BENCH_STARTED"] = repr(time.time())
    command = [sys.executable, *(["-X", "importtime"] if importtime else []), "-c", code]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=profile)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    for line in done.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return float(line.split()[1]), done.stderr, cpu
    raise RuntimeError(f"no first paint (exit {done.returncode}): {done.stderr[-2000:]}")


def slowest_imports(stderr: str, count: int = 25) -> list[tuple[int, str]]:
    """(cumulative µs, module) of the imports that took longest, from ``-X importtime``'s report."""
    rows = []
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            if cumulative.isdigit():
                rows.append((int(cumulative), name))
    return sorted(rows, reverse=True)[:count]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--profile", action="store_true", help="list lrgui's slowest imports (one start)")
    parser.add_argument("--source", type=Path, default=ROOT,
                        help="the lrgui checkout to start (default: this one), to compare before and after a change")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; Qt platform {args.platform}; "
          f"lrgui from {args.source.resolve()}")
    with tempfile.TemporaryDirectory(prefix="lrgui-bench-startup-") as scratch:
        if args.profile:
            profile = Path(scratch) / "profile"
            profile.mkdir()
            seconds, stderr, _ = start(LRGUI, args.platform, profile, importtime=True, source=args.source)
            print(f"lrgui first paint {seconds * 1000:.0f} ms (with -X importtime); slowest imports, cumulative:")
            for micro, name in slowest_imports(stderr):
                print(f"  {micro / 1000:7.1f} ms  {name}")
            return 0
        start(BARE, args.platform, Path(scratch))  # a first start of each warms the disk cache
        start(LRGUI, args.platform, Path(scratch), source=args.source)
        bare, ours, bare_cpu, our_cpu = [], [], [], []
        for number in range(args.rounds):
            for code, times, cpus in ((BARE, bare, bare_cpu), (LRGUI, ours, our_cpu)):
                profile = Path(scratch) / f"profile-{number}-{len(times)}-{code is BARE}"
                profile.mkdir()
                seconds, _, cpu = start(code, args.platform, profile, source=args.source)
                times.append(seconds * 1000)
                cpus.append(cpu * 1000)
    ratio = statistics.median(ours) / statistics.median(bare)
    cpu_ratio = statistics.median(our_cpu) / statistics.median(bare_cpu)
    print(f"bare window with a pyqtgraph plot: median {statistics.median(bare):.0f} ms, fastest {min(bare):.0f}; "
          f"CPU {statistics.median(bare_cpu):.0f} ms")
    print(f"lrgui main window:                 median {statistics.median(ours):.0f} ms, fastest {min(ours):.0f}; "
          f"CPU {statistics.median(our_cpu):.0f} ms")
    print(f"ratio {ratio:.2f}× (target ≤ {TARGET}×: {'met' if ratio <= TARGET else 'MISSED'}), fastest to fastest "
          f"{min(ours) / min(bare):.2f}×, CPU time {cpu_ratio:.2f}×; load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
