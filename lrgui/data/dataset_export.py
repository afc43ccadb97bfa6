"""Writing a loaded image dataset as HDF5, laid out as the deep-learning tutorials' files are.

Layout (the tutorial's ``train_catvnoncat.h5`` names, readable by h5py and any HDF5 library)::

    /                attrs: image_size, channels, color_mode ("rgb" or "grayscale"), lrgui_version
    /train_x         (m, size, size, channels) uint8 pixels, rows in the order they were loaded
    /train_y         (m,) int64: the index of each image's class in list_classes
    /test_x, /test_y the same for the test set, when there is one
    /list_classes    the class names, UTF-8 strings

Arrays are stored contiguous and uncompressed, so any HDF5 reader opens them without filters.
"""

from __future__ import annotations

import os
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import h5py
import numpy as np

import lrgui
from lrgui.data.dataset import Dataset, TrainTest
from lrgui.errors import DataError, UserError


@contextmanager
def replacing(path: str | os.PathLike, what: str, error: type[UserError] = DataError) -> Iterator[Path]:
    """Yields a temporary path beside ``path``; once written, it is flushed to disk and renamed over ``path``.

    A failure at any point leaves ``path`` as it was and no temporary file
    behind; an OSError becomes ``error`` with one sentence naming ``what``.
    The file is created with the usual permissions (0666 less the umask).
    """
    path = Path(path)
    folder = path.parent
    temporary = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise error(f"Cannot write {what} in {folder}: {exc.strerror or exc}.") from None
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise error(f"Cannot write {what} to {path}: {exc.strerror or exc}.") from None
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)


def utf8_name(name: str) -> str:
    """A class name as valid UTF-8 text.

    A folder name that is not UTF-8 reaches Python with lone surrogates
    (surrogateescape); its original bytes are decoded again with the bytes
    that are not UTF-8 replaced by U+FFFD, so readers never meet invalid text.
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def export_dataset_hdf5(data: TrainTest, path: str | os.PathLike) -> Path:
    """Writes ``data`` to ``path`` (HDF5, layout in the module docstring) atomically; returns the path."""
    path = Path(path)
    image_format = data.train.image_format
    if image_format is None:
        raise DataError(
            "These data are not images (such as the logic gates), so they cannot be exported as an image dataset."
        )
    if path.is_dir():
        raise DataError(f"Cannot export the dataset to {path}: it is a folder; give a file name such as data.h5.")
    if not path.parent.is_dir():
        raise DataError(f"Cannot export the dataset: folder not found: {path.parent}")
    parts = {"train": data.train} if data.test is None else {"train": data.train, "test": data.test}
    classes = list(data.classes)
    for part in parts.values():
        classes += [c for c in part.classes if c not in classes]
    index = {name: i for i, name in enumerate(classes)}
    arrays = {}
    for name, part in parts.items():
        arrays[f"{name}_x"] = _pixels(part, image_format.shape, name)
        arrays[f"{name}_y"] = np.array([index[str(label)] for label in part.y.tolist()], dtype=np.int64)
    with replacing(path, "the dataset") as temporary:
        with h5py.File(temporary, "w") as f:
            f.attrs["image_size"] = image_format.size
            f.attrs["channels"] = image_format.channels
            f.attrs["color_mode"] = "grayscale" if image_format.grayscale else "rgb"
            f.attrs["lrgui_version"] = lrgui.__version__
            for name, array in arrays.items():
                f.create_dataset(name, data=array)
            names = np.array([utf8_name(c) for c in classes], dtype=h5py.string_dtype())
            f.create_dataset("list_classes", data=names)
    return path


def _pixels(part: Dataset, shape: tuple[int, int, int], name: str) -> np.ndarray:
    """The uint8 rows of ``part`` as (m, size, size, channels) images, without copying."""
    # a Dataset may hold float features (the gates) or rows of another size: refused, never reshaped wrongly
    X = np.asarray(part.X)
    if X.dtype != np.uint8 or X.ndim != 2 or X.shape[1] != shape[0] * shape[1] * shape[2]:
        which = "training" if name == "train" else "test"
        raise DataError(
            f"The {which} set holds {X.dtype} rows of {X.shape[1:]} values, "
            f"not the {shape[0]}×{shape[1]} uint8 images an image dataset needs."
        )
    return X.reshape((len(X), *shape))
