"""The main window's menus and window-wide shortcuts: File, Train, View, Help and Alt+1…6 for the tabs.

Built once by the window; each action calls the window or a tab's public
method, and its enabled state comes from the state (``enabled_controls``).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from lrgui.data.importers import IMPORTERS
from lrgui.data.samples import list_samples
from lrgui.gui.language import LanguageMenu
from lrgui.gui.widgets import make_action
from lrgui.session.i18n import translate


def build_menus(window) -> None:
    """Adds the menus and shortcuts to ``window`` (a MainWindow), keeping each action as its attribute."""
    menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.open_folder_action = make_action(window, 
        translate("MainWindow", "Open &data folder…"), window.data_tab.choose_folder, QKeySequence.StandardKey.Open, "openFolderAction",
        translate("MainWindow", "Add a class folder, or a folder of class folders"))
    window.open_model_action = make_action(window, 
        translate("MainWindow", "Open &model…"), window.open_model_dialog, "Ctrl+Shift+O", "openModelAction", translate("MainWindow", "Open a saved model"))
    window.save_model_action = make_action(window, 
        translate("MainWindow", "&Save model…"), window.save_model_dialog, QKeySequence.StandardKey.Save, "saveModelAction",
        translate("MainWindow", "Save the trained model to a file"))
    window.quit_action = make_action(window, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit, "quitAction")
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    menu.addAction(window.open_folder_action)
    menu.addAction(window.open_model_action)
    menu.addAction(window.save_model_action)
    menu.addSeparator()
    menu.addAction(window.lessons.open_action)
    menu.addAction(window.lessons.save_action)
    menu.addSeparator()
    window.file_menu = menu
    samples = menu.addMenu(translate("MainWindow", "Open s&ample"))
    samples.setObjectName("sampleMenu")
    for name, description in list_samples():
        samples.addAction(make_action(window, description, lambda checked=False, n=name: window.open_sample(n),
                                       name=f"sample_{name}"))
    imports = menu.addMenu(translate("MainWindow", "&Import dataset"))
    imports.setObjectName("importMenu")
    window.import_actions = {}
    for key, importer in IMPORTERS.items():
        action = make_action(window, translate("MainWindow", "{title}…").format(title=translate("Importer", importer.title)), lambda checked=False, k=key: window.import_dataset_dialog(k),
                              name=f"import_{key}", tip=translate("MainWindow", "Choose {what}").format(what=translate("Importer", importer.hint)))
        imports.addAction(action)
        window.import_actions[key] = action
    exports = menu.addMenu(translate("MainWindow", "&Export"))
    exports.setObjectName("exportMenu")
    window.export_script_action = make_action(window, 
        translate("MainWindow", "&NumPy script…"), window.export_script_dialog, name="exportScriptAction",
        tip=translate("MainWindow", "Write predict.py and weights.npz: the model as a plain NumPy + Pillow script that agrees exactly"))
    window.export_dataset_action = make_action(window, 
        translate("MainWindow", "&Dataset (HDF5)…"), window.export_dataset_dialog, name="exportDatasetAction",
        tip=translate("MainWindow", "Write the loaded images as train_x, train_y, test_x, test_y and list_classes (the tutorial's HDF5)"))
    exports.addAction(window.export_script_action)
    exports.addAction(window.export_dataset_action)
    menu.addSeparator()
    window.clear_cache_action = make_action(window, translate("MainWindow", "Clear the image cache"), window.clear_cache, name="clearCacheAction",
                                           tip=translate("MainWindow", "Forget the decoded images kept to make reloading instant"))
    menu.addAction(window.clear_cache_action)
    menu.aboutToShow.connect(window.describe_cache)
    menu.addSeparator()
    menu.addAction(window.quit_action)

    menu = window.menuBar().addMenu(translate("MainWindow", "&Train"))
    window.train_action = make_action(window, translate("MainWindow", "&Train"), lambda: window.train_tab.start_training(), "Ctrl+T", "trainAction")
    window.stop_action = make_action(window, translate("MainWindow", "&Stop"), lambda: window.train_tab.stop_training(), "Ctrl+.", "stopAction")
    window.continue_action = make_action(window, translate("MainWindow", "&Continue"), lambda: window.train_tab.continue_training(), "Ctrl+Shift+T", "continueAction")
    for action in (window.train_action, window.stop_action, window.continue_action):
        menu.addAction(action)
    window.train_menu = menu

    menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    window.presentation_action = make_action(window, translate("MainWindow", "&Presentation"), window.set_presentation, "F11", "presentationAction",
                                            translate("MainWindow", "Full screen, large text and thick curves, for the back of the room"))
    window.presentation_action.setCheckable(True)
    window.presentation_action.triggered.disconnect()
    window.presentation_action.toggled.connect(window.set_presentation)
    menu.addAction(window.presentation_action)
    menu.addAction(window.lessons.notes_action)
    menu.addSeparator()
    window.language_menu = menu.addMenu(LanguageMenu(window, window.settings_store))
    window.view_menu = menu
    leave = make_action(window, translate("MainWindow", "Leave presentation"), lambda: window.presentation_action.setChecked(False), "Esc",
                         "leavePresentationAction")
    window.addAction(leave)

    menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    lessons = menu.addMenu(translate("MainWindow", "&Lessons"))
    lessons.setObjectName("lessonsMenu")
    for action in window.lessons.builtin_actions:
        lessons.addAction(action)
    window.shortcuts_action = make_action(window, translate("MainWindow", "&Keyboard shortcuts"), window.show_shortcuts, "F1", "shortcutsAction")
    menu.addAction(window.shortcuts_action)
    about = make_action(window, translate("MainWindow", "&About lrgui"), window.show_about, name="aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    menu.addAction(about)

    window.tab_actions = []
    for index in range(window.tabs.count()):
        action = make_action(window, translate("MainWindow", "Tab {number}").format(number=index + 1), lambda checked=False, i=index: window.tabs.setCurrentIndex(i),
                              f"Alt+{index + 1}")
        window.addAction(action)
        window.tab_actions.append(action)
