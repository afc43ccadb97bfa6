"""CIFAR-10 "python version": pickled batches of 32 × 32 colour images.

The folder (``cifar-10-batches-py`` from ``cifar-10-python.tar.gz``) holds
``data_batch_1`` … ``data_batch_5``, ``test_batch`` and ``batches.meta``.
Each batch is a Python 2 pickle of a dict with bytes keys: ``b"data"``, an
m × 3072 uint8 array whose rows are the red, green and blue 32 × 32 planes one
after the other, and ``b"labels"``, m integers 0–9.

A pickle is a program, not a data format: loading one from an untrusted
download could run any code. :class:`BatchUnpickler` therefore admits only the
few NumPy names an array needs and refuses every other global before it is
imported, let alone called.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import numpy as np

from lrgui.data.dataset import Dataset, ImageFormat, TrainTest, check_trainable
from lrgui.data.image_arrays import images_to_rows
from lrgui.data.loader import LoadingCancelled, LoadProgress, StopCheck
from lrgui.errors import DataError

#: The class names in label order, used when ``batches.meta`` is missing.
CIFAR10_CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")
CIFAR10_FORMAT = ImageFormat(32, grayscale=False)
TRAIN_BATCHES = tuple(f"data_batch_{i}" for i in range(1, 6))
TEST_BATCH = "test_batch"
META_FILE = "batches.meta"
#: The folder the archive unpacks to; a user may pick the folder above it.
SUBFOLDER = "cifar-10-batches-py"

_SIDE = 32
_PIXELS = _SIDE * _SIDE * 3


def _reconstruct(subtype, shape, dtype):
    """NumPy's array constructor for pickles, only ever for plain arrays."""
    if subtype is not np.ndarray:
        raise pickle.UnpicklingError(f"an array of type {subtype!r} instead of numpy.ndarray")
    return np.ndarray.__new__(np.ndarray, shape, dtype)


def _latin1_encode(text, encoding="latin1"):
    """How Python 3 pickles bytes for protocol 2: ``_codecs.encode(text, "latin1")``, nothing else."""
    if not isinstance(text, str) or encoding.replace("-", "").replace("_", "").lower() != "latin1":
        raise pickle.UnpicklingError("an unexpected call of _codecs.encode")
    return text.encode("latin1")


#: Every global a CIFAR-10 batch may name, and what it stands for. NumPy 1
#: pickles arrays as ``numpy.core.multiarray._reconstruct``, NumPy 2 as
#: ``numpy._core.multiarray._reconstruct``; both mean the safe wrapper above.
ALLOWED_GLOBALS = {
    ("numpy.core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy._core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy", "ndarray"): np.ndarray,
    ("numpy", "dtype"): np.dtype,
    ("_codecs", "encode"): _latin1_encode,
}


class BatchUnpickler(pickle.Unpickler):
    """An unpickler that resolves only :data:`ALLOWED_GLOBALS`; nothing is ever imported."""

    def __init__(self, file, source: str):
        super().__init__(file, encoding="bytes")  # Python 2 str stays bytes, as in the real files
        self.source = source

    def find_class(self, module: str, name: str):
        try:
            return ALLOWED_GLOBALS[(module, name)]
        except KeyError:
            raise DataError(
                f"lrgui refuses to load {module}.{name} from {self.source}: CIFAR-10 batch files never "
                "contain it, and a pickle that names it could run code."
            ) from None


def read_pickle(path: Path) -> object:
    """Unpickles ``path`` with :class:`BatchUnpickler`; any failure is a :class:`DataError`."""
    try:
        file = path.open("rb")
    except OSError as exc:
        raise DataError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        with file:
            return BatchUnpickler(file, path.name).load()
    except DataError:
        raise
    except MemoryError:
        raise DataError(f"{path} asks for more memory than this computer has; it is not a CIFAR-10 file.") from None
    except EOFError:
        raise DataError(f"{path} is truncated (the file ends too early); download it again.") from None
    except Exception as exc:  # pickle reports damage as many different exceptions
        reason = str(exc) or type(exc).__name__
        raise DataError(f"{path} is not a readable CIFAR-10 batch file (corrupt: {reason}).") from None


def _entry(batch: dict, key: str):
    """``batch[key]`` whether the pickle's keys are bytes (Python 2) or str (re-saved by Python 3)."""
    return batch.get(key.encode("ascii"), batch.get(key))


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def read_batch(path: Path, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """One batch file as (m × 32 × 32 × 3 uint8 images, m integer labels), checked."""
    batch = read_pickle(path)
    if not isinstance(batch, dict):
        raise DataError(f"{path} is not a CIFAR-10 batch: it holds a {type(batch).__name__}, not a dict.")
    data, labels = _entry(batch, "data"), _entry(batch, "labels")
    if data is None or labels is None:
        cifar100 = _entry(batch, "fine_labels") is not None
        hint = " (it looks like CIFAR-100, which lrgui does not read)" if cifar100 else ""
        raise DataError(f"{path} is not a CIFAR-10 batch: it has no 'data' and 'labels' entries{hint}.")
    if not isinstance(data, np.ndarray) or data.ndim != 2 or data.shape[1] != _PIXELS:
        shape = getattr(data, "shape", type(data).__name__)
        raise DataError(f"{path}: 'data' should be an m × {_PIXELS} array of pixels, not {shape}.")
    if data.dtype != np.uint8:
        if data.dtype.kind not in "ui" or (data.size and (data.min() < 0 or data.max() > 255)):
            raise DataError(f"{path}: 'data' should hold pixel values 0–255, not {data.dtype} values.")
        data = data.astype(np.uint8)
    try:
        labels = np.asarray(labels)
    except Exception:
        labels = np.asarray([None])
    if labels.ndim != 1 or labels.dtype.kind not in "ui" or len(labels) != len(data):
        raise DataError(f"{path}: 'labels' should be {len(data)} integers, one per image.")
    if len(labels) and (labels.min() < 0 or labels.max() >= n_classes):
        raise DataError(f"{path}: label {int(labels.max())} is outside 0–{n_classes - 1}.")
    # Rows are R, G, B planes (channel-major); images are rows of interleaved RGB pixels.
    images = data.reshape(-1, 3, _SIDE, _SIDE).transpose(0, 2, 3, 1)
    return images, labels.astype(np.intp)


def read_class_names(folder: Path) -> list[str]:
    """``label_names`` from ``batches.meta``, or the standard ten names when the file is missing."""
    path = folder / META_FILE
    if not path.exists():
        return list(CIFAR10_CLASSES)
    meta = read_pickle(path)
    names = _entry(meta, "label_names") if isinstance(meta, dict) else None
    if not isinstance(names, (list, tuple)) or len(names) < 2:
        raise DataError(f"{path} is not a CIFAR-10 meta file: it has no list of 'label_names'.")
    return [_text(name) for name in names]


def find_batch_folder(folder: str | os.PathLike) -> Path:
    """The folder holding the batch files: ``folder`` itself or its ``cifar-10-batches-py``."""
    folder = Path(folder).expanduser()
    if not folder.exists():
        raise DataError(f"The folder {folder} does not exist.")
    if folder.is_file():
        if folder.name.endswith((".tar.gz", ".tgz", ".tar")):
            raise DataError(f"{folder} is the archive: extract it, then choose the {SUBFOLDER} folder it contains.")
        raise DataError(f"{folder} is a file; choose the folder that holds data_batch_1 … data_batch_5.")
    if not _has_batches(folder) and _has_batches(folder / SUBFOLDER):
        folder = folder / SUBFOLDER
    if not any((folder / name).is_file() for name in TRAIN_BATCHES):
        found = " (it has test_batch only)" if (folder / TEST_BATCH).is_file() else ""
        raise DataError(f"No CIFAR-10 training batches (data_batch_1 … data_batch_5) in {folder}{found}.")
    return folder


def _has_batches(folder: Path) -> bool:
    return any((folder / name).is_file() for name in (*TRAIN_BATCHES, TEST_BATCH))


def load_cifar10(
    folder: str | os.PathLike,
    image_format: ImageFormat | None = None,
    progress: LoadProgress | None = None,
    should_stop: StopCheck | None = None,
) -> TrainTest:
    """The training batches present (in order) as the training set, ``test_batch`` as the test set.

    ``image_format`` defaults to the native 32 × 32 RGB; another size or
    grayscale converts every image as :func:`lrgui.data.images.load_image`
    would. ``progress(done, total)`` counts batch files read, then, only when
    converting, images converted. ``should_stop()`` returning True raises
    :class:`LoadingCancelled`.
    """
    folder = find_batch_folder(folder)
    image_format = image_format or CIFAR10_FORMAT
    names = read_class_names(folder)
    train_files = [folder / name for name in TRAIN_BATCHES if (folder / name).is_file()]
    test_files = [folder / TEST_BATCH] if (folder / TEST_BATCH).is_file() else []
    files = train_files + test_files

    batches = []
    if progress:
        progress(0, len(files))
    for done, path in enumerate(files, 1):
        if should_stop is not None and should_stop():
            raise LoadingCancelled()
        batches.append(read_batch(path, len(names)))
        if progress:
            progress(done, len(files))

    def dataset(parts: list[tuple[np.ndarray, np.ndarray]]) -> Dataset:
        images = np.concatenate([images for images, _ in parts])
        labels = np.concatenate([labels for _, labels in parts])
        X = images_to_rows(images, image_format, progress, should_stop)
        present = set(np.unique(labels).tolist())
        classes = [name for label, name in enumerate(names) if label in present]
        return Dataset(X, np.asarray(names)[labels], classes, image_format)

    train = dataset(batches[: len(train_files)])
    check_trainable(train)
    test = dataset(batches[len(train_files) :]) if test_files else None
    return TrainTest(train, test)
