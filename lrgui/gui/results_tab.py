"""The Results tab: the current model's confusion matrix, per-class rates and galleries of the images behind them.

The model is evaluated once per (model, data, set) in a worker — predicting a
few thousand 64×64 colour images takes longer than a frame — and a result that
arrives after the model or data changed again is dropped. Everything else
(percentages, the threshold slider, the galleries) is derived from that one
:class:`~lrgui.session.evaluation.Evaluation` on the UI thread.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lrgui.data import ImageReadError, open_image
from lrgui.data.images import pixels_to_image
from lrgui.errors import UserError
from lrgui.gui.explain_view import show_explanation
from lrgui.gui.gallery import Gallery, short_name
from lrgui.gui.exclusions_box import ExclusionsBox
from lrgui.gui.results_layout import arrange_tables
from lrgui.gui.tables import FittedTable
from lrgui.gui.widgets import show_error
from lrgui.session.evaluation import DEFAULT_THRESHOLD, Evaluation, evaluate
from lrgui.session.i18n import translate
from lrgui.session.wording import format_int, format_count, format_percent

TEST, TRAINING = "test", "training"
RIGHT_COLOUR, WRONG_COLOUR = "#38761d", "#a61c00"


def evaluation_task(model, dataset):
    def task(report, should_stop):
        return evaluate(model, dataset.X, [str(y) for y in dataset.y], dataset.paths)

    return task


class ResultsTab(QWidget):
    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, state, workers, parent=None):
        super().__init__(parent)
        self.setObjectName("resultsTab")
        self.state = state
        self.workers = workers
        #: the evaluation at the model's own threshold, and the one shown (at the slider's threshold)
        self.base: Evaluation | None = None
        self.evaluation: Evaluation | None = None
        self.dataset = None  # the Dataset evaluated
        self.gallery_title = ""
        self._gallery_source: tuple | None = None  # ("cell", true, predicted) or ("mistakes",)
        self._evaluating = workers.runner("evaluating")  # a new evaluation cancels the last
        self._generation = 0
        self._build()
        for change in ("model", "data"):
            state.subscribe(change, self.refresh)
        state.subscribe("exclusions", self._show_exclusions)
        self.refresh()
        self._show_exclusions()

    # -------------------------------------------------------------------- build
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.set_combo = QComboBox()
        self.set_combo.setObjectName("resultsSetCombo")
        self.set_combo.addItem(translate("ResultsTab", "Test set"), TEST)
        self.set_combo.addItem(translate("ResultsTab", "Training set"), TRAINING)
        self.set_combo.currentIndexChanged.connect(self.refresh)
        self.percent_check = QCheckBox(translate("ResultsTab", "Percent of each true class"))
        self.percent_check.setObjectName("percentCheck")
        self.percent_check.toggled.connect(self._show_matrix)
        self.mistakes_button = QPushButton(translate("ResultsTab", "Mistakes"))
        self.mistakes_button.setObjectName("mistakesButton")
        self.mistakes_button.setToolTip(translate("ResultsTab", "Every misclassified image, most confidently wrong first"))
        self.mistakes_button.clicked.connect(self.show_mistakes)
        bar.addWidget(QLabel(translate("ResultsTab", "Evaluate on")))
        bar.addWidget(self.set_combo)
        bar.addWidget(self.percent_check)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.summary = QLabel()
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        threshold_row = QHBoxLayout()
        self.threshold_label = QLabel()
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setObjectName("thresholdSlider")
        self.threshold_slider.setRange(1, 99)
        self.threshold_slider.setValue(round(DEFAULT_THRESHOLD * 100))
        self.threshold_slider.valueChanged.connect(self._threshold_changed)
        threshold_row.addWidget(self.threshold_label)
        threshold_row.addWidget(self.threshold_slider, 1)
        self.threshold_box = QWidget()
        self.threshold_box.setLayout(threshold_row)
        layout.addWidget(self.threshold_box)

        # the tables side by side (one above the other when the screen is too narrow for both), each exactly as
        # tall as its rows; the images get the rest of the height
        self.tables_layout = tables = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.matrix = FittedTable()
        self.matrix.setObjectName("confusionMatrix")
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setToolTip(translate("ResultsTab", "Rows: the true class; columns: the predicted class. Click a cell to see its images."))
        self.matrix.cellClicked.connect(self.show_cell)
        self.rates = FittedTable()
        self.rates.setObjectName("perClassTable")
        self.rates.setToolTip(translate("ResultsTab", "Precision: of the images predicted this class, the share that are. "
                              "Recall: of the images of this class, the share found."))
        # the rates' rows are the matrix's rows, side by side: one set of class names (and one scroll position)
        # leaves room for both at twice the font in presentation mode
        self.rates.verticalHeader().setVisible(False)
        self.matrix.verticalScrollBar().valueChanged.connect(self.rates.verticalScrollBar().setValue)
        self.rates.verticalScrollBar().valueChanged.connect(self.matrix.verticalScrollBar().setValue)
        # short titles: a long one would set the tab's width (too wide in presentation mode)
        matrix_box = QGroupBox(translate("ResultsTab", "Confusion matrix (true ↓, predicted →)"))
        QVBoxLayout(matrix_box).addWidget(self.matrix)
        rates_box = QGroupBox(translate("ResultsTab", "Per class"))
        QVBoxLayout(rates_box).addWidget(self.rates)
        self.matrix_box, self.rates_box = matrix_box, rates_box
        tables.addWidget(matrix_box, 3)
        tables.addWidget(rates_box, 2)

        self.exclusions_box = ExclusionsBox(self.state)
        self.exclusions_list, self.include_button = self.exclusions_box.list, self.exclusions_box.include_button
        tables.addWidget(self.exclusions_box, 2)
        layout.addLayout(tables)

        gallery_row = QHBoxLayout()
        self.gallery_label = QLabel(translate("ResultsTab", "Click a cell of the matrix, or Mistakes, to see the images."))
        self.gallery_label.setObjectName("galleryLabel")
        self.gallery_label.setWordWrap(True)
        self.explain_button = QPushButton(translate("ResultsTab", "Explain…"))
        self.explain_button.setObjectName("explainButton")
        self.explain_button.clicked.connect(self._explain_selected)
        self.exclude_button = QPushButton(translate("ResultsTab", "Exclude from training"))
        self.exclude_button.setObjectName("excludeButton")
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.draw_button = QPushButton(translate("ResultsTab", "Draw over it"))
        self.draw_button.setObjectName("drawOverButton")
        self.draw_button.setToolTip(translate("ResultsTab", "Open the selected picture on the Draw tab, to paint over it"))
        self.draw_button.clicked.connect(self.draw_over_selected)
        # with the buttons acting on the images, not in the top bar: there it made the tab too wide for the notes
        gallery_row.addWidget(self.mistakes_button)
        gallery_row.addWidget(self.explain_button)
        gallery_row.addWidget(self.draw_button)
        gallery_row.addWidget(self.exclude_button)
        gallery_row.addStretch(1)
        self.gallery = Gallery()
        self.gallery.setObjectName("resultsGallery")
        self.gallery.setAccessibleName(translate("ResultsTab", "Images of the chosen cell"))
        self.gallery.setMinimumHeight(60)
        self.gallery.explainRequested.connect(self.explain_row)
        self.gallery.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.gallery_label)  # a row of its own: the buttons keep their whole words in every language
        layout.addLayout(gallery_row)
        layout.addWidget(self.gallery, 1)
        self._presenting = False

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the matrix, the rates and the images; the list of exclusions is for the teacher."""
        self._presenting = on
        self._show_exclusions()

    def _arrange_tables(self) -> None:
        """Side by side when both fit the screen's width whole, else one above the other (results_layout)."""
        arrange_tables(self)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._arrange_tables)  # once the tables have measured their new font

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._arrange_tables)  # a notes dock may have come or gone meanwhile

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._arrange_tables)

    # ---------------------------------------------------------------- evaluate
    @property
    def which(self) -> str:
        return self.set_combo.currentData()

    def _dataset(self):
        data = self.state.data
        if data is None:
            return None
        if self.which == TEST:
            return data.test
        return data.train

    @Slot()
    def refresh(self) -> None:
        """Evaluates the current model on the chosen set in a worker (the previous run is dropped)."""
        self._generation += 1
        if self._evaluating.job is not None:
            self._evaluating.cancel()
            self.busyChanged.emit(False)
        self.base = self.evaluation = None
        self.dataset = None
        self._gallery_source = None
        self.gallery.clear()
        self.gallery.forget_tiles()
        model, dataset = self.state.model, self._dataset()
        if model is None:
            self._show_empty(translate("ResultsTab", "<b>No model yet.</b> Train one on the Train tab, or open a model file."))
            return
        if dataset is None or not len(dataset):
            self._show_empty(translate("ResultsTab", "No test set: hold out a share of the images on the Data tab, or "
                                       "choose the training set.") if self.state.data is not None else
                             translate("ResultsTab", "Load images on the Data tab to see how the model does."))
            return
        self._show_empty(translate("ResultsTab", "Evaluating the model on {images}…").format(
            images=format_count(len(dataset), "image")))
        generation = self._generation
        self._evaluating.start(evaluation_task(model, dataset),
                               result=lambda result: self._evaluated(generation, dataset, result),
                               failure=lambda error, details: self._failed(generation, error, details),
                               finish=self._job_finished)
        self.busyChanged.emit(True)

    @property
    def is_evaluating(self) -> bool:
        return self._evaluating.job is not None

    def _job_finished(self) -> None:
        self._evaluating.job = None
        self.busyChanged.emit(False)

    def _evaluated(self, generation: int, dataset, evaluation: Evaluation) -> None:
        if generation != self._generation:  # the model, data or set changed meanwhile
            return
        self.dataset = dataset
        self.base = evaluation
        self._apply_threshold()

    def _failed(self, generation: int, error, details: str) -> None:
        if generation != self._generation:
            return
        if isinstance(error, UserError):
            self._show_empty(f"<span style='color:#b00020'>{error}</span>")
        else:
            self._show_empty(translate("ResultsTab", "The evaluation failed."))
            show_error(self, translate("ResultsTab", "Evaluation failed"), translate("ResultsTab", "Unexpected error while evaluating: {error}").format(error=error), details)

    def _show_empty(self, text: str) -> None:
        self.summary.setText(text)
        self.matrix.clear()
        self.matrix.setRowCount(0)
        self.matrix.setColumnCount(0)
        self.rates.clear()
        self.rates.setRowCount(0)
        self.rates.setColumnCount(0)
        self.matrix.refit()
        self.rates.refit()
        self._arrange_tables()
        self.threshold_box.setVisible(False)
        self.gallery_label.setText(translate("ResultsTab", "Click a cell of the matrix, or Mistakes, to see the images."))
        self._update_buttons()

    # --------------------------------------------------------------- threshold
    @property
    def threshold(self) -> float:
        return self.threshold_slider.value() / 100

    def set_threshold(self, threshold: float) -> None:
        self.threshold_slider.setValue(round(threshold * 100))

    @Slot(int)
    def _threshold_changed(self, _value: int) -> None:
        self._apply_threshold()

    def _apply_threshold(self) -> None:
        if self.base is None:
            return
        two = len(self.base.classes) == 2
        self.evaluation = self.base.with_threshold(self.threshold) if two else self.base
        self.threshold_box.setVisible(two)
        if two:
            self.threshold_label.setText(
                translate("ResultsTab", "Decision threshold {value}: '{name}' when its probability is above it").format(
                    value=f"{self.threshold:.2f}", name=self.base.classes[1]))
        self._show_summary()
        self._show_matrix()
        self._show_rates()
        self._show_gallery()

    # ------------------------------------------------------------------- views
    def _show_summary(self) -> None:
        ev = self.evaluation
        where = translate("ResultsTab", "test set") if self.which == TEST else translate("ResultsTab", "training set")
        text = translate("ResultsTab", "<b>{percent}</b> right on the {set} ({images}) — {baseline}").format(
            percent=format_percent(ev.accuracy), set=where, images=format_count(ev.n, "image"),
            baseline=ev.baseline_text())
        model = self.state.model
        if model is not None and getattr(model.estimator, "diverged_", False):
            # the same word as the Train tab's headline: these are the last finite weights of a run that blew up
            text = translate("ResultsTab", "<b style='color:#b00020'>Diverged</b>: the cost exploded (the learning rate "
                             "is too large); the last finite weights get {percent} on the {set} ({images}) — "
                             "{baseline}").format(percent=format_percent(ev.accuracy), set=where,
                                                  images=format_count(ev.n, "image"), baseline=ev.baseline_text())
        if ev.skipped:
            text += "<br>" + translate("ResultsTab", "{images} of classes the model does not know left out.").format(
                images=format_count(len(ev.skipped), "image"))
        self.summary.setText(text)

    @Slot()
    def _show_matrix(self) -> None:
        ev = self.evaluation
        if ev is None:
            return
        k = len(ev.classes)
        self.matrix.clear()
        self.matrix.setRowCount(k)
        self.matrix.setColumnCount(k)
        self.matrix.setHorizontalHeaderLabels(list(ev.classes))
        self.matrix.setVerticalHeaderLabels(list(ev.classes))
        fractions = ev.row_fractions
        percent = self.percent_check.isChecked()
        for t in range(k):
            for p in range(k):
                count = int(ev.confusion_matrix[t, p])
                fraction = fractions[t][p]
                text = format_percent(fraction) if percent else format_int(count)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(translate("ResultsTab", "true {true}, predicted {predicted}: {count} ({percent} of "
                                          "{true})").format(true=repr(ev.classes[t]), predicted=repr(ev.classes[p]),
                                                            count=format_int(count), percent=format_percent(fraction)))
                strength = 0.0 if fraction is None else fraction
                base = QColor(RIGHT_COLOUR if t == p else WRONG_COLOUR)
                base.setAlphaF(0.08 + 0.5 * strength if count else 0.0)
                item.setBackground(QBrush(base))
                self.matrix.setItem(t, p, item)
        self.matrix.refit()
        self._arrange_tables()

    def _show_rates(self) -> None:
        ev = self.evaluation
        rates = ev.per_class
        self.rates.clear()
        self.rates.setRowCount(len(rates))
        self.rates.setColumnCount(3)
        self.rates.setHorizontalHeaderLabels([translate("ResultsTab", "precision"), translate("ResultsTab", "recall"), translate("ResultsTab", "images")])
        self.rates.setVerticalHeaderLabels([r.name for r in rates])
        for i, r in enumerate(rates):
            for j, text in enumerate((format_percent(r.precision), format_percent(r.recall), format_int(r.support))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.rates.setItem(i, j, item)
        self.rates.refit()
        self._arrange_tables()

    # --------------------------------------------------------------- galleries
    @Slot(int, int)
    def show_cell(self, true_index: int, predicted_index: int) -> None:
        if self.evaluation is None:
            return
        self._gallery_source = ("cell", self.evaluation.classes[true_index], self.evaluation.classes[predicted_index])
        self._show_gallery()

    def show_mistakes(self) -> None:
        if self.evaluation is None:
            return
        self._gallery_source = ("mistakes",)
        self._show_gallery()

    def _show_gallery(self) -> None:
        ev, source = self.evaluation, self._gallery_source
        if ev is None or source is None:
            self.gallery.clear()
            self._update_buttons()
            return
        if source[0] == "cell":
            _, true, predicted = source
            rows = ev.cell(true, predicted)
            kind = (translate("ResultsTab", "right") if true == predicted
                    else translate("ResultsTab", "wrong, most confidently wrong first"))
            self.gallery_title = translate("ResultsTab", "True '{true}', predicted '{predicted}': {images} ({kind})").format(
                true=true, predicted=predicted, images=format_count(len(rows), "image"), kind=kind)
        else:
            rows = ev.mistakes()
            self.gallery_title = translate("ResultsTab", "Mistakes: {images}, most confidently wrong first").format(
                images=format_count(len(rows), "image"))
        self.gallery_label.setText(self.gallery_title + translate("ResultsTab", ". Double-click an image to see why."))
        if rows == self.gallery.rows():
            # the same images are in the same cell, so predicted the same: moving the threshold slider
            # keeps the tiles (and the selection) instead of redrawing hundreds of them per step
            self._update_buttons()
            return
        judgements = [ev.judgement(row) for row in rows]
        probabilities = ev.probabilities[np.searchsorted(ev.rows, rows)] if rows else np.empty((0, len(ev.classes)))
        captions = [f"{j.predicted} {format_percent(j.probability)}" for j in judgements]  # the tooltip's rounding
        colours = [RIGHT_COLOUR if j.correct else WRONG_COLOUR for j in judgements]
        tooltips = [
            (j.path or translate("ResultsTab", "row {number}").format(number=j.row)) + "\n"
            + translate("ResultsTab", "true: {true}  predicted: {predicted}").format(true=j.true, predicted=j.predicted)
            + "\n"
            + "  ".join(f"{name} {format_percent(p)}" for name, p in zip(ev.classes, probs))
            for j, probs in zip(judgements, probabilities)
        ]
        names = [short_name(j.path, j.row) for j in judgements]
        self.gallery.show_rows(rows, self.dataset.X, self.dataset.image_format, captions, colours, tooltips, names)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.evaluation is not None
        self.mistakes_button.setEnabled(has)
        selected = bool(self.gallery.selectedItems()) if has else False
        self.explain_button.setEnabled(len(self.gallery.selectedItems()) == 1 and has)
        self.draw_button.setEnabled(self.explain_button.isEnabled())
        on_training = self.which == TRAINING
        self.exclude_button.setEnabled(selected and on_training and self.dataset is not None
                                       and self.dataset.paths is not None)
        self.exclude_button.setToolTip(
            translate("ResultsTab", "Leave the selected images out of training from the next load on (a mislabelled "
                      "photo)") if on_training
            else translate("ResultsTab", "Test images are never trained on: choose the training set to exclude images "
                           "from training"))
        self.include_button.setEnabled(bool(self.state.exclusions))

    # ----------------------------------------------------------------- explain
    def _explain_selected(self) -> None:
        rows = self.gallery.selected_rows()
        if len(rows) == 1:
            self.explain_row(rows[0])

    @Slot(int)
    def explain_row(self, row: int):
        if self.evaluation is None or self.state.model is None:
            return None
        j = self.evaluation.judgement(row)
        try:
            return show_explanation(self, self.state.model, self.dataset.X[row], j.true, j.path)
        except UserError as error:
            show_error(self, translate("ResultsTab", "Cannot explain"), str(error))
            return None

    def draw_over_selected(self) -> None:
        """The selected picture on the Draw tab: its file at full size when known, else as the model sees it."""
        rows = self.gallery.selected_rows()
        if len(rows) != 1 or self.dataset is None:
            return
        path = self.evaluation.judgement(rows[0]).path if self.evaluation is not None else None
        try:
            image = open_image(path).convert("RGB") if path else None
        except (ImageReadError, OSError):  # moved or unreadable since: the model's own pixels will do
            image = None
        self.state.request_drawing(image or pixels_to_image(self.dataset.X[rows[0]], self.dataset.image_format))

    # -------------------------------------------------------------- exclusions
    def exclude_selected(self) -> None:
        if self.dataset is None or self.dataset.paths is None:
            return
        paths = [self.dataset.paths[row] for row in self.gallery.selected_rows()]
        if paths:
            self.state.exclude(paths)
            self.message.emit(translate("ResultsTab", "{images} excluded from training: they are left out from the next "
                                        "load and training on.").format(images=format_count(len(paths), "image")))

    @Slot()
    def _show_exclusions(self) -> None:
        self.exclusions_box.show_paths(self.state.exclusions, hidden=self._presenting)
        self._arrange_tables()
        self._update_buttons()
