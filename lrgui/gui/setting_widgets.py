"""Widgets made from a setting's field (lrgui.kinds): a check box, a list, a whole-number or a decimal box.

The Train tab's form and the Playground's panes show a kind's settings with
these, so a new kind's settings appear in both without either being edited.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from lrgui.gui.spinboxes import LearningRateSpinBox
from lrgui.kinds.base import Setting


def field_widget(setting: Setting) -> QWidget:
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
        if setting.step:
            spin.setSingleStep(int(setting.step))
        return spin
    spin = LearningRateSpinBox()  # numbers: any decimal or scientific notation, exactly as typed
    if field.minimum is not None or field.maximum is not None:  # else a rate's own range: above 0, up to 1e6
        spin.setRange(float(field.minimum if field.minimum is not None else 0.0),
                      float(field.maximum if field.maximum is not None else 1e6))
    return spin


def changed_signal(widget: QWidget):
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    return widget.valueChanged


def widget_value(widget: QWidget):
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.value()


def set_widget_value(widget: QWidget, value) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentText(str(value))
    else:
        widget.setValue(value)

