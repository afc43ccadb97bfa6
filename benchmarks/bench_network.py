"""The network's epoch on Fashion-MNIST: lrgui against its peers, in one run, quiet and beside a busy core.

Not part of the test suite. Run from the project root::

    python benchmarks/bench_network.py                 # quiet and contended, about 4 minutes on 2 cores
    python benchmarks/bench_network.py --quick         # a smoke run on 6,000 synthetic rows
    python benchmarks/bench_network.py --no-contended --rounds 5 --json network.json

The network: 784 inputs, 50 sigmoid hidden units, 10 softmax outputs, 25
minibatches of 2,400 rows per epoch, on the standardised Fashion-MNIST
training set (``../shared/data/fashion-mnist``; 60,000 × 784 random
pixel-like rows of the same shape when that folder is absent). Contenders:

* ``lrgui f32`` / ``lrgui f64``: ``lrgui.core.NeuralNetwork`` with its defaults (``record_every`` too).
* ``tutorial f64``: the classic tutorial's ``NNClassifier`` written here from
  its published formulas (features-major products, a bias column added to
  each minibatch, sigmoid outputs, summed gradients, float64, l2 = 0.5,
  η = 0.001), which records the mean of its minibatch costs.
* ``sklearn f64``: scikit-learn's ``MLPClassifier(solver="sgd")``, the same
  batch size, no momentum, constant rate (skipped when not installed).
* ``lean f32``: the same math as lrgui in a dozen plain float32 NumPy lines.
* ``torch f32``: PyTorch on the CPU, in its own process, when ``torch`` is importable.

The epoch time is the issue's definition: (time of a 13-epoch fit − time of
a 3-epoch fit) / 10, from the medians of interleaved rounds (every contender
runs once per round, in turn, so that all meet the same machine load; each
round starts one contender further on, and the short and the long fit take
turns going first: in a fixed order lrgui f32 always came right after
PyTorch's process and measured 10–20 % slower). In the contended mode every
fit is repeated beside a process that keeps one core busy (a Python busy loop
pinned to the last core); the table gives both and their ratio.

The recording overhead: lrgui f32 trained for ``--overhead-epochs`` epochs
as the session layer's trainer does it (iterating ``training_steps``, and at
every recorded point taking ``parameter_snapshot()`` and evaluating the
10,000-image test set with ``evaluate``), against the same training with
nothing recorded between the first and the last epoch.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lrgui.core import NeuralNetwork  # noqa: E402

# ../shared/data/fashion-mnist beside the project, or under $LRGUI_BENCH_DATA (e.g. from a git worktree)
FASHION = Path(os.environ.get("LRGUI_BENCH_DATA") or ROOT.parent / "shared" / "data") / "fashion-mnist"
HIDDEN = 50
BATCHES = 25
LEARNING_RATE = 0.3  # lrgui's default; the lean and torch versions use it too
L2 = 1e-4
SHORT, LONG = 3, 13  # epochs of the two fits whose difference is timed


# ---------------------------------------------------------------------- data
def load_data(quick: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, str]:
    """Standardised float32 features and integer labels (train, test) and where they came from."""
    if not quick and (FASHION / "train-images-idx3-ubyte.gz").exists():
        from lrgui.core.preprocessing import Standardizer
        from lrgui.data.idx import load_fashion_mnist

        data = load_fashion_mnist(FASHION)
        scaler = Standardizer().fit(data.train.X)
        labels = {name: i for i, name in enumerate(data.classes)}
        encode = lambda names: np.array([labels[str(v)] for v in names], dtype=np.int64)  # noqa: E731
        return (scaler.transform(data.train.X), encode(data.train.y), scaler.transform(data.test.X),
                encode(data.test.y), f"Fashion-MNIST from {FASHION}")
    m, m_test = (6_000, 1_000) if quick else (60_000, 10_000)
    rng = np.random.default_rng(0)
    teacher = rng.standard_normal((784, 10)).astype(np.float32)
    X = rng.standard_normal((m + m_test, 784), dtype=np.float32)
    y = np.argmax(X @ teacher + rng.standard_normal((m + m_test, 10), dtype=np.float32), axis=1)
    return X[:m], y[:m], X[m:], y[m:], f"synthetic {m:,} × 784, 10 classes"


# ------------------------------------------------------------- contenders
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class TutorialNNClassifier:
    """The classic tutorial's NNClassifier, from its published formulas (float64, summed gradients).

    Weights w1 (h, n+1) and w2 (k, h+1) hold the biases in column 0; every
    minibatch gets a column of ones (a copy), the products are features-major
    (``w1 @ Xᵀ``), the outputs are sigmoids with the cross-entropy
    ``-Σ y log a``, the gradient is summed over the minibatch and the
    penalty's gradient ``(l1 + l2)·w`` added to it, and each epoch records the
    mean of its minibatch costs. The minibatches are consecutive rows
    (``np.array_split``), as in the tutorial.
    """

    def __init__(self, n_classes, n_features, n_hidden_units=50, l1=0.0, l2=0.5, epochs=300,
                 learning_rate=0.001, n_batches=25, random_seed=0):
        rng = np.random.RandomState(random_seed)
        self.w1 = rng.uniform(-1.0, 1.0, size=(n_hidden_units, n_features + 1))
        self.w2 = rng.uniform(-1.0, 1.0, size=(n_classes, n_hidden_units + 1))
        self.n_classes, self.l1, self.l2 = n_classes, l1, l2
        self.epochs, self.learning_rate, self.n_batches = epochs, learning_rate, n_batches

    @staticmethod
    def _add_bias_unit(X, how="column"):
        if how == "column":
            X_new = np.ones((X.shape[0], X.shape[1] + 1))
            X_new[:, 1:] = X
        else:
            X_new = np.ones((X.shape[0] + 1, X.shape[1]))
            X_new[1:, :] = X
        return X_new

    def _forward(self, X):
        net_input = self._add_bias_unit(X, how="column")
        net_hidden = self.w1.dot(net_input.T)
        act_hidden = self._add_bias_unit(sigmoid(net_hidden), how="row")
        net_out = self.w2.dot(act_hidden)
        return net_input, net_hidden, act_hidden, net_out, sigmoid(net_out)

    def _backward(self, net_input, net_hidden, act_hidden, act_out, y):
        sigma3 = act_out - y
        net_hidden = self._add_bias_unit(net_hidden, how="row")
        s = sigmoid(net_hidden)
        sigma2 = (self.w2.T.dot(sigma3) * (s * (1 - s)))[1:, :]
        return sigma2.dot(net_input), sigma3.dot(act_hidden.T)

    def _error(self, y, output):
        penalty = (self.l2 / 2.0) * (np.sum(self.w1[:, 1:] ** 2) + np.sum(self.w2[:, 1:] ** 2))
        penalty += (self.l1 / 2.0) * (np.abs(self.w1[:, 1:]).sum() + np.abs(self.w2[:, 1:]).sum())
        return 0.5 * np.mean(-np.sum(np.log(output) * y, axis=0) + penalty)

    def fit(self, X, y):
        Y = np.eye(self.n_classes)[y]
        self.error_ = []
        for _ in range(self.epochs):
            errors = []
            for Xi, yi in zip(np.array_split(X, self.n_batches), np.array_split(Y, self.n_batches)):
                net_input, net_hidden, act_hidden, _, act_out = self._forward(Xi)
                grad1, grad2 = self._backward(net_input, net_hidden, act_hidden, act_out, yi.T)
                grad1[:, 1:] += self.w1[:, 1:] * (self.l1 + self.l2)
                grad2[:, 1:] += self.w2[:, 1:] * (self.l1 + self.l2)
                errors.append(self._error(yi.T, act_out))
                self.w1 -= self.learning_rate * grad1
                self.w2 -= self.learning_rate * grad2
            self.error_.append(np.mean(errors))
        return self

    def predict(self, X):
        return np.argmax(self._forward(X)[4], axis=0)


def lean_fit(X, y, epochs: int, seed: int = 0):
    """lrgui's math in plain float32 NumPy: shuffled minibatches, sigmoid, softmax, averaged gradient, L2."""
    m, n = X.shape
    k = int(y.max()) + 1
    rng = np.random.default_rng(seed)
    W1 = (rng.standard_normal((n, HIDDEN)) * math.sqrt(2 / (n + HIDDEN))).astype(np.float32)
    W2 = (rng.standard_normal((HIDDEN, k)) * math.sqrt(2 / (HIDDEN + k))).astype(np.float32)
    b1, b2 = np.zeros(HIDDEN, np.float32), np.zeros(k, np.float32)
    Y = np.eye(k, dtype=np.float32)[y]
    for _ in range(epochs):
        for rows in np.array_split(rng.permutation(m), BATCHES):
            Xb, Yb = X[rows], Y[rows]
            A1 = 1 / (1 + np.exp(-(Xb @ W1 + b1)))
            Z2 = A1 @ W2 + b2
            P = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
            P /= P.sum(axis=1, keepdims=True)
            D2 = (P - Yb) / len(rows)
            D1 = (D2 @ W2.T) * A1 * (1 - A1)
            W1 -= LEARNING_RATE * (Xb.T @ D1 + L2 * W1)
            b1 -= LEARNING_RATE * D1.sum(axis=0)
            W2 -= LEARNING_RATE * (A1.T @ D2 + L2 * W2)
            b2 -= LEARNING_RATE * D2.sum(axis=0)
    return W1, b1, W2, b2


def floor_fit(X, y, epochs: int, parts: int = 1, workers: int = 1):
    """The floor of an epoch: each minibatch's rows gathered and the five products of forward and backward, nothing else.

    ``parts`` > 1 cuts every minibatch as lrgui does and shares the parts among
    ``workers`` threads on one BLAS thread each; 1 is one gather and five
    products on BLAS's own threads.
    """
    from lrgui.core.blas_threads import one_blas_thread
    from lrgui.core.parallel import Workers, split

    m, n = X.shape
    k = int(y.max()) + 1
    rng = np.random.default_rng(0)
    W1 = rng.standard_normal((n, HIDDEN)).astype(np.float32)
    W2 = rng.standard_normal((HIDDEN, k)).astype(np.float32)
    rows_max = -(-m // BATCHES)

    def buffers():
        b = -(-rows_max // parts)
        return {"X": np.empty((b, n), np.float32), "A1": np.empty((b, HIDDEN), np.float32),
                "Z2": np.empty((b, k), np.float32), "D1": np.empty((b, HIDDEN), np.float32),
                "dW1": np.empty((n, HIDDEN), np.float32), "dW2": np.empty((HIDDEN, k), np.float32)}

    def part(rows, out):
        Xb = np.take(X, rows, axis=0, out=out["X"][: len(rows)])
        A1 = np.matmul(Xb, W1, out=out["A1"][: len(rows)])
        Z2 = np.matmul(A1, W2, out=out["Z2"][: len(rows)])
        D1 = np.matmul(Z2, W2.T, out=out["D1"][: len(rows)])
        np.matmul(Xb.T, D1, out=out["dW1"])
        np.matmul(A1.T, Z2, out=out["dW2"])

    if parts == 1:
        out = buffers()
        for _ in range(epochs):
            for rows in np.array_split(rng.permutation(m), BATCHES):
                part(rows, out)
        return
    pool = Workers(workers, buffers)
    try:
        with one_blas_thread():
            for _ in range(epochs):
                for rows in np.array_split(rng.permutation(m), BATCHES):
                    ranges = split(len(rows), parts)
                    pool.run(lambda i, out: part(rows[slice(*ranges[i])], out), parts)
    finally:
        pool.close()


def sklearn_fit(X, y, epochs: int):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    model = MLPClassifier(
        hidden_layer_sizes=(HIDDEN,), activation="logistic", solver="sgd", batch_size=math.ceil(len(X) / BATCHES),
        learning_rate="constant", learning_rate_init=LEARNING_RATE, momentum=0.0, nesterovs_momentum=False,
        alpha=L2, max_iter=epochs, shuffle=True, tol=0.0, n_iter_no_change=10**9, random_state=0,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return model.fit(X, y)


TORCH_CHILD = r"""
import json, math, sys, time
import numpy as np, torch
spec = json.loads(sys.argv[1])
data = np.load(spec["data"])
X, y = torch.from_numpy(data["X"]), torch.from_numpy(data["y"])
torch.manual_seed(0)
m = X.shape[0]
batch = math.ceil(m / spec["batches"])
def fit(epochs):
    model = torch.nn.Sequential(torch.nn.Linear(X.shape[1], spec["hidden"]), torch.nn.Sigmoid(),
                                torch.nn.Linear(spec["hidden"], int(y.max()) + 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=spec["lr"], weight_decay=spec["l2"])
    loss_fn = torch.nn.CrossEntropyLoss()
    for _ in range(epochs):
        order = torch.randperm(m)
        for start in range(0, m, batch):
            rows = order[start:start + batch]
            optimizer.zero_grad(set_to_none=True)
            loss_fn(model(X[rows]), y[rows]).backward()
            optimizer.step()
    return model
out = {}
for epochs in spec["epochs"]:
    started = time.perf_counter()
    fit(epochs)
    out[str(epochs)] = time.perf_counter() - started
out["threads"] = torch.get_num_threads()
out["version"] = torch.__version__
print(json.dumps(out))
"""


#: The Python that runs PyTorch: this one, or another environment's (``--torch-python`` or
#: ``$LRGUI_BENCH_TORCH_PYTHON``), as PyTorch is no lrgui dependency.
TORCH_PYTHON = os.environ.get("LRGUI_BENCH_TORCH_PYTHON") or sys.executable


def torch_available() -> bool:
    try:
        probe = subprocess.run([TORCH_PYTHON, "-c", "import torch"], capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def torch_times(data_file: Path, epochs: list[int]) -> dict:
    spec = {"data": str(data_file), "epochs": epochs, "hidden": HIDDEN, "batches": BATCHES, "lr": LEARNING_RATE, "l2": L2}
    out = subprocess.run([TORCH_PYTHON, "-c", TORCH_CHILD, json.dumps(spec)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------ busy machine
class BusyCore:
    """A process that keeps the last core at 100 % (a Python busy loop pinned there) while the block runs."""

    CODE = "import os\ntry:\n    os.sched_setaffinity(0, {%d})\nexcept (AttributeError, OSError):\n    pass\nwhile True:\n    pass\n"

    def __enter__(self):
        core = (os.cpu_count() or 1) - 1
        self.process = subprocess.Popen([sys.executable, "-c", self.CODE % core])
        time.sleep(0.2)  # let it start spinning
        return self

    def __exit__(self, *exc):
        self.process.kill()
        self.process.wait()


# ------------------------------------------------------------ measurement
def epoch_seconds(short: list[float], long: list[float]) -> float:
    return (statistics.median(long) - statistics.median(short)) / (LONG - SHORT)


def contenders(X, y, torch_data: Path | None, skip_sklearn: bool) -> dict:
    """name → function(epochs) returning that fit's seconds."""
    X64 = X.astype(np.float64)
    k = int(y.max()) + 1

    def timed(function):
        def run(epochs):
            started = time.perf_counter()
            function(epochs)
            return time.perf_counter() - started
        return run

    def one_thread(function):
        def run(epochs):
            with threadpool_limits(limits=1, user_api="blas"):  # lrgui then runs on one worker
                return function(epochs)
        return run

    from lrgui.core.mlp import minibatch_parts
    from lrgui.core.parallel import run_workers

    parts = minibatch_parts(-(-len(X) // BATCHES), X.shape[1], HIDDEN)
    runs = {
        "lrgui f32": timed(lambda e: NeuralNetwork(hidden=HIDDEN, batches=BATCHES, epochs=e).fit(X, y)),
        "lrgui f32 1 thread": one_thread(timed(lambda e: NeuralNetwork(hidden=HIDDEN, batches=BATCHES, epochs=e).fit(X, y))),
        "floor, BLAS": timed(lambda e: floor_fit(X, y, e)),
        "floor, parts": timed(lambda e: floor_fit(X, y, e, parts, run_workers())),
        "lrgui f64": timed(lambda e: NeuralNetwork(hidden=HIDDEN, batches=BATCHES, epochs=e, dtype="float64").fit(X64, y)),
        "tutorial f64": timed(lambda e: TutorialNNClassifier(k, X.shape[1], epochs=e, n_batches=BATCHES).fit(X64, y)),
        "lean f32": timed(lambda e: lean_fit(X, y, e)),
    }
    if not skip_sklearn:
        try:
            import sklearn  # noqa: F401

            runs["sklearn f64"] = timed(lambda e: sklearn_fit(X64, y, e))
        except ImportError:
            print("scikit-learn is not installed: its MLPClassifier is left out", file=sys.stderr)
    if torch_data is not None:
        runs["torch f32"] = lambda e: torch_times(torch_data, [e])[str(e)]
    return runs


#: The contenders also timed beside a busy core.
BUSY_CONTENDERS = ("lrgui f32", "lrgui f64")


def bench_epochs(runs: dict, rounds: int, contended: bool) -> dict:
    """Interleaved rounds: each contender's 3- and 13-epoch fits, quiet and (optionally) beside a busy core."""
    modes = ["quiet", "busy"] if contended else ["quiet"]
    seconds = {(name, mode): {SHORT: [], LONG: []} for name in runs for mode in modes}
    names = list(runs)
    for round_ in range(rounds):
        # each round in another order, the short and the long fit in turns: no contender always follows the
        # same one (the one after PyTorch's process met a machine still settling from it) or runs its short
        # fit cold and its long one warm
        shift = round_ % len(names)
        lengths = (SHORT, LONG) if round_ % 2 == 0 else (LONG, SHORT)
        for name in names[shift:] + names[:shift]:
            run = runs[name]
            for mode in modes if name in BUSY_CONTENDERS else ["quiet"]:
                print(f"  round {round_ + 1}/{rounds}: {name} ({mode})", file=sys.stderr, flush=True)
                with BusyCore() if mode == "busy" else contextlib.nullcontext():
                    for epochs in lengths:
                        seconds[name, mode][epochs].append(run(epochs))
    table = {}
    for name in runs:
        row = {"quiet_epoch_s": epoch_seconds(seconds[name, "quiet"][SHORT], seconds[name, "quiet"][LONG])}
        row["quiet_fits_s"] = seconds[name, "quiet"]
        if contended and name in BUSY_CONTENDERS:
            row["busy_epoch_s"] = epoch_seconds(seconds[name, "busy"][SHORT], seconds[name, "busy"][LONG])
            row["busy_fits_s"] = seconds[name, "busy"]
            row["busy_over_quiet"] = row["busy_epoch_s"] / row["quiet_epoch_s"]
        table[name] = row
    return table


def bench_recording(X, y, X_test, y_test, epochs: int, rounds: int) -> dict:
    """The session layer's way (snapshots and test costs at recorded points) against recording nothing in between."""

    def plain():
        started = time.perf_counter()
        NeuralNetwork(hidden=HIDDEN, batches=BATCHES, epochs=epochs, record_every=epochs).fit(X, y)
        return time.perf_counter() - started, None

    def recorded():
        started = time.perf_counter()
        model = NeuralNetwork(hidden=HIDDEN, batches=BATCHES, epochs=epochs)
        points = []
        for step in model.training_steps(X, y):
            if step.recorded:
                snapshot = model.parameter_snapshot()
                points.append((step.iteration, step.cost, *model.evaluate(X_test, y_test, snapshot)))
        return time.perf_counter() - started, (model.record_every_, len(points))

    times = {"plain": [], "recorded": []}
    for _ in range(rounds):
        for name, run in (("plain", plain), ("recorded", recorded)):
            seconds, info = run()
            times[name].append(seconds)
            if info:
                record_every, points = info
    plain_s, recorded_s = statistics.median(times["plain"]), statistics.median(times["recorded"])
    return {"epochs": epochs, "record_every": record_every, "recorded_points": points, "plain_s": plain_s,
            "recorded_s": recorded_s, "overhead": recorded_s / plain_s - 1, "runs": times}


def targets(results: dict) -> list[tuple[str, str, str, bool]]:
    """(target, value, wanted, met) for the issue's targets that this run measured."""
    table = results["epochs"]
    f32 = table["lrgui f32"]["quiet_epoch_s"]
    checks = []
    for peer, wanted in (("torch f32", 1.3), ("lean f32", 1.0), ("tutorial f64", 2.0)):
        if peer in table:
            ratio = table[peer]["quiet_epoch_s"] / f32
            checks.append((f"network epoch: {peer} / lrgui f32", f"{ratio:.2f}×", f"≥ {wanted:g}×", ratio >= wanted))
    if "tutorial f64" in table and "lrgui f64" in table:
        ratio = table["tutorial f64"]["quiet_epoch_s"] / table["lrgui f64"]["quiet_epoch_s"]
        checks.append(("network epoch: tutorial f64 / lrgui f64", f"{ratio:.2f}×", "≥ 1×", ratio >= 1.0))
    floors = [table[name]["quiet_epoch_s"] for name in ("floor, BLAS", "floor, parts") if name in table]
    if floors:
        ratio = f32 / min(floors)
        checks.append(("network epoch: lrgui f32 / the gather+GEMM floor", f"{ratio:.2f}×", "≤ 1.3×", ratio <= 1.3))
    one_thread = table.get("lrgui f32 1 thread", {}).get("quiet_epoch_s")
    if one_thread and "busy_epoch_s" in table["lrgui f32"]:
        ratio = table["lrgui f32"]["busy_epoch_s"] / one_thread
        checks.append(("network epoch beside a busy core / quiet on one thread", f"{ratio:.2f}×", "≤ 1.15×", ratio <= 1.15))
    if "recording" in results:
        overhead = results["recording"]["overhead"]
        checks.append(("recording history and test costs", f"{100 * overhead:+.1f} %", "≤ +10 %", overhead <= 0.10))
    return checks


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "numpy": np.__version__,
        "blas": [f"{lib.get('internal_api')} {lib.get('version')} {lib.get('architecture')} ({lib.get('num_threads')} threads)"
                 for lib in threadpool_info() if lib.get("user_api") == "blas"],
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }


def print_report(results: dict) -> None:
    table = results["epochs"]
    contended = any("busy_epoch_s" in row for row in table.values())
    print(f"\nNetwork epoch, {results['data']} (784-{HIDDEN}-10, {BATCHES} minibatches), "
          f"(t({LONG} epochs) − t({SHORT} epochs)) / {LONG - SHORT}, medians of {results['rounds']} interleaved rounds")
    header = f"{'contender':<14} {'quiet ms':>9} {'lrgui f32 ×':>12}" + (f" {'busy ms':>9} {'busy/quiet':>10}" if contended else "")
    print(header)
    print("-" * len(header))
    reference = table["lrgui f32"]["quiet_epoch_s"]
    for name, row in table.items():
        line = f"{name:<14} {1000 * row['quiet_epoch_s']:>9.1f} {row['quiet_epoch_s'] / reference:>11.2f}×"
        if "busy_epoch_s" in row:
            line += f" {1000 * row['busy_epoch_s']:>9.1f} {row['busy_over_quiet']:>9.2f}×"
        print(line)
    print("(lrgui f32 × : how many times lrgui f32's epoch the contender's takes; > 1 means lrgui is faster)")
    for name, value, wanted, met in targets(results):
        print(f"  [{'met' if met else 'MISSED':>6}] {name}: {value} (wanted {wanted})")
    if "recording" in results:
        r = results["recording"]
        print(f"\nRecording (lrgui f32, {r['epochs']} epochs, every {r['record_every']} epochs = {r['recorded_points']} points, "
              f"snapshot + test-set evaluate at each): {r['recorded_s']:.2f}s vs {r['plain_s']:.2f}s unrecorded, "
              f"overhead {100 * r['overhead']:+.1f} %")


def run(quick: bool = False, rounds: int | None = None, contended: bool = True, sklearn: bool = True,
        overhead_epochs: int = 30, only: list[str] | None = None) -> dict:
    """The whole network benchmark; returns the results (see :func:`print_report`)."""
    rounds = rounds or (1 if quick else 3)
    X, y, X_test, y_test, source = load_data(quick)
    results: dict = {"machine": machine(), "data": source, "rounds": rounds}
    print(f"network data: {source}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="lrgui-bench-net-") as work:
        torch_data = None
        if torch_available() and (not only or "torch f32" in only):
            torch_data = Path(work) / "data.npz"
            np.savez(torch_data, X=X, y=y)
        else:
            results["torch"] = "not importable: PyTorch left out"
            print("torch is not importable: PyTorch is left out", file=sys.stderr)
        runs = contenders(X, y, torch_data, not sklearn or bool(only and "sklearn f64" not in only))
        if only:  # lrgui f32 stays: every ratio is against it
            runs = {name: run for name, run in runs.items() if name in only or name == "lrgui f32"}
        results["epochs"] = bench_epochs(runs, rounds, contended)
    if overhead_epochs:
        print("recording overhead ...", file=sys.stderr, flush=True)
        results["recording"] = bench_recording(X, y, X_test, y_test, overhead_epochs, rounds)
    results["machine"]["load_average_after"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="6,000 synthetic rows, one round: a smoke test")
    parser.add_argument("--rounds", type=int, default=None, help="interleaved rounds (default 3, quick 1)")
    parser.add_argument("--no-contended", action="store_true", help="skip the runs beside a busy core")
    parser.add_argument("--no-sklearn", action="store_true", help="leave scikit-learn out")
    parser.add_argument("--overhead-epochs", type=int, default=30, help="epochs of the recording-overhead runs (0: skip)")
    parser.add_argument(
        "--only", action="append", metavar="NAME",
        help='run only this contender (repeatable; e.g. "lrgui f64", "torch f32"); lrgui f32 always runs',
    )
    parser.add_argument("--torch-python", help="a Python with torch installed, for the PyTorch contender")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    if args.torch_python:
        global TORCH_PYTHON
        TORCH_PYTHON = args.torch_python
    results = run(args.quick, args.rounds, not args.no_contended, not args.no_sklearn, args.overhead_epochs, args.only)
    print_report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
