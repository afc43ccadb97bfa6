"""Every text a window shows, and the ones the pseudo-language did not reach: a string nobody marked for translation.

The pseudo-language (``LRGUI_LANGUAGE=pseudo``, :mod:`lrgui.gui.language`)
turns every translated string into ``[Ŧřåįñ ~~]``. What is left of a visible
text once its pseudo pieces are taken out must be data: numbers, file names,
class names, key names, symbols. :func:`unwrapped` lists what is left that
reads as words, with the widget that shows it.
"""

from __future__ import annotations

import html
import re

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsTextItem,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QTableView,
    QWidget,
)

#: a pseudo piece: brackets around accented text ending in the tildes (innermost first)
PSEUDO_PIECE = re.compile(r"\[[^\[\]]*~\]")
#: words that are data or notation in every language: key names, units, file kinds, symbols, the app's name
NOTATION = {
    "lrgui", "lr", "px", "MB", "s", "J", "b", "w", "x", "y", "e", "nan", "inf", "NumPy", "HDF5", "CSV", "PNG",
    "Ctrl", "Shift", "Alt", "Esc", "Del", "Backspace", "Ins", "Meta", "PgUp", "PgDown", "Home", "End", "Return",
    "Enter", "Tab", "Space", "Left", "Right", "Up", "Down", "F1", "F11", "relu", "tanh", "sigmoid", "R", "G", "B",
    "RGB", "XOR", "ReLU", "L1", "L2", "MIT",
}
_TAG = re.compile(r"<[^<>]*>")
_PATH = re.compile(r"(?:[\w~.+-]*[/\\][\w~./\\+-]*|[\w~+-]+\.[A-Za-z][A-Za-z0-9]{0,11}\b)")
_WORD = re.compile(r"[A-Za-z]{2,}")


def plain(text: str) -> str:
    """The text a person reads: tags dropped, entities decoded, mnemonics' ampersands gone."""
    text = html.unescape(_TAG.sub(" ", text.replace("<br>", "\n")))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def leftover_words(text: str, data_words: set[str], allowed=()) -> list[str]:
    """The words of ``text`` outside every pseudo piece that are not data (file names, class names, notation)
    nor matched by one of the ``allowed`` regular expressions."""
    text = plain(text)
    for pattern in allowed:
        text = re.sub(pattern, " ", text)
    while True:
        stripped = PSEUDO_PIECE.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    text = _PATH.sub(" ", text)
    for name in sorted(data_words, key=len, reverse=True):  # class names may hold spaces: 'not bird'
        text = text.replace(name, " ")
    return [word for word in _WORD.findall(text) if word not in NOTATION and word.lower() not in NOTATION]


def shown_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible text of ``widget`` and its visible children, menus and plots included."""
    found: list[tuple[str, str]] = []

    def add(where, text):
        if text and text.strip():
            found.append((where, text))

    def name(w) -> str:
        return w.objectName() or type(w).__name__

    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        where = name(w)
        if w.isWindow():
            add(f"{where} (window title)", w.windowTitle())
        add(f"{where} (tooltip)", w.toolTip())
        if isinstance(w, QLabel):
            add(where, w.text())
        elif isinstance(w, QAbstractButton):
            add(where, w.text())
        elif isinstance(w, QGroupBox):
            add(where, w.title())
        elif isinstance(w, QDockWidget):
            add(where, w.windowTitle())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{where} (tab)", w.tabText(i))
                add(f"{where} (tab tooltip)", w.tabToolTip(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{where} (item)", w.itemText(i))
        elif isinstance(w, QLineEdit):
            add(f"{where} (placeholder)", w.placeholderText())
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            add(where, w.text())
        elif isinstance(w, QAbstractSpinBox):
            for part in ("prefix", "suffix", "specialValueText"):
                getter = getattr(w, part, None)
                if getter is not None:
                    add(f"{where} ({part})", getter())
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            if w.horizontalHeader().isVisible():
                from PySide6.QtCore import Qt

                for column in range(model.columnCount()):
                    add(f"{where} (header)", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                    add(f"{where} (header tooltip)",
                        str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""))
        elif isinstance(w, QMessageBox):
            add(f"{where} (message)", w.text())
            add(f"{where} (message)", w.informativeText())
        elif isinstance(w, QMenuBar):
            menus = [w]
            while menus:  # the menus and submenus of the bar (the plots' own context menus are pyqtgraph's)
                for action in menus.pop().actions():
                    if action.isVisible() and not action.isSeparator():
                        add(f"{where} (menu item)", action.text())
                        add(f"{where} (status tip)", action.statusTip())
                        if action.menu() is not None:
                            menus.append(action.menu())
        if isinstance(w, pg.GraphicsView):
            for item in w.scene().items():
                if not item.isVisible():
                    continue
                owner = f"{where} (plot)"
                if isinstance(item, QGraphicsTextItem):
                    add(owner, item.toHtml() if "<" in item.toPlainText() else item.toPlainText())
                if isinstance(item, pg.AxisItem) and item.isVisible():
                    add(f"{owner} axis", item.labelText)
                    add(f"{owner} axis tooltip", item.toolTip())
                elif isinstance(item, pg.LabelItem):
                    add(f"{owner} label", item.text)
                elif hasattr(item, "toolTip") and callable(item.toolTip):
                    add(f"{owner} tooltip", item.toolTip())
    return found


def unwrapped(widgets, data_words: set[str], allowed=()) -> list[str]:
    """'where: text' for every visible text of these widgets with words the pseudo-language did not reach."""
    problems = []
    for top in widgets:
        for where, text in shown_texts(top):
            words = leftover_words(text, data_words, allowed)
            if words:
                problems.append(f"{where}: {plain(text)[:160]!r} (unwrapped: {' '.join(words[:6])})")
    return sorted(set(problems))


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
