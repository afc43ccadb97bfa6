"""IDX files (MNIST, Fashion-MNIST): a small header, then one big array, gzipped or not.

The header is two zero bytes, a type code, the number of dimensions, and
each dimension as a big-endian 32-bit count; the values follow, big-endian.
The whole array is read straight into NumPy: 60,000 images take one
allocation and no per-image Python work.
"""

from __future__ import annotations

import gzip
import math
import os
import zlib
from pathlib import Path

import numpy as np

from lrgui.data.dataset import Dataset, ImageFormat, TrainTest, check_trainable
from lrgui.data.image_arrays import images_to_rows
from lrgui.data.loader import LoadingCancelled, LoadProgress, StopCheck
from lrgui.errors import DataError

#: IDX type codes and the NumPy types they stand for (multi-byte values are big-endian).
IDX_TYPES = {0x08: np.dtype("u1"), 0x09: np.dtype("i1"), 0x0B: np.dtype(">i2"), 0x0C: np.dtype(">i4"),
             0x0D: np.dtype(">f4"), 0x0E: np.dtype(">f8")}  # fmt: skip

#: Refuse headers that claim more than this many bytes of values (a corrupt file, not a dataset).
MAX_IDX_BYTES = 8 << 30

FASHION_MNIST_CLASSES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)  # fmt: skip
FASHION_MNIST_FORMAT = ImageFormat(28, grayscale=True)
#: (images, labels) file names of each split, without the optional ".gz".
FASHION_MNIST_FILES = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 16 << 20


def _open(path: Path):
    """``path`` opened for reading, through gzip when its first bytes say so (whatever its name)."""
    file = path.open("rb")
    if file.read(2) == _GZIP_MAGIC:
        file.close()
        return gzip.open(path, "rb")
    file.seek(0)
    return file


def _read_into(file, out: np.ndarray) -> int:
    """Fills ``out`` from ``file`` in chunks; returns the number of bytes read (less at end of file)."""
    view = memoryview(out).cast("B")
    done = 0
    while done < len(view):
        n = file.readinto(view[done : done + _CHUNK])
        if not n:
            break
        done += n
    return done


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """The array stored in an IDX file (plain or gzipped), in native byte order.

    The header is checked (magic number, type code, dimensions) and the file
    must hold exactly the values the dimensions announce; anything else is a
    :class:`DataError` that says what is wrong.
    """
    path = Path(path)
    try:
        with _open(path) as file:
            header = file.read(4)
            if len(header) < 4 or header[:2] != b"\0\0" or header[2] not in IDX_TYPES or header[3] == 0:
                raise DataError(f"{path} is not an IDX file (its first bytes are not an IDX header).")
            dtype, ndim = IDX_TYPES[header[2]], header[3]
            dims_bytes = file.read(4 * ndim)
            if len(dims_bytes) < 4 * ndim:
                raise DataError(f"{path} is truncated: it ends inside the header.")
            shape = tuple(int(d) for d in np.frombuffer(dims_bytes, dtype=">u4"))
            count = math.prod(shape)
            if count * dtype.itemsize > MAX_IDX_BYTES:
                raise DataError(f"{path} claims an array of shape {shape}, too large to be a dataset.")
            values = np.empty(count, dtype=dtype)
            got = _read_into(file, values)
            if got < values.nbytes:
                raise DataError(
                    f"{path} is truncated: its header announces {shape} values "
                    f"({values.nbytes:,} bytes) but only {got:,} bytes follow."
                )
            if file.read(1):
                raise DataError(f"{path} is corrupt: more data follows the {shape} values its header announces.")
    except DataError:
        raise
    except FileNotFoundError:
        raise DataError(f"The file {path} does not exist.") from None
    except EOFError:
        raise DataError(f"{path} is truncated (the compressed file ends too early).") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise DataError(f"{path} is a corrupt gzip file ({exc}).") from None
    except OSError as exc:
        raise DataError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except MemoryError:
        raise DataError(f"{path} is too large to load into memory.") from None
    return values.reshape(shape).astype(dtype.newbyteorder("="), copy=False)


def find_idx_file(folder: Path, name: str) -> Path | None:
    """``folder/name`` or ``folder/name.gz``, whichever exists."""
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def read_image_split(folder: Path, images_name: str, labels_name: str, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """(m × h × w uint8 images, m integer labels) of one split, checked against each other."""
    images_path, labels_path = find_idx_file(folder, images_name), find_idx_file(folder, labels_name)
    if labels_path is None:
        raise DataError(f"{images_path.name} has no labels: {labels_name}[.gz] is missing from {folder}.")
    images, labels = read_idx(images_path), read_idx(labels_path)
    if images.ndim != 3 or images.dtype != np.uint8:
        found = f"{images.dtype} {images.shape}"
        raise DataError(f"{images_path} should hold uint8 images (m × rows × columns), not {found}.")
    if labels.ndim != 1 or labels.dtype.kind not in "ui":
        raise DataError(f"{labels_path} should hold one integer label per image, not {labels.dtype} {labels.shape}.")
    if len(images) != len(labels):
        raise DataError(
            f"{images_path.name} has {len(images):,} images but {labels_path.name} has {len(labels):,} labels."
        )
    if len(labels) and labels.max() >= n_classes:
        raise DataError(f"{labels_path} has label {int(labels.max())}; Fashion-MNIST labels are 0–{n_classes - 1}.")
    return images, labels.astype(np.intp)


def load_fashion_mnist(
    folder: str | os.PathLike,
    image_format: ImageFormat | None = None,
    progress: LoadProgress | None = None,
    should_stop: StopCheck | None = None,
) -> TrainTest:
    """The ``train-*`` files as the training set and the ``t10k-*`` files, when present, as the test set.

    ``image_format`` defaults to the native 28 × 28 grayscale; another size or
    RGB converts every image as :func:`lrgui.data.images.load_image` would.
    ``progress(done, total)`` counts splits read (train, test), then, only when converting,
    images converted. ``should_stop()`` returning True raises
    :class:`LoadingCancelled`.
    """
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise DataError(f"The folder {folder} does not exist." if not folder.exists() else f"{folder} is not a folder.")
    images_name = FASHION_MNIST_FILES["train"][0]
    if find_idx_file(folder, images_name) is None:
        raise DataError(f"No Fashion-MNIST training images ({images_name}[.gz]) in {folder}.")
    splits = [s for s in ("train", "test") if find_idx_file(folder, FASHION_MNIST_FILES[s][0]) is not None]
    image_format = image_format or FASHION_MNIST_FORMAT
    names = np.asarray(FASHION_MNIST_CLASSES)

    arrays = {}
    if progress:
        progress(0, len(splits))
    for done, split in enumerate(splits, 1):
        if should_stop is not None and should_stop():
            raise LoadingCancelled()
        arrays[split] = read_image_split(folder, *FASHION_MNIST_FILES[split], len(names))
        if progress:
            progress(done, len(splits))

    def dataset(images: np.ndarray, labels: np.ndarray) -> Dataset:
        X = images_to_rows(images, image_format, progress, should_stop)
        present = set(np.unique(labels).tolist())
        classes = [name for label, name in enumerate(names.tolist()) if label in present]
        return Dataset(X, names[labels], classes, image_format)

    train = dataset(*arrays["train"])
    check_trainable(train)
    return TrainTest(train, dataset(*arrays["test"]) if "test" in arrays else None)
