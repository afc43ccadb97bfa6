"""Stop on Fashion-MNIST's network: how long from Stop to the finished run, against one pass over the data.

Not part of the test suite. Run from the project root::

    python benchmarks/bench_stop.py              # 5 stops, about a minute on 2 cores
    python benchmarks/bench_stop.py --rounds 3

Data of Fashion-MNIST's size (60,000 × 784 float32, 10 classes, generated) and
its preset network (50 sigmoid units, 25 minibatches, standardised inputs), one
BLAS thread as in the window beside the UI. Each round starts a
:class:`~lrgui.session.training_session.TrainingSession` in a thread as the
window does (``defer_stopped``), lets two epochs pass, asks Stop a random share
into the next epoch, and times until the session's work returns (the window is
idle one event later, showing the run's last recorded point), then times
measuring the point it stopped at (the window's next task, off its UI thread).
The peer is the textbook floor of a stopped run that keeps its weights and
measures them before returning: one forward pass over the training rows, timed
in the same process. The target (issue #20) is Stop to idle within 200 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS.parent))

import numpy as np  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from lrgui.core.mlp import initial_parameters, output_logits  # noqa: E402
from lrgui.data.dataset import Dataset, TrainTest  # noqa: E402
from lrgui.session.settings import TrainingSettings  # noqa: E402
from lrgui.session.training_session import TrainingSession  # noqa: E402


def fashion_sized(rows: int = 60_000) -> TrainTest:
    rng = np.random.default_rng(0)
    classes = [str(i) for i in range(10)]
    X = rng.integers(0, 256, size=(rows, 784), dtype=np.uint8).astype(np.float32)
    y = np.array(classes)[rng.integers(0, 10, rows)]
    X_test = rng.integers(0, 256, size=(rows // 6, 784), dtype=np.uint8).astype(np.float32)
    y_test = np.array(classes)[rng.integers(0, 10, rows // 6)]
    return TrainTest(Dataset(X, y, classes), Dataset(X_test, y_test, classes))


def one_stop(data: TrainTest, into_epoch: float) -> tuple[float, float]:
    """(Stop to the finished run, then measuring the point it stopped at), in seconds."""
    settings = TrainingSettings(model="mlp", learning_rate=0.1, epochs=1000, hidden=50, activation="sigmoid",
                                batches=25, standardize=True).validate()
    session = TrainingSession(data, [settings], blas_threads=1, defer_stopped=True)
    results = []
    worker = threading.Thread(target=lambda: results.extend(
        session.work(lambda batch, force=False: session.absorb(batch))))
    worker.start()
    while session.done < 2:
        time.sleep(0.005)
    started = time.perf_counter()
    while session.done < 3 and time.perf_counter() - started < into_epoch:
        time.sleep(0.002)
    asked = time.perf_counter()
    session.stop()
    worker.join()
    idle = time.perf_counter() - asked
    started = time.perf_counter()
    session.measure_stopped(results)
    return idle, time.perf_counter() - started


def forward_pass(data: TrainTest) -> float:
    X = (data.train.X - data.train.X.mean(0)) / (data.train.X.std(0) + 1e-8)
    params = initial_parameters(784, 50, 10, "sigmoid", 0, np.float32)
    with threadpool_limits(1, user_api="blas"):
        times = []
        for _ in range(3):
            started = time.perf_counter()
            output_logits(params, X, "sigmoid")
            times.append(time.perf_counter() - started)
    return min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    data = fashion_sized()
    rng = random.Random(0)
    floor = forward_pass(data)
    rounds = [one_stop(data, rng.uniform(0.02, 0.2)) for _ in range(args.rounds)]
    stops = [idle for idle, _ in rounds]
    after = [measured for _, measured in rounds]
    print(f"one forward pass over 60,000 rows (1 BLAS thread): {floor * 1000:.0f} ms")
    print(f"Stop to finished run: median {statistics.median(stops) * 1000:.0f} ms, "
          f"worst {max(stops) * 1000:.0f} ms over {args.rounds} stops "
          f"({statistics.median(stops) / floor:.2f}× the pass); target ≤ 200 ms")
    print(f"then the point it stopped at measured, off the UI thread: median {statistics.median(after) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
