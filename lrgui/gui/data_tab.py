"""The Data tab: class folders in, a loaded dataset out.

Folders are added with a dialog or by dropping them on the tab; one parent
folder with class subfolders (or with train/ and test/) adds all its classes.
Listing, thumbnails and decoding all run in workers; loading starts as soon as
the classes or the image format change, and can be cancelled.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,

    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lrgui.data import ImageFormat, discover_classes
from lrgui.errors import UserError
from lrgui.data.importers import IMPORTERS
from lrgui.session.sources import (
    DEFAULT_IMAGE_FORMAT,
    DEFAULT_TEST_FRACTION,
    DataRequest,
    LoadedData,
    native_format,
    relabel,
)
from lrgui.session.state import AppState
from lrgui.gui.class_rows import THUMBNAIL_SIZE, ClassEntry, ClassRow
from lrgui.gui.data_loading import THUMBNAILS_PER_CLASS, DataLoading
from lrgui.gui.widgets import DropArea, WholeTextComboBox, discard, show_error
from lrgui.session.i18n import translate
from lrgui.session.wording import format_count



class DataTab(DataLoading, DropArea):
    """Page of the tab widget; accepts drops of folders."""

    sampleRequested = Signal(str)
    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, state: AppState, workers, parent=None):
        super().__init__(accept="folders", parent=parent)
        self.setObjectName("dataTab")
        self.workers = workers
        self.entries: list[ClassEntry] = []
        self.rows: list[ClassRow] = []
        self.state = state
        state.subscribe("exclusions", self.schedule_reload)  # an excluded photo leaves the training set at once
        self.importer = None  # an Importer when the data come from dataset files, not folders
        self.import_folder: Path | None = None
        self.sample_name: str | None = None  # the built-in sample whose classes are listed, if any
        self._pending_positive: str | None = None
        self._loading = workers.runner("loading")  # a new load cancels the last one
        self._load_started = 0.0
        self._names_at_load: list[tuple[ClassEntry, str]] = []
        self._reload_timer = QTimer(self, singleShot=True, interval=150, timeout=self.start_loading)
        self.dropped.connect(self.add_folders)
        self._build()
        self._update_state()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        intro = QLabel(
            translate("DataTab", "<b>Classes</b> — add one folder of images per class, or one folder whose subfolders are the "
            "classes (it may hold <i>train/</i> and <i>test/</i>). You can also drop folders here.")
        )
        intro.setWordWrap(True)
        header.addWidget(intro, 1)
        self.add_button = QPushButton(translate("DataTab", "Add class folder…"))
        self.add_button.setObjectName("addClassButton")
        self.add_button.setToolTip(translate("DataTab", "Choose a class folder, or a parent folder of class folders"))
        self.add_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton(translate("DataTab", "Remove all"))
        self.clear_button.setObjectName("clearClassesButton")
        self.clear_button.clicked.connect(self.clear)
        header.addWidget(self.add_button)
        header.addWidget(self.clear_button)
        outer.addLayout(header)

        self.class_container = QWidget()
        self.class_layout = QVBoxLayout(self.class_container)
        self.class_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QWidget()
        self.placeholder.setObjectName("dataPlaceholder")
        empty = QVBoxLayout(self.placeholder)
        hint = QLabel(translate("DataTab", "No classes yet.\nDrop class folders here, or use “Add class folder…”."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: palette(mid); font-size: 14pt; padding: 24px 24px 8px 24px;")
        self.sample_button = QPushButton(translate("DataTab", "No pictures at hand? Load the sample: circles, squares and triangles"))
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.setToolTip(translate("DataTab", "A small generated dataset that trains in seconds (File → Open sample)"))
        self.sample_button.setMinimumHeight(36)
        self.sample_button.setStyleSheet("QPushButton { font-size: 11pt; padding: 4px 16px; }")
        self.sample_button.clicked.connect(lambda: self.sampleRequested.emit("shapes"))
        empty.addWidget(hint)
        empty.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.class_layout.addWidget(self.placeholder)
        self.class_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.class_container)
        outer.addWidget(scroll, 3)

        self.options_box = options = QGroupBox(translate("DataTab", "Images and test set"))
        form = QFormLayout(options)
        self.size_spin = QSpinBox()
        self.size_spin.setObjectName("imageSizeSpin")
        self.size_spin.setRange(4, 512)
        self.size_spin.setValue(64)
        self.size_spin.setSuffix(translate("DataTab", " px"))
        self.size_spin.setToolTip(translate("DataTab", "Every image is squashed to this width and height"))
        self.size_spin.valueChanged.connect(self.schedule_reload)
        self.grayscale_check = QCheckBox(translate("DataTab", "Grayscale"))
        self.grayscale_check.setObjectName("grayscaleCheck")
        self.grayscale_check.toggled.connect(self.schedule_reload)
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_spin)
        size_row.addWidget(self.grayscale_check)
        size_row.addStretch(1)
        form.addRow(translate("DataTab", "Image size:"), size_row)
        self.holdout_spin = QSpinBox()
        self.holdout_spin.setObjectName("holdOutSpin")
        self.holdout_spin.setRange(0, 90)
        self.holdout_spin.setValue(20)
        self.holdout_spin.setSuffix(" %")
        self.holdout_spin.setToolTip(translate("DataTab", "Share of each class kept aside for testing (when there are no test folders)"))
        self.holdout_spin.valueChanged.connect(self.schedule_reload)
        self.test_source = QLabel()
        test_row = QHBoxLayout()
        test_row.addWidget(self.holdout_spin)
        test_row.addWidget(self.test_source, 1)
        form.addRow(translate("DataTab", "Hold out for testing:"), test_row)
        self.positive_combo = WholeTextComboBox()
        self.positive_combo.setObjectName("oneVsRestCombo")
        self.positive_combo.setToolTip(translate("DataTab", "Train one class against an equal-size sample of all the others"))
        self.positive_combo.currentIndexChanged.connect(self.schedule_reload)
        self.per_class_spin = QSpinBox()
        self.per_class_spin.setObjectName("perClassSpin")
        self.per_class_spin.setRange(0, 1_000_000)
        self.per_class_spin.setSpecialValueText(translate("DataTab", "all"))
        self.per_class_spin.setToolTip(translate("DataTab", "Use at most this many images per class (a seeded random sample)"))
        self.per_class_spin.valueChanged.connect(self.schedule_reload)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.positive_combo, 1)
        choice_row.addWidget(QLabel(translate("DataTab", "Images per class:")))
        choice_row.addWidget(self.per_class_spin)
        form.addRow(translate("DataTab", "Classes:"), choice_row)
        outer.addWidget(options)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("loadProgress")
        self.progress.setFormat(translate("DataTab", "no images loaded"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button = QPushButton(translate("DataTab", "Cancel"))
        self.cancel_button.setObjectName("cancelLoadButton")
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.load_button = QPushButton(translate("DataTab", "Reload"))
        self.load_button.setObjectName("reloadButton")
        self.load_button.setToolTip(translate("DataTab", "Read the folders again"))
        self.load_button.clicked.connect(self.start_loading)
        status.addWidget(self.progress, 1)
        status.addWidget(self.cancel_button)
        status.addWidget(self.load_button)
        outer.addLayout(status)
        self.summary = QLabel()
        self.summary.setObjectName("dataSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.skipped_box = QGroupBox(translate("DataTab", "Skipped files"))
        skipped_layout = QVBoxLayout(self.skipped_box)
        self.skipped_list = QListWidget()
        self.skipped_list.setObjectName("skippedList")
        self.skipped_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.skipped_list.setMaximumHeight(110)
        skipped_layout.addWidget(self.skipped_list)
        self.skipped_box.setVisible(False)
        outer.addWidget(self.skipped_box)

    # ------------------------------------------------------------------- state
    @property
    def data(self):
        """The rows loaded (the application state's): None while nothing usable is loaded."""
        return self.state.data

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the classes, their pictures and counts; the image and test-set settings are the
        teacher's, and step aside (their doubled type would not fit beside the notes)."""
        self.options_box.setVisible(not on)

    @property
    def image_format(self) -> ImageFormat:
        return ImageFormat(self.size_spin.value(), self.grayscale_check.isChecked())

    @property
    def is_loading(self) -> bool:
        return self._loading.job is not None

    def _update_state(self) -> None:
        self.placeholder.setVisible(not self.entries)
        self.clear_button.setEnabled(bool(self.entries) and not self.is_loading)
        self.cancel_button.setEnabled(self.is_loading)
        self.load_button.setEnabled(len(self.enabled_entries()) >= 2 and not self.is_loading)
        has_test_folders = any(e.test for e in self.enabled_entries())
        self.holdout_spin.setEnabled(not has_test_folders)
        if self.importer is not None:
            self.test_source.setText(translate("DataTab", "used only when the dataset has no test files"))
        else:
            self.test_source.setText(translate("DataTab", "test set from the test/ folders") if has_test_folders else "")
        current = self.positive_combo.currentData()
        if self._pending_positive is not None and any(e.name == self._pending_positive for e in self.entries):
            # a lesson's one-vs-rest class, chosen once its class is listed (an import lists them after loading)
            current, self._pending_positive = self._pending_positive, None
            self.schedule_reload()
        self.positive_combo.blockSignals(True)
        self.positive_combo.clear()
        self.positive_combo.addItem(translate("DataTab", "All chosen classes"), None)
        for entry in self.enabled_entries():
            self.positive_combo.addItem(translate("DataTab", "{name} vs. the rest").format(name=entry.name), entry.name)
        index = self.positive_combo.findData(current)
        self.positive_combo.setCurrentIndex(max(0, index))
        self.positive_combo.blockSignals(False)

    def enabled_entries(self) -> list[ClassEntry]:
        return [e for e in self.entries if e.enabled]

    # ----------------------------------------------------------------- folders
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("DataTab", "Choose a class folder, or a folder of class folders"))
        if folder:
            self.add_folders([folder])

    @Slot(list)
    def add_folders(self, paths) -> None:
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.importer is not None:
            self.clear()  # folders and an imported dataset do not mix: the folders replace it
            self._set_format(DEFAULT_IMAGE_FORMAT)  # photos are not read at the dataset's 28 px grayscale
            self.message.emit(translate("DataTab", "The imported dataset was replaced by the folders added; images are "
                                        "read at {size}×{size} colour again").format(size=DEFAULT_IMAGE_FORMAT.size))
        try:
            found = discover_classes(paths)
        except UserError as error:
            show_error(self, translate("DataTab", "Cannot add folder"), str(error))
            return
        known = {tuple(e.train) for e in self.entries}
        added = []
        for cls in found:
            if tuple(cls.train) in known:
                continue
            name = self._unique_name(cls.name)
            entry = ClassEntry(name, list(cls.train), list(cls.test))
            self.entries.append(entry)
            self._add_row(entry)
            added.append(entry)
        if added:
            self._count_and_preview(added)
            self.message.emit(translate("DataTab", "Added {classes}").format(classes=format_count(len(added), "class", "classes")))
            self.schedule_reload()
        self._update_state()

    def describe_classes(self) -> list[dict]:
        """The class folders as the user set them up (names, folders, use), for the next session."""
        if self.importer is not None:
            return []
        return [{"name": e.name, "train": [str(p) for p in e.train], "test": [str(p) for p in e.test],
                 "enabled": e.enabled} for e in self.entries]

    def restore_classes(self, described: list) -> None:
        """Brings back :meth:`describe_classes`'s classes whose folders still exist."""
        restored = []
        for item in described if isinstance(described, list) else []:
            try:
                train = [Path(p) for p in item["train"] if Path(p).is_dir()]
                test = [Path(p) for p in item.get("test", []) if Path(p).is_dir()]
                if not train:
                    continue
                entry = ClassEntry(self._unique_name(str(item["name"])), train, test, bool(item.get("enabled", True)))
            except (KeyError, TypeError):
                continue  # a damaged settings file must not stop the app
            self.entries.append(entry)
            self._add_row(entry)
            restored.append(entry)
        if restored:
            self._count_and_preview(restored)
            self.schedule_reload()
        self._update_state()

    def _unique_name(self, name: str) -> str:
        taken = {e.name for e in self.entries}
        candidate, n = name, 2
        while candidate in taken:
            candidate, n = f"{name} ({n})", n + 1
        return candidate

    def _add_row(self, entry: ClassEntry) -> None:
        row = ClassRow(entry)
        row.renamed.connect(self._rename)
        row.toggled.connect(self._toggle)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self.class_layout.insertWidget(self.class_layout.count() - 1, row)

    def _row_for(self, entry: ClassEntry) -> ClassRow | None:
        return next((r for r in self.rows if r.entry is entry), None)

    @Slot(object, str)
    def _rename(self, row: ClassRow, new: str) -> None:
        if any(e.name == new for e in self.entries if e is not row.entry):
            show_error(self, translate("DataTab", "Name in use"), translate("DataTab", "There is already a class named {name}.").format(name=repr(new)))
            row.name_edit.setText(row.entry.name)
            return
        old, row.entry.name = row.entry.name, new
        loaded = self.state.loaded
        if loaded is not None:
            # Labels are plain strings: renaming relabels in place, no need to decode again.
            self.state.set_data(LoadedData(relabel(loaded.data, {old: new}), loaded.request, loaded.seconds,
                                           loaded.notes))
        self._update_state()

    @Slot(object, bool)
    def _toggle(self, row: ClassRow, on: bool) -> None:
        row.entry.enabled = on
        self._update_state()
        self.schedule_reload()

    @Slot(object)
    def _remove(self, row: ClassRow) -> None:
        self.entries.remove(row.entry)
        self.rows.remove(row)
        discard(row)
        self._update_state()
        self.schedule_reload()

    def clear(self) -> None:
        self._reload_timer.stop()
        self._drop_load_job()
        for row in self.rows:
            discard(row)
        self.rows, self.entries = [], []
        self.importer, self.import_folder = None, None
        self.sample_name = None
        # choices about the classes go with them: a cap left from the last dataset would silently shrink the next
        self.per_class_spin.blockSignals(True)
        self.per_class_spin.setValue(0)
        self.per_class_spin.blockSignals(False)
        self.add_button.setEnabled(True)
        self._set_data(None)
        self._reset_progress()
        self._update_state()

    def _set_format(self, image_format: ImageFormat) -> None:
        """Shows ``image_format`` in the tab's own controls, without reloading."""
        for widget, value in ((self.size_spin, image_format.size), (self.grayscale_check, image_format.grayscale)):
            widget.blockSignals(True)
            widget.setValue(value) if widget is self.size_spin else widget.setChecked(value)
            widget.blockSignals(False)

    def load_sample(self, name: str, folder: str | Path) -> None:
        """Replaces the classes by a built-in sample's, read at the sample's own image format."""
        self.clear()
        self._set_format(native_format(DataRequest("sample", name=name)))
        self.add_folders([folder])
        self.sample_name = name

    # ----------------------------------------------------------------- settings
    def restore_settings(self, settings, read, read_json, restore_session: bool) -> None:
        self.size_spin.setValue(read(settings, "data/size", DEFAULT_IMAGE_FORMAT.size, int))
        self.grayscale_check.setChecked(read(settings, "data/grayscale", DEFAULT_IMAGE_FORMAT.grayscale, bool))
        self.holdout_spin.setValue(read(settings, "data/holdout", 20, int))
        if restore_session:
            self.restore_classes(read_json(settings, "data/classes", []))

    def save_settings(self, settings) -> None:
        import json

        if self.importer is None and self.sample_name is None:
            # a sample's or an import's image format belongs to that data, not to the next photos
            settings.setValue("data/size", self.size_spin.value())
            settings.setValue("data/grayscale", self.grayscale_check.isChecked())
        settings.setValue("data/holdout", self.holdout_spin.value())
        # JSON, not a QSettings list: INI files read a one-item list back as a plain string
        settings.setValue("data/classes", json.dumps(self.describe_classes()))

    # ------------------------------------------------------------------ imports
    def apply_request(self, request: DataRequest) -> None:
        """Shows a data request (a lesson's) in the tab's own controls, and loads it."""
        self.clear()
        fraction = DEFAULT_TEST_FRACTION if request.test_fraction is None else request.test_fraction
        self.holdout_spin.setValue(int(round(100 * fraction)))
        self.per_class_spin.setValue(request.selection.per_class or 0)
        self._pending_positive = request.selection.positive
        if request.kind in IMPORTERS:
            self.import_dataset(IMPORTERS[request.kind], request.paths[0])
            if request.image_format is not None and request.image_format != self.image_format:
                self._set_format(request.image_format)
                self.schedule_reload()
        elif request.kind == "sample":
            self.sampleRequested.emit(request.name or "shapes")  # drawn in a worker, then listed like folders
        else:
            self._set_format(request.resolved_format())
            if request.classes:
                self.restore_classes([{"name": c.name, "train": list(c.train), "test": list(c.test)}
                                      for c in request.classes])
            else:
                self.add_folders(list(request.paths))
                if request.test_paths:
                    test_classes = {c.name: c for c in discover_classes(list(request.test_paths))}
                    for entry in self.entries:
                        if entry.name in test_classes:
                            entry.test = list(test_classes[entry.name].train)
                    self._update_state()
        self._update_state()

    def import_dataset(self, importer, folder: str | Path) -> None:
        """Shows a dataset read from the tutorial's own files (CIFAR-10 batches, Fashion-MNIST IDX)."""
        self.clear()
        self.importer, self.import_folder = importer, Path(folder)
        self._set_format(importer.native_format)
        self.add_button.setEnabled(False)
        self.message.emit(translate("DataTab", "Importing {title} from {folder}").format(title=translate("Importer", importer.title), folder=folder))
        self.start_loading()

    def _show_imported_classes(self, data) -> None:
        """The first load of an imported dataset creates its class rows, with pixel thumbnails."""
        from lrgui.data.images import pixels_to_image
        from lrgui.gui.thumbnails import pil_to_qimage

        test_counts = data.test.counts() if data.test is not None else {}
        for name, count in data.train.counts().items():
            entry = ClassEntry(name, [], original=name, count=count)
            self.entries.append(entry)
            self._add_row(entry)
            row = self.rows[-1]
            row.set_count(count, test_counts.get(name, 0))
            rows = data.train.X[np.flatnonzero(data.train.y == name)[:THUMBNAILS_PER_CLASS]]
            images = [pil_to_qimage(pixels_to_image(r, data.train.image_format).convert("RGB"))
                      .scaled(THUMBNAIL_SIZE, THUMBNAIL_SIZE) for r in rows]
            row.set_thumbnails(images)
            row.setToolTip(translate("Importer", self.importer.title) + f": {self.import_folder}")
        self._update_state()
