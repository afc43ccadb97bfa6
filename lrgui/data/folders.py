"""Finding classes and image files in folders.

Three layouts are understood:

(a) several class folders, each folder's name being its class;
(b) one parent folder whose subfolders are the classes;
(c) one parent folder holding ``train/`` and ``test/``, each with the same
    class subfolders.

Files are listed recursively in sorted order (so seeded splits are the same
on every machine), without following symlinked folders (which may loop).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from lrgui.data.images import is_image_name
from lrgui.errors import DataError

TRAIN_NAMES = ("train", "training")
TEST_NAMES = ("test", "testing")


@dataclass
class ClassFolder:
    """One class: its name, the folders of its training images and of its test images."""

    name: str
    train: list[Path]
    test: list[Path]

    @property
    def folders(self) -> list[Path]:
        return self.train + self.test


def list_images(folder: str | os.PathLike) -> list[Path]:
    """Image files below ``folder``, sorted, hidden files, junk and symlinked folders left out."""
    folder = Path(folder)
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__MACOSX")
        found.extend(Path(root, f) for f in sorted(files) if is_image_name(f))
    found.sort(key=lambda p: p.relative_to(folder).parts)
    return found


def _subfolders(folder: Path) -> list[Path]:
    return sorted(
        (p for p in folder.iterdir() if p.is_dir() and not p.is_symlink() and not p.name.startswith(".") and p.name != "__MACOSX"),
        key=lambda p: p.name,
    )


def _child_named(folder: Path, names: Sequence[str]) -> Path | None:
    for child in _subfolders(folder):
        if child.name.lower() in names:
            return child
    return None


def _check_folder(path: Path) -> None:
    if not path.exists():
        raise DataError(f"Folder not found: {path}")
    if not path.is_dir():
        raise DataError(f"Not a folder: {path}")
    try:
        next(iter(os.scandir(path)), None)
    except PermissionError:
        raise DataError(f"Cannot read folder (permission denied): {path}") from None
    except OSError as exc:
        raise DataError(f"Cannot read folder {path}: {exc.strerror or exc}") from None


def has_direct_images(folder: Path) -> bool:
    return any(p.is_file() and is_image_name(p.name) for p in folder.iterdir())


def classes_in_parent(parent: Path) -> list[ClassFolder]:
    """Layout (b) or (c) for one parent folder; [] when it has no class subfolders."""
    _check_folder(parent)
    train_dir, test_dir = _child_named(parent, TRAIN_NAMES), _child_named(parent, TEST_NAMES)
    if train_dir is not None:
        classes = [ClassFolder(sub.name, [sub], []) for sub in _subfolders(train_dir)]
        if test_dir is not None:
            by_name = {c.name: c for c in classes}
            for sub in _subfolders(test_dir):
                if sub.name in by_name:
                    by_name[sub.name].test.append(sub)
                else:
                    classes.append(ClassFolder(sub.name, [], [sub]))
        return classes
    return [ClassFolder(sub.name, [sub], []) for sub in _subfolders(parent)]


def discover_classes(paths: Sequence[str | os.PathLike]) -> list[ClassFolder]:
    """The classes named by the user's folders, in the order given.

    One folder with class subfolders (and no images of its own) is a parent
    (layout b or c); otherwise every folder is one class, named after it.
    """
    folders = [Path(p).expanduser() for p in paths]
    if not folders:
        raise DataError("No folder given.")
    for folder in folders:
        _check_folder(folder)
    if len(folders) == 1 and not has_direct_images(folders[0]):
        classes = classes_in_parent(folders[0])
        if classes:
            return classes
    classes: list[ClassFolder] = []
    for folder in folders:
        name = folder.resolve().name
        if any(c.name == name for c in classes):
            raise DataError(f"Two class folders are both named {name!r}; rename one of them.")
        classes.append(ClassFolder(name, [folder], []))
    return classes


def attach_test_folders(classes: list[ClassFolder], test_paths: Sequence[str | os.PathLike]) -> None:
    """Adds test folders (a parent with class subfolders, or class folders) matched by class name."""
    test_classes = discover_classes(test_paths)
    training = [folder.resolve() for c in classes for folder in c.train]
    for test_folder in (folder.resolve() for c in test_classes for folder in c.train + c.test):
        for train_folder in training:
            if test_folder.is_relative_to(train_folder) or train_folder.is_relative_to(test_folder):
                raise DataError(
                    f"The test folder {test_folder} overlaps the training folder {train_folder}: "
                    "a test must use images the model was not trained on."
                )
    by_name = {c.name: c for c in classes}
    for test_class in test_classes:
        target = by_name.get(test_class.name)
        if target is None:
            known = ", ".join(by_name)
            raise DataError(f"Test folder {test_class.train[0]} is class {test_class.name!r}, which is not a training class ({known}).")
        target.test.extend(test_class.train + test_class.test)
