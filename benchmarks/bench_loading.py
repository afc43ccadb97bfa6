"""Image loading at decoder speed: lrgui's loader against a plain Pillow loop, in one run.

Not part of the test suite. Run from the project root, on folders of JPEGs::

    python benchmarks/bench_loading.py --cifar /tmp/cifar10/train --caltech ../shared/data/caltech101
    python benchmarks/bench_loading.py --cifar DIR --count 2000 --rounds 1   # a quick look

Contenders, each timed in interleaved rounds (the median is reported, so a
busy moment of a shared machine hits every contender alike):

* ``pillow loop``: the textbook's plain loop on one thread -- open, convert to
  RGB, resize, ``np.asarray`` -- the reference every ratio is against;
* ``per-image threads``: lrgui's loader before this change -- Pillow (with
  draft) behind a thread pool that is handed one file at a time;
* ``lrgui``: ``lrgui.data.loader.load_files`` as the app and the CLI call it
  (the fast JPEG path, runs of files per worker), and with one worker.

The cases: the CIFAR-10 32 × 32 JPEGs (``--count`` of them, 20,000 by
default, spread over the classes) at size 32, and every Caltech-101 photo at
size 64. Before timing, lrgui's rows are checked to be identical to Pillow's
(the loader before), file by file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lrgui.data import ImageFormat, list_images  # noqa: E402
from lrgui.data.images import RESAMPLE, image_to_row, open_image  # noqa: E402
from lrgui.data.loader import default_workers, load_files  # noqa: E402


def pillow_loop(paths: list[Path], image_format: ImageFormat) -> np.ndarray:
    """The textbook's loop: open, convert, resize, to an array; one thread."""
    size = image_format.size
    X = np.empty((len(paths), image_format.n_features), dtype=np.uint8)
    for i, path in enumerate(paths):
        with Image.open(path) as im:
            im = im.convert("RGB")
            if im.size != (size, size):
                im = im.resize((size, size), RESAMPLE)
            X[i] = np.asarray(im).reshape(-1)
    return X


def per_image_threads(paths: list[Path], image_format: ImageFormat, workers: int | None = None) -> np.ndarray:
    """lrgui's loader before: Pillow with draft, one file per hand-off to a thread pool, a window of 4 per worker."""
    workers = workers or default_workers()
    X = np.empty((len(paths), image_format.n_features), dtype=np.uint8)

    def decode(path: Path) -> np.ndarray:
        im = open_image(path, draft_size=image_format.size, grayscale=image_format.grayscale)
        return image_to_row(im, image_format)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        following = iter(enumerate(paths))
        for index, path in following:
            pending.append((index, pool.submit(decode, path)))
            if len(pending) >= 4 * workers:
                done, future = pending.popleft()
                X[done] = future.result()
        for done, future in pending:
            X[done] = future.result()
    return X


def lrgui_loader(workers: int | None):
    def run(paths: list[Path], image_format: ImageFormat) -> np.ndarray:
        X, loaded, skipped = load_files(paths, image_format, workers=workers)
        assert not skipped and len(loaded) == len(paths), skipped[:3]
        return X

    return run


CONTENDERS = {
    "pillow loop (1 thread)": pillow_loop,
    "per-image threads (before)": per_image_threads,
    "lrgui": lrgui_loader(None),
    "lrgui, 1 worker": lrgui_loader(1),
}


def spread(paths: list[Path], count: int) -> list[Path]:
    """``count`` paths taken evenly over the sorted list (so every class is present)."""
    if count >= len(paths):
        return paths
    return [paths[i] for i in np.linspace(0, len(paths) - 1, count).round().astype(int)]


def check_identical(paths: list[Path], image_format: ImageFormat) -> None:
    fast = load_files(paths, image_format)[0]
    reference = per_image_threads(paths, image_format)
    differing = np.flatnonzero((fast != reference).any(axis=1))
    if len(differing):
        raise SystemExit(f"lrgui's rows differ from Pillow's for {len(differing)} files, e.g. {paths[differing[0]]}")
    print(f"  identical to Pillow's rows: all {len(paths):,} files", flush=True)


#: Issue #23's targets against the plain Pillow loop: small JPEGs (CIFAR-10), photos (Caltech-101).
TARGETS = {"CIFAR-10": 2.2, "Caltech-101": 1.3}


def run_case(name: str, paths: list[Path], image_format: ImageFormat, rounds: int) -> dict:
    target = TARGETS.get(name)
    print(f"{name}: {len(paths):,} files at {image_format.size} × {image_format.size}", flush=True)
    check_identical(paths, image_format)
    times: dict[str, list[float]] = {contender: [] for contender in CONTENDERS}
    for _ in range(rounds):
        for contender, run in CONTENDERS.items():
            start = time.perf_counter()
            run(paths, image_format)
            times[contender].append(time.perf_counter() - start)
    reference = statistics.median(times["pillow loop (1 thread)"])
    before = statistics.median(times["per-image threads (before)"])
    rows = {}
    for contender, seconds in times.items():
        median = statistics.median(seconds)
        rows[contender] = {
            "us_per_image": round(median / len(paths) * 1e6, 1),
            "vs_pillow_loop": round(reference / median, 2),
            "vs_before": round(before / median, 2),
        }
        print(f"  {contender:28s} {rows[contender]['us_per_image']:7.1f} µs/image   "
              f"{rows[contender]['vs_pillow_loop']:5.2f}× the Pillow loop   {rows[contender]['vs_before']:5.2f}× before",
              flush=True)
    if target is not None:
        ratio = rows["lrgui"]["vs_pillow_loop"]
        print(f"  lrgui against the Pillow loop: {ratio:.2f}× (target ≥ {target}×: {'met' if ratio >= target else 'MISSED'})",
              flush=True)
    return {"files": len(paths), "size": image_format.size, "rounds": rounds, "contenders": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cifar", type=Path, help="a folder of CIFAR-10 JPEGs (class subfolders), e.g. the extracted train/")
    parser.add_argument("--count", type=int, default=20_000, help="CIFAR-10 files to load (default 20,000)")
    parser.add_argument("--caltech", type=Path, help="a folder of Caltech-101 photos (airplanes/, Motorbikes/)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds per case (default 5)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    if not args.cifar and not args.caltech:
        parser.error("give --cifar DIR and/or --caltech DIR")
    print(f"{os.cpu_count()} cores, up to {default_workers()} loader workers (one for small files)", flush=True)
    results = {}
    if args.cifar:
        results["cifar10_32"] = run_case("CIFAR-10", spread(list_images(args.cifar), args.count), ImageFormat(32), args.rounds)
    if args.caltech:
        results["caltech_64"] = run_case("Caltech-101", list_images(args.caltech), ImageFormat(64), args.rounds)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
