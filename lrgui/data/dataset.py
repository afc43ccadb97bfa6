"""In-memory datasets: pixels as uint8 rows, one label per row, and what was skipped."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from lrgui.errors import DataError
from lrgui.i18n import localize, translate


#: The reason given for a file or folder the operating system would not let lrgui read.
PERMISSION_DENIED = "permission denied"

#: Image sides lrgui trains on: below 4 nothing is left to see, above 1,024
#: one photo is 3 million features and a class of them no longer fits in memory.
MIN_IMAGE_SIZE = 4
MAX_IMAGE_SIZE = 1024


@dataclass(frozen=True)
class SkippedFile:
    """A file that was not used, and why, in words for the user."""

    path: str
    reason: str

    def as_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True)
class ImageFormat:
    """How images are turned into feature rows: square size and colour channels."""

    size: int = 64
    grayscale: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.size, bool) or not isinstance(self.size, (int, np.integer)):
            raise DataError(translate("Dataset", "The image size must be a whole number of pixels, not {size}.").format(
                size=repr(self.size)))
        if not MIN_IMAGE_SIZE <= self.size <= MAX_IMAGE_SIZE:
            raise DataError(
                translate("Dataset", "The image size must be between {min_image_size} and {max_image_size} pixels, "
                                     "not {size}.").format(
                min_image_size=MIN_IMAGE_SIZE, max_image_size=localize(format(MAX_IMAGE_SIZE, ",")),
                size=localize(format(self.size, ",")))
            )
        object.__setattr__(self, "size", int(self.size))

    @property
    def channels(self) -> int:
        return 1 if self.grayscale else 3

    @property
    def n_features(self) -> int:
        return self.size * self.size * self.channels

    @property
    def shape(self) -> tuple[int, int, int]:
        return (self.size, self.size, self.channels)


@dataclass
class Dataset:
    """Rows of ``X`` (m × n, uint8 pixels or float features) labelled by ``y``.

    ``classes`` lists the class names in display order (folder order);
    ``image_format`` is None for data that are not images (the logic gates);
    ``paths`` names the source of each row when it came from a file.
    """

    X: np.ndarray
    y: np.ndarray
    classes: list[str]
    image_format: ImageFormat | None = None
    paths: list[str] | None = None

    def __post_init__(self) -> None:
        self.y = np.asarray(self.y)
        if len(self.X) != len(self.y):
            raise ValueError(f"X has {len(self.X)} rows but y has {len(self.y)} labels")
        if self.paths is not None and len(self.paths) != len(self.y):
            raise ValueError("paths and y differ in length")

    def __len__(self) -> int:
        return len(self.y)

    @property
    def n_features(self) -> int:
        return int(self.X.shape[1]) if self.X.ndim == 2 else 0

    def counts(self) -> dict[str, int]:
        """Number of rows per class, in the order of ``classes``."""
        return {name: int(np.count_nonzero(self.y == name)) for name in self.classes}

    def subset(self, indices) -> "Dataset":
        indices = np.asarray(indices, dtype=np.intp)
        present = set(np.unique(self.y[indices]).tolist()) if len(indices) else set()
        return replace(
            self,
            X=self.X[indices],
            y=self.y[indices],
            classes=[c for c in self.classes if c in present],
            paths=None if self.paths is None else [self.paths[i] for i in indices],
        )

    def relabel(self, mapping: dict[str, str]) -> "Dataset":
        """Renames classes (several may map to one name); order follows first appearance."""
        y = np.array([mapping.get(label, label) for label in self.y.tolist()], dtype=object)
        classes: list[str] = []
        for name in self.classes:
            new = mapping.get(name, name)
            if new not in classes:
                classes.append(new)
        return replace(self, y=y.astype(str) if len(y) else y, classes=classes)


@dataclass
class TrainTest:
    """A training set, an optional test set, and the files skipped while loading both."""

    train: Dataset
    test: Dataset | None = None
    skipped: list[SkippedFile] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.train.classes


def hold_out(data: Dataset, fraction: float, seed: int = 0) -> tuple[Dataset, Dataset]:
    """A seeded random split: ``fraction`` of each class goes to the test set.

    Splitting per class (stratified) keeps both sets balanced; at least one
    row of a class stays in training.
    """
    if not 0 < fraction < 1:
        raise DataError(translate("Dataset", "The test fraction must be between 0 and 1 (exclusive), not "
                                             "{fraction}.").format(fraction=fraction))
    rng = np.random.default_rng(seed)
    train_idx, test_idx = [], []
    for name in data.classes:
        rows = np.flatnonzero(data.y == name)
        rows = rows[rng.permutation(len(rows))]
        n_test = int(round(fraction * len(rows)))
        n_test = min(n_test, len(rows) - 1)
        test_idx.extend(rows[:n_test])
        train_idx.extend(rows[n_test:])
    train_idx.sort()
    test_idx.sort()
    if not test_idx:
        raise DataError(translate("Dataset", "A test fraction of {fraction} leaves no image for testing; use a "
                                             "larger fraction.").format(fraction=fraction))
    return data.subset(train_idx), data.subset(test_idx)


def check_trainable(data: Dataset) -> None:
    """Refuses, in words, a dataset that cannot train a classifier."""
    counts = data.counts()
    empty = [name for name, count in counts.items() if count == 0]
    if empty:
        raise DataError(translate("Dataset", "Class {empty} has no usable images.").format(empty=repr(empty[0])))
    if len(counts) < 2:
        names = ", ".join(repr(c) for c in counts) or "none"
        raise DataError(translate("Dataset", "Training needs at least two classes; found {count} ({names}).").format(
            count=len(counts), names=names))
