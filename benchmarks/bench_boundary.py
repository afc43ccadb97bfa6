"""How fast the decision boundary is redrawn: the parameter path against a plain predict_proba.

Not part of the test suite. Run from the project root::

    python benchmarks/bench_boundary.py                 # 200×200 grid, 50 hidden units, 30 repeats
    python benchmarks/bench_boundary.py --grid 400 --repeat 50 --threads 1

For each model — the 50-unit network with each activation, and logistic
regression — trained briefly on the moons, it times filling an n×n grid of
P(class 1) two ways, taking turns so both meet the same machine load:

* *redraw*: ``probability_grid_from_parameters`` from a parameter snapshot,
  what the playground does at every recorded point and when the history
  slider moves (the snapshot is all it needs);
* *predict_proba*: the estimator's ``predict_proba`` on the (n·n, 2)
  float32 grid points, built once beforehand and not timed.

It also times writing the 400×400 boundary picture of the sigmoid network.
The issue's target: the redraw of the 50-unit network on 200×200 in ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lrgui.core import LogisticRegression, NeuralNetwork  # noqa: E402
from lrgui.data.toy import load_toy  # noqa: E402
from lrgui.session.boundary import (  # noqa: E402
    grid_extent,
    grid_points,
    parameters_of,
    probability_grid_from_parameters,
)
from lrgui.session.boundary_image import write_boundary_png  # noqa: E402

TARGET_MS = 20.0


def median_ms(function, repeat: int) -> tuple[float, float]:
    """(median, minimum) of ``repeat`` timed calls, in milliseconds, after one warm-up call."""
    function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000


def alternate(first, second, repeat: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Times two functions in turns of a few calls each, so a busy moment hits both alike."""
    a, b = [], []
    turns = max(1, repeat // 5)
    for _ in range(turns):
        a.append(median_ms(first, 5))
        b.append(median_ms(second, 5))
    return (statistics.median(m for m, _ in a), min(m for _, m in a)), (
        statistics.median(m for m, _ in b), min(m for _, m in b))


def models(hidden: int):
    data = load_toy("moons", points=200, seed=0).train
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for activation in ("sigmoid", "tanh", "relu"):
            network = NeuralNetwork(hidden=hidden, activation=activation, learning_rate=0.5, epochs=200)
            yield f"network, {hidden} {activation} units", network.fit(data.X, data.y), data
        yield "logistic regression", LogisticRegression(learning_rate=1.0, epochs=200).fit(data.X, data.y), data


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", type=int, default=200, help="grid side n (n×n points; default 200)")
    parser.add_argument("--hidden", type=int, default=50, help="hidden units (default 50)")
    parser.add_argument("--repeat", type=int, default=30, help="timed calls per method (default 30)")
    parser.add_argument("--threads", type=int, default=None, help="limit BLAS threads (default: as configured)")
    args = parser.parse_args(argv)

    with threadpool_limits(limits=args.threads):
        n = args.grid
        print(f"P(class 1) on a {n}×{n} grid; median (minimum) of {args.repeat} calls, milliseconds")
        print(f"{'model':<30} {'redraw':>16} {'predict_proba':>16} {'speed-up':>9}  max |difference|")
        worst_network = 0.0
        for label, estimator, data in models(args.hidden):
            extent = grid_extent(data.X)
            kind, parameters, activation = parameters_of(estimator)
            points = grid_points(extent, n, n)

            def redraw():
                return probability_grid_from_parameters(kind, parameters, extent, n, n, activation)

            def plain():
                return estimator.predict_proba(points)[:, 1].reshape(n, n)

            (fast, fast_min), (slow, slow_min) = alternate(redraw, plain, args.repeat)
            difference = float(np.abs(redraw() - plain()).max())
            if kind == "mlp":
                worst_network = max(worst_network, fast)
            print(f"{label:<30} {fast:>7.2f} ({fast_min:>6.2f}) {slow:>7.2f} ({slow_min:>6.2f}) "
                  f"{slow / fast:>8.1f}×  {difference:.1e}")

        network, data = next((e, d) for label, e, d in models(args.hidden) if "sigmoid" in label)
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "boundary.png"
            picture, picture_min = median_ms(
                lambda: write_boundary_png(target, network, data.X, data.y, data.classes, size=400, force=True),
                max(3, args.repeat // 5))
        print(f"{'400×400 PNG (sigmoid network)':<30} {picture:>7.1f} ({picture_min:>6.1f})")
        verdict = "meets" if worst_network <= TARGET_MS else "MISSES"
        print(f"slowest network redraw {worst_network:.2f} ms: {verdict} the {TARGET_MS:g} ms target")
    return 0 if worst_network <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
