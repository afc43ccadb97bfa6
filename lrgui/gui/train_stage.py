"""The Train tab in presentation mode: a stage for the class rather than a form for the teacher.

Normally the settings, the run's buttons and the headline make a column
beside the plots. In doubled type that column takes half a 1024-pixel screen
(more beside the lesson notes), and the weight pictures shrink to 100 px. On
the stage the column becomes a band across the top — the run's buttons and
the learning rate and iterations, the accuracies side by side — and the plots
get the whole width under it, so a few classes' pictures keep 160 px a side,
with the notes open too. The learning rate and iterations stay in the band
where they fit (1024 px without the notes); beside the notes the curve's
legend names the learning rate, and leaving presentation (F11) brings the
form back. Leaving restores the column, every hidden control and
the widths exactly.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

#: The settings column's width in normal mode: what its controls need, the rest to the curve and the weights.
SIDE_WIDTH = 320
SIDE_MIN_WIDTH = 300
#: Qt's "no maximum" for a widget's size.
NO_LIMIT = 16777215


class TrainStage:
    """Switches a :class:`~lrgui.gui.train_tab.TrainTab` between its column (normal) and its stage (presentation)."""

    def __init__(self, tab):
        self.tab = tab
        self.on = False
        self._hidden: list[QWidget] = []
        self._form_hidden = False
        self._side_policy: QSizePolicy | None = None
        tab.accuracy_label.shown.connect(self.fit)  # a longer headline ("Diverged" and why): a taller band

    def secondary(self) -> tuple:
        """What presentation hides: settings a class need not read, the comparison, the replay's extras."""
        tab, plots = self.tab, self.tab.plots
        return (tab.secondary_area, plots.axes_row, plots.compare_row, plots.comparison_table,
                plots.continue_here_button, tab.time_label, plots.replay_label)

    def set_presentation(self, on: bool) -> None:
        tab = self.tab
        if on == self.on:
            return
        self.on = on
        side = tab.side_widget
        if on:
            self._hidden = [w for w in self.secondary() if not w.isHidden()]
            for widget in self._hidden:
                widget.setVisible(False)
            self._side_policy = side.sizePolicy()
            self._margins = tab.main_layout.contentsMargins()
            tab.main_layout.setContentsMargins(4, 4, 4, 4)  # every pixel of a 1024-pixel screen to the stage
            tab.main_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            tab.side_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            side.setMinimumWidth(0)
            side.setMaximumWidth(NO_LIMIT)
            # the band is as tall as its tallest part (the headline); the plots take the rest of the height
            side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            # in the band the form is the learning rate and the iterations: the model's name (doubled, the
            # widest field) is in the weights' title and the window's own words
            tab.form.main_box.layout().setRowVisible(tab.model_combo, False)
            # nor does the form set the stage's least width: the notes may take their share, and fit() then
            # takes the form out of the band before it is squeezed
            tab.form.setMinimumWidth(1)
            tab.side_layout.setStretchFactor(tab.accuracy_label, 1)
            tab.main_layout.setStretchFactor(tab.plots, 1)
            self.fit()
        else:
            for widget in self._hidden:
                widget.setVisible(True)
            self._hidden = []
            if self._form_hidden:
                tab.form.setVisible(True)
                self._form_hidden = False
            tab.form.main_box.layout().setRowVisible(tab.model_combo, True)
            tab.form.setMinimumWidth(0)
            tab.side_layout.setStretchFactor(tab.accuracy_label, 0)
            tab.side_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            tab.main_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            if self._side_policy is not None:
                side.setSizePolicy(self._side_policy)
                tab.main_layout.setContentsMargins(self._margins)
            side.setMinimumWidth(SIDE_MIN_WIDTH)
            side.setMinimumHeight(0)
            side.setMaximumWidth(SIDE_WIDTH)

    def band_width_needed(self, with_form: bool) -> int:
        """The band's least width: the buttons and a headline whose numbers stay on one line each, and the form."""
        tab = self.tab
        spacing = max(0, tab.side_layout.spacing())
        needed = tab.controls.minimumSizeHint().width() + tab.accuracy_label.least_width() + spacing
        if with_form:
            needed += tab.form.minimumSizeHint().width() + spacing
        margins = tab.main_layout.contentsMargins()
        return needed + margins.left() + margins.right()

    def fit(self) -> None:
        """On the stage, the settings form stays in the band when the tab is wide enough for it."""
        tab = self.tab
        if not self.on:
            return
        fits = tab.width() >= self.band_width_needed(with_form=True)
        if fits == self._form_hidden:  # hidden and now room for it, or shown and now no room
            tab.form.setVisible(fits)
            self._form_hidden = not fits
        # the headline wraps in a narrow band (beside the notes): the band is as tall as all its lines, at the
        # width the band leaves it
        headline, spacing = tab.accuracy_label, max(0, tab.side_layout.spacing())
        margins = tab.main_layout.contentsMargins()
        width = tab.width() - margins.left() - margins.right() - tab.controls.sizeHint().width() - spacing
        if fits:
            width -= tab.form.sizeHint().width() + spacing
        tab.side_widget.setMinimumHeight(headline.heightForWidth(max(headline.minimumWidth(), width)))
