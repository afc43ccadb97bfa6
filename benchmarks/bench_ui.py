"""How long the window's UI thread is kept from its events, phase by phase, on data of realistic sizes.

Not part of the test suite. Run from the project root, on a virtual screen
(or Qt offscreen)::

    xvfb-run -a -s "-screen 0 1280x800x24" python benchmarks/bench_ui.py
    xvfb-run -a -s "-screen 0 1280x800x24" python benchmarks/bench_ui.py --busy
    LRGUI_BENCH_DATA=../shared/data xvfb-run -a ... python benchmarks/bench_ui.py   # real Caltech photos

The real ``MainWindow`` (1024×600) is driven as a user drives it while a 10 ms
QTimer ticks on the UI thread: a gap between two ticks longer than 10 ms is
time the UI thread spent on something else (a handler, a paint) and could not
answer the user. Printed per phase: the ticks, the gaps' p99, p99.9 and
maximum, and the UI thread's busy share (its CPU time over the phase's wall
time). The phases:

* *sample*: the built-in sample (the Data tab's button) trained at full speed;
* *loading*: two classes of photos dropped on the Data tab, until Train is
  enabled: Caltech-101's airplanes and motorbikes with ``$LRGUI_BENCH_DATA``,
  else 1,500 generated 64×64 colour JPEGs of that size;
* *caltech*: logistic regression on them at full speed, live plot and weights;
* *replay*: the history slider dragged across every recorded point, a step
  every 15 ms;
* *results*: the Results tab shown (its evaluation and gallery);
* *paced*: the same run shown over 5 s (the Pace setting);
* *compare*: three learning rates compared (``--rates``);
* *predict*: photos (``--photos``, 320×240 JPEGs) dropped on the Predict tab
  until every one is labelled, five times, each drop followed by the same work
  in-process: the ratio of the medians, the gaps of the five drops together
  (the first drop alone, and each drop's longest gap, printed after the table);
* *network*: the 784-50-10 network on Fashion-MNIST-sized data (60,000
  generated 28×28 grayscale rows, 10 classes), 25 minibatches, live;
* *first show*: the Playground tab shown for the first time (it makes its contents then);
* *playground*: both of its panes trained, live.

The targets of issue #23: p99 ≤ 20 ms and p99.9 ≤ 50 ms quiet, p99.9 ≤ 100 ms
beside a busy core (``--busy``: a Python loop on one core for the whole run);
the drop ≤ 1.5× the in-process time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QEventLoop, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton, QSlider, QWidget  # noqa: E402

TICK_MS = 10
P99_MS, P999_MS, P999_BUSY_MS = 20.0, 50.0, 100.0
#: The 435-photo drop against the same work in-process (issue #23).
DROP_RATIO = 1.5
#: Drops, each followed by the same work in-process, whose medians give the drop's ratio.
DROP_ROUNDS = 5


class Heartbeat:
    """A 10 ms timer on the UI thread: the gaps between its ticks, per phase, and the thread's CPU time."""

    def __init__(self):
        self.timer = QTimer(interval=TICK_MS, timeout=self._tick)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.gaps: list[float] = []
        self._last = 0.0
        self.rows: list[tuple] = []
        self.phase = ""
        self.show_worst = 0  # print this many of each phase's longest gaps, with where they began

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self.at.append((self._last - self._wall) * 1000)
        self._last = now

    def begin(self, name: str = "") -> None:
        self.phase = name
        self.gaps = []
        self.at: list[float] = []  # where in the phase each gap began (ms)
        self._wall, self._cpu = time.perf_counter(), time.thread_time()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> tuple[list[float], list[float], float, float]:
        """Ends a stretch of the phase: its gaps (the first, from ``begin``, left out), where each began, its wall
        and UI-thread CPU seconds."""
        self.timer.stop()
        wall, cpu = time.perf_counter() - self._wall, time.thread_time() - self._cpu
        return self.gaps[1:], self.at[1:], wall, cpu

    def end(self, name: str) -> None:
        self.report(name, [self.stop()])

    def report(self, name: str, stretches: list[tuple[list[float], list[float], float, float]]) -> None:
        """One row for the phase ``name`` from its stretches' gaps together (their p99 from all their ticks)."""
        gaps = np.array([gap for stretch in stretches for gap in stretch[0]] or [0.0])
        wall, cpu = sum(stretch[2] for stretch in stretches), sum(stretch[3] for stretch in stretches)
        row = (name, len(gaps), float(np.percentile(gaps, 99)), float(np.percentile(gaps, 99.9)), float(gaps.max()),
               cpu / max(wall, 1e-9), wall)
        self.rows.append(row)
        print(f"  {name:<11} {row[1]:>6} ticks  p99 {row[2]:6.1f} ms  p99.9 {row[3]:6.1f} ms  max {row[4]:6.1f} ms"
              f"  UI thread busy {row[5]:5.1%}  ({wall:.1f} s)", flush=True)
        if self.show_worst:
            located = [(gap, at, number) for number, stretch in enumerate(stretches)
                       for gap, at in zip(stretch[0], stretch[1])]
            worst = sorted(located, reverse=True)[:self.show_worst]
            where = (lambda at, number: f"{at:.0f} of stretch {number + 1}") if len(stretches) > 1 else \
                (lambda at, number: f"{at:.0f}")
            print("      worst gaps: " + ", ".join(f"{gap:.0f} ms at {where(at, number)}" for gap, at, number in worst),
                  flush=True)


class Watchdog:
    """A thread that, while the heartbeat is late by more than ``late_ms``, samples the UI thread's stack
    every 10 ms: where the stalls are (``--stacks``)."""

    def __init__(self, beat: Heartbeat, late_ms: float = 40.0):
        self.beat, self.late = beat, late_ms / 1000
        self.samples: Counter = Counter()
        self.main = threading.main_thread().ident
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.01):
            if self.beat.timer.isActive() and time.perf_counter() - self.beat._last > self.late:
                frame = sys._current_frames().get(self.main)
                if frame is None:
                    continue
                stack = [f for f in traceback.extract_stack(frame) if "/lrgui/" in f.filename
                         or "pyqtgraph" in f.filename]
                inner = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in stack[-4:]]
                self.samples[f"{self.beat.phase}: " + " < ".join(reversed(inner))] += 1

    def report(self, top: int = 25) -> None:
        self._stop.set()
        print("where the UI thread was during stalls (10 ms samples):")
        for where, count in self.samples.most_common(top):
            print(f"  {count * 10:6d} ms  {where}")


def wait_until(condition, timeout: float, poll_ms: int = 20) -> bool:
    """Runs the event loop (the heartbeat ticks in it) until ``condition()`` or ``timeout`` seconds."""
    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    poll = QTimer(interval=poll_ms)
    poll.timeout.connect(lambda: loop.quit() if condition() or time.perf_counter() > deadline else None)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    return bool(condition())


def wait(seconds: float) -> None:
    wait_until(lambda: False, seconds)


def drop(widget: QWidget, paths) -> bool:
    """Drags local paths onto ``widget`` and drops them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event.isAccepted()


def make_photos(folder: Path, per_class: int, size: tuple[int, int], seed: int = 0) -> list[Path]:
    """Two class folders of JPEGs: a coloured blob on noise, a different colour per class."""
    rng = np.random.default_rng(seed)
    paths = []
    for number, name in enumerate(("airplanes", "Motorbikes")):
        target = folder / name
        target.mkdir(parents=True, exist_ok=True)
        colour = np.array([[40, 90, 200], [200, 60, 40]][number], np.float32)
        for i in range(per_class):
            height, width = size[1], size[0]
            pixels = rng.normal(128, 40, (height, width, 3)).astype(np.float32)
            y0, x0 = rng.integers(0, height // 2), rng.integers(0, width // 2)
            pixels[y0:y0 + height // 2, x0:x0 + width // 2] = colour + rng.normal(0, 20, 3)
            path = target / f"{name}_{i:04d}.jpg"
            Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=85)
            paths.append(path)
    return paths


def fashion_sized(seed: int = 0):
    """60,000 + 10,000 rows of 28×28 grayscale pixels in 10 classes, as the Fashion-MNIST importer gives them."""
    from lrgui.data.dataset import Dataset, ImageFormat, TrainTest

    rng = np.random.default_rng(seed)
    centres = rng.integers(0, 256, (10, 784)).astype(np.float32)

    def rows(m):
        labels = rng.integers(0, 10, m)
        X = np.clip(centres[labels] + rng.normal(0, 60, (m, 784)).astype(np.float32), 0, 255).astype(np.uint8)
        return X, np.array([f"class {k}" for k in range(10)])[labels]

    classes = [f"class {k}" for k in range(10)]
    fmt = ImageFormat(28, True)
    train, test = rows(60_000), rows(10_000)
    return TrainTest(Dataset(*train, classes, fmt), Dataset(*test, classes, fmt))


def machine() -> str:
    """The CPU's model name and core count: the bound every ratio is read against."""
    name = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                name = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{name}, {os.cpu_count()} cores"


def busy_loop() -> subprocess.Popen:
    """A process keeping one core at 100 % (the last one, where the OS allows pinning)."""
    code = "import os\ntry: os.sched_setaffinity(0, {os.cpu_count() - 1})\nexcept Exception: pass\nwhile True: pass\n"
    return subprocess.Popen([sys.executable, "-c", code])


def caltech_folder() -> Path | None:
    """The real airplanes and motorbikes, when ``$LRGUI_BENCH_DATA`` points at the shared data."""
    root = os.environ.get("LRGUI_BENCH_DATA")
    folder = Path(root) / "caltech101" if root else None
    return folder if folder is not None and (folder / "airplanes").is_dir() else None


def in_process_seconds(model, photos, rounds: int = 3) -> float:
    """The Predict tab's own work on ``photos`` (decode, predict, enlarge), run in this thread without a window:
    the yardstick of the drop. The median of ``rounds``."""
    from lrgui.gui.prediction_tasks import prediction_task

    times = []
    for _ in range(rounds):
        task = prediction_task(model, list(photos), {})
        started = time.perf_counter()
        task(lambda payload, force=False: None, lambda: False)
        times.append(time.perf_counter() - started)
    return float(np.median(times))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=435, help="photos dropped on the Predict tab")
    parser.add_argument("--epochs", type=int, default=2000, help="iterations of the Caltech-sized runs")
    parser.add_argument("--network-epochs", type=int, default=20)
    parser.add_argument("--rates", default="0.01, 0.001, 0.0001", help="the learning rates compared")
    parser.add_argument("--busy", action="store_true", help="beside a process keeping one core busy")
    parser.add_argument("--skip", action="append", default=[], help="a phase not to run (repeatable)")
    parser.add_argument("--stacks", action="store_true", help="sample the UI thread's stack during stalls")
    parser.add_argument("--worst", type=int, default=0, help="print each phase's N longest gaps and when they began")
    args = parser.parse_args(argv)

    from lrgui.data.dataset import ImageFormat
    from lrgui.gui.main_window import MainWindow
    from lrgui.session.sources import DataRequest, LoadedData

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("lrgui-bench-ui")
    scratch = tempfile.TemporaryDirectory(prefix="lrgui-bench-ui-")
    folder = Path(scratch.name)
    started = time.perf_counter()
    photos_folder = caltech_folder()
    if photos_folder is None:
        make_photos(folder / "train", 750, (64, 64))
        photos_folder = folder / "train"
    photos = make_photos(folder / "photos", (args.photos + 1) // 2, (320, 240), seed=1)[:args.photos]
    network_data = fashion_sized() if "network" not in args.skip else None
    print(f"{machine()}; load average {os.getloadavg()[0]:.1f}; data made in {time.perf_counter() - started:.1f} s; "
          f"photos from {'Caltech-101' if caltech_folder() else 'generated 64×64 JPEGs'}"
          f"{'; beside a busy core' if args.busy else ''}", flush=True)
    contender = busy_loop() if args.busy else None
    beat = Heartbeat()
    beat.show_worst = args.worst
    watchdog = Watchdog(beat) if args.stacks else None
    extra: list[str] = []
    try:
        window = MainWindow()
        window.resize(1024, 600)
        window.show()
        wait(0.5)
        train_button = window.findChild(QPushButton, "trainButton")
        tab = window.train_tab

        def train(name: str, start=None) -> None:
            window.tabs.setCurrentWidget(tab)
            wait(0.3)
            beat.begin(name)
            (start or tab.start_training)()
            wait_until(lambda: not tab.is_training, 900)
            wait(0.2)  # the run's end is drawn
            beat.end(name)

        if "sample" not in args.skip:
            window.findChild(QPushButton, "sampleButton").click()
            wait_until(train_button.isEnabled, 120)
            train("sample")

        beat.begin("loading")
        assert drop(window.data_tab, [photos_folder])
        wait_until(train_button.isEnabled, 300)
        beat.end("loading")

        window.tabs.setCurrentWidget(tab)
        form = tab.form
        form.epochs_spin.setValue(args.epochs)
        train("caltech")

        slider = window.findChild(QSlider, "historySlider")
        values = list(range(slider.minimum(), slider.maximum() + 1))
        beat.begin("replay")
        step = QTimer(interval=15)
        step.timeout.connect(lambda: slider.setValue(values.pop()) if values else step.stop())
        step.start()
        wait_until(lambda: not values, 120)
        wait(0.3)
        beat.end("replay")
        slider.setValue(slider.maximum())

        beat.begin("results")
        window.tabs.setCurrentWidget(window.results_tab)
        wait(2.0)
        beat.end("results")

        if "paced" not in args.skip:
            form.pace_combo.setCurrentIndex(form.pace_combo.findData(5.0))
            train("paced")
            form.pace_combo.setCurrentIndex(0)

        if "compare" not in args.skip:
            tab.rates_edit.setText(args.rates)
            train("compare", tab.start_comparison)
            tab.rates_edit.clear()

        predict = window.predict_tab
        if "predict" not in args.skip:
            window.tabs.setCurrentWidget(predict)
            wait(0.3)
            # interleaved rounds, each a drop and then the same work in-process: the ratio of the medians (one
            # drop against one reference moved 1.2–2×), the gaps' percentiles from every drop's ticks (a drop
            # is 40–90 ticks, whose p99 is their longest gap: one moment, not a percentile)
            drops, window_times, references = [], [], []
            for number in range(DROP_ROUNDS):
                if number:
                    predict.clear()
                    wait(0.3)
                beat.begin("predict")
                assert drop(predict, photos)
                wait_until(lambda: predict.list.count() >= len(photos) and not predict.progress.isVisible(), 300)
                drops.append(beat.stop())
                window_times.append(drops[-1][2])
                references.append(in_process_seconds(predict.model, photos, rounds=1))
            beat.report("predict", drops)
            first = np.array(drops[0][0] or [0.0])
            extra.append(f"predict: the first drop alone, {len(first)} ticks: p99 {np.percentile(first, 99):.1f} ms, "
                         f"max {first.max():.1f} ms; each drop's longest gap: "
                         + ", ".join(f"{max(gaps or [0.0]):.1f}" for gaps, *_ in drops) + " ms")
            window_seconds, reference = float(np.median(window_times)), float(np.median(references))
            extra.append(f"predict: {len(photos)} photos labelled in the window in {window_seconds * 1000:.0f} ms, "
                         f"the same work in-process {reference * 1000:.0f} ms: {window_seconds / reference:.2f}× "
                         f"(target ≤ {DROP_RATIO:.1f}×; medians of {DROP_ROUNDS} rounds: "
                         + ", ".join(f"{w / r:.2f}×" for w, r in zip(window_times, references)) + ")")

        if network_data is not None:
            window.state.set_data(LoadedData(network_data, DataRequest("fashion-mnist", ("generated",),
                                                                       image_format=ImageFormat(28, True))))
            window.tabs.setCurrentWidget(tab)
            form.model_combo.setCurrentIndex(form.model_combo.findData("mlp"))
            form.epochs_spin.setValue(args.network_epochs)
            wait(0.5)
            train("network")

        if "playground" not in args.skip:
            playground = window.playground_tab
            beat.begin("first show")
            window.tabs.setCurrentWidget(playground)  # the tab makes its contents now
            wait(0.5)
            beat.end("first show")
            beat.begin("playground")
            playground.train_both()
            wait_until(lambda: not playground.is_training, 300)
            wait(0.3)
            beat.end("playground")
        window.close()
    finally:
        if contender is not None:
            contender.kill()
            contender.wait()
    if watchdog is not None:
        watchdog.report()
    limit = P999_BUSY_MS if args.busy else P999_MS
    print(f"targets: p99 ≤ {P99_MS:.0f} ms and p99.9 ≤ {P999_MS:.0f} ms quiet, p99.9 ≤ {P999_BUSY_MS:.0f} ms "
          f"beside a busy core")
    for name, ticks, p99, p999, worst, busy, wall in beat.rows:
        met = p999 <= limit and (args.busy or p99 <= P99_MS)
        print(f"  {name:<11} p99 {p99:6.1f}  p99.9 {p999:6.1f}  {'met' if met else 'NOT met'}")
    for line in extra:
        print(line)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
