"""Where the data come from: one request, one ``load``, for the command line and the Data tab alike.

A :class:`DataRequest` names a source — class folders in any of the three
layouts, CIFAR-10 batches, Fashion-MNIST IDX files, a built-in sample or a
toy 2-D set — with the image format, the class choice, renames, the hold-out
fraction and the seed. :func:`load` turns it into a :class:`LoadedData`.
:func:`preset_for` gives the settings recommended for that source (a sample's
or an importer's), applied by the front ends to that data only.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from lrgui.data import ImageFormat, TrainTest, attach_test_folders, discover_classes, load_class_folders
from lrgui.data.files import printable
from lrgui.data.folders import ClassFolder
from lrgui.data.importers import IMPORTERS
from lrgui.data.samples import SAMPLES, sample_folder, sample_settings
from lrgui.data.selection import ClassSelection, prepare
from lrgui.data.toy import TOY_DEFAULTS, TOY_SETS, load_toy
from lrgui.errors import DataError
from lrgui.session.i18n import translate
from lrgui.session.wording import format_count

#: The share of each class held out for testing when the data bring no test set
#: (the same for the command line and the app). Toy 2-D sets hold out nothing by
#: default: four points cannot spare a test set.
DEFAULT_TEST_FRACTION = 0.2
#: Photos are squashed to 64×64 colour unless the source or the user says otherwise.
DEFAULT_IMAGE_FORMAT = ImageFormat(64, False)

def source_kinds() -> tuple[str, ...]:
    """Where data may come from: folders, a sample, each data-set format of the IMPORTERS registry, a toy set."""
    return ("folders", "sample", *IMPORTERS, "toy")

Progress = Callable[[int, int], None]
StopCheck = Callable[[], bool]


@dataclass(frozen=True)
class ClassSource:
    """One class chosen by the user: its name and folders (the Data tab's rows)."""

    name: str
    train: tuple[str, ...]
    test: tuple[str, ...] = ()


@dataclass(frozen=True)
class DataRequest:
    """Everything that decides which rows a model is trained and tested on.

    ``paths``: for ``folders`` the folders as given (a parent, class folders,
    or train/test layout); for an importer its one folder. ``classes``, when
    given, lists the classes explicitly instead (the Data tab). ``name``: the
    sample's or toy set's name. ``image_format`` None means the source's own
    (a sample's, an importer's native format, else 64×64 colour).
    ``test_fraction`` None means :data:`DEFAULT_TEST_FRACTION` (none for toy
    sets); 0 means no hold-out. ``excluded``: paths of image files the user
    left out of training (a mislabelled photo); they stay in the test set if
    the hold-out put them there, so excluding never changes what is tested.
    """

    kind: str
    paths: tuple[str, ...] = ()
    test_paths: tuple[str, ...] = ()
    classes: tuple[ClassSource, ...] = ()
    name: str | None = None
    image_format: ImageFormat | None = None
    selection: ClassSelection = ClassSelection()
    renames: tuple[tuple[str, str], ...] = ()
    test_fraction: float | None = None
    seed: int = 0
    use_cache: bool = True
    toy_options: tuple[tuple[str, object], ...] = ()
    excluded: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in source_kinds():
            raise DataError(translate("Sources", "Unknown data source {kind}; choose one of {join}.").format(
                kind=repr(self.kind), join=', '.join(source_kinds())))
        if self.test_fraction is not None and not 0 <= self.test_fraction < 1:
            raise DataError(translate("Sources", "The test fraction must be at least 0 and below 1, not "
                                                 "{test_fraction}.").format(test_fraction=self.test_fraction))
        if self.kind == "folders":
            _refuse_repeated_folders(self)
        if self.kind == "toy":
            _check_toy_options(self.name, self.toy_options)

    @property
    def is_images(self) -> bool:
        return self.kind != "toy"

    def resolved_format(self) -> ImageFormat | None:
        """The image format this request loads with (None for toy 2-D data)."""
        if not self.is_images:
            return None
        if self.image_format is not None:
            return self.image_format
        return native_format(self)

    def resolved_test_fraction(self) -> float | None:
        if self.test_fraction is None:
            return None if self.kind == "toy" else DEFAULT_TEST_FRACTION
        return self.test_fraction or None

    def describe(self) -> str:
        """One line for status bars and logs."""
        if self.kind == "folders":
            names = [c.name for c in self.classes] or [Path(p).name for p in self.paths]
            return translate("Sources", "folders {names}").format(names=", ".join(names))
        if self.kind in IMPORTERS:
            return translate("Sources", "{title} from {folder}").format(
                title=translate("Importer", IMPORTERS[self.kind].title), folder=self.paths[0] if self.paths else "?")
        if self.kind == "sample":
            return translate("Sources", "the {name} sample").format(name=self.name)
        return translate("Sources", "the {name} set").format(name=self.name)


def _refuse_repeated_folders(request: DataRequest) -> None:
    """A folder named twice (in one class or two, for training and testing) would load its images twice."""
    names = [c.name for c in request.classes]
    for name in names:
        if names.count(name) > 1:
            raise DataError(translate("Sources", "Two classes are named {name}; give each class one name.").format(
                name=repr(name)))
    seen: set[str] = set()
    for folder in (*request.paths, *request.test_paths, *(p for c in request.classes for p in (*c.train, *c.test))):
        key = os.path.normcase(os.path.normpath(os.path.abspath(os.path.expanduser(folder))))
        if key in seen:
            raise DataError(translate("Sources", "The folder {folder} is given more than once; each folder may be "
                                                 "used once.").format(folder=printable(folder)))
        seen.add(key)


def _check_toy_options(name: str | None, options) -> None:
    """Only the options the toy set takes, so a stranger's lesson cannot pass ``seed`` or ``name`` twice."""
    toy = TOY_SETS.get(str(name or "").strip().lower())
    if toy is None:
        return  # load_toy says which sets there are
    allowed = ("points", "noise", *toy.options)
    for key, _ in options:
        if key not in allowed:
            raise DataError(translate("Sources", "The {title} data set has no option {key}; it takes {join}.").format(
                title=toy.title, key=repr(printable(str(key), 40)), join=', '.join(allowed)))


def native_format(request: DataRequest) -> ImageFormat | None:
    """The format a source recommends: the sample's, the importer's native one, else 64×64 colour."""
    if request.kind == "toy":
        return None
    if request.kind == "sample":
        recommended = sample_settings(request.name or "")
        return ImageFormat(recommended["size"], recommended["grayscale"])
    if request.kind in IMPORTERS:
        return IMPORTERS[request.kind].native_format
    return DEFAULT_IMAGE_FORMAT


#: Training settings recommended per source and model (keys of TrainingSettings).
#: Fashion-MNIST's network: the tutorial's 50 sigmoid units on 25 minibatches,
#: standardised (train 93.4 %, test 87.9 % at 300 epochs).
IMPORTER_PRESETS: dict[str, dict] = {
    "fashion-mnist": {"mlp": {"hidden": 50, "activation": "sigmoid", "batches": 25, "standardize": True}},
}


def preset_for(request: DataRequest) -> dict:
    """``{"logistic": {...}, "mlp": {...}}``: the settings recommended for this data (may be empty)."""
    if request.kind == "sample":
        recommended = sample_settings(request.name or "")
        keep = {k: recommended[k] for k in ("learning_rate", "epochs") if k in recommended}
        return {"logistic": keep}
    if request.kind == "toy":
        defaults = toy_defaults(request.name or "")
        return {kind: dict(values) for kind, values in defaults.items()}
    return {k: dict(v) for k, v in IMPORTER_PRESETS.get(request.kind, {}).items()}


def toy_defaults(name: str) -> dict:
    """``{"logistic": {...}, "mlp": {...}}``: a toy set's recommended settings."""
    key = name.strip().lower()
    if key not in TOY_DEFAULTS:
        raise DataError(translate("Sources", "Unknown toy set {name}; choose one of {join}.").format(
            name=repr(name), join=', '.join(TOY_DEFAULTS)))
    return TOY_DEFAULTS[key]


def toy_names() -> list[str]:
    return list(TOY_SETS)


@dataclass
class LoadedData:
    """The rows to train and test on, and how they were obtained."""

    data: TrainTest
    request: DataRequest
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def image_format(self) -> ImageFormat | None:
        return self.data.train.image_format

    @property
    def preset(self) -> dict:
        return preset_for(self.request)


def load(request: DataRequest, progress: Progress | None = None, should_stop: StopCheck | None = None) -> LoadedData:
    """Loads what ``request`` asks for (in the calling thread; the app runs it in a worker)."""
    started = time.perf_counter()
    fraction = request.resolved_test_fraction()
    if request.kind == "toy":
        data = _load_toy(request)
        data = prepare(data, request.selection, test_fraction=fraction, seed=request.seed)
    elif request.kind in IMPORTERS:
        if len(request.paths) != 1:
            raise DataError(translate("Sources", "Give one folder for {title}.").format(
                title=IMPORTERS[request.kind].title))
        importer = IMPORTERS[request.kind]
        fmt = request.resolved_format()
        data = importer.load(request.paths[0], None if fmt == importer.native_format else fmt,
                             progress=progress, should_stop=should_stop)
        data = prepare(data, request.selection, test_fraction=fraction, seed=request.seed)
    else:
        classes = _class_folders(request)
        loader = _cached_loader() if request.use_cache else None
        data = load_class_folders(classes, request.resolved_format(), selection=request.selection,
                                  progress=progress, should_stop=should_stop, loader=loader)
        data = prepare(data, None, test_fraction=fraction, seed=request.seed)
    if request.renames:
        data = relabel(data, dict(request.renames))
    notes: list[str] = []
    if request.excluded:
        data, dropped = exclude_from_training(data, request.excluded)
        if dropped:
            notes.append(translate("Sources", "{images} excluded by you").format(images=format_count(dropped, "image")))
    return LoadedData(data, request, time.perf_counter() - started, notes)


def exclude_from_training(data: TrainTest, excluded) -> tuple[TrainTest, int]:
    """The data without the training rows whose file path is in ``excluded``, and how many were dropped.

    Applied after the hold-out split, so the test set (and a comparison of
    models before and after excluding) stays the same.
    """
    train = data.train
    if train.paths is None:
        return data, 0
    excluded = {str(p) for p in excluded}
    keep = [i for i, path in enumerate(train.paths) if str(path) not in excluded]
    dropped = len(train) - len(keep)
    if not dropped:
        return data, 0
    kept = train.subset(keep)
    emptied = [name for name in train.classes if name not in kept.classes]
    if emptied:
        raise DataError(translate("Sources", "Excluding these images would leave no training images of {join}; "
                                             "include some of them again.").format(
            join=', '.join(map(repr, emptied))))
    return TrainTest(kept, data.test, data.skipped), dropped


def _class_folders(request: DataRequest) -> list[ClassFolder]:
    if request.classes:  # chosen one by one (the Data tab's rows), a sample's included
        return [ClassFolder(c.name, [Path(p) for p in c.train], [Path(p) for p in c.test]) for c in request.classes]
    if request.kind == "sample":
        if request.name not in SAMPLES:
            raise DataError(translate("Sources", "Unknown sample {name}; the samples are: {join}.").format(
                name=repr(request.name), join=', '.join(SAMPLES)))
        return discover_classes([sample_folder(request.name)])
    if not request.paths:
        raise DataError(translate("Sources", "Give a folder of images: one folder per class, or one folder whose "
                                             "subfolders are the classes."))
    classes = discover_classes(list(request.paths))
    if request.test_paths:
        attach_test_folders(classes, list(request.test_paths))
    return classes


def _load_toy(request: DataRequest) -> TrainTest:
    return load_toy(request.name or "", seed=request.seed, **dict(request.toy_options))


def relabel(data: TrainTest, mapping: dict[str, str]) -> TrainTest:
    """Renames classes in both sets (labels are plain strings: nothing is decoded again)."""
    return TrainTest(
        data.train.relabel(mapping),
        data.test.relabel(mapping) if data.test is not None else None,
        data.skipped,
    )


def _cached_loader():
    """The dataset cache's loader when it can be used, else None (the plain loader): a broken cache never stops loading."""
    try:
        from lrgui.data.cache import ImageCache

        return ImageCache().load_files
    except Exception:  # noqa: BLE001 - any failure of the cache means "load without it"
        return None


def with_format(request: DataRequest, image_format: ImageFormat | None) -> DataRequest:
    return replace(request, image_format=image_format)
