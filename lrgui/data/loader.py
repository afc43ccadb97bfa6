"""Loading class folders into a :class:`TrainTest`: decoded in parallel, reported as it goes."""

from __future__ import annotations

import os
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np

from lrgui.core.blas_threads import usable_cores
from lrgui.data.dataset import Dataset, ImageFormat, SkippedFile, TrainTest, check_trainable, hold_out
from lrgui.data.folders import ClassFolder, list_images
from lrgui.data.selection import ClassSelection
from lrgui.data.images import ImageReadError, load_image
from lrgui.data.limits import available_memory, format_bytes
from lrgui.errors import DataError
from lrgui.i18n import localize, translate

LoadProgress = Callable[[int, int], None]
StopCheck = Callable[[], bool]


class LoadingCancelled(Exception):
    """Loading was stopped by the caller's ``should_stop``."""


#: Files this small (on average) decode so fast that the Python around every file, which holds the
#: GIL, is most of the work, and a second thread only contends for it (measured in
#: docs/performance.md, "Measurements behind the code's constants").
SMALL_FILE_BYTES = 3 << 10
#: Files whose sizes are looked at to tell (spread over the list).
SIZE_SAMPLE = 16


def default_workers(paths: Sequence[Path] | None = None) -> int:
    """Decoding threads: one per core, but one for small files (see :data:`SMALL_FILE_BYTES`)."""
    # libjpeg-turbo and Pillow release the GIL while decoding and resizing, so threads use every core.
    cores = min(8, usable_cores())
    if cores > 1 and paths and _mean_size(paths) < SMALL_FILE_BYTES:
        return 1
    return cores


def _mean_size(paths: Sequence[Path]) -> float:
    """The mean size of a few files spread over ``paths``; files that cannot be looked at are left out."""
    step = max(1, len(paths) // SIZE_SAMPLE)
    sizes = []
    for path in paths[::step][:SIZE_SAMPLE]:
        try:
            sizes.append(os.stat(path).st_size)
        except OSError:  # reported with its reason when it is decoded
            continue
    return sum(sizes) / len(sizes) if sizes else float("inf")


def _decode(path: Path, image_format: ImageFormat) -> tuple[np.ndarray | None, str | None]:
    """(row, None) for an image, (None, reason) for a file that is skipped."""
    try:
        return load_image(path, image_format), None
    except ImageReadError as exc:
        return None, str(exc)
    except Exception as exc:  # a Pillow plugin bug must not end the whole load
        return None, f"unexpected error while reading ({type(exc).__name__}: {exc})"


#: Files one worker decodes per hand-off: handing over one small JPEG at a time cost more than decoding it.
FILES_PER_TASK = 32
#: How often (seconds) a wait for a worker looks at ``should_stop``: a task of large photos may take a while.
STOP_POLL_SECONDS = 0.05


def _decode_run(paths: Sequence[Path], image_format: ImageFormat, stopping: threading.Event) -> list:
    """Decodes a run of files one after the other; gives up early once the load is being stopped."""
    results = []
    for path in paths:
        if stopping.is_set():
            break
        results.append(_decode(path, image_format))
    return results


def decoded_rows(
    paths: Sequence[Path],
    image_format: ImageFormat,
    should_stop: StopCheck | None = None,
    workers: int | None = None,
) -> Iterator[tuple[int, np.ndarray | None, str | None]]:
    """``(index, row, None)`` or ``(index, None, reason)`` for every path, in order.

    Workers decode runs of :data:`FILES_PER_TASK` files, a bounded number of
    runs ahead, so memory does not grow with the number of files.
    ``should_stop()`` is called from this (the caller's) thread only: before
    each file is handed back, and every :data:`STOP_POLL_SECONDS` while
    waiting for a worker; once it returns True, the workers stop after their
    current file and :class:`LoadingCancelled` is raised.
    """
    total = len(paths)
    workers = workers or default_workers(paths)
    stopping = threading.Event()
    runs = range(0, total, FILES_PER_TASK)
    if workers == 1:  # no hand-off at all
        for index, path in enumerate(paths):
            if should_stop is not None and should_stop():
                raise LoadingCancelled()
            yield (index, *_decode(path, image_format))
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lrgui-load") as pool:
        pending: deque = deque()
        upcoming = iter(runs)
        try:
            while True:
                while len(pending) < 2 * workers and (start := next(upcoming, None)) is not None:
                    run = paths[start : start + FILES_PER_TASK]
                    pending.append((start, pool.submit(_decode_run, run, image_format, stopping)))
                if not pending:
                    return
                start, future = pending.popleft()
                for offset, (row, reason) in enumerate(_wait(future, should_stop)):
                    if should_stop is not None and should_stop():
                        raise LoadingCancelled()
                    yield start + offset, row, reason
        finally:  # cancelled, failed or abandoned by the caller: stop the workers, drop what has not started
            stopping.set()
            for _, future in pending:
                future.cancel()


def _wait(future: Future, should_stop: StopCheck | None) -> list:
    if should_stop is None:
        return future.result()
    while True:
        try:
            return future.result(timeout=STOP_POLL_SECONDS)
        except FuturesTimeout:
            if should_stop():
                raise LoadingCancelled() from None


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
        size = localize(f"{image_format.size:,} × {image_format.size:,}")
        raise DataError(
            translate("Loader", "{count} images at {size} pixels would need about {bytes} of memory (the pixels "
                                "and their floating-point copy for training), but only {bytes2} is available: "
                                "choose a smaller image size or fewer images per class.").format(
            count=localize(format(count, ",")), size=size, bytes=format_bytes(needed), bytes2=format_bytes(left))
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
        raise DataError(translate("Loader", "Training needs at least two classes; found {count} ({names}).").format(
            count=len(classes), names=names))
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
            where = translate("Loader", " in {folders}").format(folders=", ".join(str(f) for f in folders)) if folders else ""
            hint = (translate("Loader", " ({count} folders could not be read)").format(
                count=localize(f"{len(unreadable):,}")) if unreadable else "")
            raise DataError(translate("Loader", "Class {name} has no images{where}{hint}.").format(
                name=repr(name), where=where, hint=hint))

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
            raise DataError(translate("Loader", "Class {name} has no readable images ({count} files were skipped).").format(
                name=repr(name), count=len(skipped)))
    test = dataset(np.flatnonzero(in_test)) if in_test.any() else None
    if test is None and test_fraction:
        train, test = hold_out(train, test_fraction, seed)
    check_trainable(train)
    return TrainTest(train, test, unreadable + skipped)
