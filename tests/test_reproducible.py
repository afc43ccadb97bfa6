"""Reproducible by default: the same data, settings and seed give the same tensors bit for bit.

Whatever the number of threads, in one process or in several, quiet or beside
a busy core: training's work is cut into tasks fixed by the shapes
(lrgui.core.parallel) and their sums are added in task order.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from lrgui.core import LogisticRegression, NeuralNetwork, logistic, mlp, solvers
from lrgui.core.blas_threads import blas_threads
from lrgui.core.parallel import Workers, aligned_empty, split

ROOT = Path(__file__).resolve().parents[1]

# Small problems cut as finely as the real ones: several tasks, several blocks per task, several tiles
# of K in several bands, minibatches in several parts.
SMALL_CUTS = {
    (solvers, "TASK_BYTES"): 16 << 10,
    (solvers, "GRAM_TASK_BYTES"): 16 << 10,
    (solvers, "BLOCK_BYTES"): 4 << 10,
    (solvers, "MIN_BLOCK_ROWS"): 1,
    (solvers, "GRAM_TILE_ROWS"): 16,
    (solvers, "GRAM_BLOCK_ROWS"): 48,
    (mlp, "PART_MIN_WORK"): 0,
    (mlp, "PART_MIN_ROWS"): 40,
}


def cut_small(setattr_=setattr) -> None:
    for (module, name), value in SMALL_CUTS.items():
        setattr_(module, name, value)


def problems() -> dict:
    rng = np.random.default_rng(7)
    tall = rng.random((1200, 40)).astype(np.float32)  # 192 KB: 12 tasks of 8 blocks
    wide = rng.random((150, 400)).astype(np.float32)  # K in 4 bands of 3 strips, K @ r in 6 tasks
    labels = lambda X, k: np.digitize(X[:, :3].sum(axis=1) + 0.2 * rng.standard_normal(len(X)),  # noqa: E731
                                      np.quantile(X[:, :3].sum(axis=1), np.linspace(0, 1, k + 1)[1:-1]))
    return {"tall": (tall, labels(tall, 2)), "tall3": (tall, labels(tall, 3)), "wide": (wide, labels(wide, 2))}


def train_all() -> dict[str, str]:
    """Every training path, each as a hash of its tensors and recorded costs."""
    data = problems()
    fits = {
        "primal": LogisticRegression(learning_rate=0.05, epochs=40, record_every=10, l2=1e-3, solver="primal").fit(*data["tall"]),
        "primal softmax": LogisticRegression(learning_rate=0.05, epochs=30, solver="primal").fit(*data["tall3"]),
        "gram": LogisticRegression(learning_rate=0.02, epochs=40, record_every=10, l2=1e-3, solver="gram").fit(*data["wide"]),
        "network": NeuralNetwork(hidden=12, batches=3, epochs=4, record_every=1, seed=5).fit(*data["tall3"]),
        "network full batch": NeuralNetwork(hidden=8, batches=1, epochs=3, record_every=1).fit(*data["tall"]),
    }
    hashes = {}
    for name, model in fits.items():
        tensors = [model.coef_, np.asarray(model.intercept_)] if isinstance(model, LogisticRegression) else [
            *model.coefs_, *model.intercepts_]
        digest = hashlib.sha256()
        for tensor in tensors + [np.array(model.costs_, dtype=np.float64)]:
            digest.update(np.ascontiguousarray(tensor).tobytes())
        hashes[name] = digest.hexdigest()
    return hashes


@pytest.fixture
def small_cuts(monkeypatch):
    cut_small(monkeypatch.setattr)


def test_three_fits_in_one_process_give_the_same_bits(small_cuts):
    first = train_all()
    assert train_all() == first
    assert train_all() == first


def test_the_number_of_threads_changes_nothing(small_cuts, monkeypatch):
    results = []
    for threads in (1, 2, 4):
        for module in (logistic, mlp):
            monkeypatch.setattr(module, "run_workers", lambda threads=threads: threads)
        results.append(train_all())
    assert results[1] == results[0] and results[2] == results[0]


CHILD = """
import json, sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {tests!r})
import test_reproducible as t
t.cut_small()
print(json.dumps(t.train_all()))
"""


def train_in_child(env: dict | None = None) -> dict:
    code = CHILD.format(root=str(ROOT), tests=str(ROOT / "tests"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300,
                         env={**os.environ, **(env or {})})
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_three_processes_one_beside_a_busy_core_give_the_same_bits(small_cuts):
    in_process = train_all()
    assert train_in_child() == in_process
    assert train_in_child({"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}) == in_process  # one worker
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        assert train_in_child() == in_process
    finally:
        busy.kill()
        busy.wait()


def test_fits_in_many_tasks_still_follow_the_textbook(small_cuts):
    X, y = problems()["tall"]
    X64, target = X.astype(np.float64), y.astype(np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(40):
        a = 1 / (1 + np.exp(-(X64 @ w + b)))
        w -= 0.05 * X64.T @ (a - target) / len(X)
        b -= 0.05 * np.mean(a - target)
    for solver in ("primal", "gram"):
        model = LogisticRegression(learning_rate=0.05, epochs=40, solver=solver).fit(X, y)
        np.testing.assert_allclose(model.coef_, w, rtol=2e-4, atol=2e-6)
        assert abs(model.intercept_ - b) < 1e-5


def test_training_holds_blas_to_one_thread_only_while_it_runs(small_cuts):
    X, y = problems()["tall"]
    before = blas_threads()
    during = [blas_threads() for _ in LogisticRegression(epochs=5, record_every=1).training_steps(X, y)]
    assert set(during) == {1}
    assert blas_threads() == before


# ---------------------------------------------------------------- the workers
def test_workers_return_every_task_in_order_on_any_number_of_threads():
    for count in (1, 2, 3):
        workers = Workers(count, lambda: {"value": None})
        try:
            outputs = workers.run(lambda i, out: out.update(value=i * i), 20)
            assert [out["value"] for out in outputs] == [i * i for i in range(20)]
            outputs = workers.run(lambda i, out: out.update(value=-i), 5)
            assert [out["value"] for out in outputs] == [0, -1, -2, -3, -4]
        finally:
            workers.close()


def test_a_paused_helper_is_not_waited_for_and_its_late_copy_is_dropped():
    caller = threading.current_thread()
    released = threading.Event()

    def task(i, out):
        if threading.current_thread() is not caller and not released.is_set():
            released.wait(5)  # a helper paused for a long time (a busy core) in the middle of its task
            out["value"] = "late"
            return
        time.sleep(0.002)
        out["value"] = i

    workers = Workers(2, dict)
    try:
        started = time.perf_counter()
        outputs = workers.run(task, 6)
        took = time.perf_counter() - started
        assert [out["value"] for out in outputs] == list(range(6))  # the caller ran the paused task itself
        assert took < 2
        released.set()
        outputs = workers.run(lambda i, out: out.update(value=10 + i), 3)  # the late copy did not land here
        assert [out["value"] for out in outputs] == [10, 11, 12]
    finally:
        released.set()
        workers.close()


def test_split_and_aligned_arrays():
    assert split(10, 3) == [(0, 4), (4, 7), (7, 10)]
    assert [b - a for a, b in split(101, 4)] == [len(p) for p in np.array_split(np.arange(101), 4)]
    for shape in [(3,), (5, 7), (1, 1)]:
        array = aligned_empty(shape, np.float32)
        assert array.shape == shape and array.ctypes.data % 64 == 0


@pytest.mark.parametrize("m, tile", [(1, 16), (47, 16), (48, 16), (150, 16), (300, 64)])
def test_gram_tiles_cover_the_upper_triangle_once(m, tile):
    covered = np.zeros((m, m), int)
    for start in range(0, m, 48):
        for a, b, c, d in solvers.band_tiles(start, min(m, start + 48), m, tile):
            assert c >= a
            covered[a:b, c:d] += 1
    assert np.array_equal(covered, np.triu(np.ones((m, m), int)) + np.tril(covered, -1))
    assert np.all(np.triu(covered) <= 1) and np.all(np.diag(covered) == 1)


def test_k_is_x_xt_exactly_symmetric_whoever_built_it(small_cuts, monkeypatch):
    X = problems()["wide"][0]
    built = []
    for threads in (1, 3):
        solver = solvers.GramSolver(X, np.zeros(X.shape[1], X.dtype), np.zeros((), X.dtype), 0.1, 0.0,
                                    lambda z: z, np.zeros(len(X), X.dtype), threads)
        list(solver.prepare())
        solver.close()
        built.append(solver.K)
    np.testing.assert_allclose(built[0], X @ X.T, rtol=1e-5)
    assert np.array_equal(built[0], built[0].T)
    assert np.array_equal(built[0], built[1])


def test_runs_stepped_in_turns_keep_blas_on_one_thread_until_the_last_ends(small_cuts):
    X, y = problems()["tall"]
    before = blas_threads()
    first = LogisticRegression(epochs=3, record_every=1).training_steps(X, y)
    second = NeuralNetwork(hidden=4, epochs=3).training_steps(X, y)
    next(first), next(second)
    first.close()  # the first run ends while the second goes on
    assert blas_threads() == 1
    list(second)
    assert blas_threads() == before


def test_helpers_follow_the_callers_numpy_error_handling():
    import warnings

    helpers = set()

    def overflow(i, out):
        time.sleep(0.01)  # long enough for the helper to take some tasks
        helpers.add(threading.current_thread())
        out["value"] = np.float32(1e30) * np.float32(1e30)

    workers = Workers(2, dict)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # records warnings from every thread
            with np.errstate(over="ignore"):
                outputs = workers.run(overflow, 8)
    finally:
        workers.close()
    assert len(helpers) == 2  # the caller and the helper both ran tasks
    assert all(out["value"] == np.inf for out in outputs)
    assert not caught



def test_after_contended_runs_the_caller_runs_alone_for_longer_and_longer():
    ran_by = []

    def off_the_cpu(i, out):  # asleep most of its time, as a thread kept from its core is
        ran_by[-1].add(threading.current_thread())
        time.sleep(0.002)
        out["value"] = i

    workers = Workers(2, dict)
    try:
        for _ in range(10):
            ran_by.append(set())
            assert [out["value"] for out in workers.run(off_the_cpu, 6)] == list(range(6))
    finally:
        workers.close()
    # runs 1, 3, 6, 11, ... try the helpers; after each, 1, 2, 4, ... runs go on the caller alone
    alone = [number for number, threads in enumerate(ran_by, 1) if threads == {threading.current_thread()}]
    assert {2, 4, 5, 7, 8, 9, 10} <= set(alone)
