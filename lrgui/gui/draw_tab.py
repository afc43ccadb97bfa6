"""The Draw tab: paint a picture, or paint over a photo, and watch the answer and its reasons change with each stroke.

The canvas paints first; the answer follows on a coalescing timer, so a
quick stroke gives several answers without ever waiting for one: strokes
arriving while the timer runs are folded into its next update, and the
timer's delay grows with the last update's cost (twice it, at least
:data:`MIN_DELAY_MS`), so painting always keeps most of the time.
"""

from __future__ import annotations

import time
from html import escape
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
)

from lrgui.data import ImageReadError, open_image
from lrgui.data.images import IMAGE_EXTENSIONS
from lrgui.errors import UserError
from lrgui.gui.draw_canvas import RESOLUTION, DrawCanvas
from lrgui.gui.draw_views import ContributionsView, HiddenUnitsView, PixelView, ProbabilityBars, array_image
from lrgui.gui.thumbnails import qimage_to_pil
from lrgui.gui.widgets import DropArea, discard, show_error
from lrgui.kinds import kind_of
from lrgui.session import drawing
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.session.wording import format_percent

#: The shortest wait between a stroke and the answer it brings, in milliseconds.
MIN_DELAY_MS = 15
#: Brush sizes offered, in canvas pixels.
BRUSH_RANGE = (2, 96)
BACKGROUNDS = (("plain", QT_TRANSLATE_NOOP("DrawTab", "Plain background")),
               ("mean", QT_TRANSLATE_NOOP("DrawTab", "Mean training image")))
COLOUR_SWATCHES = ((255, 255, 255), (0, 0, 0), (230, 60, 40), (250, 200, 40), (60, 170, 80), (40, 110, 220))
GREY_SWATCHES = ((255, 255, 255), (192, 192, 192), (128, 128, 128), (64, 64, 64), (0, 0, 0))


class DrawTab(DropArea):
    """Draw, or drop a photo and paint over it; the current model answers as the stroke goes."""

    message = Signal(str)

    def __init__(self, state, parent=None):
        super().__init__(accept="images", parent=parent)
        self.setObjectName("drawTab")
        self.state = state
        self.model = None
        self.answer: drawing.LiveAnswer | None = None
        self.flip: drawing.FlipPlan | None = None
        #: answers computed so far, and the seconds the last one took (the benchmark and the tests read them)
        self.update_count = 0
        self._presenting = False
        self._keys: list[tuple[str, str]] = []
        self._weights = None  # the network's hidden units' weight maps, by unit
        self.last_update_seconds = 0.0
        self._timer = QTimer(self, singleShot=True, interval=MIN_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.dropped.connect(self._dropped)
        self.canvas.changed.connect(self._schedule)
        self.canvas.strokeFinished.connect(self._stroke_finished)
        state.subscribe("model", self._model_changed)
        state.events.draw_over.connect(self.start_from)  # "Draw over it" from the Results gallery
        self._model_changed()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        tools = QHBoxLayout()
        self.brush_button = self._tool("drawBrushButton", translate("DrawTab", "&Brush"), "B", translate("DrawTab", "Paint with the brush colour"), checkable=True)
        self.eraser_button = self._tool("drawEraserButton", translate("DrawTab", "&Eraser"), "E",
                                        translate("DrawTab", "Paint the background back (the right mouse button erases too)"), checkable=True)
        self.brush_button.setChecked(True)
        self.brush_button.toggled.connect(lambda on: self.set_erasing(not on))
        self.eraser_button.toggled.connect(self.set_erasing)
        self.size_spin = QSpinBox()
        self.size_spin.setObjectName("drawBrushSizeSpin")
        self.size_spin.setRange(*BRUSH_RANGE)
        self.size_spin.setSuffix(translate("DrawTab", " px"))
        self.size_spin.setAccessibleName(translate("DrawTab", "Brush size"))
        self.size_spin.setToolTip(translate("DrawTab", "Brush size in canvas pixels (the canvas is {size}×{size}); [ and ] "
                                            "change it").format(size=RESOLUTION))
        self.size_spin.valueChanged.connect(self._size_changed)
        self.swatches = QHBoxLayout()
        self.swatches.setSpacing(2)
        self.colour_button = self._tool("drawColourButton", translate("DrawTab", "Colour…"), "C", translate("DrawTab", "Choose any brush colour"))
        self.colour_button.clicked.connect(self.choose_colour)
        tools.addWidget(self.brush_button)
        tools.addWidget(self.eraser_button)
        tools.addWidget(self.size_spin)
        tools.addStretch(1)
        left.addLayout(tools)
        colours = QHBoxLayout()
        colours.addLayout(self.swatches)
        colours.addWidget(self.colour_button)
        colours.addStretch(1)
        left.addLayout(colours)
        self.canvas = DrawCanvas()
        left.addWidget(self.canvas, 1)
        edits = QHBoxLayout()
        self.undo_button = self._tool("drawUndoButton", translate("DrawTab", "Undo"), QKeySequence.StandardKey.Undo, translate("DrawTab", "Undo the last stroke"))
        self.redo_button = self._tool("drawRedoButton", translate("DrawTab", "Redo"), QKeySequence.StandardKey.Redo, translate("DrawTab", "Redo"))
        self.clear_button = self._tool("drawClearButton", translate("DrawTab", "Clear"), "Ctrl+Backspace", translate("DrawTab", "Start again on the background"))
        self.open_button = self._tool("drawOpenButton", translate("DrawTab", "Open image…"), "Ctrl+Shift+I",
                                      translate("DrawTab", "Start from a photo (or drop one here, or paste one with Ctrl+V) and paint over it"))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.redo_button.clicked.connect(self.canvas.redo)
        self.clear_button.clicked.connect(self.clear)
        self.open_button.clicked.connect(self.choose_image)
        self.background_combo = QComboBox()
        self.background_combo.setObjectName("drawBackgroundCombo")
        self.background_combo.setAccessibleName(translate("DrawTab", "Background"))
        self.background_combo.setToolTip(translate("DrawTab", "What an empty canvas shows: the training pictures' border colour, or their "
                                         "average picture"))
        for key, text in BACKGROUNDS:
            self.background_combo.addItem(translate("DrawTab", text), key)
        self.background_combo.activated.connect(lambda _: self.apply_background())
        for widget in (self.undo_button, self.redo_button, self.clear_button, self.open_button):
            edits.addWidget(widget)
        edits.addWidget(self.background_combo)
        edits.addStretch(1)
        left.addLayout(edits)
        layout.addLayout(left, 5)

        right = QVBoxLayout()
        self.verdict = QLabel()
        self.verdict.setObjectName("drawVerdict")
        self.verdict.setAccessibleName(translate("DrawTab", "Prediction"))
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 20px;")
        right.addWidget(self.verdict)
        pictures = QHBoxLayout()
        self.model_eye = PixelView("drawModelEye", translate("DrawTab", "What the model sees"))
        self.model_eye.setToolTip(translate("DrawTab", "The drawing as the model receives it, each of its pixels a square"))
        self.contributions = ContributionsView()
        self.contributions.setToolTip(translate("DrawTab", "Which pixels pushed where: vermillion for the predicted class, blue against it"))
        self.hidden_units = HiddenUnitsView()
        self.hidden_units.setToolTip(translate("DrawTab", "The hidden units' activations; below, the weights of the units that matter most "
                                     "for the predicted class, with their a·W2"))
        self.captions = []
        for view, title in ((self.model_eye, translate("DrawTab", "What the model sees")),
                            (self.contributions, translate("DrawTab", "Which pixels pushed where"))):
            column = QVBoxLayout()
            caption = QLabel(title)
            caption.setWordWrap(True)
            self.captions.append(caption)
            column.addWidget(caption)
            column.addWidget(view, 1)
            pictures.addLayout(column, 1)
        right.addLayout(pictures, 2)
        # under the pictures: beside them the units made the tab 945 px wide, too wide for 1024 px with the notes
        right.addWidget(self.hidden_units, 2)
        self.sum_label = QLabel()
        self.sum_label.setObjectName("drawSum")
        self.sum_label.setWordWrap(True)
        self.sum_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.sum_label)
        actions = QHBoxLayout()
        self.flip_button = self._tool("drawFlipButton", translate("DrawTab", "What would flip it?"), "F",
                                      translate("DrawTab", "Mark the pixels that push hardest towards the runner-up class"), checkable=True)
        self.flip_button.toggled.connect(self.show_flip)
        self.add_button = self._tool("drawAddButton", translate("DrawTab", "Add to class…"), "Ctrl+Shift+A",
                                     translate("DrawTab", "Save the drawing as a PNG into a class folder, to train on it"))
        self.add_button.clicked.connect(self.choose_class_folder)
        actions.addWidget(self.flip_button)
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        right.addLayout(actions)
        self.flip_label = QLabel()
        self.flip_label.setObjectName("drawFlipText")
        self.flip_label.setWordWrap(True)
        right.addWidget(self.flip_label)
        self.bars = ProbabilityBars()
        right.addWidget(self.bars, 3)
        layout.addLayout(right, 4)

        paste = QShortcut(QKeySequence.StandardKey.Paste, self, activated=self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for number in range(1, max(len(COLOUR_SWATCHES), len(GREY_SWATCHES)) + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self, activated=lambda n=number: self._click_swatch(n - 1))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys, step in (("[", -2), ("]", 2)):
            shortcut = QShortcut(QKeySequence(keys), self, activated=lambda s=step: self.size_spin.stepBy(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _tool(self, name: str, text: str, keys, tip: str, checkable: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(checkable)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        sequence = QKeySequence(keys)
        shortcut = QShortcut(sequence, self, activated=button.click)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip} ({shown})" if shown else tip)
        self._keys.append((shown, translate("DrawTab", "Draw tab: {action}").format(
            action=text.replace("&", "").rstrip("…").lower())))
        return button

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) of the tab's own keys, for Help → Keyboard shortcuts."""
        return [*self._keys, ("[  ]", translate("DrawTab", "Draw tab: smaller, larger brush")),
                ("1 … 6", translate("DrawTab", "Draw tab: brush colours")),
                (QKeySequence(QKeySequence.StandardKey.Paste).toString(QKeySequence.SequenceFormat.NativeText),
                 translate("DrawTab", "Draw tab: start from the image on the clipboard"))]

    def _set_swatches(self, colours) -> None:
        while self.swatches.count():
            widget = self.swatches.takeAt(0).widget()
            if widget is not None:
                discard(widget)
        for i, rgb in enumerate(colours):
            swatch = QToolButton()
            swatch.setObjectName(f"drawSwatch_{i}")
            pixmap = QPixmap(16, 16)
            pixmap.fill(QColor(*rgb))
            swatch.setIcon(QIcon(pixmap))
            swatch.setIconSize(QSize(16, 16))
            name = "#%02x%02x%02x" % rgb
            swatch.setAccessibleName(translate("DrawTab", "Brush colour {colour}").format(colour=name))
            swatch.setToolTip(translate("DrawTab", "Brush colour {colour} ({key})").format(colour=name, key=i + 1))
            swatch.clicked.connect(lambda checked=False, c=rgb: self.set_colour(c))
            self.swatches.addWidget(swatch)

    def _click_swatch(self, index: int) -> None:
        swatch = self.findChild(QToolButton, f"drawSwatch_{index}")
        if swatch is not None and swatch.isEnabled():
            swatch.click()

    # ------------------------------------------------------------------- model
    def _model_changed(self) -> None:
        model = self.state.model
        usable = model is not None and model.image_format is not None
        same_pictures = usable and self.model is not None and self.model.image_format == model.image_format
        self.model = model if usable else None
        for widget in (self.canvas, self.brush_button, self.eraser_button, self.size_spin, self.colour_button,
                       self.undo_button, self.redo_button, self.clear_button, self.open_button,
                       self.background_combo, self.flip_button, self.add_button):
            widget.setEnabled(usable)
        self.flip_button.setChecked(False)
        network = usable and kind_of(model.estimator).hidden_units(model.estimator.parameter_snapshot()) is not None
        self.hidden_units.setVisible(network)
        if not usable:
            self.answer = None
            self.verdict.setText(translate("DrawTab", "<b>No model yet.</b> Train one, or open a model file, then draw here.")
                                 if model is None else
                                 translate("DrawTab", "This model does not work on images, so there is nothing to draw."))
            self._show(None)
            return
        self._weights = partial(drawing.unit_weights, model) if network else None
        if same_pictures:  # trained again (on the drawings added, say): the drawing stays, the new model answers
            self.refresh()
            return
        fmt = model.image_format
        self.colour_button.setVisible(not fmt.grayscale and not self._presenting)
        self._set_swatches(GREY_SWATCHES if fmt.grayscale else COLOUR_SWATCHES)
        block = RESOLUTION / fmt.size
        self.size_spin.setValue(int(max(RESOLUTION * 0.08, block * 1.25)))
        self.apply_background(reset=True)

    def training_images(self):
        """The loaded training set, when it is the kind of pictures the model was trained on; else None."""
        data = self.state.data
        if self.model is None or data is None or data.train.image_format != self.model.image_format:
            return None
        return data.train if len(data.train) else None

    def apply_background(self, reset: bool = False) -> None:
        """Starts again on the chosen background (undo goes back, unless a new model ``reset`` the canvas)."""
        if self.model is None:
            return
        self.flip_button.setChecked(False)
        train = self.training_images()
        colour = drawing.plain_background(train) if train is not None else (0, 0, 0)
        if self.background_combo.currentData() == "mean" and train is not None:
            self.canvas.set_background(drawing.mean_image(train), clear=not reset)
        else:
            if self.background_combo.currentData() == "mean":
                self.message.emit(translate("DrawTab", "The mean image needs the training pictures: load them on the Data tab."))
            self.canvas.set_background(colour, clear=not reset)
        if reset:
            self.canvas.reset()
        self.set_colour(drawing.ink_for(colour))

    # ----------------------------------------------------------------- drawing
    def set_erasing(self, on: bool) -> None:
        changed = self.canvas.erasing != bool(on)
        self.canvas.erasing = bool(on)
        for button, checked in ((self.eraser_button, on), (self.brush_button, not on)):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)
        if changed and self.flip_button.isChecked():  # the plan depends on what is painted
            self.show_flip(True)

    def set_colour(self, rgb) -> None:
        self.canvas.brush_colour = QColor(*rgb)
        if self.canvas.erasing:
            self.set_erasing(False)  # which makes a new plan
        elif self.flip_button.isChecked():  # the plan depends on the colour painted with
            self.show_flip(True)

    def clear(self) -> None:
        """Starts again on the background (undo goes back); the flip marks, made for the old drawing, go."""
        self.flip_button.setChecked(False)
        self.canvas.clear()

    def start_from(self, image) -> None:
        """Starts from a picture (a photo, say) to paint over; undo goes back."""
        self.flip_button.setChecked(False)
        self.canvas.set_image(image)

    def choose_colour(self) -> None:
        colour = QColorDialog.getColor(self.canvas.brush_colour, self, translate("DrawTab", "Brush colour"))
        if colour.isValid():
            self.set_colour((colour.red(), colour.green(), colour.blue()))

    def _size_changed(self, value: int) -> None:
        self.canvas.brush_size = float(value)
        self.canvas.update()

    def choose_image(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in sorted(IMAGE_EXTENSIONS))
        path, _ = QFileDialog.getOpenFileName(self, translate("DrawTab", "Start from an image"), "", translate("DrawTab", "Images ({patterns});;All files (*)").format(patterns=patterns))
        if path:
            self.open_image(path)

    def open_image(self, path: str | Path) -> bool:
        try:
            image = open_image(path, draft_size=RESOLUTION)
        except (ImageReadError, OSError) as error:
            show_error(self, translate("DrawTab", "Cannot open the image"), translate("DrawTab", "{file} cannot be used: {error}.").format(file=Path(path).name, error=error))
            return False
        self.start_from(image)
        self.message.emit(translate("DrawTab", "Drawing over {file}").format(file=Path(path).name))
        return True

    @Slot(list)
    def _dropped(self, paths) -> None:
        files = [p for p in paths if Path(p).is_file()]
        if self.model is not None and files:
            self.open_image(files[0])

    def paste(self) -> None:
        image = QApplication.clipboard().image()
        if self.model is not None and not image.isNull():
            self.start_from(qimage_to_pil(image))
        elif self.model is not None:
            self.message.emit(translate("DrawTab", "The clipboard holds no image."))

    # ----------------------------------------------------------------- answers
    def _schedule(self) -> None:
        if self.model is not None and not self._timer.isActive():
            self._timer.start(max(MIN_DELAY_MS, int(2000 * self.last_update_seconds)))

    def _stroke_finished(self) -> None:
        self._timer.stop()
        self.refresh()

    def refresh(self) -> None:
        """Asks the model about the canvas now and shows the answer (the timer calls this during strokes)."""
        self._timer.stop()
        if self.model is None:
            return
        started = time.perf_counter()
        try:
            answer = drawing.live_answer(self.model, self.canvas.image())
        except (UserError, ImageReadError) as error:
            self.verdict.setText(str(error))
            return
        self._show(answer)
        self.update_count += 1
        self.last_update_seconds = time.perf_counter() - started

    def _show(self, answer: drawing.LiveAnswer | None) -> None:
        self.answer = answer
        self.contributions.set_answer(answer)
        self.hidden_units.set_answer(answer, self._weights)
        self.undo_button.setEnabled(self.canvas.can_undo() and self.model is not None)
        self.redo_button.setEnabled(self.canvas.can_redo() and self.model is not None)
        if answer is None:
            self.model_eye.set_image(None)
            self.bars.set_values((), ())
            self.sum_label.setText("")
            self.flip_label.setText("")
            return
        self.model_eye.set_image(array_image(answer.row.reshape(self.model.image_format.shape)))
        self.bars.set_values(answer.classes, answer.probabilities)
        self.verdict.setText(translate("DrawTab", "It looks like <b>{name}</b> ({percent})").format(
            name=escape(answer.predicted), percent=format_percent(answer.probability)))
        self.verdict.setAccessibleDescription(f"{answer.predicted}, {format_percent(answer.probability)}")
        self.sum_label.setText(answer.sum_line())
        self.sum_label.setToolTip(answer.map_explanation())
        if self.flip is not None:
            self.flip_label.setText(self._flip_sentence(self.flip))

    # ---------------------------------------------------------- what would flip
    def show_flip(self, on: bool) -> None:
        """Marks (or unmarks) the pixels to paint with the brush to make the model answer its runner-up."""
        if not on or self.model is None:
            self.flip = None
            self.canvas.set_marks(None)
            self.flip_label.setText("")
            return
        if self.answer is None:
            self.refresh()
        if self.answer is None:  # the canvas could not be read as the model's picture: the verdict says why
            return
        if self.canvas.erasing:  # the eraser paints the background back: plan with that
            background = self.canvas.background()
            self.flip = drawing.flip_plan(self.model, self.answer.row, background.getpixel((0, 0)),
                                          erase_to=background)
        else:
            colour = self.canvas.brush_colour
            self.flip = drawing.flip_plan(self.model, self.answer.row, (colour.red(), colour.green(), colour.blue()))
        self.canvas.set_marks(self.flip.pixels)
        self.flip_label.setText(self._flip_sentence(self.flip))

    def _flip_sentence(self, plan: drawing.FlipPlan) -> str:
        now = self.answer.predicted if self.answer is not None else plan.predicted
        return drawing.flip_sentence(plan, now, self.canvas.erasing)

    # ----------------------------------------------------------- add to class
    def class_folders(self) -> list[tuple[str, Path]]:
        """(class, folder) for each class of the loaded data that lives in a folder of the user's own."""
        train = self.training_images()
        return drawing.class_folders(train) if train is not None else []

    def choose_class_folder(self) -> None:
        menu = QMenu(self)
        menu.setObjectName("drawAddMenu")
        for name, folder in self.class_folders():
            menu.addAction(f"{name}  ({folder})", lambda f=folder: self.add_to_class(f))
        if menu.actions():
            menu.addSeparator()
        menu.addAction(translate("DrawTab", "Another folder, or a new class…"), self._choose_other_folder)
        menu.popup(self.add_button.mapToGlobal(self.add_button.rect().bottomLeft()))

    def _choose_other_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("DrawTab", "Add the drawing to the class folder (make a new one for a new class)"))
        if folder:
            self.add_to_class(folder)

    def add_to_class(self, folder: str | Path) -> Path | None:
        """Saves the drawing as a new PNG in ``folder``; the Data tab loads it with the folder's other images."""
        try:
            written = drawing.save_drawing(self.canvas.image(), folder)
        except UserError as error:
            show_error(self, translate("DrawTab", "Cannot add the drawing"), str(error))
            return None
        self.message.emit(translate("DrawTab", "Saved {file} in {folder}: press Reload on the Data tab to train with it.").format(
            file=written.name, folder=Path(folder).name))
        return written

    # ------------------------------------------------------------ presentation
    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the secondary controls go, the verdict grows (the window doubles every font).

        Leaving, they come back only after the window has its own font again:
        shown at twice the size, they would widen the window past the screen.
        """
        self._presenting = bool(on)
        self.verdict.setStyleSheet("font-size: 28px;" if on else "font-size: 20px;")
        for caption in self.captions:  # the pictures keep their names as tooltips; the room goes to the bars
            caption.setVisible(not on)
        if on:
            self._show_secondary(False)
        else:
            QTimer.singleShot(0, lambda: self._show_secondary(True))

    def _show_secondary(self, shown: bool) -> None:
        shown = shown and not self._presenting  # presentation may have come back before the timer
        for widget in (self.redo_button, self.background_combo, self.open_button):
            widget.setVisible(shown)
        self.colour_button.setVisible(shown and self._colour_model())

    def _colour_model(self) -> bool:
        return self.model is not None and not self.model.image_format.grayscale

