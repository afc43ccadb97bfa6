"""The Train tab's settings form: a view of the state's draft settings.

It shows ``state.draft`` and writes every edit back into it; it never decides
what the settings become after a run, a lesson or new data (the session, the
lesson and :class:`~lrgui.session.draft.DraftFollowsData` set the draft, the
form follows). Switching the model brings that model's defaults.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lrgui.data.schema import MAX_EPOCHS, MAX_HIDDEN
from lrgui.gui.spinboxes import LearningRateSpinBox
from lrgui.gui.widgets import WholeTextComboBox
from lrgui.kinds import all_kinds, kind_named
from lrgui.kinds.base import Setting
from lrgui.session.draft import default_settings, preset
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.kinds.mlp import ACTIVATIONS
from lrgui.session.settings import TrainingSettings, model_titles
from lrgui.session.state import AppState

#: The pace choices: (label, seconds the run is shown over; None = as fast as possible).
PACES = [(QT_TRANSLATE_NOOP("SettingsForm", "as fast as possible"), None),
         (QT_TRANSLATE_NOOP("SettingsForm", "show over 5 s"), 5.0),
         (QT_TRANSLATE_NOOP("SettingsForm", "show over 10 s"), 10.0),
         (QT_TRANSLATE_NOOP("SettingsForm", "show over 30 s"), 30.0)]


class SettingsForm(QWidget):
    """Model, learning rate, iterations; recording and pace; the network's settings."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self._rendering = False
        self._build()
        state.events.draft.connect(self.render)
        if state.draft is None:  # a form on a state no rule keeps a draft for
            state.set_draft(self.defaults(self.model_combo.currentData()))
        else:
            self.render(state.draft)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.main_box = QGroupBox(translate("SettingsForm", "Model and training"))
        form = QFormLayout(self.main_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow column (notes beside doubled type): fields go under their labels
        self.model_combo = WholeTextComboBox()  # never elided, in presentation beside the notes too
        self.model_combo.setObjectName("modelCombo")
        for key, name in model_titles().items():
            self.model_combo.addItem(translate("ModelKind", name), key)
        self.model_combo.setToolTip(translate("SettingsForm", "Logistic regression: one sigmoid neuron. Neural network: one hidden layer."))
        form.addRow(translate("SettingsForm", "Model:"), self.model_combo)
        self.lr_spin = LearningRateSpinBox()
        self.lr_spin.setObjectName("learningRateSpin")
        self.lr_spin.setToolTip(translate("SettingsForm", "Step size of gradient descent (arrows step 1–2–5 per decade)"))
        form.addRow(translate("SettingsForm", "Learning rate:"), self.lr_spin)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setObjectName("epochsSpin")
        self.epochs_spin.setRange(1, MAX_EPOCHS)  # the settings' own upper limit (docs/limits.md)
        self.epochs_spin.setGroupSeparatorShown(True)
        self.epochs_spin.setSingleStep(100)
        self.epochs_spin.setToolTip(translate("SettingsForm", "Gradient-descent iterations (epochs for the network)"))
        self.epochs_label = QLabel(translate("SettingsForm", "Iterations:"))
        form.addRow(self.epochs_label, self.epochs_spin)
        layout.addWidget(self.main_box)

        # the secondary settings: the tab puts them in its scrolling area
        self.more_box = QGroupBox(translate("SettingsForm", "Recording and pace"))
        more = QFormLayout(self.more_box)
        more.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow column (notes beside doubled type): fields go under their labels
        self.record_spin = QSpinBox()
        self.record_spin.setObjectName("recordEverySpin")
        self.record_spin.setRange(0, 1_000_000)
        # 0 is "auto": the network chooses from the data's size, so that recording costs under 10 % of training
        self.record_spin.setSpecialValueText(translate("SettingsForm", "auto"))
        self.record_spin.setGroupSeparatorShown(True)
        self.record_spin.setToolTip(translate("SettingsForm", "How often the cost, the accuracies and the weights are recorded: every N "
                                    "iterations (epochs). Smaller: a finer curve and replay, a slower run"))
        self.record_label = QLabel(translate("SettingsForm", "Record every:"))
        more.addRow(self.record_label, self.record_spin)
        self.pace_combo = QComboBox()
        self.pace_combo.setObjectName("paceCombo")
        for text, seconds in PACES:
            self.pace_combo.addItem(translate("SettingsForm", text), seconds)
        self.pace_combo.setToolTip(translate("SettingsForm", "Spread the run over a few seconds so a class can follow it; "
                                   "Pause and Step still answer at once"))
        more.addRow(translate("SettingsForm", "Pace:"), self.pace_combo)

        self.network_box = QGroupBox(translate("SettingsForm", "Neural network"))
        net = QFormLayout(self.network_box)
        net.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow column (notes beside doubled type): fields go under their labels
        self.hidden_spin = QSpinBox()
        self.hidden_spin.setObjectName("hiddenSpin")
        self.hidden_spin.setRange(1, MAX_HIDDEN)
        self.activation_combo = QComboBox()
        self.activation_combo.setObjectName("activationCombo")
        self.activation_combo.addItems(ACTIVATIONS)
        self.batches_spin = QSpinBox()
        self.batches_spin.setObjectName("batchesSpin")
        self.batches_spin.setRange(1, 100_000)
        self.batches_spin.setToolTip(translate("SettingsForm", "Minibatches per epoch (1 = full-batch gradient descent)"))
        self.l2_spin = LearningRateSpinBox()
        self.l2_spin.setObjectName("l2Spin")
        self.l2_spin.setRange(0.0, 1000.0)
        self.l2_spin.setToolTip(translate("SettingsForm", "L2 penalty (l2/2)·||W||² on the weights"))
        self.l1_spin = LearningRateSpinBox()
        self.l1_spin.setObjectName("l1Spin")
        self.l1_spin.setRange(0.0, 1000.0)
        self.l1_spin.setToolTip(translate("SettingsForm", "L1 penalty l1·|W| on the weights"))
        for penalty in (self.l2_spin, self.l1_spin):
            penalty.setValue(0.0)  # no penalty until one is chosen
        self.standardize_check = QCheckBox(translate("SettingsForm", "Standardise inputs (zero mean, unit variance)"))
        self.standardize_check.setObjectName("standardizeCheck")
        net.addRow(translate("SettingsForm", "Hidden units:"), self.hidden_spin)
        net.addRow(translate("SettingsForm", "Activation:"), self.activation_combo)
        net.addRow(translate("SettingsForm", "Minibatches:"), self.batches_spin)
        net.addRow(translate("SettingsForm", "L2 penalty:"), self.l2_spin)
        net.addRow(translate("SettingsForm", "L1 penalty:"), self.l1_spin)
        net.addRow(self.standardize_check)

        #: the widget of each setting, by the setting's name; a kind's settings that have none here get one
        #: generated from the setting's field in its own box (:meth:`_generated_box`)
        self.fields: dict[str, QWidget] = {
            "learning_rate": self.lr_spin, "epochs": self.epochs_spin, "record_every": self.record_spin,
            "hidden": self.hidden_spin, "activation": self.activation_combo, "batches": self.batches_spin,
            "l2": self.l2_spin, "l1": self.l1_spin, "standardize": self.standardize_check,
        }
        #: the network box's widgets, shown (and read) for a kind that has its settings
        self.network_fields = ("hidden", "activation", "batches", "l2", "l1", "standardize")
        self.generated_boxes: dict[str, QGroupBox] = {}
        for kind in all_kinds():
            self._generated_box(kind)

        self.model_combo.currentIndexChanged.connect(self._model_switched)
        for spin in (self.lr_spin, self.epochs_spin, self.record_spin, self.hidden_spin, self.batches_spin,
                     self.l2_spin, self.l1_spin):
            spin.valueChanged.connect(self._edited)
        self.activation_combo.currentIndexChanged.connect(self._edited)
        self.standardize_check.toggled.connect(self._edited)

    def _generated_box(self, kind) -> None:
        """A box with a widget for each of ``kind``'s settings the form has none for, made from its field."""
        shown = {s.exclusive for s in kind.settings if s.exclusive and s.name in self.fields}
        # one widget per group of settings that say one thing two ways (minibatches, not also a batch size)
        missing = [setting for setting in kind.settings
                   if setting.name not in self.fields and not (setting.exclusive and setting.exclusive in shown)]
        if not missing:
            return
        box = QGroupBox(translate("ModelKind", kind.title))
        box.setObjectName(f"{kind.name}SettingsBox")
        rows = QFormLayout(box)
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for setting in missing:
            widget = _field_widget(setting)
            widget.setObjectName(f"{kind.name}_{setting.name}Field")
            widget.setToolTip(translate("ModelKind", setting.help))
            widget.setAccessibleName(translate("ModelKind", setting.title))
            rows.addRow(translate("ModelKind", setting.title) + ":", widget)
            self.fields[setting.name] = widget
            _changed_signal(widget).connect(self._edited)
        box.setVisible(False)
        self.main_box.layout().addRow(box)
        self.generated_boxes[kind.name] = box

    # ----------------------------------------------------------------- values
    @property
    def pace_seconds(self) -> float | None:
        return self.pace_combo.currentData()

    def _preset(self) -> dict:
        return preset(self.state)

    def defaults(self, kind: str) -> TrainingSettings:
        """A model's defaults with the loaded data's preset."""
        return default_settings(self.state, kind)

    def commit_typed_values(self) -> None:
        """What is typed in a spin box counts even before Enter: every action starts with this."""
        # the form's boxes by name: the tab places the secondary ones in its scrolling area, away from this widget
        for spin in (self.lr_spin, self.epochs_spin, self.record_spin, self.hidden_spin, self.batches_spin,
                     self.l2_spin, self.l1_spin):
            spin.interpretText()

    def read(self) -> TrainingSettings:
        """The settings as the widgets show them."""
        kind = self.model_combo.currentData()
        draft = self.state.draft
        values = dict(model=kind, seed=draft.seed if draft is not None else 0)  # the seed: the lesson's or 0
        own = {setting.name for setting in kind_named(kind).settings}
        network = self._shows_network_box(own)
        for name in own:
            widget = self.fields.get(name)
            if widget is not None and (network or name not in self.network_fields):
                values[name] = _widget_value(widget)
        if "record_every" in own:
            values["record_every"] = self.record_spin.value() or None  # 0 is "auto"
        if network:  # the network box's standardisation goes with its kind's settings
            values["standardize"] = self.standardize_check.isChecked()
        return TrainingSettings.of(**values).with_preset(self._preset())

    def settings(self) -> TrainingSettings:
        """What is typed now, written into the draft: the settings the next run uses."""
        self.commit_typed_values()
        settings = self.read()
        self.state.set_draft(settings)
        return settings

    # ---------------------------------------------------------- intentions
    def _edited(self, *_) -> None:
        if not self._rendering:
            self.state.set_draft(self.read())

    def _model_switched(self, *_) -> None:
        """Switching the model switches every setting to that model's defaults (and the data's preset)."""
        if not self._rendering:
            self.state.set_draft(self.defaults(self.model_combo.currentData()))

    # -------------------------------------------------------------- render
    def render(self, settings: TrainingSettings | None) -> None:
        """Puts the draft in the widgets, without their edits echoing back."""
        if settings is None:
            return
        self._rendering = True
        try:
            self.model_combo.setCurrentIndex(self.model_combo.findData(settings.model))
            if settings.learning_rate is not None:
                self.lr_spin.setValue(settings.learning_rate)
            if settings.epochs is not None:
                self.epochs_spin.setValue(settings.epochs)
            self.record_spin.setValue(settings.record_every or 0)
            kind = kind_named(settings.model)
            own = {setting.name for setting in kind.settings}
            network = self._shows_network_box(own)
            self.record_label.setText(
                translate("SettingsForm", "Record every ({steps}):").format(
                    steps=translate("StepWord", kind.step_word())) if kind.step != "iteration"
                else translate("SettingsForm", "Record every:"))
            self.network_box.setVisible(network)
            self.epochs_label.setText(translate("SettingsForm", "{steps}:").format(
                steps=translate("StepWord", kind.step_word()).capitalize()))
            for widget in (self.lr_spin, self.epochs_spin, self.epochs_label):
                widget.setVisible(kind.iterates)
            for name, box in self.generated_boxes.items():
                box.setVisible(name == kind.name)
            if network:  # the logistic regression's draft leaves the network's boxes as they are
                self.hidden_spin.setValue(settings.hidden or self.hidden_spin.value())
                self.activation_combo.setCurrentText(settings.activation or self.activation_combo.currentText())
                self.batches_spin.setValue(settings.batches or 1)
                self.l1_spin.setValue(settings.l1 or 0.0)
                self.l2_spin.setValue(settings.l2 or 0.0)
                self.standardize_check.setChecked(bool(settings.standardize))
            for name in own - set(self.network_fields) - {"learning_rate", "epochs", "record_every"}:
                if settings.get(name) is not None and name in self.fields:
                    _set_widget_value(self.fields[name], settings.get(name))
        finally:
            self._rendering = False

    def _shows_network_box(self, own: set) -> bool:
        """The network box is for a kind with hidden units, minibatches or an L1 penalty."""
        return bool(own & {"hidden", "activation", "batches", "l1"})

    def set_editable(self, editable: bool) -> None:
        for widget in (self.model_combo, self.lr_spin, self.epochs_spin, self.network_box, self.record_spin,
                       self.pace_combo, *self.generated_boxes.values()):
            widget.setEnabled(editable)


# ------------------------------------------------------------ widgets made from a setting's field
def _field_widget(setting: Setting) -> QWidget:
    field = setting.field
    if field.kind == "bool":
        return QCheckBox()
    if field.kind == "choice":
        combo = QComboBox()
        combo.addItems([str(choice) for choice in field.choices])
        return combo
    if field.kind == "int":
        spin = QSpinBox()
        spin.setRange(int(field.minimum if field.minimum is not None else 0),
                      int(min(field.maximum if field.maximum is not None else 2**31 - 1, 2**31 - 1)))
        spin.setGroupSeparatorShown(True)
        return spin
    spin = LearningRateSpinBox()  # numbers: any decimal or scientific notation, exactly as typed
    spin.setRange(float(field.minimum if field.minimum is not None else 0.0),
                  float(field.maximum if field.maximum is not None else 1e6))
    return spin


def _changed_signal(widget: QWidget):
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    return widget.valueChanged


def _widget_value(widget: QWidget):
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.value()


def _set_widget_value(widget: QWidget, value) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentText(str(value))
    else:
        widget.setValue(value)

