"""How fast the descent views are: the landscape's redraw and the step slice on photos, against textbook code.

Not part of the test suite. Run from the project root::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_landscape.py            # 30 redraws, 10 slices
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_landscape.py --repeat 60

Landscape (the issue's target: a 100×100 grid and a 200-point path redrawn in
under 20 ms), on the 200 moons and a 200-point path of a logistic regression:

* *redraw*: what the playground does at every shown point — the view's
  ``show_path`` (the grid of J with the held parameter, its levels, the
  contour segments by vectorised marching squares, the bands, the labels and
  the path drawn), computed where it is asked for as it is on the toy sets;
* *textbook*: the same grid as the cost of every grid point in float64 over
  a (grid points × rows) matrix with ``np.logaddexp``, and each level's
  contour by pyqtgraph's ``isocurve`` (what ``IsocurveItem`` runs); nothing
  drawn.

Step slice (target: under 1 s for Caltech 64×64×3), on generated data the
size of the airplanes-vs-motorbikes photos (1,500 × 12,288 float32 pixels in
[0, 1], two classes), at a point a few steps from zero:

* *slice*: :func:`lrgui.session.landscape.step_slice` (121 samples, two of
  them exact);
* *textbook*: every sample evaluated at its own parameters, X (w − α·g) + b,
  one pass over X per sample.

Both pairs are timed in turns, so a busy moment hits both alike; the redraw
is also given in the UI thread's own CPU time (``time.thread_time``, what
other processes on a shared machine do not inflate) and with the paint that
follows it (``processEvents`` after the redraw). Also shown: the network's
slice (50 hidden units) on the same data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lrgui.data.toy import load_toy  # noqa: E402
from lrgui.session.landscape import (  # noqa: E402
    Objective,
    contour_levels,
    landscape_extent,
    line_point,
    step_slice,
)
from lrgui.session.settings import TrainingSettings  # noqa: E402
from lrgui.session.trainer import Recorded, Trainer, train  # noqa: E402
from lrgui.data.dataset import Dataset, TrainTest  # noqa: E402

REDRAW_TARGET_MS, SLICE_TARGET_S = 20.0, 1.0


def median_ms(function, repeat: int) -> float:
    function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def alternate(first, second, repeat: int, turn: int = 3) -> tuple[float, float, float, float]:
    """(median, fastest) of each function, timed in turns of ``turn`` calls so a busy moment hits both alike."""
    a, b = [], []
    for _ in range(max(1, repeat // turn)):
        a.append(median_ms(first, turn))
        b.append(median_ms(second, turn))
    return statistics.median(a), statistics.median(b), min(a), min(b)


def each_ms(function, repeat: int, clock=time.perf_counter) -> list[float]:
    """Every call's time in ms (one warm-up call first)."""
    function()
    times = []
    for _ in range(repeat):
        start = clock()
        function()
        times.append((clock() - start) * 1000)
    return times


def landscape(repeat: int) -> None:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from lrgui.gui.landscape_view import LandscapeView

    app = QApplication.instance() or QApplication([])
    data = load_toy("moons", points=200, seed=0)
    settings = TrainingSettings(model="logistic", learning_rate=1.0, epochs=199, record_every=1).validate()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # every recorded point, as the playground's pane keeps them (a model's history keeps fewer)
        snapshots = [e.parameters for e in Trainer(data, settings).events() if isinstance(e, Recorded)]
    objective = Objective.from_settings(settings, data.train.X, data.train.y)
    view = LandscapeView()
    view.resize(420, 420)
    view.show()
    view.set_objective(objective)
    app.processEvents()
    shown = [len(snapshots) - 1]

    def redraw():
        shown[0] = (shown[0] + 37) % len(snapshots)  # another point each time: the held b changes
        view.show_path(snapshots, shown[0])

    X = objective.X.astype(np.float64)
    y = objective.y_index.astype(np.float64)
    path = np.array([line_point(s) for s in snapshots])

    def textbook():
        point = path[shown[0]]
        x0, x1, y0, y1 = landscape_extent(path[:, :2])
        P, Q = np.meshgrid(np.linspace(x0, x1, 100), np.linspace(y0, y1, 100))
        Z = np.multiply.outer(P.ravel(), X[:, 0]) + np.multiply.outer(Q.ravel(), X[:, 1]) + point[2]
        J = (np.logaddexp(0, Z) - y * Z).mean(axis=1).reshape(100, 100)
        for level in contour_levels(J)[0]:
            pg.functions.isocurve(J, level, connected=True)

    def painted():
        redraw()
        app.processEvents()  # the paint the redraw asks for

    walls, cpus, paints, textbooks = [], [], [], []
    for _ in range(max(1, repeat // 3)):  # turns of three of each, so a busy moment hits all alike
        walls += each_ms(redraw, 3)
        cpus += each_ms(redraw, 3, time.thread_time)
        paints += each_ms(painted, 3)
        textbooks += each_ms(textbook, 3)
    ours, theirs = statistics.median(walls), statistics.median(textbooks)
    print(f"landscape redraw, 100×100 grid, {len(snapshots)}-point path, 200 rows, {len(walls)} redraws: median "
          f"{ours:.1f} ms, fastest {min(walls):.1f} (target < {REDRAW_TARGET_MS:.0f} ms: "
          f"{'met' if ours < REDRAW_TARGET_MS else 'MISSED'}); UI thread's CPU time {statistics.median(cpus):.1f} ms; "
          f"with its paint {statistics.median(paints):.1f} ms")
    print(f"  textbook grid + isocurve, nothing drawn: {theirs:.1f} ms, fastest {min(textbooks):.1f} — "
          f"{theirs / ours:.1f}× the redraw's time")


def caltech_sized(seed: int = 0):
    rng = np.random.default_rng(seed)
    m, n = 1500, 64 * 64 * 3
    centres = rng.random((2, n), dtype=np.float32)
    labels = rng.integers(0, 2, m)
    X = np.clip(centres[labels] + rng.normal(0, 0.25, (m, n)).astype(np.float32), 0, 1).astype(np.float32)
    return X, np.array(["airplanes", "Motorbikes"])[labels]


def step_slices(repeat: int) -> None:
    X, y = caltech_sized()
    settings = TrainingSettings(model="logistic", learning_rate=0.005, epochs=3, record_every=1).validate()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = train(TrainTest(Dataset(X, y, sorted(set(y)))), settings)
    parameters = result.model.history.snapshot(2)
    started = time.perf_counter()
    objective = Objective.from_settings(settings, X, y)
    building = time.perf_counter() - started
    rate = settings.learning_rate

    def ours():
        step_slice(objective, parameters, rate)

    w = np.asarray(parameters["coef"], np.float32)
    b = float(parameters["intercept"])
    target = objective.target

    def textbook():
        z = X @ w + b
        residual = 1 / (1 + np.exp(-z)) - target
        gradient, shift = X.T @ residual / len(X), residual.mean()
        for alpha in rate * np.arange(121) / 40:
            zs = X @ (w - alpha * gradient) + (b - alpha * shift)
            np.mean(np.logaddexp(0, zs) - target * zs)

    slice_ms, textbook_ms, _, _ = alternate(ours, textbook, max(3, repeat // 3), turn=1)
    print(f"step slice, logistic regression, 1,500 × 12,288 (Caltech 64×64×3): {slice_ms:.0f} ms "
          f"(+ {building * 1000:.0f} ms once for the rows; target < {SLICE_TARGET_S:.0f} s: "
          f"{'met' if (slice_ms / 1000 + building) < SLICE_TARGET_S else 'MISSED'}); textbook, one pass per "
          f"sample: {textbook_ms:.0f} ms — {textbook_ms / slice_ms:.1f}× the time")
    network = TrainingSettings(model="mlp", learning_rate=0.3, epochs=1, hidden=50, batches=1).validate()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = train(TrainTest(Dataset(X, y, sorted(set(y)))), network)
    net_objective = Objective.from_settings(network, X, y)
    net_parameters = net.model.history.snapshot(len(net.model.history) - 1)
    net_ms = median_ms(lambda: step_slice(net_objective, net_parameters, network.learning_rate), max(1, repeat // 3))
    print(f"step slice, network of 50 sigmoid units, same data: {net_ms:.0f} ms")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    landscape(args.repeat)
    step_slices(max(3, args.repeat // 3))
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
