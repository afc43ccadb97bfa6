"""Loading class folders into a :class:`TrainTest`: decoded in parallel, reported as it goes."""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from lrgui.data.dataset import Dataset, ImageFormat, SkippedFile, TrainTest, check_trainable, hold_out
from lrgui.data.folders import ClassFolder, list_images
from lrgui.data.selection import ClassSelection
from lrgui.data.images import ImageReadError, load_image
from lrgui.errors import DataError

LoadProgress = Callable[[int, int], None]
StopCheck = Callable[[], bool]


class LoadingCancelled(Exception):
    """Loading was stopped by the caller's ``should_stop``."""


def default_workers() -> int:
    # Pillow releases the GIL while decoding and resizing, so threads use every core.
    return max(1, min(8, os.cpu_count() or 1))


def load_files(
    paths: Sequence[Path],
    image_format: ImageFormat,
    progress: LoadProgress | None = None,
    should_stop: StopCheck | None = None,
    workers: int | None = None,
) -> tuple[np.ndarray, list[int], list[SkippedFile]]:
    """Decodes ``paths`` into an (m, n) uint8 matrix.

    Returns the matrix of the images that loaded, the indices (into ``paths``)
    of those rows, and the skipped files with their reasons. Results stream in
    order through a bounded window of pending decodes, so memory stays flat
    and ``progress(done, total)`` moves steadily.
    """
    total = len(paths)
    X = np.empty((total, image_format.n_features), dtype=np.uint8)
    loaded: list[int] = []
    skipped: list[SkippedFile] = []
    workers = workers or default_workers()

    def decode(path: Path):
        try:
            return load_image(path, image_format), None
        except ImageReadError as exc:
            return None, str(exc)
        except Exception as exc:  # a Pillow plugin bug must not end the whole load
            return None, f"unexpected error while reading ({type(exc).__name__}: {exc})"

    if progress:
        progress(0, total)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lrgui-load") as pool:
        pending: deque = deque()
        next_index = 0
        done = 0
        window = workers * 4
        while done < total:
            while next_index < total and len(pending) < window:
                pending.append((next_index, pool.submit(decode, paths[next_index])))
                next_index += 1
            index, future = pending.popleft()
            if should_stop is not None and should_stop():
                for _, f in pending:
                    f.cancel()
                raise LoadingCancelled()
            row, reason = future.result()
            if row is None:
                skipped.append(SkippedFile(str(paths[index]), reason))
            else:
                X[len(loaded)] = row
                loaded.append(index)
            done += 1
            if progress:
                progress(done, total)
    if len(loaded) < total:
        X = X[: len(loaded)].copy()
    return X, loaded, skipped


def load_class_folders(
    classes: Sequence[ClassFolder],
    image_format: ImageFormat = ImageFormat(),
    selection: ClassSelection | None = None,
    test_fraction: float | None = None,
    seed: int = 0,
    progress: LoadProgress | None = None,
    should_stop: StopCheck | None = None,
    workers: int | None = None,
    loader=None,
) -> TrainTest:
    """Loads the chosen images of every class; holds out a seeded test set when there are no test folders.

    The class selection is applied to the file lists before decoding.
    ``loader`` replaces :func:`load_files` (the dataset cache passes itself here).
    """
    if len(classes) < 2:
        names = ", ".join(repr(c.name) for c in classes) or "none"
        raise DataError(f"Training needs at least two classes; found {len(classes)} ({names}).")
    names = [c.name for c in classes]
    selection = selection or ClassSelection(seed=seed)
    selection.check(names)

    def listed(which: str) -> tuple[list[Path], np.ndarray]:
        files = [(p, c.name) for c in classes for folder in getattr(c, which) for p in list_images(folder)]
        labels = np.array([name for _, name in files], dtype=str)
        rows = selection.rows(labels, salt=0 if which == "train" else 1)
        return [files[i][0] for i in rows], labels[rows]

    train_paths, train_labels = listed("train")
    test_paths, test_labels = listed("test")
    by_name = {c.name: c for c in classes}
    relabelled = selection.relabel(train_labels)
    for name in selection.class_names(names):
        if not np.any(relabelled == name):
            folders = by_name[name].train if name in by_name else []
            where = " in " + ", ".join(str(f) for f in folders) if folders else ""
            raise DataError(f"Class {name!r} has no images{where}.")

    load = loader or load_files
    X, loaded, skipped = load(
        train_paths + test_paths, image_format, progress=progress, should_stop=should_stop, workers=workers
    )
    all_paths = [str(p) for p in train_paths + test_paths]
    labels = selection.relabel(np.concatenate([train_labels, test_labels]))
    loaded = np.asarray(loaded, dtype=np.intp)
    in_test = loaded >= len(train_paths)
    class_names = selection.class_names(names)

    def dataset(rows: np.ndarray) -> Dataset:
        return Dataset(X[rows], labels[loaded[rows]], class_names, image_format, [all_paths[i] for i in loaded[rows]])

    train = dataset(np.flatnonzero(~in_test))
    for name, count in train.counts().items():
        if count == 0:
            raise DataError(f"Class {name!r} has no readable images ({len(skipped)} files were skipped).")
    test = dataset(np.flatnonzero(in_test)) if in_test.any() else None
    if test is None and test_fraction:
        train, test = hold_out(train, test_fraction, seed)
    check_trainable(train)
    return TrainTest(train, test, skipped)
