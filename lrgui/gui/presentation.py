"""Presentation mode (View → Presentation, F11): the window as a projector needs it.

Full screen, every font twice its size, plot text readable from the back of
a room (tick labels of 22 px) and thick curves, a high-contrast palette, the
secondary controls hidden and the lesson notes large when they are shown.
Leaving restores exactly what was there: the window's state and geometry, its
own font and palette (or none, when it had none), and each control's
visibility.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QSplitter, QWidget

from lrgui.gui.accuracy_plot import AccuracyPlot
from lrgui.gui.cost_plot import CostPlot
from lrgui.gui.weights_view import WeightsView

#: Every font is this many times its normal size.
FONT_SCALE = 2.0
#: The notes dock takes this share of the screen's width (at least what the tab shown leaves it).
NOTES_SHARE = 0.25


def doubled(font: QFont, scale: float = FONT_SCALE) -> QFont:
    """``font`` at ``scale`` times its size, whether it is given in points or in pixels."""
    big = QFont(font)
    if font.pointSizeF() > 0:
        big.setPointSizeF(font.pointSizeF() * scale)
    else:
        big.setPixelSize(round(font.pixelSize() * scale))
    return big


_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)(px|pt)")


def doubled_style(style: str, scale: float = FONT_SCALE) -> str:
    """A style sheet with every ``font-size`` ``scale`` times as large (a hint in 17 px grows with the rest)."""
    return _FONT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * scale:g}{m.group(2)}", style)


def high_contrast(palette: QPalette) -> QPalette:
    """Black on white, a dark-blue selection: what survives a washed-out projector."""
    strong = QPalette(palette)
    black, white = QColor("#000000"), QColor("#ffffff")
    for role, colour in ((QPalette.ColorRole.Window, white), (QPalette.ColorRole.WindowText, black),
                         (QPalette.ColorRole.Base, white), (QPalette.ColorRole.AlternateBase, QColor("#eeeeee")),
                         (QPalette.ColorRole.Text, black), (QPalette.ColorRole.Button, QColor("#e6e6e6")),
                         (QPalette.ColorRole.ButtonText, black), (QPalette.ColorRole.Highlight, QColor("#003c8f")),
                         (QPalette.ColorRole.HighlightedText, white), (QPalette.ColorRole.ToolTipBase, white),
                         (QPalette.ColorRole.ToolTipText, black), (QPalette.ColorRole.Mid, QColor("#404040"))):
        strong.setColor(QPalette.ColorGroup.Active, role, colour)
        strong.setColor(QPalette.ColorGroup.Inactive, role, colour)
    strong.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#606060"))
    strong.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#606060"))
    strong.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#606060"))
    return strong


def menu_actions(menu_owner) -> list:
    """Every action of a menu bar or menu, submenus included."""
    found = []
    for action in menu_owner.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found.extend(menu_actions(submenu))
        elif not action.isSeparator():
            found.append(action)
    return found


class Presentation:
    """Turns presentation mode on and off for a :class:`~lrgui.gui.main_window.MainWindow`."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self._active = False
        self._saved: dict = {}

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, on: bool) -> None:
        if bool(on) == self._active:
            return
        if on:
            self._enter()
        else:
            self._leave()

    # ------------------------------------------------------------------ parts
    def _plots(self) -> list:
        """The Train tab's plots and weight view: what the class watches (their presentation style is theirs)."""
        train_tab = getattr(self.window, "train_tab", None)
        if train_tab is None:
            return []
        return [*train_tab.findChildren(CostPlot), *train_tab.findChildren(AccuracyPlot),
                *train_tab.findChildren(WeightsView)]

    def _notes(self):
        lessons = getattr(self.window, "lessons", None)
        return getattr(lessons, "notes", None)

    def _enter(self) -> None:
        window = self.window
        menu_bar, status_bar = window.menuBar(), window.statusBar()
        saved = {
            "state": window.windowState(),
            "geometry": window.saveGeometry(),
            "rect": window.geometry(),
            "font": QFont(window.font()),
            "font_set": window.testAttribute(Qt.WidgetAttribute.WA_SetFont),
            "palette": QPalette(window.palette()),
            "palette_set": window.testAttribute(Qt.WidgetAttribute.WA_SetPalette),
            "menu_bar": menu_bar.isVisibleTo(window),
            "status_bar": status_bar.isVisibleTo(window),
            "added_actions": [],
            "notes_width": None,
            # every divider where it was: presentation rearranges the Train tab's and the Playground's
            "splitters": [(splitter, splitter.sizes()) for splitter in window.findChildren(QSplitter)],
        }
        # a hidden menu bar takes its actions' shortcuts with it: the window holds them meanwhile
        own = set(window.actions())
        for action in menu_actions(menu_bar):
            if action not in own and not action.shortcut().isEmpty():
                window.addAction(action)
                saved["added_actions"].append(action)
        self._saved = saved
        self._active = True
        window.setFont(doubled(saved["font"]))
        window.setPalette(high_contrast(saved["palette"]))
        # a widget with a style sheet of its own (grey hints, captions, the advice's box) keeps the type it had
        # when the sheet was applied, whatever the window's: a size in its sheet is doubled there, any other
        # such widget gets its own type doubled (and back when presentation ends)
        styled = [(widget, widget.styleSheet(), QFont(widget.font()) if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
                   else None) for widget in window.findChildren(QWidget) if widget.styleSheet()]
        saved["styled"] = styled
        for widget, style, _ in styled:
            if _FONT_SIZE.search(style):
                widget.setStyleSheet(doubled_style(style))
            else:
                widget.setFont(doubled(widget.font()))
        for plot in self._plots():
            plot.set_presentation(True)
        for tab in self._tabs():
            tab.set_presentation(True)
        menu_bar.setVisible(False)
        status_bar.setVisible(False)
        self._only_the_shown_tab_counts(True)
        notes = self._notes()
        if notes is not None:
            notes.set_presentation(True)
            if notes.isVisible():
                saved["notes_width"] = notes.width()
            notes.visibilityChanged.connect(self._notes_toggled)  # shown again while presenting: their share again
        window.showFullScreen()
        # without a window manager (a bare X server, a kiosk) full screen is only a state: the size is ours to set
        QTimer.singleShot(100, self._fill_screen)
        self._widen_notes()
        QTimer.singleShot(300, self._widen_notes)  # again once the doubled type has set the tabs' minimum widths

    def _widen_notes(self) -> None:
        """The notes get their share of the screen, within what the tabs leave (never past the screen's edge)."""
        notes, window = self._notes(), self.window
        if not self._active or notes is None or not notes.isVisible():
            return
        width = window.screen().geometry().width() if window.screen() else window.width()
        window.resizeDocks([notes], [min(int(width * NOTES_SHARE), notes.maximumWidth())], Qt.Orientation.Horizontal)

    def _notes_toggled(self, visible: bool) -> None:
        if visible:
            QTimer.singleShot(300, self._widen_notes)  # once the tab shown has laid itself out beside them

    def _only_the_shown_tab_counts(self, on: bool) -> None:
        """Presenting, the tab shown alone sets how narrow the window's middle may be: the notes beside the
        Train tab's stage get their share, though the Draw tab needs more width (switching to it narrows
        them, switching back widens them again). Normally every tab counts, so that none is ever squeezed."""
        tabs = self.window.tabs
        if on:
            self._saved["tab_policies"] = {tabs.widget(i): tabs.widget(i).sizePolicy() for i in range(tabs.count())}
            tabs.currentChanged.connect(self._tab_shown)
            self._tab_shown()
            return
        try:
            tabs.currentChanged.disconnect(self._tab_shown)
        except (RuntimeError, TypeError):
            pass  # never connected
        for page, policy in self._saved.get("tab_policies", {}).items():
            if shiboken6.isValid(page):
                page.setSizePolicy(policy)

    def _tab_shown(self, *_) -> None:
        tabs = self.window.tabs
        current = tabs.currentWidget()
        for page, policy in self._saved.get("tab_policies", {}).items():
            if not shiboken6.isValid(page):
                continue
            shown = QSizePolicy(policy)
            if page is not current:  # an ignored width counts for nothing in the tab widget's minimum
                shown.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            page.setSizePolicy(shown)
        QTimer.singleShot(50, self._widen_notes)  # once the notes' limit follows the tab shown

    def _fill_screen(self) -> None:
        screen = self.window.screen()
        if self._active and screen is not None and self.window.geometry() != screen.geometry():
            self.window.setGeometry(screen.geometry())
            if not self.window.isFullScreen():  # a new geometry clears the state on some platforms
                self.window.setWindowState(self.window.windowState() | Qt.WindowState.WindowFullScreen)

    def _leave(self) -> None:
        window = self.window
        saved = self._saved
        self._active = False
        for action in saved["added_actions"]:
            window.removeAction(action)
        for tab in self._tabs():
            tab.set_presentation(False)
        self._only_the_shown_tab_counts(False)
        for plot in self._plots():
            plot.set_presentation(False)
        notes = self._notes()
        if notes is not None:
            notes.set_presentation(False)
            notes.visibilityChanged.disconnect(self._notes_toggled)
        # an explicit font or palette is put back; none set before means the inherited one again
        window.setFont(saved["font"] if saved["font_set"] else QFont())
        window.setPalette(saved["palette"] if saved["palette_set"] else QPalette())
        for widget, style, font in saved.get("styled", []):
            if shiboken6.isValid(widget):  # a widget rebuilt meanwhile (a gallery's) was made at the normal size
                if _FONT_SIZE.search(style):
                    widget.setStyleSheet(style)
                else:
                    widget.setFont(font if font is not None else QFont())  # its own type, or the inherited
        window.menuBar().setVisible(saved["menu_bar"])
        window.statusBar().setVisible(saved["status_bar"])
        window.setWindowState(saved["state"])
        if not saved["state"] & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            window.restoreGeometry(saved["geometry"])
        if notes is not None and saved["notes_width"] is not None:
            window.resizeDocks([notes], [saved["notes_width"]], Qt.Orientation.Horizontal)
        # the tabs shrink back to normal type only once their layouts have run: then the window is put back
        # where it was (without a window manager "maximised" is only a state, and restoreGeometry() adds a
        # frame that is not there), rather than kept at the size that presentation's layout asked for
        back = (saved["rect"], saved["state"], saved["notes_width"], saved["splitters"])
        QTimer.singleShot(0, window, lambda: self._put_back(*back))
        QTimer.singleShot(150, window, lambda: self._put_back(*back))
        self._saved = {}

    def _put_back(self, rect, state, notes_width, splitters) -> None:
        window = self.window
        if self._active or window.isFullScreen():
            return
        if window.geometry() != rect:
            window.setGeometry(rect)
        if window.windowState() != state:  # a new geometry clears "maximised" on some platforms
            window.setWindowState(state)
        notes = self._notes()
        if notes is not None and notes_width is not None and notes.isVisible() and notes.width() != notes_width:
            window.resizeDocks([notes], [notes_width], Qt.Orientation.Horizontal)  # the tabs' normal type is back
        for splitter, sizes in splitters:  # once the window has its size back, the dividers theirs
            if shiboken6.isValid(splitter) and splitter.sizes() != sizes and sum(splitter.sizes()) == sum(sizes) > 0:
                splitter.setSizes(sizes)

    def _tabs(self) -> list:
        """The tabs with controls of their own to hide or enlarge in presentation mode."""
        tabs = self.window.tabs
        pages = [tabs.widget(i) for i in range(tabs.count())]
        return [page for page in pages if hasattr(page, "set_presentation")]
