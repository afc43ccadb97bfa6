"""What recording the history costs: the session layer's trainer against the bare estimator.

The trainer snapshots the parameters at every recorded point and evaluates the
test set there (cost and accuracy); the bare run only iterates the estimator's
``training_steps``. Both train the same model on the same data in one process,
taking turns; the table shows medians and the ratio (target ≤ 1.15 for the
logistic regression on the Caltech photos, issue #11).

    python benchmarks/bench_history.py                # Caltech airplanes vs motorbikes when present
    python benchmarks/bench_history.py --repeat 5
    python benchmarks/bench_history.py --synthetic    # 1,598 generated 64×64 colour rows instead
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lrgui.data import Dataset, ImageFormat, TrainTest  # noqa: E402
from lrgui.data.selection import prepare  # noqa: E402
from lrgui.session.settings import TrainingSettings  # noqa: E402
from lrgui.session.sources import DataRequest, load  # noqa: E402
from lrgui.session.trainer import Trainer  # noqa: E402

CALTECH = REPO.parent / "shared" / "data" / "caltech101"


def caltech() -> TrainTest | None:
    folders = [CALTECH / "airplanes", CALTECH / "Motorbikes"]
    if not all(f.is_dir() for f in folders):
        return None
    return load(DataRequest("folders", paths=tuple(map(str, folders)), test_fraction=0.1)).data


def synthetic(m: int = 1598, seed: int = 0) -> TrainTest:
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 256, size=(m, 64 * 64 * 3), dtype=np.uint8)
    w = rng.normal(size=X.shape[1])
    y = np.where((X / 255.0 - 0.5) @ w + rng.normal(scale=5, size=m) > 0, "a", "b")
    data = Dataset(X, y, ["a", "b"], ImageFormat(64, False))
    return prepare(TrainTest(data), test_fraction=0.1, seed=0)


def bare(data: TrainTest, settings: TrainingSettings) -> float:
    """The estimator alone: the features scaled, every step drained, nothing recorded besides its own costs."""
    estimator = settings.make_estimator()
    started = time.perf_counter()  # the features are made inside the timing, as the trainer makes them
    X = data.train.X.astype(np.float32)
    X *= np.float32(1 / 255)
    for _ in estimator.training_steps(X, data.train.y):
        pass
    return time.perf_counter() - started


def with_history(data: TrainTest, settings: TrainingSettings) -> float:
    """The session layer's trainer: snapshots and the test set's cost and accuracy at every recorded point."""
    trainer = Trainer(data, settings)
    started = time.perf_counter()
    for _ in trainer.events():
        pass
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--synthetic", action="store_true")
    args = parser.parse_args()
    data = None if args.synthetic else caltech()
    source = "Caltech airplanes vs Motorbikes" if data is not None else "synthetic 64×64 colour rows"
    data = data or synthetic()
    settings = TrainingSettings(learning_rate=0.005, epochs=2000).validate()
    times = {"bare": [], "history": []}
    for _ in range(args.repeat):  # taking turns: both meet the same machine load
        times["bare"].append(bare(data, settings))
        times["history"].append(with_history(data, settings))
    b, h = statistics.median(times["bare"]), statistics.median(times["history"])
    print(f"{source}: {len(data.train):,} training and {len(data.test):,} test images, "
          f"{data.train.n_features:,} features, 2,000 iterations, recorded every 100")
    print("| run | median seconds |")
    print("|---|---|")
    print(f"| estimator alone | {b:.3f} |")
    print(f"| trainer with history and test costs | {h:.3f} |")
    print(f"| ratio | **{h / b:.3f}×** (target ≤ 1.15) |")
    return 0 if h / b <= 1.15 else 1


if __name__ == "__main__":
    sys.exit(main())
