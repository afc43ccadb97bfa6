"""The weights as images: what a logistic regression (or the network's first layer) has learned to look for.

Each weight belongs to one pixel and channel, so the weights of one class
(or one hidden unit) are an image of the data's shape. They are drawn with a
diverging colour map — Okabe–Ito blue through white to vermillion, which
stays readable for the common colour-vision deficiencies — centred on zero
with a symmetric scale, so white is "this pixel does not matter" and the two
colours' strengths compare. A colour bar gives the scale; hovering a pixel
shows its weight.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lrgui.data.dataset import ImageFormat
from lrgui.data.selection import not_label
from lrgui.gui.plot_style import PRESENTATION_TICK_PX, TICK_PX, own_plot_menus
from lrgui.gui.widgets import WholeTextComboBox
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.session.wording import format_number
from lrgui.kinds import kind_of_parameters

#: blue (against) – white (no effect) – vermillion (for): the pair of the explanation overlay
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(0, 114, 178), (255, 255, 255), (213, 94, 0)])
#: A network with more hidden units shows the first ones only: tiles smaller than this say nothing.
MAX_PANELS = 64
#: Blank pixels between two panels of the mosaic.
GAP = 2
#: On-screen side of one picture a class can read from the room: a few classes' pictures, many hidden units'.
READABLE_CLASS_TILE = 160
READABLE_UNIT_TILE = 48
CHANNEL_NAMES = (QT_TRANSLATE_NOOP("WeightsView", "red"), QT_TRANSLATE_NOOP("WeightsView", "green"),
                 QT_TRANSLATE_NOOP("WeightsView", "blue"))
#: The channel choice's first item: a pixel's three weights added up.
ALL_CHANNELS = "R+G+B"


def weight_panels(parameters: dict, image_format: ImageFormat, classes) -> list[tuple[str, np.ndarray]]:
    """(title, weights shaped as the image) per panel: one per class, or per hidden unit of the network.

    A binary logistic regression has one weight vector: positive weights
    speak for the second class, so it is drawn for that class — except for
    one class against the rest ('bird' and 'not bird'), drawn for the class
    named (−w: what speaks for 'not bird' speaks against 'bird'). Panels are
    ``size × size`` for grey images, ``size × size × channels`` for colour ones.
    """
    weights, each = kind_of_parameters(parameters).weight_pictures(parameters)
    return pictured_panels(np.asarray(weights, dtype=np.float64), each, image_format, classes)


def pictured_panels(weights: np.ndarray, each: str, image_format: ImageFormat, classes) -> list[tuple[str, np.ndarray]]:
    """:func:`weight_panels` of the kind's pictures ``weights`` (n_features, count), one per ``each`` ("class"
    or "unit")."""
    shape = image_format.shape if image_format.channels > 1 else image_format.shape[:2]
    classes = [str(c) for c in classes]
    if each == "unit":
        return [(translate("WeightsView", "unit {number}").format(number=j + 1), weights[:, j].reshape(shape))
                for j in range(min(weights.shape[1], MAX_PANELS))]
    if weights.shape[1] == 1:  # two classes, one vector
        coef = weights[:, 0]
        if len(classes) < 2:
            return [(translate("WeightsView", "weights"), coef.reshape(shape))]
        sign = -1.0 if classes[1] == not_label(classes[0]) else 1.0
        return [(translate("WeightsView", "for '{name}'").format(name=drawn_for(classes)), sign * coef.reshape(shape))]
    return [(f"'{name}'", weights[:, k].reshape(shape)) for k, name in enumerate(classes[: weights.shape[1]])]


def drawn_for(classes) -> str | None:
    """The class a binary logistic regression's one panel is drawn for (see :func:`weight_panels`)."""
    classes = [str(c) for c in classes]
    if len(classes) != 2:
        return None
    return classes[0] if classes[1] == not_label(classes[0]) else classes[1]


def legend_sentence(panels: list[tuple[str, np.ndarray]], network: bool, classes=()) -> str:
    """What the two colours mean, in words, for these panels (of a model of these classes)."""
    if network:
        return translate("WeightsView", "Orange: a brighter pixel here excites the unit; blue: it holds the unit back; "
                         "white: no effect.")
    if len(panels) == 1 and drawn_for(classes) is not None:
        return translate("WeightsView", "Orange: a brighter pixel here pushes towards '{name}'; blue: away from it; "
                         "white: no effect.").format(name=drawn_for(classes))
    return translate("WeightsView", "Orange: a brighter pixel here pushes towards the tile's class; blue: away from it; "
                     "white: no effect.")


def mosaic(panels: list[np.ndarray], columns: int) -> tuple[np.ndarray, int]:
    """The 2-D panels side by side in rows of ``columns`` (NaN between them); returns (mosaic, tile side)."""
    side = panels[0].shape[0]
    rows = -(-len(panels) // columns)
    tile = side + GAP
    canvas = np.full((rows * tile - GAP, columns * tile - GAP), np.nan)
    for index, panel in enumerate(panels):
        r, c = divmod(index, columns)
        canvas[r * tile: r * tile + side, c * tile: c * tile + side] = panel
    return canvas, tile


def best_columns(count: int, side: int, width: float, height: float) -> int:
    """The number of columns that draws ``count`` panels of ``side`` pixels largest in a width × height box."""
    stride = side + GAP
    best, best_scale = 1, -1.0
    for columns in range(1, count + 1):
        rows = -(-count // columns)
        scale = min(width / (columns * stride - GAP), height / (rows * stride - GAP))
        if scale > best_scale + 1e-9:
            best, best_scale = columns, scale
    return best


def width_for_tiles(count: int, side: int, height: float, tile: float) -> float:
    """The mosaic width that draws ``count`` panels at ``tile`` screen pixels each in a box ``height`` tall."""
    scale = tile / side
    stride = (side + GAP) * scale
    rows = max(1, min(count, int((height + GAP * scale) // stride)))
    columns = -(-count // rows)
    return columns * stride - GAP * scale


def readable_tile(count: int) -> int:
    """The side a class reads from the room: large for a few classes, smaller for a grid of hidden units."""
    return READABLE_CLASS_TILE if count <= 4 else READABLE_UNIT_TILE


def symmetric_limit(values: np.ndarray) -> float:
    """The colour scale's end: the largest |weight| (so no weight is clipped), never 0."""
    finite = np.abs(values[np.isfinite(values)])
    limit = float(finite.max()) if finite.size else 0.0
    return limit if limit > 0 else 1.0


#: The colour scale's ends step through these (× 10ᵏ): at most a fifth of the scale unused, and a live run's
#: colour bar keeps its labels until the weights outgrow them (re-ticking its axis was half of each redraw).
SCALE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def scale_end(limit: float) -> float:
    """The smallest SCALE_STEPS × 10ᵏ at least ``limit`` (> 0): the colour scale's end for weights up to it."""
    if not math.isfinite(limit) or limit <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(limit))
    return next(step * power for step in SCALE_STEPS if step * power >= limit * (1 - 1e-12))


class WeightsView(QWidget):
    """The weight images of one parameter snapshot, redrawn at every recorded point."""

    #: the number or size of the pictures changed: the room they need (:meth:`wanted_width`) changed
    panelsChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weightsView")
        self._panels: list[tuple[str, np.ndarray]] = []
        self._drawn: list[np.ndarray] = []
        self._tile = 1
        self._columns = 1
        self._presenting = False
        # a live run's pictures are drawn in the event loop's next turn: the point's plots, numbers and
        # pictures then make two short stretches of the UI thread rather than one long one
        self._redraw_soon = QTimer(self, singleShot=True, interval=0, timeout=self._redraw)
        self._colour = False  # colour pictures: a channel to choose (not in presentation: the title has the row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(translate("WeightsView", "Weights"))
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)  # "First-layer weights per hidden unit" in doubled type: never the view's least width
        top.addWidget(self.title, 1)
        self.channel_combo = WholeTextComboBox()
        self.channel_combo.setObjectName("weightsChannelCombo")
        self.channel_combo.addItems([ALL_CHANNELS, *(translate("WeightsView", name) for name in CHANNEL_NAMES)])
        self.channel_combo.setToolTip(translate("WeightsView", "A colour model has a weight per pixel and channel: R+G+B shows their sum, "
                                        "or choose one channel"))
        self.channel_combo.currentIndexChanged.connect(self._redraw)
        self.channel_combo.setAccessibleName(translate("WeightsView", "Colour channel of the weights"))
        self.channel_combo.setVisible(False)
        top.addWidget(self.channel_combo)
        layout.addLayout(top)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setMinimumSize(160, 120)
        self.graphics.setAccessibleName(translate("WeightsView", "Weight pictures"))
        self.box = self.graphics.addViewBox(row=0, col=0, lockAspect=True, invertY=True, enableMouse=False)
        # the pictures' room changes without the view's own size too: presentation's type, left while the tab
        # was hidden, gives the title and the legend their normal height back only once it is shown again
        self.box.sigResized.connect(self._fit_columns)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(DIVERGING)
        self.box.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(values=(-1, 1), colorMap=DIVERGING, interactive=False, width=12)
        self.colour_bar.setImageItem(self.image)
        self.graphics.addItem(self.colour_bar, row=0, col=1)
        own_plot_menus(self.graphics, self.box, self.colour_bar)
        self.graphics.ci.setContentsMargins(0, 2, 0, 2)  # every pixel of the width to the pictures
        self._fit_bar_labels(TICK_PX)
        self.graphics.ci.layout.setHorizontalSpacing(2)
        self._titles: list[pg.TextItem] = []
        layout.addWidget(self.graphics, 1)
        self.legend = QLabel(" ")
        self.legend.setObjectName("weightsLegend")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        # the weight under the pointer, in the title's row: the pictures keep the height
        self.hover_label = QLabel("")
        self.hover_label.setObjectName("weightsHoverLabel")
        self.hover_label.setVisible(False)
        top.insertWidget(1, self.hover_label, 1)
        self._describe()
        self.graphics.scene().sigMouseMoved.connect(self._hovered)
        self.setToolTip(translate("WeightsView", "Orange (vermillion): this pixel's brightness speaks for the class; blue: against; "
                        "white: no effect"))

    # -------------------------------------------------------------- showing
    def clear(self) -> None:
        self._panels = []
        self._drawn = []
        self.image.clear()
        self._remove_titles()
        self.title.setText(translate("WeightsView", "Weights"))
        self.legend.setText(" ")
        self.hover_label.setText("")
        self._describe()

    def show_parameters(self, parameters: dict | None, image_format: ImageFormat | None, classes,
                        soon: bool = False) -> None:
        """Draws the weights of one parameter snapshot (nothing for data that are not images).

        ``soon`` (a live run's points, the replay slider's): the panels, title and words are the view's at
        once, the pictures are drawn in the event loop's next turn (a newer point by then is drawn instead)."""
        if parameters is None or image_format is None:
            self.clear()
            if image_format is None and parameters is not None:
                self.title.setText(translate("WeightsView", "Weights: these data are not images"))
                self._describe()
            return
        weights, each = kind_of_parameters(parameters).weight_pictures(parameters)
        self._show_panels(pictured_panels(np.asarray(weights, dtype=np.float64), each, image_format, classes),
                          each == "unit", image_format, classes, soon)

    def expect(self, count: int, each: str, image_format: ImageFormat | None, classes) -> None:
        """A run starts whose points will have ``count`` pictures of ``each`` ("class" or "unit"): their titles,
        words and room now, every weight zero (white) until the first point. That point then changes the
        pictures alone, not the view's layout (the run's busiest moment)."""
        if image_format is None or count < 1:
            return
        zeros = np.zeros((int(np.prod(image_format.shape)), min(count, MAX_PANELS)))
        self._show_panels(pictured_panels(zeros, each, image_format, classes), each == "unit", image_format,
                          classes, soon=False)

    def _show_panels(self, panels, network: bool, image_format: ImageFormat, classes, soon: bool) -> None:
        before = self._panel_shape()
        self._panels = panels
        self._colour = image_format.channels > 1
        self.channel_combo.setVisible(self._colour and not self._presenting)
        self.title.setText(translate("WeightsView", "First-layer weights per hidden unit") if network
                           else translate("WeightsView", "Weights per pixel"))
        self.legend.setText(legend_sentence(self._panels, network, classes))
        if soon:
            self._redraw_soon.start()
        else:
            self._redraw()
        self._describe()
        if self._panel_shape() != before:
            self.panelsChanged.emit()

    def _describe(self) -> None:
        """The pictures in words for a screen reader: what each shows and what the colours mean."""
        if not self._panels:
            self.graphics.setAccessibleDescription(translate("WeightsView", "{title}: no pictures yet.").format(
                title=self.title.text()))
            return
        shown = ", ".join(title for title, _ in self._panels[:12])
        if len(self._panels) > 12:
            shown += translate("WeightsView", " and {count} more").format(count=len(self._panels) - 12)
        self.graphics.setAccessibleDescription(translate("WeightsView", "{title}, one picture each: {panels}. "
                                                         "{legend}").format(
            title=self.title.text(), panels=shown, legend=self.legend.text()))


    def _panel_shape(self) -> tuple[int, int]:
        return (len(self._panels), self._panels[0][1].shape[0]) if self._panels else (0, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self, *_) -> None:
        if self._drawn:  # the columns follow the room: a row of three when wide, a square when tall
            room = self.box.boundingRect()
            columns = best_columns(len(self._drawn), self._drawn[0].shape[0], max(1.0, room.width()),
                                   max(1.0, room.height()))
            if columns != self._columns:
                self._redraw()
            else:
                self.box.autoRange(padding=0.005)

    def wanted_width(self, height: int | None = None) -> int:
        """The width this view needs to draw its pictures at a readable size (:func:`readable_tile`), at ``height``."""
        if not self._panels:
            return self.minimumSizeHint().width()
        height = self.height() if height is None else height
        room = self.box.boundingRect()
        box_height = max(1.0, height - (self.height() - room.height()))  # the title, legend and margins stay
        side = self._panels[0][1].shape[0]
        mosaic_width = width_for_tiles(len(self._panels), side, box_height, readable_tile(len(self._panels)) + 1)
        return int(np.ceil(mosaic_width + (self.width() - room.width()))) + 2  # the colour bar beside it

    def tile_at(self, width: float, height: float) -> float:
        """The side one picture would take if this view were ``width`` × ``height`` (0 without pictures): the
        colour bar keeps its size, the title and the legend wrap to the width."""
        if not self._panels:
            return 0.0
        room = self.box.boundingRect()
        grows = sum(label.heightForWidth(int(width)) - label.height() for label in (self.legend, self.title)
                    if label.isVisibleTo(self) and label.heightForWidth(int(width)) > 0)
        box_width = width - (self.width() - room.width())
        box_height = height - (self.height() - room.height()) - max(0, grows)
        if box_width <= 0 or box_height <= 0:
            return 0.0
        side, count = self._panels[0][1].shape[0], len(self._panels)
        columns = best_columns(count, side, box_width, box_height)
        rows = -(-count // columns)
        scale = min(box_width / (columns * (side + GAP) - GAP), box_height / (rows * (side + GAP) - GAP))
        return side * scale

    def readable_tile(self) -> int:
        """The side its pictures need to be read from the room (:func:`readable_tile`)."""
        return readable_tile(len(self._panels))

    def tile_pixels(self) -> float:
        """How many screen pixels one picture's side takes now (0 when none is drawn)."""
        if not self._drawn:
            return 0.0
        view, shown = self.box.viewRect(), self.box.boundingRect()
        if view.width() <= 0 or view.height() <= 0:
            return 0.0
        scale = min(shown.width() / view.width(), shown.height() / view.height())
        return self._drawn[0].shape[0] * scale

    def panel_titles(self) -> list[str]:
        """What each picture drawn now is for ("for 'bird'", "unit 3")."""
        return [title for title, _ in self._panels]

    def current_images(self) -> list[np.ndarray]:
        """The weight arrays drawn now, one per panel, each of the data's image shape."""
        return [panel.copy() for _, panel in self._panels]

    def _flat(self, panel: np.ndarray) -> np.ndarray:
        if panel.ndim == 2:
            return panel
        channel = self.channel_combo.currentIndex()
        return panel.sum(axis=2) if channel == 0 else panel[:, :, channel - 1]

    def _redraw(self, *_) -> None:
        self._redraw_soon.stop()  # drawn now, with the newest panels
        if not self._panels:
            self._remove_titles()
            return
        self._drawn = [self._flat(panel) for _, panel in self._panels]
        room = self.box.boundingRect()
        self._columns = best_columns(len(self._drawn), self._drawn[0].shape[0], max(1.0, room.width()),
                                     max(1.0, room.height()))
        canvas, self._tile = mosaic(self._drawn, self._columns)
        limit = scale_end(symmetric_limit(canvas))
        self.image.setImage(canvas, levels=(-limit, limit), autoLevels=False)
        if tuple(self.colour_bar.levels()) != (-limit, limit):
            self.colour_bar.setLevels((-limit, limit))
        # the titles and the view's range are kept while the panels' layout is the same: every live point
        # of a run redraws the weights, and new text items would cost milliseconds each time
        layout = (tuple(title for title, _ in self._panels), self._presenting, self._columns, self._tile,
                  canvas.shape)
        if layout == getattr(self, "_layout", None):
            return
        self._remove_titles()
        self._layout = layout
        if len(self._panels) <= 12:  # titles on a grid of many small units would cover them
            size = "14pt" if self._presenting else "9pt"
            for index, (title, _) in enumerate(self._panels):
                r, c = divmod(index, self._columns)
                # inside its tile, on a veil: a title above a tile would sit under the tile above it, and the
                # first row's above the view
                text = pg.TextItem(html=f"<span style='font-size:{size}'>{title}</span>", anchor=(0, 0),
                                   color="#000000", fill=pg.mkBrush(255, 255, 255, 200))
                text.setPos(c * self._tile, r * self._tile)
                self.box.addItem(text, ignoreBounds=True)
                self._titles.append(text)
        self.box.autoRange(padding=0.005)

    def _remove_titles(self) -> None:
        for text in self._titles:
            self.box.removeItem(text)
        self._titles = []
        self._layout = None

    def weight_at(self, row: int, column: int) -> tuple[str, int, int, float] | None:
        """(panel title, pixel row, pixel column, weight drawn) at mosaic pixel (row, column), or None."""
        if not self._drawn:
            return None
        r, y = divmod(row, self._tile)
        c, x = divmod(column, self._tile)
        index = r * self._columns + c
        side = self._drawn[0].shape[0]
        if not (0 <= index < len(self._drawn) and 0 <= y < side and 0 <= x < side and 0 <= c < self._columns):
            return None
        return self._panels[index][0], y, x, float(self._drawn[index][y, x])

    def _hovered(self, position) -> None:
        found = None
        if self._drawn and self.box.sceneBoundingRect().contains(position):
            point = self.box.mapSceneToView(position)
            found = self.weight_at(int(np.floor(point.y())), int(np.floor(point.x())))
        if found is not None:
            title, y, x, value = found
            self.hover_label.setText(translate("WeightsView", "{title}, pixel ({y}, {x}): weight {value}").format(
                title=title, y=y, x=x, value=format_number(value, "+.4g")))
        self.title.setVisible(found is None)
        self.hover_label.setVisible(found is not None)

    def set_presentation(self, on: bool) -> None:
        self._presenting = on
        # the channel is chosen while preparing; presenting, the title keeps one line in doubled type
        self.channel_combo.setVisible(self._colour and not on)
        font = self.hover_label.font()
        font.setPointSize(16 if on else 9)
        self.hover_label.setFont(font)
        self.title.setFont(font)
        self.legend.setFont(font)
        ticks = QFont()
        ticks.setPixelSize(PRESENTATION_TICK_PX if on else TICK_PX)  # ≥ 20 px from the back of a room, as the plots'
        self.colour_bar.axis.setTickFont(ticks)
        self._fit_bar_labels(ticks.pixelSize())
        self._redraw()

    def _fit_bar_labels(self, pixels: int) -> None:
        """Room above and below the colour bar for half a tick label: the scale ends on round values, whose labels
        are centred on the bar's very ends and were cut in half there."""
        half = pixels // 2 + 1
        self.colour_bar.setContentsMargins(0, half, 0, half)

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 220))
        return hint

