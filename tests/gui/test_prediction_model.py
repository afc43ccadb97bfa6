"""The Predict tab's item model, its tile delegate and its progress throttle."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QProgressBar, QVBoxLayout, QWidget

from lrgui.data import Prediction
from lrgui.data.dataset import SkippedFile
from lrgui.gui.prediction_model import (
    CAPTION_ROLE,
    COLOUR_ROLE,
    NAME_ROLE,
    PHOTO_ROLE,
    PICTURE_ROLE,
    PROGRESS_MS,
    SKIPPED_TEXT,
    TILE_BACKGROUND,
    TRUE_BAND,
    VERDICT_ROLE,
    PredictionGallery,
    PredictionModel,
    ProgressThrottle,
    TileDelegate,
)
from lrgui.gui.prediction_tasks import TILE, predicted_photo, skipped_photo
from lrgui.gui.presentation import doubled

BLUE, RED = "#0b5394", "#a61c00"
PICTURE = "#ff00ff"


def photo(number: int, label: str = "cat", true: str | None = "cat", colour: str = BLUE):
    """A prediction of a 4:3 picture (a band of background above and below it on its square tile)."""
    picture = QImage(TILE, TILE * 3 // 4, QImage.Format.Format_RGB32)
    picture.fill(QColor(PICTURE))
    path = f"/photos/{true or 'mixed'}/p{number}.jpg"
    return predicted_photo(Prediction(path, label, 0.884), picture, np.full(12, number % 256, np.uint8), true, colour)


def test_a_chunk_is_one_insertion_and_the_roles_say_what_the_views_show(qtbot):
    owner = QObject()
    model = PredictionModel(owner)
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.add([photo(i) for i in range(24)])
    model.add([photo(24, "dog"), skipped_photo(SkippedFile("/photos/broken.jpg", "not an image"))])
    model.add([])
    assert inserted == [(0, 23), (24, 25)]  # one insertion per chunk, never one per photo
    assert model.rowCount() == 26 and model.prediction_count == 25

    right, wrong, skipped = model.index(0, 0), model.index(24, 0), model.index(25, 0)
    assert right.data() == "cat  (88.4 %)  true: cat ✓  —  /photos/cat/p0.jpg"
    assert wrong.data() == "dog  (88.4 %)  true: cat ✗  —  /photos/cat/p24.jpg"
    assert right.data(Qt.ItemDataRole.AccessibleTextRole) == right.data()
    assert right.data(Qt.ItemDataRole.ToolTipRole) == "/photos/cat/p0.jpg\ncat (88.4 %)  true: cat ✓"
    assert (right.data(NAME_ROLE), right.data(CAPTION_ROLE), right.data(VERDICT_ROLE), right.data(COLOUR_ROLE)) == (
        "p0.jpg", "cat  88.4 %", "true: cat ✓", BLUE)
    assert wrong.data(VERDICT_ROLE) == "true: cat ✗" and not wrong.data(PHOTO_ROLE).right
    assert right.data(PICTURE_ROLE).size().width() == TILE
    assert right.data(Qt.ItemDataRole.ForegroundRole) is None
    assert skipped.data() == "skipped: /photos/broken.jpg — not an image"
    assert skipped.data(Qt.ItemDataRole.ForegroundRole) == QColor(SKIPPED_TEXT)
    assert skipped.data(NAME_ROLE) == "✕ broken.jpg" and skipped.data(PICTURE_ROLE) is None
    assert skipped.data(Qt.ItemDataRole.ToolTipRole) is None
    unknown = photo(30, true=None)
    assert unknown.verdict == "" and unknown.text == "cat  (88.4 %)  —  /photos/mixed/p30.jpg"

    # the predictions alone, in order, with the rows the model saw
    assert [p.prediction.path for p in model.predicted()][-1] == "/photos/cat/p24.jpg"
    assert [int(p.pixels[0]) for p in model.predicted()] == list(range(25))
    model.clear()
    assert model.rowCount() == 0 and model.prediction_count == 0 and model.predicted() == []


class CountingDelegate(TileDelegate):
    def __init__(self, parent):
        super().__init__(parent)
        self.painted: list[int] = []

    def paint(self, painter, option, index):
        self.painted.append(index.row())
        super().paint(painter, option, index)


def gallery_window(qtbot, photos):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    model = PredictionModel(host)
    gallery = PredictionGallery()
    layout.addWidget(gallery)
    delegate = CountingDelegate(gallery)
    gallery.setItemDelegate(delegate)
    gallery.setModel(model)
    model.add(photos)
    host.resize(1000, 340)
    host.show()
    qtbot.waitExposed(host)
    return host, gallery, model, delegate


def square_of(gallery, row: int):
    """The top-left corner and side of row's tile, in the viewport's pixels."""
    rect, side = gallery.visualRect(gallery.model().index(row, 0)), gallery.tile_side()
    return rect.left() + (rect.width() - side) // 2, rect.top() + 4, side


def blended(colour: str, under: str, alpha: int = 225) -> QColor:
    top, bottom = QColor(colour), QColor(under)
    mix = [round((a * alpha + b * (255 - alpha)) / 255) for a, b in
           zip(top.getRgb()[:3], bottom.getRgb()[:3])]
    return QColor(*mix)


def near(pixel: QColor, colour: QColor, tolerance: int = 4) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3]))


def band_height(image: QImage, x: int, bottom: int, colour: QColor) -> int:
    """How many pixels up from ``bottom`` are the caption band's colour at column ``x``."""
    height = 0
    while near(image.pixelColor(x, bottom - height), colour):
        height += 1
    return height


def test_the_delegate_paints_the_tiles_on_screen_at_normal_and_presentation_sizes(qtbot):
    photos = [photo(0), photo(1, "dog", colour=RED), photo(2, true=None),
              skipped_photo(SkippedFile("/photos/broken.jpg", "not an image"))]
    photos += [photo(i) for i in range(3, 500)]
    host, gallery, model, delegate = gallery_window(qtbot, photos)
    gallery.setCurrentIndex(model.index(0, 0))  # selected, with the focus frame: painted as well
    gallery.setFocus()
    qtbot.waitUntil(lambda: len(delegate.painted) > 0, timeout=3000)
    image = gallery.viewport().grab().toImage()
    # only what is on screen is ever painted, never a tile per photo
    assert 0 < len(set(delegate.painted)) < 40

    heights = {}
    for scale in ("normal", "presentation"):
        if scale == "presentation":
            gallery.setFont(doubled(QApplication.font()))
            assert gallery.tile_side() > TILE
            qtbot.wait(50)
            image = gallery.viewport().grab().toImage()
        x, y, side = square_of(gallery, 0)
        background = QColor(TILE_BACKGROUND)
        assert near(image.pixelColor(x + 3, y + side - 2), blended(BLUE, TILE_BACKGROUND))  # the label's band
        assert near(image.pixelColor(x + 3, y + 2), blended(TRUE_BAND, TILE_BACKGROUND))  # the verdict's band
        assert near(image.pixelColor(x + side // 2, y + side // 2), QColor(PICTURE))  # the picture
        x1, y1, _ = square_of(gallery, 1)
        assert near(image.pixelColor(x1 + 3, y1 + side - 2), blended(RED, TILE_BACKGROUND))  # its class's colour
        x2, y2, _ = square_of(gallery, 2)
        assert near(image.pixelColor(x2 + 3, y2 + 2), background)  # no true label: no verdict band
        heights[scale] = band_height(image, x + 3, y + side - 2, blended(BLUE, TILE_BACKGROUND))
    assert heights["presentation"] > heights["normal"] > 10  # the type grows with the tile
    host.close()


def test_the_throttle_sets_the_bar_at_most_ten_times_a_second_and_always_the_last_value(qtbot):
    bar = QProgressBar()
    qtbot.addWidget(bar)
    values, shown = [], []
    bar.valueChanged.connect(values.append)
    throttle = ProgressThrottle(bar, lambda: shown.append(bar.value()), bar)
    for done in range(1, 101):  # a burst: the first at once, the newest one step later
        throttle.update(done, 100)
    assert values == [1] and bar.maximum() == 100
    qtbot.waitUntil(lambda: bar.value() == 100, timeout=2000)
    assert values == [1, 100] and shown == [1, 100]

    values.clear()
    started, done = time.monotonic(), 0
    while time.monotonic() - started < 0.5:  # a value every 2 ms for half a second
        done += 1
        throttle.update(done, 10_000)
        qtbot.wait(2)
    elapsed = time.monotonic() - started
    assert 1 <= len(values) <= elapsed * 1000 / PROGRESS_MS + 2
    throttle.flush()  # the run ended: its last value is shown at once
    assert bar.value() == done and shown[-1] == done
    throttle.flush()
    assert shown[-1] == done and len(shown) == len(values) + 2  # nothing waiting, nothing set again


def test_the_tab_shows_chunks_at_the_bars_pace_in_whole_insertions_and_one_selection(qtbot, window):
    tab = window.predict_tab
    window.tabs.setCurrentWidget(tab)
    inserted = []
    tab.results.rowsInserted.connect(lambda parent, first, last: inserted.append(last - first + 1))
    values = []
    tab.progress.valueChanged.connect(values.append)
    chunks = [[photo(24 * c + i) for i in range(24)] for c in range(10)]
    for number, chunk in enumerate(chunks, 1):
        tab._chunk_ready((chunk, 24 * number, 240))
    qtbot.waitUntil(lambda: tab.list.count() == 240, timeout=2000)
    assert inserted[0] == 24 and len(inserted) <= 3 and all(n % 24 == 0 for n in inserted)
    assert len(values) <= 3 and tab.progress.value() == 240
    assert tab.gallery.count() == 240 and len(tab.predictions) == 240
    assert tab.hint.text().startswith("240 images predicted.")
    assert tab.export_button.isEnabled() and tab.clear_button.isEnabled()

    # the gallery and the list share one selection: a row chosen in either is chosen in both
    tab.gallery.setCurrentIndex(tab.results.index(3, 0))
    assert tab.list.currentIndex().row() == 3
    tab.list.setCurrentIndex(tab.results.index(200, 0))
    assert tab.gallery.currentIndex().row() == 200
    assert tab.gallery.accessibleName() and tab.list.accessibleName()

    # what arrives and is cleared before it is shown is never shown
    tab._chunk_ready((chunks[0], 24, 24))
    tab.clear()
    qtbot.wait(PROGRESS_MS + 50)
    assert tab.list.count() == 0 and tab.predictions == []
