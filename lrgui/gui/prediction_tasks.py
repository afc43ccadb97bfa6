"""The Predict tab's work, done in a worker: list dropped files, decode them as ``lrgui predict`` does, predict
in chunks, enlarge the pictures and write each row's words; each chunk is sent to the tab as it is ready."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from lrgui.data import Prediction, TrainedModel, list_images
from lrgui.data.images import image_to_row
from lrgui.data.loader import iter_load_files
from lrgui.gui.gallery import row_image
from lrgui.session.i18n import translate
from lrgui.session.wording import format_percent

#: The size (px) of a prediction's picture, and how many files are predicted at a time.
TILE = 180
CHUNK = 24
#: The label band's colour when the model's classes give none.
NEUTRAL = "#444444"


@dataclass(frozen=True, eq=False)
class PredictedPhoto:
    """One row of the Predict tab: a prediction with its picture and words, or a file that was skipped
    (``prediction`` None, ``text`` saying why). Each row is its own: equal only to itself."""

    path: str
    #: the list's line, also what a screen reader says for the row
    text: str
    #: the words under the tile
    name: str
    tooltip: str = ""
    prediction: Prediction | None = None
    #: the model's-eye image enlarged to TILE without smoothing
    picture: QImage | None = None
    #: the pixel row the model saw
    pixels: np.ndarray | None = None
    true_label: str | None = None
    colour: str = NEUTRAL
    #: "label  97.0 %" on the tile's bottom band
    caption: str = ""
    #: "true: label ✓" on the tile's top band, empty when the true label is unknown
    verdict: str = ""

    @property
    def right(self) -> bool:
        return self.prediction is not None and self.true_label == self.prediction.label


def true_label_for(path: str, classes) -> str | None:
    """The class the image's folder names (exactly, else ignoring case), or None."""
    folder = Path(path).parent.name
    if folder in classes:
        return folder
    matches = [name for name in classes if name.casefold() == folder.casefold()]
    return matches[0] if len(matches) == 1 else None


def predicted_photo(prediction: Prediction, picture: QImage, pixels: np.ndarray, true: str | None,
                    colour: str) -> PredictedPhoto:
    """A prediction with the words the list, the tile and its tooltip show."""
    percent = format_percent(prediction.probability)  # as the tile writes it: 88.4 % in both
    verdict = "" if true is None else translate("PredictTab", "true: {name} {mark}").format(
        name=true, mark="✓" if true == prediction.label else "✗")
    spaced = f"  {verdict}" if verdict else ""
    return PredictedPhoto(
        path=prediction.path,
        text=f"{prediction.label}  ({percent}){spaced}  —  {prediction.path}",
        name=Path(prediction.path).name,
        tooltip=f"{prediction.path}\n{prediction.label} ({percent}){spaced}",
        prediction=prediction, picture=picture, pixels=pixels, true_label=true, colour=colour,
        caption=f"{prediction.label}  {percent}", verdict=verdict)


def skipped_photo(skipped) -> PredictedPhoto:
    """A file that could not be read, with the reason."""
    return PredictedPhoto(path=skipped.path, name=f"✕ {Path(skipped.path).name}",
                          text=translate("PredictTab", "skipped: {path} — {reason}").format(
                              path=skipped.path, reason=skipped.reason))


def _predicted_chunk(model: TrainedModel, X: np.ndarray, paths: list[str], trues: list[str | None],
                     colours: dict[str, str]) -> list[PredictedPhoto]:
    """Predictions for pixel rows decoded exactly as ``lrgui predict`` decodes files.

    The pictures are enlarged here, in the worker (QImage is reentrant), in the
    format the screen's backing store blits without converting; their labels are
    drawn later, by the gallery's delegate in the UI thread: drawing text in a
    worker thread can deadlock with the UI thread's own text layout (Qt's font
    database).
    """
    labels, probabilities = model.predict_rows(X)
    photos = []
    for path, label, p, row, true in zip(paths, labels, probabilities, X, trues):
        picture = row_image(row, model.image_format).scaled(
            TILE, TILE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
        prediction = Prediction(path, str(label), float(p))
        photos.append(predicted_photo(prediction, picture.convertToFormat(QImage.Format.Format_RGB32), row, true,
                                      colours.get(prediction.label, NEUTRAL)))
    return photos


def prediction_task(model: TrainedModel, dropped: list[Path], colours: dict[str, str]):
    """Lists the dropped folders, then predicts in chunks, sending (photos, done, total): the chunk's
    predictions, then its skipped files."""

    def task(report, should_stop):
        paths: list[Path] = []
        for path in dropped:
            paths.extend(list_images(path) if path.is_dir() else [path])
        total = len(paths)
        if not total:
            report(([], 0, 0), force=True)
        classes = list(model.classes)
        for start in range(0, total, CHUNK):
            if should_stop():
                return None
            chunk = paths[start : start + CHUNK]
            for X, loaded, skipped in iter_load_files(chunk, model.image_format, CHUNK, should_stop=should_stop):
                names = [str(chunk[i]) for i in loaded]
                trues = [true_label_for(name, classes) for name in names]
                photos = _predicted_chunk(model, X, names, trues, colours) + [skipped_photo(s) for s in skipped]
                report((photos, min(start + CHUNK, total), total), force=True)
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
            photos = _predicted_chunk(model, X, [str(n) for n in names], trues, colours)
            report((photos, min(start + CHUNK, total), total), force=True)
        return True

    return task


def pasted_task(model: TrainedModel, image, colours: dict[str, str]):
    def task(report, should_stop):
        X = image_to_row(image, model.image_format)[None, :]
        photos = _predicted_chunk(model, X, [translate("PredictTab", "(pasted image)")], [None], colours)
        report((photos, 1, 1), force=True)
        return True

    return task
