"""Exports scikit-learn's 8×8 handwritten digits as PNG files for lrgui's "digits" sample.

Run once, by a maintainer, when the sample has to be (re)made; the PNG files
it writes are committed. scikit-learn is needed by this script only, never by
lrgui, so run it from a throwaway virtual environment::

    python3 -m venv /tmp/sk-venv
    /tmp/sk-venv/bin/pip install scikit-learn pillow
    /tmp/sk-venv/bin/python packaging/export_digits.py

It writes ``resources/samples/digits/{train,test}/<digit>/digit_NNNN.png``
(NNNN is the row in ``load_digits()``, so every file can be traced back) with
a seeded, stratified 80/20 split, replacing what was there.

Pixels: the data count "on" cells from 0 to 16 per block of a 32×32 bitmap.
They are scaled to 0..255 and inverted (255 - 255·v/16), so the digits are
dark ink on white paper, the way people write them and the way a user's own
photos or scans of digits look.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import numpy as np
from PIL import Image
from sklearn.datasets import load_digits

TEST_FRACTION = 0.2
SEED = 0
DEFAULT_TARGET = Path(__file__).resolve().parent.parent / "resources" / "samples" / "digits"


def ink_on_paper(counts: np.ndarray) -> np.ndarray:
    """Block counts 0..16 as uint8 grey levels, 16 (all ink) black and 0 white."""
    return (255 - np.rint(counts.astype(np.float64) * 255 / 16)).astype(np.uint8)


def stratified_split(labels: np.ndarray, fraction: float, seed: int) -> np.ndarray:
    """A boolean mask of the test rows: ``fraction`` of each digit, chosen at random (seeded)."""
    rng = np.random.default_rng(seed)
    test = np.zeros(len(labels), dtype=bool)
    for digit in np.unique(labels):
        rows = np.flatnonzero(labels == digit)
        test[rng.choice(rows, int(round(fraction * len(rows))), replace=False)] = True
    return test


def export(target: Path) -> dict[str, int]:
    digits = load_digits()
    images, labels = digits.images, digits.target
    test = stratified_split(labels, TEST_FRACTION, SEED)
    for split in ("train", "test"):
        shutil.rmtree(target / split, ignore_errors=True)
    counts = {"train": 0, "test": 0}
    for row, (counts_8x8, label, is_test) in enumerate(zip(images, labels, test)):
        split = "test" if is_test else "train"
        folder = target / split / str(label)
        folder.mkdir(parents=True, exist_ok=True)
        Image.fromarray(ink_on_paper(counts_8x8), "L").save(folder / f"digit_{row:04d}.png", optimize=True)
        counts[split] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=Path, default=DEFAULT_TARGET, help=f"output folder (default {DEFAULT_TARGET})")
    args = parser.parse_args()
    counts = export(args.target)
    size = sum(p.stat().st_size for p in args.target.rglob("*.png"))
    print(f"wrote {counts['train']} training and {counts['test']} test images ({size:,} bytes) to {args.target}")


if __name__ == "__main__":
    main()
