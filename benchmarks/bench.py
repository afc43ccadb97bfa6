"""lrgui against the textbook, side by side in one process: training, image loading, memory.

Not part of the test suite. Run from the project root::

    python benchmarks/bench.py              # the full benchmark (about 15 minutes)
    python benchmarks/bench.py --quick      # a smoke run on small shapes (well under a minute)
    python benchmarks/bench.py --json results.json --only training

Training: a plain textbook implementation (float64, features-major X of shape
(n, m), ``A = sigmoid(w.T@X + b)``, ``dw = X@(A-Y).T/m``, ``db = mean(A-Y)``,
cost every 100 iterations) against ``lrgui.core.LogisticRegression`` with its
defaults (float32, solver "auto") on random but learnable data.
Loading: a textbook loop (open, convert to RGB, resize, np.array) against
``lrgui.data.loader.load_files`` and the HDF5 cache (cold, then reloaded).
Memory: peak memory of lrgui's largest fits and of loading 50,000 32×32
images, measured in a fresh subprocess (see ``measure_in_child``).
Network: the Fashion-MNIST network's epoch against its peers, quiet and
beside a busy core (``bench_network.py``, which also runs on its own).
``--contended`` runs every case beside a process that keeps one core busy.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image
from threadpoolctl import threadpool_info, threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lrgui.core import LogisticRegression  # noqa: E402
from lrgui.data.cache import ImageCache  # noqa: E402
from lrgui.data.dataset import ImageFormat  # noqa: E402
from lrgui.data.folders import list_images  # noqa: E402
from lrgui.data.images import RESAMPLE  # noqa: E402
from lrgui.data.loader import load_files  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_network  # noqa: E402

# the real data sets: ../shared/data beside the project, or $LRGUI_BENCH_DATA (e.g. from a git worktree)
SHARED = Path(os.environ.get("LRGUI_BENCH_DATA") or ROOT.parent / "shared" / "data")
CALTECH = SHARED / "caltech101"
CIFAR_TAR = SHARED / "cifar10-images.tar.gz"
LEARNING_RATE = 0.005  # the tutorials' (and the app's) default


# --------------------------------------------------------------------- data
def learnable_data(m: int, n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-like features in [0, 1] (float32, samples-major) and labels of a noisy linear teacher.

    Generated in blocks straight into float32, so making the data never
    allocates more than the matrix itself (the memory children rely on it).
    """
    rng = np.random.default_rng(seed)
    teacher = rng.standard_normal(n).astype(np.float32) / np.float32(np.sqrt(n / 12))
    X = np.empty((m, n), dtype=np.float32)
    z = np.empty(m, dtype=np.float32)
    for start in range(0, m, 4096):
        block = X[start : start + 4096]
        rng.random(block.shape, dtype=np.float32, out=block)
        z[start : start + 4096] = (block - 0.5) @ teacher
    y = (z + 0.3 * rng.standard_normal(m) > 0).astype(np.int64)
    return X, y


# ---------------------------------------------------------------- textbook
def textbook_sigmoid(z):
    return 1 / (1 + np.exp(-z))


def textbook_fit(X, Y, iterations: int, learning_rate: float, record_every: int):
    """The tutorial's ``optimize``: X is (n, m) float64, Y is (1, m)."""
    n, m = X.shape
    w = np.zeros((n, 1))
    b = 0.0
    costs = []
    for i in range(iterations):
        A = textbook_sigmoid(w.T @ X + b)
        if i % record_every == 0:
            costs.append(float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m))
        dw = X @ (A - Y).T / m
        db = np.mean(A - Y)
        w = w - learning_rate * dw
        b = b - learning_rate * db
    return w, b, costs


def textbook_predict(w, b, X) -> np.ndarray:
    return (textbook_sigmoid(w.T @ X + b) > 0.5).astype(np.int64).ravel()


def textbook_load(paths, size: int) -> np.ndarray:
    """One image after the other, as the tutorials did (with lrgui's antialiased resampling filter)."""
    images = []
    for path in paths:
        im = Image.open(path).convert("RGB").resize((size, size), RESAMPLE)
        images.append(np.array(im))
    return np.array(images).reshape(len(images), -1)


# ------------------------------------------------------------------ helpers
def timed(function, repeat: int) -> tuple[float, list[float], object]:
    """(median seconds, all seconds, last result) of ``repeat`` calls."""
    return timed_alternately({"only": (function, repeat)})["only"]


def timed_alternately(runs: dict) -> dict:
    """Times ``{name: (function, repeat)}`` taking turns (a, b, a, b, ...).

    Taking turns makes every contender meet the same machine load, which
    drifts on a shared machine; each gets (median seconds, all seconds, last result).
    """
    seconds = {name: [] for name in runs}
    results = {}
    for turn in range(max(repeat for _, repeat in runs.values())):
        for name, (function, repeat) in runs.items():
            if turn < repeat:
                started = time.perf_counter()
                results[name] = function()
                seconds[name].append(time.perf_counter() - started)
    return {name: (statistics.median(seconds[name]), seconds[name], results[name]) for name in runs}


def reset_peak_rss() -> int:
    """Resets the peak resident memory where the OS allows it; returns the current resident bytes.

    ru_maxrss cannot be used as it is: Linux carries the parent's high-water
    mark over fork and exec, and the parent holds gigabytes of test data. On
    Linux, writing 5 to /proc/self/clear_refs resets VmHWM to the current RSS.
    """
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _proc_status_bytes("VmRSS")
    except OSError:
        return peak_rss()


def peak_rss() -> int:
    try:
        return _proc_status_bytes("VmHWM")
    except OSError:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return rss if sys.platform == "darwin" else rss * 1024


def _proc_status_bytes(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise OSError(f"{field} not in /proc/self/status")


def measure_in_child(spec: dict) -> dict:
    """Runs ``spec`` in a fresh interpreter and returns its memory report.

    The child makes its own input, then measures two ways: the growth of its
    peak resident memory during the run (everything: BLAS buffers, Pillow's
    images, the interpreter), and tracemalloc's peak, which counts the arrays
    NumPy allocates (NumPy reports them to tracemalloc) but not BLAS or
    Pillow buffers. Both are given as (input held + growth) / float32 matrix.
    """
    out = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def child_main(spec: dict) -> None:
    if spec["kind"] == "fit":
        X, y = learnable_data(spec["m"], spec["n"])
        reference = X.nbytes
        run = lambda: LogisticRegression(epochs=spec["iterations"], record_every=spec["record_every"]).fit(X, y)  # noqa: E731
    else:
        paths = [Path(p) for p in Path(spec["list"]).read_text().splitlines()]
        reference = len(paths) * ImageFormat(spec["size"]).n_features * 4  # the float32 feature matrix
        run = lambda: load_files(paths, ImageFormat(spec["size"]))  # noqa: E731
    held = X.nbytes if spec["kind"] == "fit" else 0  # the input, allocated before measuring
    rss_before = reset_peak_rss()
    tracemalloc.start()
    started = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_growth = max(0, peak_rss() - rss_before)
    report = {
        "seconds": seconds,
        "reference_bytes": reference,
        "tracemalloc_peak_ratio": (held + traced_peak) / reference,
        "rss_peak_ratio": (held + rss_growth) / reference,
    }
    if spec["kind"] == "fit":
        report["solver"] = result.solver_
    else:
        report["rows"] = int(result[0].shape[0])
    print(json.dumps(report))


# ----------------------------------------------------------------- training
def one_read_seconds(X: np.ndarray, repeat: int = 5) -> float:
    """The fastest of ``repeat`` reads of X (as X @ w): BLAS on all its threads, and lrgui's tasks on its workers.

    The floor of a primal iteration, which must read X at least once: the
    machine's read rate, measured the two ways that are fastest here.
    """
    from lrgui.core.blas_threads import one_blas_thread
    from lrgui.core.parallel import Workers, run_workers
    from lrgui.core.solvers import task_ranges

    w = np.full(X.shape[1], 1e-3, X.dtype)
    tasks = task_ranges(X.shape[0], X.shape[1] * X.itemsize)
    best = float("inf")
    workers = Workers(run_workers(), dict)
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            X @ w
            best = min(best, time.perf_counter() - started)
            with one_blas_thread():
                started = time.perf_counter()
                workers.run(lambda i, out: out.update(z=X[slice(*tasks[i])] @ w), len(tasks))
                best = min(best, time.perf_counter() - started)
    finally:
        workers.close()
    return best


def two_products_seconds(X: np.ndarray, repeat: int = 30) -> float:
    """The fastest of ``repeat`` passes of the primal solver's two products alone, on its blocks and workers.

    For every block of rows as :class:`~lrgui.core.solvers.PrimalSolver` cuts it, ``X_b w`` (read from
    memory) then ``r_b X_b`` (the block again, from the cache), and nothing else: no activation, no sums.
    What a fused pass built from NumPy's products costs at the least; over one read of X it is the
    price of the second product, which only a compiled loop doing both on each row could avoid.
    """
    from lrgui.core.blas_threads import one_blas_thread
    from lrgui.core.parallel import Workers, run_workers
    from lrgui.core.solvers import PrimalSolver

    n = X.shape[1]
    w = np.full(n, 1e-3, X.dtype)
    cut = PrimalSolver(X, np.zeros(n, X.dtype), np.zeros((), X.dtype), 0.0, 0.0, lambda z: z, np.zeros(len(X), X.dtype))
    tasks, blocks = cut.tasks, cut.blocks
    cut.close()
    rows = max(last - first for task in blocks for first, last in task)

    def task(i: int, out: dict) -> None:
        if not out:  # each output's scratch (the workers' spares and the tasks' outputs), made once
            out.update(z=np.empty(rows, X.dtype), product=np.empty(n, X.dtype))
        z, product = out["z"], out["product"]
        for first, last in blocks[i]:
            block = X[first:last]
            np.matmul(block, w, out=z[: last - first])
            np.matmul(z[: last - first], block, out=product)

    best = float("inf")
    workers = Workers(run_workers(), dict)
    try:
        with one_blas_thread():
            # as many passes as a short training: right after products on BLAS's own threads (one read's X @ w,
            # the textbook's), which still spin for a while, a pass is judged contended and sends the next few
            # to the caller alone (lrgui.core.parallel); the fastest pass is one with every worker
            for _ in range(repeat):
                started = time.perf_counter()
                workers.run(task, len(tasks))
                best = min(best, time.perf_counter() - started)
    finally:
        workers.close()
    return best


@dataclass
class Case:
    name: str
    m: int
    n: int
    iterations: int
    record_every: int
    target_speedup: float
    measure_memory: bool = False


FULL_CASES = [
    Case("a", 1500, 12288, 2000, 100, 20.0),
    Case("b", 1900, 3072, 2000, 100, 5.0),
    Case("c", 50_000, 3072, 300, 100, 2.0, measure_memory=True),
    Case("c", 60_000, 784, 300, 100, 2.0, measure_memory=True),
]
QUICK_CASES = [
    Case("a", 300, 3072, 200, 20, 20.0),
    Case("b", 380, 768, 200, 20, 5.0),
    Case("c", 5_000, 768, 30, 10, 2.0, measure_memory=True),
    Case("c", 6_000, 196, 30, 10, 2.0, measure_memory=True),
]


def bench_training(case: Case, repeat: int, textbook_repeat: int) -> dict:
    X, y = learnable_data(case.m, case.n)
    X_textbook = X.T.astype(np.float64)  # as the tutorial: flatten.reshape(m, -1).T / 255.
    Y = y.reshape(1, -1).astype(np.float64)

    def lrgui_fit():
        return LogisticRegression(
            learning_rate=LEARNING_RATE, epochs=case.iterations, record_every=case.record_every
        ).fit(X, y)

    contenders = {
        "textbook": (lambda: textbook_fit(X_textbook, Y, case.iterations, LEARNING_RATE, case.record_every), textbook_repeat),
        "lrgui": (lrgui_fit, repeat),
    }
    if case.name == "c":  # the primal path: its floor is one read of X per iteration
        contenders["read"] = (lambda: one_read_seconds(X), repeat)
        contenders["two products"] = (lambda: two_products_seconds(X), repeat)
    timings = timed_alternately(contenders)
    text_s, text_all, (w, b, text_costs) = timings["textbook"]
    lr_s, lr_all, model = timings["lrgui"]
    text_pred = textbook_predict(w, b, X_textbook)
    del X_textbook
    lr_pred = model.predict(X)
    # lrgui also records the final point (after the last update), which the textbook never computes
    shared = model.costs_[: len(text_costs)]
    assert [i for i, _ in shared] == list(range(0, case.iterations, case.record_every))
    cost_diff = max(abs(a - c) for a, (_, c) in zip(text_costs, shared, strict=True))
    row = {
        "case": case.name,
        "shape": f"{case.m} × {case.n}",
        "iterations": case.iterations,
        "textbook_s": text_s,
        "textbook_runs": text_all,
        "lrgui_s": lr_s,
        "lrgui_runs": lr_all,
        "speedup": text_s / lr_s,
        "target_speedup": case.target_speedup,
        "max_cost_diff": cost_diff,
        "final_cost": model.costs_[-1][1],
        "same_predictions": bool(np.array_equal(text_pred, lr_pred)),
        "differing_predictions": int(np.count_nonzero(text_pred != lr_pred)),
        "train_accuracy": float(np.mean(lr_pred == y)),
        "solver": model.solver_,
    }
    if "read" in timings:
        read_s = timings["read"][2]  # the fastest of its reads in the last turn
        row["one_read_s"] = read_s
        row["read_bound_s"] = read_s * case.iterations
        row["over_read_bound"] = lr_s / row["read_bound_s"]
        row["two_products_s"] = timings["two products"][2]  # the fastest of its passes in the last turn
        row["two_products_over_read"] = row["two_products_s"] / read_s
        row["over_two_products"] = lr_s / (row["two_products_s"] * case.iterations)
    if case.measure_memory:
        del X
        memory = measure_in_child(
            {"kind": "fit", "m": case.m, "n": case.n, "iterations": case.iterations, "record_every": case.record_every}
        )
        row["peak_memory_tracemalloc"] = memory["tracemalloc_peak_ratio"]
        row["peak_memory_rss"] = memory["rss_peak_ratio"]
    return row


# ------------------------------------------------------------------ loading
def write_photos(folder: Path, count: int, size: tuple[int, int], seed: int = 0) -> list[Path]:
    """Smooth random colour fields with noise, saved as JPEG: photo-like to decode."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    width, height = size
    for i in range(count):
        coarse = rng.integers(0, 256, (4, 6, 3), dtype=np.uint8)
        im = Image.fromarray(coarse, "RGB").resize((width, height), Image.Resampling.BICUBIC)
        noisy = np.asarray(im, dtype=np.int16) + rng.integers(-25, 25, (height, width, 3))
        path = folder / f"{i:05d}.jpg"
        Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8), "RGB").save(path, quality=90)
        paths.append(path)
    return paths


def photo_paths(workdir: Path, quick: bool) -> tuple[list[Path], str]:
    if not quick and all((CALTECH / name).is_dir() for name in ("airplanes", "Motorbikes")):
        return list_images(CALTECH / "airplanes") + list_images(CALTECH / "Motorbikes"), str(CALTECH)
    count = 200 if quick else 1600
    return write_photos(workdir / "photos", count, (300, 200)), f"{count} generated 300×200 JPEGs"


def bench_loading(paths: list[Path], source: str, repeat: int, workdir: Path) -> dict:
    image_format = ImageFormat(64)
    for path in paths:  # every method then reads from the OS file cache
        path.read_bytes()
    timings = timed_alternately(
        {"textbook": (lambda: textbook_load(paths, 64), repeat), "loader": (lambda: load_files(paths, image_format), repeat)}
    )
    text_s, text_all, X_text = timings["textbook"]
    load_s, load_all, (X_load, loaded, skipped) = timings["loader"]

    cache = ImageCache(workdir / "cache")
    cold, warm = [], []
    for _ in range(repeat):
        cache.clear()
        cold.append(timed(lambda: cache.load_files(paths, image_format), 1)[0])
        warm_s, _, (X_cached, cached_loaded, cached_skipped) = timed(lambda: cache.load_files(paths, image_format), 1)
        warm.append(warm_s)
    return {
        "images": source,
        "files": len(paths),
        "textbook_s": text_s,
        "textbook_runs": text_all,
        "loader_s": load_s,
        "loader_runs": load_all,
        "loader_speedup": text_s / load_s,
        "cache_cold_s": statistics.median(cold),
        "cache_cold_runs": cold,
        "cache_reload_s": statistics.median(warm),
        "cache_reload_runs": warm,
        "cache_speedup": statistics.median(cold) / statistics.median(warm),
        "cache_bytes": cache.size_bytes(),
        "cached_equals_loader": bool(
            np.array_equal(X_cached, X_load) and cached_loaded == loaded and cached_skipped == skipped
        ),
        "mean_abs_pixel_diff_vs_textbook": float(np.abs(X_text[loaded].astype(np.int16) - X_load).mean()),
    }


def small_image_paths(workdir: Path, quick: bool) -> tuple[list[Path], str]:
    """50,000 CIFAR-10 training JPEGs (extracted once into /tmp), or generated 32×32 JPEGs."""
    if not quick and CIFAR_TAR.is_file():
        target = Path(tempfile.gettempdir()) / "lrgui-bench-cifar10"
        if not (target / "train").is_dir() or len(list((target / "train").rglob("*.jpg"))) < 50_000:
            with tarfile.open(CIFAR_TAR) as tar:
                members = [m for m in tar.getmembers() if m.name.startswith("train/")]
                tar.extractall(target, members=members, filter="data")
        paths = sorted((target / "train").rglob("*.jpg"))
        return paths, f"CIFAR-10 train JPEGs extracted to {target}"
    count = 5_000 if quick else 50_000
    return write_photos(workdir / "small", count, (32, 32)), f"{count} generated 32×32 JPEGs"


def bench_loading_memory(workdir: Path, quick: bool) -> dict:
    paths, source = small_image_paths(workdir, quick)
    listing = workdir / "small-images.txt"
    listing.write_text("\n".join(str(p) for p in paths))
    memory = measure_in_child({"kind": "load", "list": str(listing), "size": 32})
    return {
        "images": source,
        "files": len(paths),
        "rows": memory["rows"],
        "seconds": memory["seconds"],
        "float32_matrix_bytes": memory["reference_bytes"],
        "peak_memory_tracemalloc": memory["tracemalloc_peak_ratio"],
        "peak_memory_rss": memory["rss_peak_ratio"],
    }


# ------------------------------------------------------------------ report
def check_targets(results: dict) -> list[dict]:
    checks = []

    def check(name: str, value, target: str, ok: bool) -> None:
        checks.append({"target": name, "value": value, "wanted": target, "met": bool(ok)})

    for row in results.get("training", []):
        label = f"({row['case']}) {row['shape']}"
        check(f"{label} speed-up", round(row["speedup"], 2), f"≥ {row['target_speedup']:g}×", row["speedup"] >= row["target_speedup"])
        if "over_read_bound" in row:
            check(f"{label} / one read of X per iteration", round(row["over_read_bound"], 2), "≤ 1.3×", row["over_read_bound"] <= 1.3)
        if row["case"] == "a":
            check(f"{label} predictions identical", row["same_predictions"], "True", row["same_predictions"])
            check(f"{label} max |cost diff|", f"{row['max_cost_diff']:.2e}", "≤ 1e-4", row["max_cost_diff"] <= 1e-4)
        if "peak_memory_rss" in row:
            peak = max(row["peak_memory_rss"], row["peak_memory_tracemalloc"])
            check(f"{label} peak memory / float32 X", round(peak, 2), "≤ 1.5×", peak <= 1.5)
    if "loading" in results:
        loading = results["loading"]
        check("loading vs textbook", round(loading["loader_speedup"], 2), "≥ 1.3×", loading["loader_speedup"] >= 1.3)
        check("cached reload vs first load", round(loading["cache_speedup"], 1), "≥ 20×", loading["cache_speedup"] >= 20)
    if "network" in results:
        for name, value, wanted, met in bench_network.targets(results["network"]):
            check(name, value, wanted, met)
    if "loading_memory" in results:
        peak = max(results["loading_memory"]["peak_memory_rss"], results["loading_memory"]["peak_memory_tracemalloc"])
        check("loading 50,000 32×32: peak / float32 X", round(peak, 2), "≤ 2×", peak <= 2)
    return checks


def print_report(results: dict) -> None:
    if results.get("contended"):
        print("\nContended: every case below ran beside a process keeping one core at 100 %.")
    if "network" in results:
        bench_network.print_report(results["network"])
    if results.get("training"):
        print("\nTraining (median seconds; textbook float64 vs lrgui float32, solver auto)")
        header = f"{'case':<4} {'shape':>14} {'iters':>5} {'textbook':>9} {'lrgui':>8} {'ratio':>7} {'max|Δcost|':>11} {'same pred':>9} {'solver':>7} {'peak mem (tm / rss)':>20}"
        print(header)
        print("-" * len(header))
        for r in results["training"]:
            memory = (
                f"{r['peak_memory_tracemalloc']:.2f}× / {r['peak_memory_rss']:.2f}×" if "peak_memory_rss" in r else ""
            )
            same = "yes" if r["same_predictions"] else f"no ({r['differing_predictions']})"
            print(
                f"{r['case']:<4} {r['shape']:>14} {r['iterations']:>5} {r['textbook_s']:>8.2f}s {r['lrgui_s']:>7.3f}s "
                f"{r['speedup']:>6.1f}× {r['max_cost_diff']:>11.1e} {same:>9} {r['solver']:>7} {memory:>20}"
            )
            if "read_bound_s" in r:
                print(f"{'':<4} {'':>14} one read of X: {1000 * r['one_read_s']:.2f} ms, × {r['iterations']} iterations = "
                      f"{r['read_bound_s']:.3f}s; lrgui takes {r['over_read_bound']:.2f}× that bound (target ≤ 1.3×)")
            if "two_products_s" in r:
                print(f"{'':<4} {'':>14} the two products alone (X_b w, then r_b X_b from the cache): "
                      f"{1000 * r['two_products_s']:.2f} ms, {r['two_products_over_read']:.2f}× one read; "
                      f"lrgui takes {r['over_two_products']:.2f}× them")
    if "loading" in results:
        r = results["loading"]
        print(f"\nLoading {r['files']} images at 64×64 ({r['images']}), median seconds")
        print(f"  textbook loop        {r['textbook_s']:8.3f}s")
        print(f"  lrgui load_files     {r['loader_s']:8.3f}s   {r['loader_speedup']:.2f}× faster than the textbook")
        print(f"  cache, first load    {r['cache_cold_s']:8.3f}s")
        print(f"  cache, reload        {r['cache_reload_s']:8.3f}s   {r['cache_speedup']:.1f}× faster than the first load")
        print(f"  cache on disk {r['cache_bytes'] / 1e6:.1f} MB; reload equals load_files: {r['cached_equals_loader']}")
    if "loading_memory" in results:
        r = results["loading_memory"]
        print(f"\nLoading {r['rows']:,} images at 32×32 ({r['images']}) in {r['seconds']:.1f}s")
        print(
            f"  peak memory / float32 matrix ({r['float32_matrix_bytes'] / 1e6:.0f} MB): "
            f"{r['peak_memory_tracemalloc']:.2f}× (tracemalloc), {r['peak_memory_rss']:.2f}× (peak RSS)"
        )
    print("\nTargets" + (" (set for the full shapes: a --quick run only shows that everything works)" if results["quick"] else ""))
    for c in results["targets"]:
        print(f"  [{'met' if c['met'] else 'MISSED':>6}] {c['target']}: {c['value']} (wanted {c['wanted']})")


def machine() -> dict:
    blas = [
        f"{lib.get('internal_api')} {lib.get('version')} ({lib.get('num_threads')} threads)"
        for lib in threadpool_info()
        if lib.get("user_api") == "blas"
    ]
    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "blas": blas,
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small shapes, one run each: a smoke test")
    parser.add_argument("--repeat", type=int, default=None, help="runs per lrgui / loading measurement (default 3, quick 1)")
    parser.add_argument(
        "--textbook-repeat", type=int, default=None, help="runs per (slow) textbook training measurement (default 3, quick 1)"
    )
    parser.add_argument("--blas-threads", type=int, help="limit BLAS to this many threads (as the app does on few cores)")
    parser.add_argument(
        "--only", action="append", choices=["training", "loading", "memory", "network"], help="run only these parts"
    )
    parser.add_argument(
        "--contended", action="store_true",
        help="run every case beside a process that keeps one core busy (the network case: quiet and busy, in turns)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(json.loads(args.child))
        return 0
    repeat = args.repeat or (1 if args.quick else 3)
    textbook_repeat = args.textbook_repeat or (1 if args.quick else 3)
    parts = set(args.only or ["training", "loading", "memory", "network"])
    if args.blas_threads:
        threadpool_limits(limits=args.blas_threads, user_api="blas")
        os.environ["OPENBLAS_NUM_THREADS"] = str(args.blas_threads)  # for the memory children
    results: dict = {
        "machine": machine(), "quick": args.quick, "repeat": repeat, "textbook_repeat": textbook_repeat,
        "contended": args.contended,
    }
    if "network" in parts:  # first, and with its own quiet and busy turns
        print("network epochs ...", flush=True)
        results["network"] = bench_network.run(args.quick, repeat, contended=args.contended)
    busy = bench_network.BusyCore() if args.contended else contextlib.nullcontext()
    with busy, tempfile.TemporaryDirectory(prefix="lrgui-bench-") as work:
        workdir = Path(work)
        if "training" in parts:
            results["training"] = []
            for case in QUICK_CASES if args.quick else FULL_CASES:
                print(f"training ({case.name}) {case.m} × {case.n}, {case.iterations} iterations ...", flush=True)
                results["training"].append(bench_training(case, repeat, textbook_repeat))
        if "loading" in parts:
            print("loading photos ...", flush=True)
            paths, source = photo_paths(workdir, args.quick)
            results["loading"] = bench_loading(paths, source, repeat, workdir)
        if "memory" in parts:
            print("loading 50,000 small images for the memory peak ...", flush=True)
            results["loading_memory"] = bench_loading_memory(workdir, args.quick)
    results["machine"]["load_average_after"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    results["targets"] = check_targets(results)
    print_report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
