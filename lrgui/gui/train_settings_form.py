"""The Train tab's settings form: a view of the state's draft settings.

It shows ``state.draft`` and writes every edit back into it; it never decides
what the settings become after a run, a lesson or new data (the session, the
lesson and :class:`~lrgui.session.draft.DraftFollowsData` set the draft, the
form follows). Switching the model brings that model's defaults.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lrgui.gui.setting_widgets import changed_signal, field_widget, set_widget_value, widget_value
from lrgui.gui.widgets import WholeTextComboBox, check_box_row
from lrgui.kinds import all_kinds, kind_named
from lrgui.session.draft import default_settings, preset
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.kinds.base import Setting
from lrgui.kinds.settings import CHOSEN_WITH_A_KIND
from lrgui.session.settings import TrainingSettings, model_titles
from lrgui.session.state import AppState

#: The pace choices: (label, seconds the run is shown over; None = as fast as possible).
PACES = [(QT_TRANSLATE_NOOP("SettingsForm", "as fast as possible"), None),
         (QT_TRANSLATE_NOOP("SettingsForm", "show over 5 s"), 5.0),
         (QT_TRANSLATE_NOOP("SettingsForm", "show over 10 s"), 10.0),
         (QT_TRANSLATE_NOOP("SettingsForm", "show over 30 s"), 30.0)]

#: Where a setting's row goes: the main box (never scrolls), the recording box; every other one in the kind's box.
MAIN_SETTINGS = ("learning_rate", "epochs")
RECORDING_SETTINGS = ("record_every",)
#: Settings whose box shows 0 as "auto" (unset: the network chooses from the data's size).
AUTO_WHEN_ZERO = ("record_every",)
#: The window's own words for a setting where the flag's help speaks of the command line (several rates).
FORM_TOOLTIPS = {"learning_rate": QT_TRANSLATE_NOOP("SettingsForm", "Step size of gradient descent (arrows step 1–2–5 per decade)")}


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
        layout.addWidget(self.main_box)

        # the secondary settings: the tab puts them in its scrolling area
        # children of the form until the tab places them: shown before that, a box without a parent would be
        # a window of its own, and take the keyboard from the main window
        self.more_box = QGroupBox(translate("SettingsForm", "Recording and pace"), self)
        more = QFormLayout(self.more_box)
        more.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_box = QGroupBox(self)
        self.kind_box.setObjectName("kindSettingsBox")
        own = QFormLayout(self.kind_box)
        own.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        #: every kind's settings by name, each with the widget made from its field (a name several kinds share
        #: is one widget; its range is the shown kind's)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._rows: dict[str, QFormLayout] = {}
        self._row_of: dict[str, QWidget] = {}  # a row's own widget where it is not the setting's box
        settings = {}
        for kind in all_kinds():
            shown = set()  # one box per group of settings that say one thing two ways (minibatches, not a batch size)
            for setting in (*kind.settings, *CHOSEN_WITH_A_KIND):
                if setting.exclusive and setting.exclusive in shown:
                    continue
                shown.add(setting.exclusive)
                settings.setdefault(setting.name, setting)
        for name, setting in settings.items():
            rows = form if name in MAIN_SETTINGS else more if name in RECORDING_SETTINGS else own
            widget = self._make_widget(setting)
            self.fields[name] = widget
            self._rows[name] = rows
            if isinstance(widget, QCheckBox):  # a check box says what it is, in words that wrap in the column
                self._row_of[name] = row = check_box_row(widget, translate("ModelKind", setting.title))
                rows.addRow(row)
            else:
                label = QLabel(translate("SettingsForm", "{setting}:").format(setting=translate("ModelKind", setting.title)))
                label.setBuddy(widget)
                self.labels[name] = label
                rows.addRow(label, widget)
            changed_signal(widget).connect(self._edited)
        self.pace_combo = QComboBox()
        self.pace_combo.setObjectName("paceCombo")
        for text, seconds in PACES:
            self.pace_combo.addItem(translate("SettingsForm", text), seconds)
        self.pace_combo.setToolTip(translate("SettingsForm", "Spread the run over a few seconds so a class can follow it; "
                                   "Pause and Step still answer at once"))
        more.addRow(translate("SettingsForm", "Pace:"), self.pace_combo)
        self.model_combo.currentIndexChanged.connect(self._model_switched)

    def _make_widget(self, setting: Setting) -> QWidget:
        """The setting's box, from its field; named ``<setting>Spin``, ``…Combo`` or ``…Check`` (the tests' handles)."""
        widget = field_widget(setting)
        if setting.name in AUTO_WHEN_ZERO:  # unset is "auto": the network chooses from the data's size
            widget.setMinimum(0)
            widget.setSpecialValueText(translate("SettingsForm", "auto"))
        if isinstance(widget, QDoubleSpinBox) and setting.name != "learning_rate":
            widget.setValue(0.0)  # a penalty: none until one is chosen
        words = setting.name.split("_")
        suffix = "Check" if isinstance(widget, QCheckBox) else "Combo" if isinstance(widget, QComboBox) else "Spin"
        widget.setObjectName(words[0] + "".join(word.capitalize() for word in words[1:]) + suffix)
        tip = translate("SettingsForm", FORM_TOOLTIPS[setting.name]) if setting.name in FORM_TOOLTIPS else \
            translate("ModelKind", setting.help)
        widget.setToolTip(tip[:1].upper() + tip[1:])
        widget.setAccessibleName(translate("ModelKind", setting.title))
        return widget

    def _show_kind(self, kind) -> None:
        """Shows the rows of ``kind``'s settings, named as the kind names its steps, with its ranges."""
        own = self._shown_settings(kind)
        for name, widget in self.fields.items():
            self._rows[name].setRowVisible(self._row_of.get(name, widget), name in own)
            if name in own and isinstance(widget, QSpinBox) and name not in AUTO_WHEN_ZERO:
                field = own[name].field
                widget.setRange(int(field.minimum if field.minimum is not None else 0),
                                int(min(field.maximum if field.maximum is not None else 2**31 - 1, 2**31 - 1)))
        steps = translate("StepWord", kind.step_word())
        if "epochs" in own:
            self.labels["epochs"].setText(translate("SettingsForm", "{steps}:").format(steps=steps.capitalize()))
        if "record_every" in own:
            self.labels["record_every"].setText(
                translate("SettingsForm", "Record every ({steps}):").format(steps=steps) if kind.step != "iteration"
                else translate("SettingsForm", "Record every:"))
        self.kind_box.setTitle(translate("ModelKind", kind.title))
        self.kind_box.setVisible(any(self._rows[name] is self.kind_box.layout() for name in own))

    def _shown_settings(self, kind) -> dict[str, Setting]:
        """The settings of ``kind`` the form shows: its own and the common ones chosen with it, one per group."""
        return {setting.name: setting for setting in (*kind.settings, *CHOSEN_WITH_A_KIND)
                if setting.name in self.fields}

    # the widgets by the names the tab, the presentation mode and the tests use
    lr_spin = property(lambda self: self.fields["learning_rate"])
    epochs_spin = property(lambda self: self.fields["epochs"])
    record_spin = property(lambda self: self.fields["record_every"])
    hidden_spin = property(lambda self: self.fields["hidden"])
    activation_combo = property(lambda self: self.fields["activation"])
    batches_spin = property(lambda self: self.fields["batches"])
    l2_spin = property(lambda self: self.fields["l2"])
    l1_spin = property(lambda self: self.fields["l1"])
    standardize_check = property(lambda self: self.fields["standardize"])

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
        for widget in self.fields.values():
            if isinstance(widget, QAbstractSpinBox):
                widget.interpretText()

    def read(self) -> TrainingSettings:
        """The settings as the widgets show them."""
        kind = self.model_combo.currentData()
        draft = self.state.draft
        values = dict(model=kind, seed=draft.seed if draft is not None else 0)  # the seed: the lesson's or 0
        for name in self._shown_settings(kind_named(kind)):
            values[name] = widget_value(self.fields[name])
            if name in AUTO_WHEN_ZERO:
                values[name] = values[name] or None  # 0 is "auto"
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
            kind = kind_named(settings.model)
            self._show_kind(kind)
            defaults = kind.defaults()
            for name, setting in self._shown_settings(kind).items():
                value = settings.get(name)
                if value is None:  # unset: "auto", the kind's default, or the box keeps what it shows
                    value = 0 if name in AUTO_WHEN_ZERO else defaults.get(name, setting.default)
                if value is not None:
                    set_widget_value(self.fields[name], value)
        finally:
            self._rendering = False

    def set_editable(self, editable: bool) -> None:
        for widget in (self.model_combo, self.kind_box, self.pace_combo, *self.fields.values()):
            widget.setEnabled(editable)
