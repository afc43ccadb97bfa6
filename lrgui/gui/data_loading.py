"""The Data tab's work off the UI thread: counting and previews, loading, and the loaded data put in the state.

A part of :class:`~lrgui.gui.data_tab.DataTab` (mixed into it): each kind of
work has its task runner, so a new load cancels the last and its result never
lands, and previews queue on their own lane.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Slot

from lrgui.data import list_images
from lrgui.data.selection import ClassSelection
from lrgui.errors import UserError
from lrgui.gui.class_rows import THUMBNAIL_SIZE, ClassEntry
from lrgui.gui.thumbnails import thumbnail
from lrgui.gui.widgets import show_error
from lrgui.gui.workers import Callbacks
from lrgui.session.i18n import translate
from lrgui.session.sources import DEFAULT_IMAGE_FORMAT, ClassSource, DataRequest, LoadedData, load, relabel
from lrgui.session.wording import format_int, format_number, split_count

THUMBNAILS_PER_CLASS = 8


class DataLoading:
    """The Data tab's loading and previews (its widgets and state are the tab's own)."""

    # ------------------------------------------------------ counts and previews
    def _count_and_preview(self, entries: list[ClassEntry]) -> None:
        jobs = [(id(e), list(e.train), list(e.test)) for e in entries]

        def task(report, should_stop):
            for key, train, test in jobs:
                if should_stop():
                    return None
                files = [p for folder in train for p in list_images(folder)]
                test_count = sum(len(list_images(folder)) for folder in test)
                images = []
                step = max(1, len(files) // THUMBNAILS_PER_CLASS)
                for path in files[::step][:THUMBNAILS_PER_CLASS]:
                    if should_stop():
                        return None
                    image = thumbnail(path, THUMBNAIL_SIZE)
                    if image is not None:
                        images.append(image)
                report((key, len(files), test_count, images), force=True)
            return True

        # counting and previews queue on their lane: a second folder's wait for the first's, never cancel them
        self.workers.start(task, "thumbnails", Callbacks(progress=self._preview_ready))

    @Slot(object)
    def _preview_ready(self, payload) -> None:
        key, count, test_count, images = payload
        for row in self.rows:
            if id(row.entry) == key:
                row.entry.count = count
                data = self.state.data
                trained = None if data is None else data.train.counts().get(row.entry.name)
                if trained is None:
                    row.set_count(count, test_count)
                else:  # loaded already: how the pictures are used says more than the folder's count
                    tested = data.test.counts().get(row.entry.name, 0) if data.test is not None else 0
                    row.set_split(trained, tested)
                row.set_thumbnails(images)

    # ----------------------------------------------------------------- loading
    def schedule_reload(self, *_) -> None:
        """Coalesces quick successive changes (typing a size) into one load.

        The data loaded so far no longer match the settings, so they are
        dropped at once: Train must never run on what the tab no longer shows.
        """
        if self.state.data is not None:
            self._set_data(None)
            self.summary.setText(translate("DataLoading", "Settings changed: loading again…"))
        self._reload_timer.start()

    def _drop_load_job(self) -> None:
        """Stops the running load and drops whatever it still delivers: its result would be stale."""
        if self._loading.job is not None:
            self._loading.cancel()
            self.busyChanged.emit(False)

    def start_loading(self) -> None:
        self._reload_timer.stop()
        self._drop_load_job()
        entries = self.enabled_entries()
        if len(entries) < 2 and not (self.importer is not None and not self.entries):
            self._set_data(None)
            self.summary.setText(translate("DataLoading", "Add at least two classes to train.") if self.entries else "")
            self._update_state()
            return
        try:
            request = self.request()
        except UserError as error:
            self._set_data(None)
            self.summary.setText(f"<span style='color:#b00020'>{error}</span>")
            return

        def task(report, should_stop):
            return load(request, progress=lambda done, total: report((done, total), force=done == total),
                        should_stop=should_stop)

        self._load_started = time.monotonic()
        self._names_at_load = [(entry, entry.name) for entry in self.entries]
        self._loading.start(task, progress=self._load_progress, result=self._load_succeeded,
                            failure=self._load_failed, cancelled=self._load_cancelled, finish=self._load_finished)
        self._set_data(None)
        self.progress.setFormat(translate("DataLoading", "%v / %m images"))
        self.progress.setRange(0, 0)
        self.summary.setText(translate("DataLoading", "Loading images…"))
        self.busyChanged.emit(True)
        self._update_state()

    def request(self) -> DataRequest:
        """The data request the tab's rows and settings describe (what Load would load)."""
        entries = self.enabled_entries()
        per_class = self.per_class_spin.value() or None
        positive = self.positive_combo.currentData()
        fraction = self.holdout_spin.value() / 100
        if self.importer is None:
            classes = tuple(ClassSource(e.name, tuple(str(p) for p in e.train), tuple(str(p) for p in e.test))
                            for e in entries)
            kind = "sample" if self.sample_name else "folders"
            return DataRequest(kind, name=self.sample_name, classes=classes, image_format=self.image_format,
                               selection=ClassSelection(positive=positive, per_class=per_class),
                               test_fraction=fraction, excluded=self.state.exclusions)
        renames = tuple((e.original, e.name) for e in self.entries if e.original and e.original != e.name)
        originals = {new: old for old, new in renames}
        chosen = tuple(e.original for e in entries)  # () before the first load: every class
        selection = ClassSelection(chosen, originals.get(positive, positive), per_class)
        return DataRequest(self.importer.name, paths=(str(self.import_folder),), image_format=self.image_format,
                           selection=selection, renames=renames, test_fraction=fraction,
                           excluded=self.state.exclusions)

    def cancel_loading(self) -> None:
        self._reload_timer.stop()
        self._loading.stop()

    @Slot(object)
    def _load_progress(self, payload) -> None:
        done, total = payload
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _load_succeeded(self, loaded: LoadedData) -> None:
        data = loaded.data
        self.progress.setRange(0, max(1, len(data.train) + len(data.skipped) + (len(data.test) if data.test else 0)))
        self.progress.setValue(self.progress.maximum())
        if self.importer is not None and not self.entries:
            self._show_imported_classes(data)
        renamed = {old: entry.name for entry, old in self._names_at_load if entry.name != old}
        if renamed:  # renamed while loading: the labels follow the names shown
            loaded = LoadedData(relabel(data, renamed), loaded.request, loaded.seconds, loaded.notes)
        self._set_data(loaded)

    def _reset_progress(self) -> None:
        self.progress.setFormat(translate("DataLoading", "no images loaded"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    @Slot(object, str)
    def _load_failed(self, error, details: str) -> None:
        self._reset_progress()
        if isinstance(error, UserError):
            self.summary.setText(f"<span style='color:#b00020'>{error}</span>")
        elif isinstance(error, MemoryError):
            show_error(self, translate("DataLoading", "Out of memory"), translate("DataLoading", "There is not enough memory to load these images. "
                       "Try a smaller image size or fewer images per class."))
            self.summary.setText(translate("DataLoading", "Loading failed: not enough memory."))
        else:
            show_error(self, translate("DataLoading", "Loading failed"), translate("DataLoading", "Unexpected error while loading: {error}").format(error=error),
                       details)
            self.summary.setText(translate("DataLoading", "Loading failed."))

    @Slot()
    def _load_cancelled(self) -> None:
        self._reset_progress()
        self.summary.setText(translate("DataLoading", "Loading cancelled. Press Reload to load the images."))

    @Slot()
    def _load_finished(self) -> None:
        self._loading.job = None
        self.busyChanged.emit(False)
        self._update_state()

    def _set_data(self, loaded: LoadedData | None) -> None:
        self.skipped_list.clear()
        if loaded is None:
            self.skipped_box.setVisible(False)
            if self.state.loaded is not None:
                self.state.set_data(None)
            return
        data = loaded.data
        n_test = len(data.test) if data.test is not None else 0
        counts = ", ".join(f"{name}: {format_int(count)}" for name, count in data.train.counts().items())
        fmt = data.train.image_format
        unusual = ""
        if fmt is not None and fmt != DEFAULT_IMAGE_FORMAT:
            kind = translate("DataLoading", "grayscale") if fmt.grayscale else translate("DataLoading", "colour")
            unusual = " " + translate("DataLoading", "Images are read at <b>{size}×{size} {kind}</b> (photos usually use "
                                      "{usual}×{usual} colour).").format(size=fmt.size, kind=kind,
                                                                          usual=DEFAULT_IMAGE_FORMAT.size)
        notes = "".join(f"<br>{note}" for note in loaded.notes)
        self.summary.setText(
            translate("DataLoading", "<b>Loaded {images}</b>; to train: {counts}; {features} features each, "
                      "in {seconds} s.").format(images=split_count(len(data.train), n_test), counts=counts,
                                                features=format_int(data.train.n_features),
                                                seconds=format_number(loaded.seconds, ".1f"))
            + unusual + notes
        )
        test_counts = data.test.counts() if data.test is not None else {}
        for row in self.rows:  # each class: all its pictures, and how many are trained on and tested
            trained = data.train.counts().get(row.entry.name)
            if trained is not None:
                row.set_split(trained, test_counts.get(row.entry.name, 0))
        for skipped in data.skipped:
            self.skipped_list.addItem(f"{skipped.path} — {skipped.reason}")
        self.skipped_box.setTitle(translate("DataLoading", "Skipped files ({count})").format(count=format_int(len(data.skipped))))
        self.skipped_box.setVisible(bool(data.skipped))
        self.state.set_data(loaded)
        self.message.emit(translate("DataLoading", "Loaded {images}").format(images=split_count(len(data.train), n_test)))
