"""The Predict tab: images in (drop, paste, open), each shown with its predicted label drawn on it."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from lrgui.data import ImageReadError, Prediction, TrainedModel, list_images, open_image
from lrgui.data.images import IMAGE_EXTENSIONS
from lrgui.errors import UserError
from lrgui.gui.thumbnails import pil_to_qimage, qimage_to_pil
from lrgui.gui.widgets import DropArea, show_error

TILE = 180
CHUNK = 24
#: Dark, distinct label backgrounds (white text stays readable on all of them).
LABEL_COLOURS = ["#0b5394", "#a61c00", "#38761d", "#741b47", "#7f6000", "#134f5c", "#351c75", "#444444"]


def annotate(image: QImage, label: str, probability: float, colour: str) -> QImage:
    """The image cropped to a square tile with "label  97%" on a solid band over its bottom."""
    tile = QImage(TILE, TILE, QImage.Format.Format_RGB32)
    tile.fill(QColor("#f4f4f4"))
    scaled = image.scaled(TILE, TILE, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                          Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawImage((TILE - scaled.width()) // 2, (TILE - scaled.height()) // 2, scaled)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(15)
    painter.setFont(font)
    text = f"{label}  {probability:.0%}"
    metrics = QFontMetrics(font)
    text = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, TILE - 12)
    band = QRectF(0, TILE - 28, TILE, 28)
    background = QColor(colour)
    background.setAlpha(225)
    painter.fillRect(band, background)
    painter.setPen(QColor("white"))
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return tile


def prediction_task(model: TrainedModel, dropped: list[Path], colours: dict[str, str]):
    """Lists the dropped folders, then predicts in chunks, sending (predictions, skipped, tiles, done, total)."""

    def task(report, should_stop):
        paths: list[Path] = []
        for path in dropped:
            paths.extend(list_images(path) if path.is_dir() else [path])
        total = len(paths)
        if not total:
            report(([], [], [], 0, 0), force=True)
        for start in range(0, total, CHUNK):
            if should_stop():
                return None
            chunk = paths[start : start + CHUNK]
            predictions, skipped = model.predict_files(chunk, should_stop=should_stop)
            tiles = []
            for prediction in predictions:
                try:
                    image = pil_to_qimage(open_image(prediction.path, draft_size=TILE))
                except ImageReadError:
                    image = QImage(TILE, TILE, QImage.Format.Format_RGB32)
                    image.fill(QColor("#cccccc"))
                tiles.append(annotate(image, prediction.label, prediction.probability, colours[prediction.label]))
            report((predictions, skipped, tiles, min(start + CHUNK, total), total), force=True)
        return True

    return task


def pasted_task(model: TrainedModel, image, colours: dict[str, str]):
    def task(report, should_stop):
        label, probability = model.predict_image(image)
        tile = annotate(pil_to_qimage(image.convert("RGB")), label, probability, colours[label])
        report(([Prediction("(pasted image)", label, probability)], [], [tile], 1, 1), force=True)
        return True

    return task


class PredictTab(DropArea):
    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, state, workers, parent=None):
        super().__init__(accept="images", parent=parent)
        self.setObjectName("predictTab")
        self.state = state
        self.workers = workers
        self.model: TrainedModel | None = None
        self.predictions: list[Prediction] = []
        self._running = 0
        self.dropped.connect(self.predict_paths)
        self._build()
        paste = QShortcut(QKeySequence.StandardKey.Paste, self, activated=self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.set_model(None)
        state.subscribe("model", self._model_changed)

    def _model_changed(self) -> None:
        path = self.state.model_path
        description = f"from {path.name}" if path is not None and not self.state.unsaved else "trained just now"
        self.set_model(self.state.model, description if self.state.model is not None else "")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        self.model_label.setWordWrap(True)
        bar.addWidget(self.model_label, 1)
        self.open_button = QPushButton("Open images…")
        self.open_button.setObjectName("openImagesButton")
        self.open_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton("Paste")
        self.paste_button.setObjectName("pasteButton")
        self.paste_button.setToolTip("Predict the image on the clipboard (Ctrl+V)")
        self.paste_button.clicked.connect(self.paste)
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setObjectName("exportPredictionsButton")
        self.export_button.clicked.connect(self.export_csv_dialog)
        self.clear_button = QPushButton("Clear")
        self.clear_button.setObjectName("clearPredictionsButton")
        self.clear_button.clicked.connect(self.clear)
        for button in (self.open_button, self.paste_button, self.export_button, self.clear_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.gallery = QListWidget()
        self.gallery.setObjectName("predictionGallery")
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(TILE, TILE))
        self.gallery.setGridSize(QSize(TILE + 16, TILE + 30))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setWordWrap(True)
        self.gallery.setSpacing(4)
        self.list = QListWidget()
        self.list.setObjectName("predictionList")
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._select_tile)
        self.gallery.currentRowChanged.connect(self.list.setCurrentRow)
        splitter.addWidget(self.gallery)
        splitter.addWidget(self.list)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.hint = QLabel()
        self.hint.setObjectName("predictHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(mid);")
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
            self.model_label.setText("<b>No model yet.</b> Train one on the Train tab, or open a model file.")
            self.hint.setText("")
        else:
            fmt = model.image_format
            looks = f"{fmt.size}×{fmt.size} {'grayscale' if fmt.grayscale else 'colour'}" if fmt else "no images"
            self.model_label.setText(
                f"<b>Model</b>{(' ' + description) if description else ''}: "
                f"{', '.join(model.classes)} — applied to images at {looks}."
            )
            self.hint.setText("Drop images or folders here, paste an image (Ctrl+V), or open files.")
        self._update_buttons()

    def _colours(self) -> dict[str, str]:
        return {name: LABEL_COLOURS[i % len(LABEL_COLOURS)] for i, name in enumerate(self.model.classes)}

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.predictions))
        self.clear_button.setEnabled(bool(self.predictions))

    # ------------------------------------------------------------------- inputs
    def choose_files(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in sorted(IMAGE_EXTENSIONS))
        files, _ = QFileDialog.getOpenFileNames(self, "Open images", "", f"Images ({patterns});;All files (*)")
        if files:
            self.predict_paths([Path(f) for f in files])

    @Slot(list)
    def predict_paths(self, paths) -> None:
        if self.model is None:
            show_error(self, "No model", "Train a model or open a model file before predicting.")
            return
        paths = [Path(p) for p in paths]
        if not paths:
            return
        # folders are listed in the worker: a folder of 10,000 photos takes a while to list
        self._start(prediction_task(self.model, paths, self._colours()), 0)

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
        self.message.emit("The clipboard holds no image.")

    def _start(self, task, total: int) -> None:
        job = self.workers.start(task, "predicting")
        job.events.progressed.connect(self._chunk_ready)
        job.events.failed.connect(self._failed)
        job.events.finished.connect(self._finished)
        self._running += 1
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.busyChanged.emit(True)
        self.workers.launch(job)

    # ------------------------------------------------------------------ results
    @Slot(object)
    def _chunk_ready(self, payload) -> None:
        predictions, skipped, tiles, done, total = payload
        if not total:
            self.message.emit("No images found in what was dropped.")
        self.progress.setRange(0, max(total, 1))
        for prediction, tile in zip(predictions, tiles):
            self.predictions.append(prediction)
            name = Path(prediction.path).name
            item = QListWidgetItem(QIcon(QPixmap.fromImage(tile)), name)
            item.setToolTip(f"{prediction.path}\n{prediction.label} ({prediction.probability:.1%})")
            self.gallery.addItem(item)
            row = QListWidgetItem(f"{prediction.label}  ({prediction.probability:.1%})  —  {prediction.path}")
            self.list.addItem(row)
        for item in skipped:
            row = QListWidgetItem(f"skipped: {item.path} — {item.reason}")
            row.setForeground(QColor("#b00020"))
            self.list.addItem(row)
            self.gallery.addItem(QListWidgetItem(f"✕ {Path(item.path).name}"))
        self.progress.setValue(done)
        if self.predictions:
            self.hint.setText(f"{len(self.predictions)} images predicted. Drop more, or export the list as CSV.")
        self._update_buttons()

    @Slot(int)
    def _select_tile(self, row: int) -> None:
        if 0 <= row < self.gallery.count():
            self.gallery.blockSignals(True)
            self.gallery.setCurrentRow(row)
            self.gallery.scrollToItem(self.gallery.item(row))
            self.gallery.blockSignals(False)

    @Slot(object, str)
    def _failed(self, error, details: str) -> None:
        if isinstance(error, (UserError, ImageReadError)):
            show_error(self, "Cannot predict", str(error))
        else:
            show_error(self, "Prediction failed", f"Unexpected error while predicting: {error}", details)

    @Slot()
    def _finished(self) -> None:
        self._running -= 1
        if not self._running:
            self.progress.setVisible(False)
            self.busyChanged.emit(False)
            self.message.emit(f"{len(self.predictions)} predictions")

    def clear(self) -> None:
        self.predictions.clear()
        self.gallery.clear()
        self.list.clear()
        self._update_buttons()

    # ------------------------------------------------------------------- export
    def export_csv(self, path: str | Path) -> None:
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["path", "label", "probability"])
            for p in self.predictions:
                writer.writerow([p.path, p.label, f"{p.probability:.6f}"])

    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export predictions", "predictions.csv", "CSV table (*.csv)")
        if not path:
            return
        try:
            self.export_csv(path)
        except OSError as error:
            show_error(self, "Export failed", f"Could not write {path}: {error.strerror or error}")
        else:
            self.message.emit(f"Predictions exported to {path}")
