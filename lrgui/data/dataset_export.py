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
from pathlib import Path

import numpy as np

import lrgui
from lrgui.data.dataset import Dataset, TrainTest
from lrgui.data.files import check_output, replacing, shown
from lrgui.errors import DataError
from lrgui.i18n import translate


def utf8_name(name: str) -> str:
    """A class name as valid UTF-8 text.

    A folder name that is not UTF-8 reaches Python with lone surrogates
    (surrogateescape); its original bytes are decoded again with the bytes
    that are not UTF-8 replaced by U+FFFD, so readers never meet invalid text.
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def check_dataset_target(path, *, force: bool = False, inputs=()) -> Path:
    """``path`` if the dataset may be written there (lrgui.data.files' output policy), else DataError."""
    return check_output(path, what="the dataset", error=DataError, force=force, inputs=inputs, example="data.h5")


def export_dataset_hdf5(data: TrainTest, path: str | os.PathLike, *, force: bool = False) -> Path:
    """Writes ``data`` to ``path`` (HDF5, layout in the module docstring) atomically; returns the path.

    An existing file is replaced only with ``force``, and never when it is one of the images exported.
    """
    import h5py  # imported when first needed, not at the app's start
    image_format = data.train.image_format
    if image_format is None:
        raise DataError(
            translate("DatasetExport", "These data are not images (such as the logic gates), so they cannot be "
                                       "exported as an image dataset.")
        )
    images = [p for part in (data.train, data.test) if part is not None for p in (part.paths or ())]
    path = check_dataset_target(path, force=force, inputs=images)
    parts = {"train": data.train} if data.test is None else {"train": data.train, "test": data.test}
    classes = list(data.classes)
    for part in parts.values():
        classes += [c for c in part.classes if c not in classes]
    index = {name: i for i, name in enumerate(classes)}
    arrays = {}
    for name, part in parts.items():
        arrays[f"{name}_x"] = _pixels(part, image_format.shape, name)
        arrays[f"{name}_y"] = np.array([index[str(label)] for label in part.y.tolist()], dtype=np.int64)
    try:
        with replacing(path) as temporary, h5py.File(temporary, "w") as f:
            f.attrs["image_size"] = image_format.size
            f.attrs["channels"] = image_format.channels
            f.attrs["color_mode"] = "grayscale" if image_format.grayscale else "rgb"
            f.attrs["lrgui_version"] = lrgui.__version__
            for name, array in arrays.items():
                f.create_dataset(name, data=array)
            names = np.array([utf8_name(c) for c in classes], dtype=h5py.string_dtype())
            f.create_dataset("list_classes", data=names)
    except OSError as exc:
        raise DataError(translate("DatasetExport", "Cannot write the dataset to {shown}: {value}.").format(
            shown=shown(path), value=exc.strerror or exc)) from None
    return path


def _pixels(part: Dataset, shape: tuple[int, int, int], name: str) -> np.ndarray:
    """The uint8 rows of ``part`` as (m, size, size, channels) images, without copying."""
    # a Dataset may hold float features (the gates) or rows of another size: refused, never reshaped wrongly
    X = np.asarray(part.X)
    if X.dtype != np.uint8 or X.ndim != 2 or X.shape[1] != shape[0] * shape[1] * shape[2]:
        which = "training" if name == "train" else "test"
        raise DataError(
            translate("DatasetExport", "The {which} set holds {dtype} rows of {value} values, not the "
                                       "{shape}×{shape2} uint8 images an image dataset needs.").format(
            which=which, dtype=X.dtype, value=X.shape[1:], shape=shape[0], shape2=shape[1])
        )
    return X.reshape((len(X), *shape))
