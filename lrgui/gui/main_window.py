"""The main window: Data, Train, Results, Predict, Draw and Playground tabs, menus, status bar and settings."""

from __future__ import annotations

import traceback
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget

from lrgui.assets import resource_path
from lrgui.data import MODEL_EXTENSION, TrainedModel, load_model, save_model
from lrgui.data.cache import ImageCache
from lrgui.data.importers import IMPORTERS
from lrgui.data.samples import sample_folder
from lrgui.errors import UserError
from lrgui.gui import help_dialogs
from lrgui.gui.accessibility import make_accessible
from lrgui.gui.data_tab import DataTab
from lrgui.gui.draw_tab import DrawTab
from lrgui.gui.garbage import UiThreadGarbage
from lrgui.gui.language import follow_environment
from lrgui.gui.lesson_actions import LessonActions
from lrgui.gui.menus import build_menus
from lrgui.gui.lazy_tabs import SearchesLazyTabs
from lrgui.gui.playground_tab import PlaygroundTab
from lrgui.gui.predict_tab import PredictTab
from lrgui.gui.results_tab import ResultsTab
from lrgui.gui.settings import app_settings, read, read_json
from lrgui.gui.train_tab import TrainTab
from lrgui.gui.widgets import make_action, show_error
from lrgui.gui.workers import WorkerPool
from lrgui.session.advice import format_rate
from lrgui.session.controls import enabled_controls
from lrgui.session.i18n import translate
from lrgui.session.settings import model_name
from lrgui.session.state import AppState


#: Every window until Qt has destroyed it. A top-level window is owned by its Python wrapper; were the garbage
#: collector to drop that wrapper, the whole window would be destroyed then, at a random moment inside whatever
#: the UI thread was doing and holding the GIL (which deadlocked in ~QObject beside running workers). Held here,
#: a window is destroyed only by Qt: closed, it deletes itself in the event loop (WA_DeleteOnClose).
_windows: list["MainWindow"] = []


def _forget_destroyed_windows(*_) -> None:
    _windows[:] = [window for window in _windows if shiboken6.isValid(window)]


class MainWindow(SearchesLazyTabs, QMainWindow):
    """lrgui's window.

    Built directly, it starts empty and never opens a modal dialog on its own.
    The launcher switches on what a person double-clicking the app expects:
    ``remember_settings`` (QSettings: geometry, last folders and choices),
    ``restore_session`` (reload the last class folders), ``confirm_quit``
    (ask before discarding an unsaved model) and ``offer_sample`` (a welcome
    that loads the sample dataset, on the first run only).
    """

    def __init__(
        self,
        remember_settings: bool = False,
        restore_session: bool = False,
        confirm_quit: bool = False,
        offer_sample: bool = False,
        settings: QSettings | None = None,
        parent=None,
    ):
        super().__init__(parent)
        follow_environment()  # LRGUI_LANGUAGE=de: the window's words are made in German from here on
        self.setLocale(QLocale())  # and its boxes write numbers as the language does (2.000 in German)
        self.setObjectName("mainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _windows.append(self)
        self.destroyed.connect(_forget_destroyed_windows)
        self.setWindowTitle(translate("MainWindow", "lrgui"))
        icon = resource_path("icons", "lrgui.svg")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.remember_settings = remember_settings
        self._painted = False  # the first paint settles the labels and the Tab order (paintEvent)
        self.confirm_quit = confirm_quit
        self.settings_store = settings if settings is not None else (app_settings() if remember_settings else None)
        #: everything the views show; they observe it and never reach into each other
        self.state = AppState()

        # Python's cyclic collector runs on this thread alone while the window is open (it would free Qt
        # objects on whichever worker allocated: a crash now and then)
        self.garbage = UiThreadGarbage(self)
        self.workers = WorkerPool(self)
        self._sample_runner = self.workers.runner("sample")  # the last sample asked for wins
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.data_tab = DataTab(self.state, self.workers)
        self.train_tab = TrainTab(self.state, self.workers)
        self.predict_tab = PredictTab(self.state, self.workers)
        self.results_tab = ResultsTab(self.state, self.workers)
        self.draw_tab = DrawTab(self.state)
        self.playground_tab = PlaygroundTab(self.state, self.workers)
        self.tabs.addTab(self.data_tab, translate("MainWindow", "&1  Data"))
        self.tabs.addTab(self.train_tab, translate("MainWindow", "&2  Train"))
        self.tabs.addTab(self.results_tab, translate("MainWindow", "&3  Results"))
        self.tabs.addTab(self.predict_tab, translate("MainWindow", "&4  Predict"))
        self.tabs.addTab(self.draw_tab, translate("MainWindow", "&5  Draw"))
        self.tabs.addTab(self.playground_tab, translate("MainWindow", "&6  Playground"))
        self.setCentralWidget(self.tabs)

        self.model_status = QLabel()
        self.model_status.setObjectName("modelStatus")
        self.statusBar().addPermanentWidget(self.model_status)
        self.statusBar().showMessage(translate("MainWindow", "Add class folders on the Data tab to begin."))

        self.data_tab.sampleRequested.connect(self.open_sample)
        events = self.state.events
        events.file.connect(self._update_status)
        events.model.connect(self._update_status)
        for event in (events.model, events.status, events.data, events.draft, events.selected_point):
            event.connect(self._update_actions)
        events.draw_over.connect(lambda _image: self.tabs.setCurrentWidget(self.draw_tab))
        for tab in (self.data_tab, self.train_tab, self.results_tab, self.predict_tab, self.draw_tab,
                    self.playground_tab):
            tab.message.connect(self._show_message)
        self.data_tab.busyChanged.connect(self.state.set_loading)

        self.lessons = LessonActions(self)
        self.presentation = None  # made on first use (lrgui.gui.presentation)
        build_menus(self)
        self.resize(1180, 760)
        if self.settings_store is not None:
            self._restore_settings(restore_session)
        self.fit_to_screen()
        if offer_sample and not self.data_tab.entries:
            first_run = self.settings_store is None or not read(self.settings_store, "app/welcomed", False, bool)
            if first_run:
                if self.settings_store is not None:
                    self.settings_store.setValue("app/welcomed", True)
                QTimer.singleShot(0, self.offer_sample)
        self._update_status()
        self._update_actions()
        # labels name their controls and Tab follows the layouts: when shown, and whenever a tab shows new widgets
        self.tabs.currentChanged.connect(self._tab_shown)

    def _tab_shown(self, index: int) -> None:
        # not while the window is torn down: its tab widget reports each page leaving
        if index >= 0 and self.isVisible():
            make_accessible(self, force=True)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            # labels and Tab order once the window is on screen: its first paint does not wait for the walk
            self._painted = True
            QTimer.singleShot(0, self._settle_accessibility)

    def _settle_accessibility(self) -> None:
        if shiboken6.isValid(self) and self.isVisible():
            make_accessible(self)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802,A002 - Qt's names
        """Tab and Shift+Tab: the chain in reading order, rows added since (a class row) in their place."""
        make_accessible(self)
        return super().focusNextPrevChild(next)

    # -------------------------------------------------------------------- menus
    def _action(self, text: str, slot, shortcut=None, name: str | None = None, tip: str = "") -> QAction:
        return make_action(self, text, slot, shortcut, name, tip)

    # -------------------------------------------------------- the state's views
    @property
    def model(self) -> TrainedModel | None:
        return self.state.model

    @property
    def model_path(self) -> Path | None:
        return self.state.model_path

    @property
    def unsaved(self) -> bool:
        return self.state.unsaved

    def _update_actions(self, *_) -> None:
        """The menus offer what the Train tab's buttons offer: both read the one function of the state."""
        can = enabled_controls(self.state)
        self.save_model_action.setEnabled(can.save_model)
        self.open_model_action.setEnabled(can.open_model)
        self.train_action.setEnabled(can.train)
        self.stop_action.setEnabled(can.stop)
        self.continue_action.setEnabled(can.continue_)
        self.export_script_action.setEnabled(can.export_script)
        self.export_dataset_action.setEnabled(can.export_dataset)
        self.lessons.save_action.setEnabled(can.save_lesson)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _update_status(self, *_) -> None:
        model = self.model
        if model is None:
            text = translate("MainWindow", "No model")
        else:
            settings = self.state.model_settings
            name = model_name(settings.model) if settings is not None else translate("MainWindow", "model")
            if settings is not None and settings.learning_rate is not None:
                name += translate("MainWindow", ", lr {rate}").format(rate=format_rate(settings.learning_rate))
            if getattr(model.estimator, "diverged_", False):
                name += translate("MainWindow", ", diverged")
            if self.model_path is not None and not self.unsaved:
                text = translate("MainWindow", "Model: {file} ({name})").format(file=self.model_path.name, name=name)
            else:
                text = translate("MainWindow", "Model: trained, not saved ({name})").format(name=name)
        self.model_status.setText(text)
        title = "lrgui"
        if self.model_path is not None:
            title = f"{self.model_path.name}{' *' if self.unsaved else ''} — lrgui"
        elif self.unsaved:
            title = translate("MainWindow", "Unsaved model * — lrgui")
        self.setWindowTitle(title)

    def set_model(self, model: TrainedModel | None, unsaved: bool = False, path: Path | None = None) -> None:
        self.state.set_model(model, path=path, unsaved=unsaved)

    # ------------------------------------------------------------------- models
    def open_model_dialog(self) -> None:
        folder = read(self.settings_store, "paths/models", "", str) if self.settings_store else ""
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open model"), folder,
                                              translate("MainWindow", "lrgui models (*{extension});;Old lrgui models (*.lrgui.h5);;All files (*)").format(extension=MODEL_EXTENSION))
        if path:
            self.open_model(path)

    def open_model(self, path: str | Path) -> bool:
        """Opens a model file; on failure says why and keeps the current model."""
        path = Path(path)
        try:
            model = load_model(path)
        except UserError as error:
            show_error(self, translate("MainWindow", "Cannot open model"), str(error))
            return False
        except MemoryError:
            show_error(self, translate("MainWindow", "Cannot open model"),
                       translate("MainWindow", "Not enough memory to open {file}.").format(file=path.name))
            return False
        except Exception as error:  # noqa: BLE001 - a stranger's file must never take the app down
            show_error(self, translate("MainWindow", "Cannot open model"), translate("MainWindow", "{file} cannot be opened: {error}").format(file=path.name, error=error),
                       traceback.format_exc())
            return False
        self.state.set_model(model, path=path, unsaved=False)
        self.tabs.setCurrentWidget(self.predict_tab)
        self._remember_folder("paths/models", path.parent)
        self._show_message(translate("MainWindow", "Opened {path}").format(path=path))
        return True

    def save_model_dialog(self) -> bool:
        if self.model is None:
            return False
        folder = read(self.settings_store, "paths/models", "", str) if self.settings_store else ""
        own = self.model_path is not None and self.model_path.name.endswith(MODEL_EXTENSION)  # not a lesson file
        suggestion = str(self.model_path) if own else str(Path(folder or ".", f"model{MODEL_EXTENSION}"))
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save model"), suggestion, translate("MainWindow", "lrgui models (*{extension})").format(extension=MODEL_EXTENSION))
        if not path:
            return False
        if not path.endswith(MODEL_EXTENSION):
            path = path.removesuffix(".h5") + MODEL_EXTENSION
        return self.save_model(path)

    def save_model(self, path: str | Path) -> bool:
        try:
            written = save_model(self.model, path, force=True)  # the Save dialog asked before replacing
        except UserError as error:
            show_error(self, translate("MainWindow", "Cannot save model"), str(error))
            return False
        self.state.mark_saved(written)
        self._remember_folder("paths/models", written.parent)
        self._show_message(translate("MainWindow", "Model saved to {path}").format(path=written))
        return True

    # ------------------------------------------------------------------ imports
    def import_dataset_dialog(self, key: str) -> None:
        importer = IMPORTERS[key]
        start = read(self.settings_store, f"paths/{key}", "", str) if self.settings_store else ""
        folder = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Import {title}: choose {what}").format(
            title=translate("Importer", importer.title), what=translate("Importer", importer.hint)), start)
        if folder:
            self.import_dataset(key, folder)

    def import_dataset(self, key: str, folder: str | Path) -> None:
        self._remember_folder(f"paths/{key}", Path(folder))
        self.tabs.setCurrentWidget(self.data_tab)
        self.data_tab.import_dataset(IMPORTERS[key], folder)

    # -------------------------------------------------------------------- cache
    def describe_cache(self) -> None:
        size = ImageCache().size_bytes()
        self.clear_cache_action.setText(translate("MainWindow", "Clear the image cache ({size} MB)").format(size=f"{size / 2**20:,.1f}"))
        self.clear_cache_action.setEnabled(size > 0 and not self.data_tab.is_loading)

    def clear_cache(self) -> None:
        if self.data_tab.is_loading:
            return
        freed = ImageCache().size_bytes()
        ImageCache().clear()
        self._show_message(translate("MainWindow", "Image cache cleared ({size} MB freed)").format(size=f"{freed / 2**20:,.1f}"))

    # ------------------------------------------------------------------ samples
    @Slot(str)
    def open_sample(self, name: str) -> None:
        """Loads a built-in sample with the settings it was measured with (drawn in a worker if needed)."""
        self._sample_runner.start(lambda report, should_stop: (name, sample_folder(name)), result=self._sample_ready,
                                  failure=lambda error, details: show_error(self, translate("MainWindow", "Cannot open the sample"), str(error)))
        self._show_message(translate("MainWindow", "Preparing the {name} sample…").format(name=name))

    @Slot(object)
    def _sample_ready(self, payload) -> None:
        name, folder = payload
        self.tabs.setCurrentWidget(self.data_tab)
        self.data_tab.load_sample(name, folder)  # the Train tab applies the sample's settings when it loads

    def offer_sample(self) -> None:
        """First run from the launcher: a welcome that loads the sample in one click (never blocks)."""
        box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "Welcome to lrgui"),
                          translate("MainWindow", "<b>Welcome to lrgui!</b><p>lrgui trains an image classifier in front of you: pick a "
                          "folder of pictures per class, press Train and watch the cost fall.</p>"
                          "<p>Start with the built-in sample — circles, squares and triangles — to see it "
                          "work in seconds?</p>"), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("welcomeDialog")
        load = box.addButton(translate("MainWindow", "Load the sample"), QMessageBox.ButtonRole.AcceptRole)
        lesson = box.addButton(translate("MainWindow", "Open a lesson…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("MainWindow", "Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(load)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button) -> None:
            if button is load:
                self.open_sample("shapes")
            elif button is lesson:
                self.lessons.choose_builtin()

        box.buttonClicked.connect(chosen)
        box.open()

    # ------------------------------------------------------------------ exports
    def export_script_dialog(self) -> None:
        if self.model is None:
            show_error(self, translate("MainWindow", "Nothing to export"), translate("MainWindow", "Train a model or open one first."))
            return
        folder = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Export the model as a NumPy script: choose a folder"))
        if folder:
            self.export_script(folder)

    def export_script(self, folder: str | Path) -> bool:
        from lrgui.session.export_numpy import export_numpy

        try:
            written = export_numpy(self.model, folder)
        except UserError as error:
            show_error(self, translate("MainWindow", "Cannot export the model"), str(error))
            return False
        self._show_message(translate("MainWindow", "Wrote {files} to {folder}").format(
            files=", ".join(p.name for p in written), folder=folder))
        return True

    def export_dataset_dialog(self) -> None:
        if self.state.data is None:
            show_error(self, translate("MainWindow", "Nothing to export"), translate("MainWindow", "Load images on the Data tab first."))
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Export the dataset"), "dataset.h5",
                                              translate("MainWindow", "HDF5 files (*.h5 *.hdf5)"))
        if path:
            self.export_dataset(path)

    def export_dataset(self, path: str | Path) -> bool:
        from lrgui.data.dataset_export import export_dataset_hdf5

        try:
            written = export_dataset_hdf5(self.state.data, path, force=True)  # the Save dialog asked
        except UserError as error:
            show_error(self, translate("MainWindow", "Cannot export the dataset"), str(error))
            return False
        self._show_message(translate("MainWindow", "Dataset written to {path}").format(path=written))
        return True

    # -------------------------------------------------------- presentation, keys
    def set_presentation(self, on: bool) -> None:
        """View → Presentation (F11): full screen, large text, thick curves; Esc leaves."""
        from lrgui.gui.presentation import Presentation

        if self.presentation is None:
            self.presentation = Presentation(self)
        if self.presentation.active != bool(on):
            self.presentation.set_active(bool(on))
        if self.presentation_action.isChecked() != bool(on):
            self.presentation_action.setChecked(bool(on))
        make_accessible(self, force=True)  # presentation moves widgets between layouts

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return help_dialogs.shortcut_rows(self)

    def show_shortcuts(self) -> None:
        help_dialogs.show_shortcuts(self)

    def show_about(self) -> None:
        help_dialogs.show_about(self)

    def fit_to_screen(self) -> None:
        """Keeps the window (its default or remembered geometry) within the screen's available area."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        width = min(self.width(), area.width() - frame.width())
        height = min(self.height(), area.height() - frame.height())
        self.resize(max(width, 200), max(height, 200))
        x = min(max(self.x(), area.left()), area.right() - self.frameGeometry().width() + 1)
        y = min(max(self.y(), area.top()), area.bottom() - self.frameGeometry().height() + 1)
        self.move(max(x, area.left()), max(y, area.top()))

    # ----------------------------------------------------------------- settings
    def _remember_folder(self, key: str, folder: Path) -> None:
        if self.settings_store is not None:
            self.settings_store.setValue(key, str(folder))

    def _restore_settings(self, restore_session: bool) -> None:
        s = self.settings_store
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        # each view restores its own controls; training settings come from the model or the data's preset
        self.data_tab.restore_settings(s, read, read_json, restore_session)

    def _save_settings(self) -> None:
        s = self.settings_store
        if s is None:
            return
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        self.data_tab.save_settings(s)
        s.sync()

    # -------------------------------------------------------------------- close
    def close(self) -> bool:
        """Closes the window, which then deletes itself; a window deleted already (a harness closing what it
        showed) is closed."""
        return super().close() if shiboken6.isValid(self) else True

    def deleteLater(self) -> None:  # noqa: N802 - Qt's name
        if shiboken6.isValid(self):
            super().deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_quit and self.unsaved and self.model is not None:
            answer = QMessageBox.question(
                self, translate("MainWindow", "Unsaved model"), translate("MainWindow", "The trained model has not been saved. Save it before quitting?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save_model_dialog()
            ):
                event.ignore()
                return
        self._save_settings()
        self.data_tab.cancel_loading()
        self.train_tab.stop_training()
        self.playground_tab.stop()
        self.workers.shutdown(15000)
        self.garbage.release()  # no worker is left to collect on
        event.accept()
