"""Finding classes and image files in folders.

Three layouts are understood:

(a) several class folders, each folder's name being its class;
(b) one parent folder whose subfolders are the classes;
(c) one parent folder holding ``train/`` and ``test/``, each with the same
    class subfolders.

Files are listed recursively in sorted order (so seeded splits are the same
on every machine), without following symlinked folders (which may loop).
An image file that is a symlink is used only when it resolves to a file
inside the folder being listed; one pointing elsewhere (``/etc``, another
user's home, another class) is skipped with that reason.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from lrgui.data.dataset import SkippedFile
from lrgui.data.images import is_image_name, unreadable_reason
from lrgui.errors import DataError
from lrgui.i18n import translate

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


def list_images(folder: str | os.PathLike, skipped: list[SkippedFile] | None = None) -> list[Path]:
    """Image files below ``folder``, sorted; hidden files, junk and symlinked folders left out.

    A subfolder that cannot be listed is appended to ``skipped`` with the
    reason (when a list is given), so its images are never left out in silence.
    """
    folder = Path(folder)
    root: str | None = None  # the folder's real path, resolved at the first symlinked file
    found: list[tuple[tuple[str, ...], Path]] = []
    pending: list[tuple[Path, tuple[str, ...]]] = [(folder, ())]
    while pending:  # a stack, not recursion: folders may nest deeper than Python's recursion limit
        directory, parts = pending.pop()
        try:
            entries = _entries(directory)
        except OSError as exc:
            if skipped is not None:
                skipped.append(SkippedFile(str(directory), unreadable_reason(exc)))
            continue
        for entry in entries:
            if _is_real_folder(entry):
                if not _is_hidden_folder(entry.name):
                    pending.append((Path(entry.path), parts + (entry.name,)))
            elif is_image_name(entry.name):
                if entry.is_symlink():
                    root = root or os.path.realpath(folder)
                    if not _resolves_inside(entry.path, root):
                        if skipped is not None:
                            skipped.append(SkippedFile(entry.path, OUTSIDE_LINK))
                        continue
                found.append((parts + (entry.name,), Path(entry.path)))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


#: Why a symlinked image file is not used.
OUTSIDE_LINK = "a symlink to a file outside the folder (lrgui follows only links that stay inside it)"


def _resolves_inside(path: str, root: str) -> bool:
    try:
        target = os.path.realpath(path, strict=True)
    except (OSError, ValueError):  # dangling or looping: reported as unreadable when decoded
        return True
    return os.path.commonpath([target, root]) == root


def _entries(directory: Path) -> list[os.DirEntry]:
    with os.scandir(directory) as it:
        return list(it)


def _is_real_folder(entry: os.DirEntry) -> bool:
    """A folder that is not a symlink (symlinked folders may loop, and are not followed)."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_hidden_folder(name: str) -> bool:
    return name.startswith(".") or name == "__MACOSX"


def _subfolders(folder: Path) -> list[Path]:
    try:
        entries = _entries(folder)
    except OSError as exc:
        raise DataError(translate("Folders", "Cannot read folder {folder}: {reason}.").format(
            folder=folder, reason=unreadable_reason(exc))) from None
    return sorted(
        (Path(e.path) for e in entries if _is_real_folder(e) and not _is_hidden_folder(e.name)),
        key=lambda p: p.name,
    )


def _child_named(folder: Path, names: Sequence[str]) -> Path | None:
    for child in _subfolders(folder):
        if child.name.lower() in names:
            return child
    return None


def _check_folder(path: Path) -> None:
    try:
        is_folder = path.is_dir()
        exists = is_folder or path.exists()
    except OSError as exc:  # a path too long, a symlink loop...
        raise DataError(translate("Folders", "Cannot use {path}: {reason}.").format(
            path=path, reason=unreadable_reason(exc))) from None
    if not exists:
        raise DataError(translate("Folders", "Folder not found: {path}").format(path=path))
    if not is_folder:
        raise DataError(translate("Folders", "Not a folder: {path}").format(path=path))
    try:
        _entries(path)
    except OSError as exc:
        raise DataError(translate("Folders", "Cannot read folder {path}: {reason}.").format(
            path=path, reason=unreadable_reason(exc))) from None


def has_direct_images(folder: Path) -> bool:
    try:
        entries = _entries(folder)
    except OSError:
        return False
    return any(is_image_name(e.name) and not _is_real_folder(e) for e in entries)


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
        raise DataError(translate("Folders", "No folder given."))
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
            raise DataError(translate("Folders", "Two class folders are both named {name}; rename one of them.").format(
                name=repr(name)))
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
                    translate("Folders", "The test folder {test_folder} overlaps the training folder "
                                         "{train_folder}: a test must use images the model was not trained on.").format(
                    test_folder=test_folder, train_folder=train_folder)
                )
    by_name = {c.name: c for c in classes}
    for test_class in test_classes:
        target = by_name.get(test_class.name)
        if target is None:
            known = ", ".join(by_name)
            raise DataError(translate("Folders", "Test folder {value} is class {name}, which is not a training "
                                                 "class ({known}).").format(
                value=test_class.train[0], name=repr(test_class.name), known=known))
        target.test.extend(test_class.train + test_class.test)
