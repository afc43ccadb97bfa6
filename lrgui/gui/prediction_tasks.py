"""The Predict tab's work, done in a worker: list dropped files, decode them as ``lrgui predict`` does, predict
in chunks and enlarge the pictures; each chunk is sent to the tab as it is ready."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt

from lrgui.data import Prediction, TrainedModel, list_images
from lrgui.data.images import image_to_row
from lrgui.data.loader import iter_load_files
from lrgui.gui.gallery import row_image
from lrgui.session.i18n import translate

#: The size (px) of a prediction's picture, and how many files are predicted at a time.
TILE = 180
CHUNK = 24


def true_label_for(path: str, classes) -> str | None:
    """The class the image's folder names (exactly, else ignoring case), or None."""
    folder = Path(path).parent.name
    if folder in classes:
        return folder
    matches = [name for name in classes if name.casefold() == folder.casefold()]
    return matches[0] if len(matches) == 1 else None


def _predicted_chunk(model: TrainedModel, X: np.ndarray, paths: list[str], trues: list[str | None],
                     colours: dict[str, str]):
    """Predictions for pixel rows decoded exactly as ``lrgui predict`` decodes files.

    The pictures are enlarged here, in the worker (QImage is reentrant); their
    labels are written later, in the UI thread: drawing text in a worker thread
    can deadlock with the UI thread's own text layout (Qt's font database).
    """
    labels, probabilities = model.predict_rows(X)
    predictions = [Prediction(path, str(label), float(p)) for path, label, p in zip(paths, labels, probabilities)]
    pictures = [row_image(row, model.image_format).scaled(TILE, TILE, Qt.AspectRatioMode.KeepAspectRatio,
                                                          Qt.TransformationMode.FastTransformation) for row in X]
    return predictions, pictures


def prediction_task(model: TrainedModel, dropped: list[Path], colours: dict[str, str]):
    """Lists the dropped folders, then predicts in chunks, sending
    (predictions, skipped, tiles, rows, true labels, done, total)."""

    def task(report, should_stop):
        paths: list[Path] = []
        for path in dropped:
            paths.extend(list_images(path) if path.is_dir() else [path])
        total = len(paths)
        if not total:
            report(([], [], [], [], [], 0, 0), force=True)
        classes = list(model.classes)
        for start in range(0, total, CHUNK):
            if should_stop():
                return None
            chunk = paths[start : start + CHUNK]
            for X, loaded, skipped in iter_load_files(chunk, model.image_format, CHUNK, should_stop=should_stop):
                names = [str(chunk[i]) for i in loaded]
                trues = [true_label_for(name, classes) for name in names]
                predictions, tiles = _predicted_chunk(model, X, names, trues, colours)
                report((predictions, skipped, tiles, list(X), trues, min(start + CHUNK, total), total), force=True)
        return True

    return task


def rows_task(model: TrainedModel, dataset, colours: dict[str, str]):
    """Predicts the rows of a loaded set (the test set), whose true labels are known, in chunks."""

    def task(report, should_stop):
        total = len(dataset)
        for start in range(0, total, CHUNK):
            if should_stop():
                return None
            block = slice(start, start + CHUNK)
            X = dataset.X[block]
            names = dataset.paths[block] if dataset.paths is not None else [translate("PredictTab", "row {number}").format(number=i)
                                                                            for i in range(start, start + len(X))]
            trues = [str(y) if str(y) in model.classes else None for y in dataset.y[block]]
            predictions, tiles = _predicted_chunk(model, X, [str(n) for n in names], trues, colours)
            report((predictions, [], tiles, list(X), trues, min(start + CHUNK, total), total), force=True)
        return True

    return task


def pasted_task(model: TrainedModel, image, colours: dict[str, str]):
    def task(report, should_stop):
        X = image_to_row(image, model.image_format)[None, :]
        predictions, tiles = _predicted_chunk(model, X, [translate("PredictTab", "(pasted image)")], [None], colours)
        report((predictions, [], tiles, list(X), [None], 1, 1), force=True)
        return True

    return task
