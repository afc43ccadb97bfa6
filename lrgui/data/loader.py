"""Loading class folders into a :class:`TrainTest`: decoded in parallel, reported as it goes."""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np

from lrgui.data.dataset import Dataset, ImageFormat, SkippedFile, TrainTest, check_trainable, hold_out
from lrgui.data.folders import ClassFolder, list_images
from lrgui.data.selection import ClassSelection
from lrgui.data.images import ImageReadError, load_image
from lrgui.data.limits import available_memory, format_bytes
from lrgui.errors import DataError

LoadProgress = Callable[[int, int], None]
StopCheck = Callable[[], bool]


class LoadingCancelled(Exception):
    """Loading was stopped by the caller's ``should_stop``."""


def default_workers() -> int:
    # Pillow releases the GIL while decoding and resizing, so threads use every core.
    return max(1, min(8, os.cpu_count() or 1))


def _decode(path: Path, image_format: ImageFormat) -> tuple[np.ndarray | None, str | None]:
    """(row, None) for an image, (None, reason) for a file that is skipped."""
    try:
        return load_image(path, image_format), None
    except ImageReadError as exc:
        return None, str(exc)
    except Exception as exc:  # a Pillow plugin bug must not end the whole load
        return None, f"unexpected error while reading ({type(exc).__name__}: {exc})"


def decoded_rows(
    paths: Sequence[Path],
    image_format: ImageFormat,
    should_stop: StopCheck | None = None,
    workers: int | None = None,
) -> Iterator[tuple[int, np.ndarray | None, str | None]]:
    """``(index, row, None)`` or ``(index, None, reason)`` for every path, in order.

    Decodes run ahead through a bounded window, so memory does not grow with
    the number of files; ``should_stop()`` returning True raises
    :class:`LoadingCancelled` between two files.
    """
    total = len(paths)
    workers = workers or default_workers()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lrgui-load") as pool:
        pending: deque = deque()
        next_index = 0
        window = workers * 4
        try:
            for index in range(total):
                while next_index < total and len(pending) < window:
                    pending.append(pool.submit(_decode, paths[next_index], image_format))
                    next_index += 1
                future = pending.popleft()
                if should_stop is not None and should_stop():
                    raise LoadingCancelled()
                row, reason = future.result()
                yield index, row, reason
        finally:  # cancelled, failed or abandoned by the caller: drop what has not started
            for future in pending:
                future.cancel()


def load_files(
    paths: Sequence[Path],
    image_format: ImageFormat,
    progress: LoadProgress | None = None,
    should_stop: StopCheck | None = None,
    workers: int | None = None,
) -> tuple[np.ndarray, list[int], list[SkippedFile]]:
    """Decodes ``paths`` into an (m, n) uint8 matrix.

    Returns the matrix of the images that loaded, the indices (into ``paths``)
    of those rows, and the skipped files with their reasons.
    ``progress(done, total)`` moves with every file.
    """
    total = len(paths)
    X = np.empty((total, image_format.n_features), dtype=np.uint8)
    loaded: list[int] = []
    skipped: list[SkippedFile] = []
    if progress:
        progress(0, total)
    for index, row, reason in decoded_rows(paths, image_format, should_stop, workers):
        if row is None:
            skipped.append(SkippedFile(str(paths[index]), reason))
        else:
            X[len(loaded)] = row
            loaded.append(index)
        if progress:
            progress(index + 1, total)
    if len(loaded) < total:
        X = X[: len(loaded)].copy()
    return X, loaded, skipped


def iter_load_files(
    paths: Sequence[Path],
    image_format: ImageFormat,
    batch_size: int = 512,
    progress: LoadProgress | None = None,
    should_stop: StopCheck | None = None,
    workers: int | None = None,
) -> Iterator[tuple[np.ndarray, list[int], list[SkippedFile]]]:
    """:func:`load_files` in batches of at most ``batch_size`` files, for any number of files in bounded memory.

    Yields ``(X, loaded, skipped)`` per batch: the rows that loaded, their
    indices into ``paths`` (not into the batch) and the batch's skipped files.
    Each batch's matrix is new, so a caller may keep it.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    total = len(paths)
    X = np.empty((min(batch_size, total), image_format.n_features), dtype=np.uint8)
    loaded: list[int] = []
    skipped: list[SkippedFile] = []
    if progress:
        progress(0, total)
    for index, row, reason in decoded_rows(paths, image_format, should_stop, workers):
        if row is None:
            skipped.append(SkippedFile(str(paths[index]), reason))
        else:
            X[len(loaded)] = row
            loaded.append(index)
        if progress:
            progress(index + 1, total)
        if (index + 1) % batch_size == 0 or index + 1 == total:
            yield X[: len(loaded)], loaded, skipped
            X = np.empty((min(batch_size, total - index - 1), image_format.n_features), dtype=np.uint8)
            loaded, skipped = [], []


def dataset_memory(count: int, image_format: ImageFormat) -> int:
    """Bytes that ``count`` images need to train on: the uint8 pixel rows and their float32 features."""
    return count * image_format.n_features * (1 + 4)


def check_dataset_memory(count: int, image_format: ImageFormat) -> None:
    """Refuses, in one sentence and before decoding anything, a dataset that cannot fit in memory."""
    needed = dataset_memory(count, image_format)
    left = available_memory()
    if left is not None and needed > left:
        size = f"{image_format.size:,} × {image_format.size:,}"
        raise DataError(
            f"{count:,} images at {size} pixels would need about {format_bytes(needed)} of memory "
            f"(the pixels and their floating-point copy for training), but only {format_bytes(left)} is "
            "available: choose a smaller image size or fewer images per class."
        )


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

    unreadable: list[SkippedFile] = []  # subfolders that could not be listed

    def listed(which: str) -> tuple[list[Path], np.ndarray]:
        files = [(p, c.name) for c in classes for folder in getattr(c, which) for p in list_images(folder, unreadable)]
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
            hint = f" ({len(unreadable):,} folders could not be read)" if unreadable else ""
            raise DataError(f"Class {name!r} has no images{where}{hint}.")

    check_dataset_memory(len(train_paths) + len(test_paths), image_format)
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
    return TrainTest(train, test, unreadable + skipped)
