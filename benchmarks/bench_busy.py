"""Every training path beside a busy core: its time there against its quiet time on one thread, and its bits.

Not part of the test suite. Run from the project root::

    python benchmarks/bench_busy.py                 # the three paths, 7 rounds, about 4 minutes on 2 cores
    python benchmarks/bench_busy.py --quick         # a smoke run on small shapes
    python benchmarks/bench_busy.py --rounds 9 --only network --json busy.json

The paths:

* (a) logistic regression, 1,500 × 12,288 float32, 2,000 iterations, cost
  every 100 (``bench.py``'s random but learnable data and learning rate):
  the Gram solver (one K = X Xᵀ, then a K @ r per iteration);
* (c) logistic regression, 60,000 × 784 float32, 100 iterations, cost
  every 50: the primal solver (X read once per iteration);
* network: 784-50-10 sigmoid, 25 minibatches, 4 epochs, on the standardised
  Fashion-MNIST training set (``bench_network.py``'s data: random rows of
  the same shape when the folder is absent).

Every fit is the estimator's ``fit`` with its defaults, in four modes: quiet
(all cores), quiet on one thread (BLAS limited to one, so lrgui runs on one
worker), beside a busy core (a Python busy loop pinned to the last core) and
beside it on one thread.
The busy loop is started once and paused (SIGSTOP) between its fits, so the
modes take turns fit by fit: each round runs every path in every mode, and
other programs' load, which changes over seconds, falls on all three alike.
On two cores a busy one leaves one, so the fair yardstick is the quiet
one-thread time: the table gives busy / quiet one-thread (the median of the
rounds' ratios, and the ratio of the medians) against issue #23's target
(≤ 1.15×), and whether every fit's tensors were the same bits (they must
be: lrgui's results depend on neither the threads nor the load). The load
average is printed every round: above about 1.5 on two cores other
programs take a share of the free core too, which no training can undo;
busy / busy on one thread, both beside the busy core and under the same
load, is then what lrgui's threads themselves cost (> 1) or give (< 1) there.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS.parent))
sys.path.insert(0, str(BENCHMARKS))

from bench import LEARNING_RATE, learnable_data, machine  # noqa: E402
from bench_network import BATCHES, HIDDEN, BusyCore, load_data  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from lrgui.core import LogisticRegression, NeuralNetwork  # noqa: E402

#: Issue #23: beside a busy core a fit may take at most this many times its quiet one-thread time.
TARGET_RATIO = 1.15
MODES = ("quiet", "one thread", "busy", "busy, one thread")


@dataclass(frozen=True)
class Path_:
    """A training path: its name, what it trains on, and one fit (returning the model's tensors)."""

    name: str
    shape: str
    fit: Callable[[], bytes]


def logistic_path(name: str, m: int, n: int, iterations: int, record_every: int) -> Path_:
    X, y = learnable_data(m, n)

    def fit() -> bytes:
        model = LogisticRegression(learning_rate=LEARNING_RATE, epochs=iterations, record_every=record_every).fit(X, y)
        return model.coef_.tobytes() + np.asarray(model.intercept_).tobytes()

    return Path_(name, f"{m:,} × {n:,}, {iterations} iterations", fit)


def network_path(quick: bool, epochs: int) -> Path_:
    X, y, *_ = load_data(quick)

    def fit() -> bytes:
        model = NeuralNetwork(hidden=HIDDEN, batches=BATCHES, epochs=epochs).fit(X, y)
        return b"".join(np.asarray(p).tobytes() for p in (*model.coefs_, *model.intercepts_))

    return Path_("network", f"{len(X):,} × {X.shape[1]}-{HIDDEN}-10, {epochs} epochs", fit)


def paths(quick: bool, only: list[str] | None) -> list[Path_]:
    makers = {
        "a": lambda: logistic_path("(a) Gram", *((300, 3072, 200, 20) if quick else (1500, 12288, 2000, 100))),
        "c": lambda: logistic_path("(c) primal", *((6_000, 196, 30, 10) if quick else (60_000, 784, 100, 50))),
        "network": lambda: network_path(quick, 2 if quick else 4),
    }
    return [make() for key, make in makers.items() if not only or key in only]


class PausedBusyCore(BusyCore):
    """``bench_network.BusyCore``, started once and paused between the fits it is meant to disturb."""

    def __enter__(self):
        super().__enter__()
        self.pausable = hasattr(signal, "SIGSTOP")
        if self.pausable:
            os.kill(self.process.pid, signal.SIGSTOP)
        return self

    def spin(self, on: bool) -> None:
        if not self.pausable:  # no SIGSTOP (Windows): a fresh busy loop per fit
            if on:
                self.process = subprocess.Popen([sys.executable, "-c", self.CODE % ((os.cpu_count() or 1) - 1)])
                time.sleep(0.2)
            else:
                self.process.kill()
                self.process.wait()
            return
        os.kill(self.process.pid, signal.SIGCONT if on else signal.SIGSTOP)
        if on:
            time.sleep(0.05)  # spinning again on its core

    def __exit__(self, *exc):
        if self.pausable:
            os.kill(self.process.pid, signal.SIGCONT)
        super().__exit__(*exc)


def timed(fit: Callable[[], bytes]) -> tuple[float, bytes]:
    started = time.perf_counter()
    bits = fit()
    return time.perf_counter() - started, bits


def run(chosen: list[Path_], rounds: int) -> tuple[list[dict], list[float]]:
    seconds = {(p.name, mode): [] for p in chosen for mode in MODES}
    bits = {p.name: set() for p in chosen}
    loads = []
    for p in chosen:  # untimed: the pages of X touched, the code paths warm
        bits[p.name].add(p.fit())
    with PausedBusyCore() as busy:
        for number in range(1, rounds + 1):
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            loads.append(load)
            print(f"round {number}/{rounds}, load average {load:.2f} ...", flush=True)
            for p in chosen:
                for mode in MODES:
                    if mode.startswith("busy"):
                        busy.spin(True)
                        try:
                            with threadpool_limits(limits=1 if mode.endswith("one thread") else None, user_api="blas"):
                                elapsed, result = timed(p.fit)
                        finally:
                            busy.spin(False)
                    elif mode == "one thread":
                        with threadpool_limits(limits=1, user_api="blas"):
                            elapsed, result = timed(p.fit)
                    else:
                        elapsed, result = timed(p.fit)
                    seconds[p.name, mode].append(elapsed)
                    bits[p.name].add(result)
    rows = []
    for p in chosen:
        quiet, one, busy_s, busy_one = (seconds[p.name, mode] for mode in MODES)
        paired = statistics.median(b / o for b, o in zip(busy_s, one))
        rows.append(
            {
                "path": p.name,
                "shape": p.shape,
                "quiet_s": statistics.median(quiet),
                "one_thread_s": statistics.median(one),
                "busy_s": statistics.median(busy_s),
                "busy_over_one_thread": paired,
                "busy_over_one_thread_of_medians": statistics.median(busy_s) / statistics.median(one),
                "quiet_over_one_thread": statistics.median(q / o for q, o in zip(quiet, one)),
                "busy_one_thread_s": statistics.median(busy_one),
                # what the run's threads cost or give beside the busy core, whatever else the machine runs
                "busy_over_busy_one_thread": statistics.median(b / o for b, o in zip(busy_s, busy_one)),
                "target_met": paired <= TARGET_RATIO,
                **{f"{mode.replace(' ', '_')}_fits_s": seconds[p.name, mode] for mode in MODES},
                "same_bits": len(bits[p.name]) == 1,
            }
        )
    return rows, loads


def print_report(rows: list[dict]) -> None:
    print(f"\n{'path':<11} {'shape':<36} {'quiet':>8} {'1 thread':>8} {'busy':>8} "
          f"{'busy/1 thread':>13} {'(of medians)':>12}  {'target ≤ ' + str(TARGET_RATIO) + '×':<15} "
          f"{'quiet/1 thread':>14} {'busy/busy 1 thread':>18} {'same bits':>9}")
    for r in rows:
        print(
            f"{r['path']:<11} {r['shape']:<36} {r['quiet_s']:>7.3f}s {r['one_thread_s']:>7.3f}s {r['busy_s']:>7.3f}s "
            f"{r['busy_over_one_thread']:>12.2f}× {r['busy_over_one_thread_of_medians']:>11.2f}×  "
            f"{'met' if r['target_met'] else 'MISSED':<15} {r['quiet_over_one_thread']:>13.2f}× "
            f"{r['busy_over_busy_one_thread']:>17.2f}× {'yes' if r['same_bits'] else 'NO':>9}"
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small shapes, two rounds: a smoke test")
    parser.add_argument("--rounds", type=int, default=None, help="rounds (default 7, quick 2)")
    parser.add_argument("--only", action="append", choices=("a", "c", "network"), help="a path to run (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    rounds = args.rounds or (2 if args.quick else 7)
    info = machine()
    print(f"load average before: {info['load_average']}", flush=True)
    rows, loads = run(paths(args.quick, args.only), rounds)
    info["load_average_after"] = machine()["load_average"]
    print_report(rows)
    print(f"\nload average before {info['load_average']}, after {info['load_average_after']}; "
          f"per round {', '.join(f'{load:.2f}' for load in loads)}")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "quick": args.quick, "rounds": rounds, "rounds_load": loads,
                                         "paths": rows}, indent=2) + "\n")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
