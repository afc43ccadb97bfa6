"""The Predict tab: images in (drop, paste, open, or the test set), each shown as the model sees it with its label.

A tile is the size×size image the model receives, enlarged without smoothing,
with the predicted label and probability below and, when the image's folder
names one of the model's classes, the true label with ✓ or ✗ above.
Double-clicking a tile explains the prediction.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from lrgui.data import ImageReadError, Prediction, TrainedModel
from lrgui.data.images import IMAGE_EXTENSIONS
from lrgui.data.files import write_output
from lrgui.errors import UserError
from lrgui.gui.explain_view import show_explanation
from lrgui.gui.thumbnails import qimage_to_pil
from lrgui.gui.widgets import DropArea, show_error
from lrgui.gui.prediction_model import PredictionGallery, PredictionModel, PredictionView, ProgressThrottle
from lrgui.gui.prediction_tasks import pasted_task, prediction_task, rows_task
from lrgui.gui.workers import Callbacks
from lrgui.session.i18n import translate
from lrgui.session.wording import format_count

#: Dark, distinct label backgrounds (white text stays readable on all of them).
LABEL_COLOURS = ["#0b5394", "#a61c00", "#38761d", "#741b47", "#7f6000", "#134f5c", "#351c75", "#444444"]


class PredictTab(DropArea):
    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, state, workers, parent=None):
        super().__init__(accept="images", parent=parent)
        self.setObjectName("predictTab")
        self.state = state
        self.workers = workers
        self.model: TrainedModel | None = None
        #: every row shown, predictions and skipped files; the gallery and the list are its two views
        self.results = PredictionModel(self)
        self._arrived: list = []  # rows sent by the worker, shown at the progress bar's next step
        self._running = 0
        self.dropped.connect(self.predict_paths)
        self._build()
        self._progress = ProgressThrottle(self.progress, self._show_arrived, self)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self, activated=self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._model_changed()  # the state may already hold a model (a tab made after opening one)
        state.subscribe("model", self._model_changed)
        state.subscribe("data", self._update_buttons)

    @property
    def predictions(self) -> list[Prediction]:
        return [photo.prediction for photo in self.results.predicted()]

    @property
    def rows(self) -> list[np.ndarray]:
        """Per prediction, the pixel row the model saw."""
        return [photo.pixels for photo in self.results.predicted()]

    @property
    def true_labels(self) -> list[str | None]:
        """Per prediction, the true label (None when unknown)."""
        return [photo.true_label for photo in self.results.predicted()]

    def _model_changed(self) -> None:
        path = self.state.model_path
        description = (translate("PredictTab", "from {file}").format(file=path.name)
                       if path is not None and not self.state.unsaved else translate("PredictTab", "trained just now"))
        self.set_model(self.state.model, description if self.state.model is not None else "")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        self.model_label.setWordWrap(True)
        layout.addWidget(self.model_label)
        bar = QHBoxLayout()  # a row of its own: the buttons keep their whole words in every language
        self.open_button = QPushButton(translate("PredictTab", "Open images…"))
        self.open_button.setObjectName("openImagesButton")
        self.open_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(translate("PredictTab", "Paste"))
        self.paste_button.setObjectName("pasteButton")
        self.paste_button.setToolTip(translate("PredictTab", "Predict the image on the clipboard (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste)
        self.export_button = QPushButton(translate("PredictTab", "Export CSV…"))
        self.export_button.setObjectName("exportPredictionsButton")
        self.export_button.clicked.connect(self.export_csv_dialog)
        self.clear_button = QPushButton(translate("PredictTab", "Clear"))
        self.clear_button.setObjectName("clearPredictionsButton")
        self.clear_button.clicked.connect(self.clear)
        self.test_set_button = QPushButton(translate("PredictTab", "Predict the test set"))
        self.test_set_button.setObjectName("predictTestSetButton")
        self.test_set_button.setToolTip(translate("PredictTab", "Predict every image held out for testing, with its true label"))
        self.test_set_button.clicked.connect(self.predict_test_set)
        for button in (self.open_button, self.paste_button, self.test_set_button, self.export_button,
                       self.clear_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.gallery = PredictionGallery()
        self.gallery.setObjectName("predictionGallery")
        self.gallery.setAccessibleName(translate("PredictTab", "Predicted images"))
        self.gallery.setModel(self.results)
        self.list = PredictionView()
        self.list.setObjectName("predictionList")
        self.list.setAccessibleName(translate("PredictTab", "Predictions as a list"))
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setModel(self.results)
        self.list.setSelectionModel(self.gallery.selectionModel())  # one selection: a row chosen in either is in both
        self.gallery.setToolTip(translate("PredictTab", "Double-click an image to see why the model said that"))
        self.gallery.doubleClicked.connect(lambda index: self.explain(index.row()))
        splitter.addWidget(self.gallery)
        splitter.addWidget(self.list)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.results_splitter = splitter  # hidden while empty, so the hint fills the tab, centred
        layout.addWidget(splitter, 1)
        self.hint = QLabel()
        self.hint.setObjectName("predictHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid); font-size: 17px; padding: 12px;")
        layout.addWidget(self.hint)
        self.progress = QProgressBar()
        self.progress.setObjectName("predictProgress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

    # -------------------------------------------------------------------- model
    def set_model(self, model: TrainedModel | None, description: str = "") -> None:
        self.model = model
        has_model = model is not None
        for button in (self.open_button, self.paste_button):
            button.setEnabled(has_model)
        self.setAcceptDrops(has_model)
        if model is None:
            self.model_label.setText(translate("PredictTab", "<b>No model yet.</b> Train one on the Train tab, or open a model file."))
            self.hint.setText("")
        else:
            fmt = model.image_format
            kind = translate("PredictTab", "grayscale") if fmt and fmt.grayscale else translate("PredictTab", "colour")
            looks = f"{fmt.size}×{fmt.size} {kind}" if fmt else translate("PredictTab", "no images")
            self.model_label.setText(
                translate("PredictTab", "<b>Model</b>{description}: {classes} — applied to images at {looks}.").format(
                    description=(" " + description) if description else "", classes=", ".join(model.classes), looks=looks)
            )
            self.hint.setText(self._call_to_action())
        self._update_buttons()

    def _call_to_action(self) -> str:
        text = translate("PredictTab", "Drop images or folders here, paste an image (Ctrl+V), or open files.")
        folders = self._test_folders()
        if folders:
            text += "<br>" + translate("PredictTab", "This data's test images are in {folders}.").format(
                folders="<b>" + "</b>, <b>".join(folders) + "</b>")
        return text

    def _test_folders(self) -> list[str]:
        """The folders the loaded data's test images came from (a sample's ``test/`` folder, say)."""
        request = self.state.request
        if request is None:
            return []
        folders = [p for c in request.classes for p in c.test] or list(request.test_paths)
        parents = sorted({str(Path(p).parent) for p in folders})
        return parents if len(parents) == 1 else sorted(set(folders))

    def _colours(self) -> dict[str, str]:
        return {name: LABEL_COLOURS[i % len(LABEL_COLOURS)] for i, name in enumerate(self.model.classes)}

    def _test_set(self):
        """The loaded test set when the current model can predict it, else None."""
        data = self.state.data
        if self.model is None or data is None or data.test is None or not len(data.test):
            return None
        fmt = self.model.image_format
        if fmt is None or data.test.image_format != fmt or data.test.n_features != fmt.n_features:
            return None
        return data.test

    def _update_buttons(self) -> None:
        self.test_set_button.setEnabled(self._test_set() is not None)
        predicted = self.results.prediction_count > 0
        self.results_splitter.setVisible(predicted or bool(self._running))
        if self.model is not None and not predicted:
            self.hint.setText(self._call_to_action())
        self.export_button.setEnabled(predicted)
        self.clear_button.setEnabled(predicted)

    # ------------------------------------------------------------------- inputs
    def choose_files(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in sorted(IMAGE_EXTENSIONS))
        files, _ = QFileDialog.getOpenFileNames(self, translate("PredictTab", "Open images"), "",
                                                translate("PredictTab", "Images ({patterns});;All files (*)").format(patterns=patterns))
        if files:
            self.predict_paths([Path(f) for f in files])

    @Slot(list)
    def predict_paths(self, paths) -> None:
        if self.model is None:
            show_error(self, translate("PredictTab", "No model"), translate("PredictTab", "Train a model or open a model file before predicting."))
            return
        paths = [Path(p) for p in paths]
        if not paths:
            return
        # folders are listed in the worker: a folder of 10,000 photos takes a while to list
        self._start(prediction_task(self.model, paths, self._colours()), 0)

    def predict_test_set(self) -> None:
        test = self._test_set()
        if test is not None:
            self._start(rows_task(self.model, test, self._colours()), len(test))

    def explain(self, index: int):
        """Opens the explanation of the ``index``-th prediction (None for a skipped file's tile)."""
        photo = self.results.photo(index)
        if self.model is None or photo is None or photo.prediction is None:
            return None
        path = None if photo.path.startswith("(") else photo.path
        try:
            return show_explanation(self, self.model, photo.pixels, photo.true_label, path)
        except UserError as error:
            show_error(self, translate("PredictTab", "Cannot explain"), str(error))
            return None

    def paste(self) -> None:
        if self.model is None:
            return
        mime = QApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QApplication.clipboard().image()
            if not image.isNull():
                self._start(pasted_task(self.model, qimage_to_pil(image), self._colours()), 1)
                return
        if mime is not None and mime.hasUrls():
            paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if paths:
                self.predict_paths(paths)
                return
        self.message.emit(translate("PredictTab", "The clipboard holds no image."))

    def _start(self, task, total: int) -> None:
        # predictions queue on their lane, in the order dropped: a second drop adds to the first, never cancels it
        self.workers.start(task, "predicting", Callbacks(progress=self._chunk_ready, failure=self._failed,
                                                         finish=self._finished))
        self._running += 1
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.busyChanged.emit(True)

    # ------------------------------------------------------------------ results
    @Slot(object)
    def _chunk_ready(self, payload) -> None:
        photos, done, total = payload
        if not total:
            self.message.emit(translate("PredictTab", "No images found in what was dropped."))
        self._arrived.extend(photos)
        self._progress.update(done, max(total, 1))

    def _show_arrived(self) -> None:
        """Shows the rows that arrived since the progress bar's last step, in one insertion (each insertion
        repaints the tiles on screen), and the words and buttons that follow the count."""
        arrived, self._arrived = self._arrived, []
        self.results.add(arrived)
        count = self.results.prediction_count
        if count:
            self.hint.setText(translate("PredictTab", "{images} predicted. Drop more, or export the list as CSV.").format(
                images=format_count(count, "image")))
        self._update_buttons()

    @Slot(object, str)
    def _failed(self, error, details: str) -> None:
        if isinstance(error, (UserError, ImageReadError)):
            show_error(self, translate("PredictTab", "Cannot predict"), str(error))
        else:
            show_error(self, translate("PredictTab", "Prediction failed"), translate("PredictTab", "Unexpected error while predicting: {error}").format(error=error), details)

    @Slot()
    def _finished(self) -> None:
        self._progress.flush()  # the run's last value, whenever the one before it was shown
        self._running -= 1
        if not self._running:
            self.progress.setVisible(False)
            self.busyChanged.emit(False)
            self.message.emit(format_count(self.results.prediction_count, "prediction"))
            self._update_buttons()  # the results are no longer shown for a run that predicted nothing

    def clear(self) -> None:
        self._arrived = []  # what is cleared is not shown later
        self.results.clear()
        self._update_buttons()

    # ------------------------------------------------------------------- export
    def export_csv(self, path: str | Path) -> None:
        """Writes the predictions as CSV (the Save dialog has asked before replacing a file)."""
        text = io.StringIO(newline="")
        writer = csv.writer(text)
        writer.writerow(["path", "label", "probability"])
        for p in self.predictions:
            writer.writerow([p.path, p.label, f"{p.probability:.6f}"])
        write_output(path, text.getvalue().encode("utf-8"), what=translate("PredictTab", "the predictions"), force=True)

    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("PredictTab", "Export predictions"), "predictions.csv",
                                              translate("PredictTab", "CSV table (*.csv)"))
        if not path:
            return
        try:
            self.export_csv(path)
        except UserError as error:
            show_error(self, translate("PredictTab", "Export failed"), str(error))
        else:
            self.message.emit(translate("PredictTab", "Predictions exported to {path}").format(path=path))
