"""Lessons in the window: File → Save lesson / Open lesson, Help → Lessons, and the teacher's notes panel.

A lesson (:mod:`lrgui.session.lesson`) is the state written down: saving
writes ``lesson_from_state(state)``; opening puts the title, notes, Playground
and exclusions into the state at once, asks the Data tab to load its request,
and once the data have arrived (so the data's preset does not overwrite them)
puts back the draft, the model and the displayed point. The views render the
state; the notes go to a side panel that presentation mode can show large.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCursor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lrgui.errors import UserError
from lrgui.gui.widgets import make_action, show_error
from lrgui.session.i18n import translate
from lrgui.session.lesson import (
    LESSON_EXTENSION,
    Lesson,
    LessonDataProblem,
    apply_lesson_data,
    builtin_lessons,
    lesson_in_language,
    lesson_from_state,
    load_lesson,
    open_lesson_state,
    rebind_source,
    resolve_request,
    save_lesson,
)

#: Notes longer than this are refused by lesson files; the editor stops there.
MAX_NOTES_CHARACTERS = 100_000


class NotesPanel(QDockWidget):
    """The lesson's title and the teacher's notes: what to show, what to ask the class."""

    def __init__(self, parent=None):
        super().__init__(translate("NotesPanel", "Lesson notes"), parent)
        self.setObjectName("lessonNotesDock")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("lessonTitleEdit")
        self.title_edit.setAccessibleName(translate("NotesPanel", "Lesson title"))
        self.title_edit.setPlaceholderText(translate("NotesPanel", "Lesson title"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("lessonNotes")
        self.notes_edit.setAccessibleName(translate("NotesPanel", "Lesson notes"))
        self.notes_edit.setPlaceholderText(translate("NotesPanel", "Notes for the lesson: what to show, what to ask the class…"))
        self.notes_edit.textChanged.connect(self._keep_within_limit)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.notes_edit, 1)
        self.setWidget(body)
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            self._leave_room_for_the_tabs(watched)
        return False

    def _leave_room_for_the_tabs(self, window) -> None:
        """The notes never push the window off its screen: they get what the tabs leave of the screen's width
        (a window keeps a dock's width and grows instead, past a 1024-pixel screen's edge)."""
        central, screen = window.centralWidget(), window.screen()
        if central is None or screen is None:
            return
        room = screen.availableGeometry().width() - central.minimumSizeHint().width() - 32  # frames, separator
        limit = max(self.minimumSizeHint().width(), room)
        if self.maximumWidth() != limit:
            self.setMaximumWidth(limit)

    def set_presentation(self, on: bool) -> None:
        """Notes a class can read: three times the normal text (presentation mode already doubles the window's)."""
        font = self.notes_edit.font()
        base = self.parentWidget().font() if self.parentWidget() is not None else font
        if on:
            self._normal_notes_font = (QFont(font), self.notes_edit.testAttribute(Qt.WidgetAttribute.WA_SetFont))
            big = QFont(base)
            if base.pointSizeF() > 0:
                big.setPointSizeF(base.pointSizeF() * 1.5)
            self.notes_edit.setFont(big)
        elif self._normal_notes_font is not None:
            normal, was_set = self._normal_notes_font
            self.notes_edit.setFont(normal if was_set else QFont())
            self._normal_notes_font = None

    _normal_notes_font: tuple | None = None

    def _keep_within_limit(self) -> None:
        text = self.notes_edit.toPlainText()
        if len(text) > MAX_NOTES_CHARACTERS:
            self.notes_edit.setPlainText(text[:MAX_NOTES_CHARACTERS])

    def show_lesson(self, lesson: Lesson) -> None:
        self.title_edit.setText(lesson.title)
        self.notes_edit.setPlainText(lesson.notes)
        self.setVisible(True)
        self.raise_()


class LessonActions(QObject):
    """Saving and opening lessons for the main window (which owns the views and the state)."""

    def __init__(self, window, locate: Callable[[LessonDataProblem], str | None] | None = None):
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.notes = NotesPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes)
        self.notes.setVisible(False)
        #: asks the user for a missing folder (a dialog; tests pass their own): a path, or None to give up
        self.locate = locate or self._locate_dialog
        self.save_action = self._action(translate("LessonActions", "Save &lesson…"), self.save_lesson_dialog, "Ctrl+Shift+L", "saveLessonAction",
                                        translate("LessonActions", "Save the data, settings, runs, model, playground and notes as one file"))
        self.open_action = self._action(translate("LessonActions", "Open l&esson…"), self.open_lesson_dialog, "Ctrl+L", "openLessonAction",
                                        translate("LessonActions", "Open a lesson file"))
        self.notes_action = self.notes.toggleViewAction()
        self.notes_action.setObjectName("lessonNotesAction")
        self.notes_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.builtin_actions = [
            self._action(title, lambda checked=False, p=path: self.open_lesson(p), name=f"lesson_{name}")
            for name, title, path in builtin_lessons()
        ]
        self._pending: Lesson | None = None
        #: the lesson file open or last saved: a model from it is saved (in it)
        self.lesson_path: Path | None = None

    def choose_builtin(self) -> None:
        """The built-in lessons as a menu at the pointer (the first-run welcome offers it)."""
        menu = QMenu(self.window)
        menu.setObjectName("builtinLessonsMenu")
        for action in self.builtin_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.popup(QCursor.pos())

    def _action(self, text, slot, shortcut=None, name=None, tip="") -> QAction:
        return make_action(self.window, text, slot, shortcut, name, tip)

    # ------------------------------------------------------------------- saving
    def save_lesson_dialog(self) -> bool:
        suggestion = (self.notes.title_edit.text().strip() or "lesson") + LESSON_EXTENSION
        path, _ = QFileDialog.getSaveFileName(self.window, translate("LessonActions", "Save lesson"), suggestion,
                                              translate("LessonActions", "lrgui lessons (*{extension})").format(
                                                  extension=LESSON_EXTENSION))
        if not path:
            return False
        if not path.endswith(LESSON_EXTENSION):
            path += LESSON_EXTENSION
        return self.save_lesson(path)

    def save_lesson(self, path: str | Path) -> bool:
        window = self.window
        window.train_tab.commit_typed_values()
        self.state.set_lesson(self.notes.title_edit.text().strip(), self.notes.notes_edit.toPlainText())
        lesson = lesson_from_state(self.state)  # the state written down, the Playground's included
        try:
            written = save_lesson(path, lesson, force=True)  # the Save dialog asked before replacing
        except UserError as error:
            show_error(window, translate("LessonActions", "Cannot save the lesson"), str(error))
            return False
        self.lesson_path = written
        if self.state.model is not None:
            self.state.mark_saved(written)  # the model is in the lesson file now
        window.statusBar().showMessage(translate("LessonActions", "Lesson saved to {path}").format(path=written), 6000)
        return True

    # ------------------------------------------------------------------ opening
    def open_lesson_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, translate("LessonActions", "Open lesson"), "",
                                              translate("LessonActions", "lrgui lessons (*{extension})").format(
                                                  extension=LESSON_EXTENSION))
        if path:
            self.open_lesson(path)

    def open_lesson(self, path: str | Path) -> bool:
        """Opens a lesson: its notes, its playground, its data (asking for missing folders) and settings."""
        window = self.window
        try:
            lesson = lesson_in_language(load_lesson(path))  # a built-in lesson's title and notes in the user's language
        except UserError as error:
            show_error(window, translate("LessonActions", "Cannot open the lesson"), str(error))
            return False
        self.lesson_path = Path(path)
        open_lesson_state(self.state, lesson)  # title, notes, playground (its tab renders it), exclusions
        self.state.set_lesson_runs(())  # the previous lesson's runs are not this one's
        self.notes.show_lesson(lesson)
        request = lesson.request
        if request is None or request.kind == "toy":
            window.tabs.setCurrentWidget(window.playground_tab)  # a playground lesson: nothing to load
            return True
        request = self._found_request(lesson)
        if request is None:
            return False
        self._pending = lesson
        self.state.subscribe("data", self._data_arrived)
        self.state.set_exclusions(request.excluded)  # as located
        window.tabs.setCurrentWidget(window.data_tab)
        window.data_tab.apply_request(request)
        return True

    def _found_request(self, lesson: Lesson):
        accept_changed = False
        for _ in range(20):  # each answer locates a folder or ends the loop; a bound keeps a bug from looping
            try:
                return resolve_request(lesson, accept_changed=accept_changed)
            except LessonDataProblem as problem:
                answer = self.locate(problem)
                if answer is None:
                    return None
                if answer == "":  # train on the changed folder as it is
                    accept_changed = True
                    continue
                try:
                    rebind_source(lesson, problem.source, answer)
                except UserError as error:
                    show_error(self.window, translate("LessonActions", "Cannot use that folder"), str(error))
            except UserError as error:  # the folders found make a request lrgui refuses (one folder twice)
                show_error(self.window, translate("LessonActions", "Cannot open the lesson"), str(error))
                return None
        return None

    def _locate_dialog(self, problem: LessonDataProblem) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("LessonActions", "Lesson data"), str(problem), QMessageBox.StandardButton.NoButton,
                          self.window)
        locate = box.addButton(translate("LessonActions", "Locate…"), QMessageBox.ButtonRole.AcceptRole)
        as_is = box.addButton(translate("LessonActions", "Use it as it is"), QMessageBox.ButtonRole.ApplyRole) if problem.reason == "changed" else None
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is locate:
            folder = QFileDialog.getExistingDirectory(self.window, translate("LessonActions", "Where is {folder}?").format(
                folder=problem.source))
            return folder or None
        if as_is is not None and box.clickedButton() is as_is:
            return ""
        return None

    def _data_arrived(self) -> None:
        """The lesson's data are loaded: now its settings, runs and model (the data's preset must not win)."""
        lesson = self._pending
        if lesson is None or self.state.data is None:
            return
        wanted, loaded = lesson.request.selection.positive, self.state.request.selection.positive
        if wanted is not None and loaded != wanted:
            return  # an import lists its classes first; the lesson's one-against-the-rest load comes next
        self._pending = None
        self.state.unsubscribe("data", self._data_arrived)
        apply_lesson_data(self.state, lesson, self.lesson_path)  # a lesson's model is saved, in the lesson file
        self.state.set_lesson_runs(lesson.settings)  # Train trains them all, as the notes say
        self.window.tabs.setCurrentWidget(self.window.train_tab)
