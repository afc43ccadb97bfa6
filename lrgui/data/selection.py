"""Choosing which classes, and how many images of each, to train on (seeded, reproducible).

The choice is made from the labels alone, so a folder dataset can apply it to
its file list before decoding anything: picking 1,032 birds from CIFAR-10's
50,000 images decodes about 2,000 files, not 50,000.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from lrgui.data.dataset import Dataset, TrainTest, hold_out
from lrgui.errors import DataError
from lrgui.i18n import translate


def not_label(name: str) -> str:
    return f"not {name}"


@dataclass(frozen=True)
class ClassSelection:
    """A subset of classes, a cap per class, and/or one class against the rest."""

    classes: tuple[str, ...] = ()
    positive: str | None = None
    per_class: int | None = None
    seed: int = 0

    @property
    def is_everything(self) -> bool:
        return not self.classes and not self.positive and not self.per_class

    def check(self, available: list[str]) -> None:
        for name in (*self.classes, *([self.positive] if self.positive else [])):
            if name not in available:
                raise DataError(translate("Selection", "Unknown class {name}; the classes are: {join}.").format(
                    name=repr(name), join=', '.join(available)))
        if self.positive and self.classes and self.positive not in self.classes:
            raise DataError(translate("Selection", "The class {positive} for one-vs-rest is not among the chosen "
                                                   "classes.").format(positive=repr(self.positive)))
        if self.per_class is not None and self.per_class < 1:
            raise DataError(translate("Selection", "The number of images per class must be at least 1, not "
                                                   "{per_class}.").format(per_class=self.per_class))
        if self.classes and len(self.classes) < 2 and not self.positive:
            raise DataError(translate("Selection", "Choose at least two classes to train on."))

    def rows(self, labels: np.ndarray, salt: int = 0) -> np.ndarray:
        """Sorted indices of the rows of ``labels`` that the selection keeps."""
        labels = np.asarray(labels)
        rng = np.random.default_rng(self.seed + salt)
        keep = np.arange(len(labels))
        if self.classes:
            keep = keep[np.isin(labels[keep], list(self.classes))]
        if self.per_class:
            capped = []
            for name in np.unique(labels[keep]):
                of_class = keep[labels[keep] == name]
                if len(of_class) > self.per_class:
                    of_class = rng.choice(of_class, self.per_class, replace=False)
                capped.append(of_class)
            keep = np.sort(np.concatenate(capped)) if capped else keep[:0]
        if self.positive:
            pos = keep[labels[keep] == self.positive]
            rest = keep[labels[keep] != self.positive]
            if len(rest) > len(pos):
                rest = rng.choice(rest, len(pos), replace=False)
            keep = np.sort(np.concatenate([pos, rest]))
        return keep

    def class_names(self, available: list[str]) -> list[str]:
        if self.positive:
            return [self.positive, not_label(self.positive)]
        if self.classes:
            return [c for c in available if c in self.classes]
        return list(available)

    def relabel(self, labels: np.ndarray) -> np.ndarray:
        labels = np.asarray(labels)
        if not self.positive:
            return labels
        return np.where(labels == self.positive, self.positive, not_label(self.positive))

    def apply(self, data: Dataset | None, salt: int = 0) -> Dataset | None:
        if data is None or self.is_everything:
            return data
        self.check(data.classes)
        subset = data.subset(self.rows(data.y, salt))
        return replace(subset, y=self.relabel(subset.y), classes=self.class_names(data.classes))


def prepare(
    data: TrainTest,
    selection: ClassSelection | None = None,
    test_fraction: float | None = None,
    seed: int = 0,
) -> TrainTest:
    """Applies the class choice to both sets, then holds out a test set if there is none."""
    selection = selection or ClassSelection()
    train = selection.apply(data.train, 0)
    test = selection.apply(data.test, 1)
    if test is not None and len(test) == 0:
        test = None
    if test is None and test_fraction:
        train, test = hold_out(train, test_fraction, seed)
    return TrainTest(train, test, data.skipped)
