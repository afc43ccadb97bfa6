"""IDX files (MNIST, Fashion-MNIST): a small header, then one big array, gzipped or not.

The header is two zero bytes, a type code, the number of dimensions, and
each dimension as a big-endian 32-bit count; the values follow, big-endian.
The whole array is read straight into NumPy: 60,000 images take one
allocation and no per-image Python work.

Every file is hostile: the header is checked before a byte of the payload is
read, the size it declares is refused in words when it exceeds what lrgui
allows or the memory left (before decompressing anything), and decompression
stops one byte past the declared size, so a gzip bomb costs a few kilobytes.
"""

from __future__ import annotations

import gzip
import math
import os
import zlib
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

import numpy as np

from lrgui.data.dataset import Dataset, ImageFormat, TrainTest, check_trainable
from lrgui.data.image_arrays import images_to_rows
from lrgui.data.files import open_regular_file
from lrgui.data.limits import check_fits, format_bytes
from lrgui.data.loader import LoadingCancelled, LoadProgress, StopCheck
from lrgui.errors import DataError
from lrgui.i18n import localize, translate

#: IDX type codes and the NumPy types they stand for (multi-byte values are big-endian).
IDX_TYPES = {0x08: np.dtype("u1"), 0x09: np.dtype("i1"), 0x0B: np.dtype(">i2"), 0x0C: np.dtype(">i4"),
             0x0D: np.dtype(">f4"), 0x0E: np.dtype(">f8")}  # fmt: skip
UNSIGNED_BYTE = 0x08
#: IDX datasets are vectors (labels), matrices or stacks of images; more dimensions is not a dataset.
MAX_DIMENSIONS = 3
#: Image sides lrgui reads from a file: below 4 nothing is left to see, above 1,024 it is not a dataset of icons.
MIN_IMAGE_SIDE, MAX_IMAGE_SIDE = 4, 1024

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
#: Decompressed in pieces of this size, so no read asks zlib for more than it may produce.
_CHUNK = 8 << 20


@dataclass(frozen=True)
class IdxHeader:
    """What an IDX header declares: the type code and the shape of the array that follows."""

    type_code: int
    shape: tuple[int, ...]

    @property
    def dtype(self) -> np.dtype:
        return IDX_TYPES[self.type_code]

    @property
    def nbytes(self) -> int:
        return math.prod(self.shape) * self.dtype.itemsize

    @property
    def size(self) -> int:
        """The header's own length in bytes."""
        return 4 + 4 * len(self.shape)


def header_text(header: IdxHeader) -> str:
    return " × ".join(f"{d:,}" for d in header.shape)


def _gzip_trailer_size(raw: BinaryIO) -> int | None:
    """The uncompressed length modulo 2³² that a gzip file's last four bytes state, or None if too short."""
    size = os.fstat(raw.fileno()).st_size
    if size < 18:  # a 10-byte header and an 8-byte trailer: shorter files fail in gzip with their own words
        return None
    raw.seek(size - 4)
    return int.from_bytes(raw.read(4), "little")


@contextmanager
def _plain_errors(path: Path) -> Iterator[None]:
    """What reading ``path`` can raise, said in one sentence."""
    try:
        yield
    except DataError:
        raise
    except EOFError:
        raise DataError(translate("Idx", "{path} is truncated (the compressed file ends too early).").format(
            path=path)) from None
    except gzip.BadGzipFile as exc:
        reason = "its checksum does not match" if "CRC" in str(exc) else "its gzip header or length is wrong"
        raise DataError(translate("Idx", "{path} is a corrupt gzip file ({reason}); download it again.").format(
            path=path, reason=reason)) from None
    except zlib.error:
        raise DataError(translate("Idx", "{path} is a corrupt gzip file (its compressed data is damaged); download "
                                         "it again.").format(path=path)) from None
    except PermissionError:
        raise DataError(translate("Idx", "lrgui may not read {path} (permission denied).").format(path=path)) from None
    except OSError as exc:
        raise DataError(translate("Idx", "Cannot read {path}: {value}.").format(
            path=path, value=exc.strerror or exc)) from None
    except MemoryError:
        raise DataError(translate("Idx", "{path} is too large to load into memory.").format(path=path)) from None


class IdxFile:
    """An IDX file, plain or gzipped (told by its first bytes, whatever its name), read header first.

    Use as a context manager: ``header()`` reads and checks the header,
    ``values()`` then reads exactly the array it declares. Between the two the
    caller can refuse the file on its header alone, before any payload is read.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._files = ExitStack()
        self._file: BinaryIO | None = None
        self._plain_size: int | None = None
        self._gzip_size_mod: int | None = None
        self._header: IdxHeader | None = None

    def __enter__(self) -> IdxFile:
        with _plain_errors(self.path):
            raw = self._files.enter_context(open_regular_file(self.path))
            if raw.read(2) == _GZIP_MAGIC:
                self._gzip_size_mod = _gzip_trailer_size(raw)
                raw.seek(0)
                self._file = self._files.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))
            else:
                raw.seek(0)
                self._file, self._plain_size = raw, os.fstat(raw.fileno()).st_size
        return self

    def __exit__(self, *exc_info) -> None:
        self._files.close()

    def header(self) -> IdxHeader:
        """The header, checked: magic, a known type code, 1–3 dimensions, none of them 0."""
        if self._header is None:
            with _plain_errors(self.path):
                self._header = self._read_header()
        return self._header

    def _read_header(self) -> IdxHeader:
        path = self.path
        start = self._file.read(4)
        if len(start) < 4 or start[:2] != b"\0\0" or start[2] not in IDX_TYPES:
            raise DataError(translate("Idx", "{path} is not an IDX file (its first bytes are not an IDX header).").format(
                path=path))
        ndim = start[3]
        if not 1 <= ndim <= MAX_DIMENSIONS:
            raise DataError(translate("Idx", "{path} declares {ndim} dimensions, but IDX datasets have 1 to "
                                             "{max_dimensions}.").format(
                path=path, ndim=ndim, max_dimensions=MAX_DIMENSIONS))
        dims = self._file.read(4 * ndim)
        if len(dims) < 4 * ndim:
            raise DataError(translate("Idx", "{path} is truncated: it ends inside the header.").format(path=path))
        shape = tuple(int.from_bytes(dims[i : i + 4], "big") for i in range(0, 4 * ndim, 4))
        if 0 in shape:
            raise DataError(translate("Idx", "{path} declares an empty array (shape {join}).").format(
                path=path, join=' × '.join(map(str, shape))))
        header = IdxHeader(start[2], shape)
        check_fits(header.nbytes, translate("Idx", "The array declared in {path}").format(path=path))
        if self._plain_size is not None and self._plain_size - header.size != header.nbytes:
            self._refuse_length(header, self._plain_size - header.size)
        # gzip checks this length itself, but only after unpacking everything: a bomb is refused here instead.
        if self._gzip_size_mod is not None and (header.size + header.nbytes) % 2**32 != self._gzip_size_mod:
            raise DataError(
                translate("Idx", "{path} is corrupt: its gzip trailer gives another length than the {text} values "
                                 "its IDX header announces.").format(path=path, text=header_text(header))
            )
        return header

    def _refuse_length(self, header: IdxHeader, present: int) -> None:
        shape = header_text(header)
        if present < header.nbytes:
            raise DataError(
                translate("Idx", "{path} is truncated: its header announces {shape} values ({bytes}) but only "
                                 "{bytes2} follow.").format(
                path=self.path, shape=shape, bytes=format_bytes(header.nbytes), bytes2=format_bytes(present))
            )
        raise DataError(translate("Idx", "{path} is corrupt: more data follows the {shape} values its header "
                                         "announces.").format(path=self.path, shape=shape))

    def values(self) -> np.ndarray:
        """The array the header declares, in native byte order; the file must hold exactly that."""
        header = self.header()
        with _plain_errors(self.path):
            values = np.empty(math.prod(header.shape), dtype=header.dtype)
            view = memoryview(values).cast("B")
            done = 0
            while done < len(view):
                got = self._file.readinto(view[done : done + _CHUNK])
                if not got:
                    self._refuse_length(header, done)
                done += got
            # One byte more, never the rest: a gzip bomb stops here.
            if self._file.read(1):
                self._refuse_length(header, header.nbytes + 1)
        return values.reshape(header.shape).astype(header.dtype.newbyteorder("="), copy=False)


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """The array stored in an IDX file (plain or gzipped), in native byte order.

    The header is checked (magic number, type code, dimensions, the declared
    size against lrgui's limits and the memory left) and the file must hold
    exactly the values the dimensions announce; anything else is a
    :class:`DataError` that says what is wrong.
    """
    with IdxFile(path) as file:
        return file.values()


def find_idx_file(folder: Path, name: str) -> Path | None:
    """``folder/name`` or ``folder/name.gz``, whichever exists."""
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def _check_headers(images: IdxFile, labels: IdxFile) -> None:
    """Refuses a split on its headers alone: unsigned-byte images of 4–1,024 pixels a side, one label each."""
    image_header, label_header = images.header(), labels.header()
    if image_header.type_code != UNSIGNED_BYTE or len(image_header.shape) != 3:
        found = f"{image_header.dtype} {' × '.join(map(str, image_header.shape))}"
        raise DataError(translate("Idx", "{path} should hold uint8 images (m × rows × columns), not {found}.").format(
            path=images.path, found=found))
    rows, columns = image_header.shape[1:]
    if not (MIN_IMAGE_SIDE <= rows <= MAX_IMAGE_SIDE and MIN_IMAGE_SIDE <= columns <= MAX_IMAGE_SIDE):
        raise DataError(
            translate("Idx", "{path} holds {rows} × {columns} images; lrgui reads images from {min_image_side} × "
                             "{min_image_side} to {max_image_side} × {max_image_side} pixels.").format(
            path=images.path, rows=rows, columns=columns, min_image_side=MIN_IMAGE_SIDE,
            max_image_side=localize(format(MAX_IMAGE_SIDE, ",")))
        )
    if len(label_header.shape) != 1:
        found = " × ".join(map(str, label_header.shape))
        raise DataError(translate("Idx", "{path} should hold one integer label per image, not an array of {found}.").format(
            path=labels.path, found=found))
    if label_header.type_code != UNSIGNED_BYTE:
        raise DataError(
            translate("Idx", "{path} holds labels of type {dtype}, but IDX label files hold unsigned bytes (0x08).").format(
            path=labels.path, dtype=label_header.dtype)
        )
    if image_header.shape[0] != label_header.shape[0]:
        raise DataError(
            translate("Idx", "{name} has {value} images but {name2} has {value2} labels.").format(
            name=images.path.name, value=localize(format(image_header.shape[0], ",")), name2=labels.path.name,
            value2=localize(format(label_header.shape[0], ",")))
        )


def read_image_split(folder: Path, images_name: str, labels_name: str, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """(m × h × w uint8 images, m integer labels) of one split, both headers checked before either payload."""
    images_path, labels_path = find_idx_file(folder, images_name), find_idx_file(folder, labels_name)
    if labels_path is None:
        raise DataError(translate("Idx", "{name} has no labels: {labels_name}[.gz] is missing from {folder}.").format(
            name=images_path.name, labels_name=labels_name, folder=folder))
    with IdxFile(images_path) as images_file, IdxFile(labels_path) as labels_file:
        _check_headers(images_file, labels_file)
        check_fits(images_file.header().nbytes + labels_file.header().nbytes, translate("Idx", "The {images_name} split").format(images_name=images_name))
        images, labels = images_file.values(), labels_file.values()
    if len(labels) and labels.max() >= n_classes:  # unsigned bytes: never negative, never wrapped
        raise DataError(translate("Idx", "{labels_path} has label {value}; Fashion-MNIST labels are 0–{value2}.").format(
            labels_path=labels_path, value=int(labels.max()), value2=n_classes - 1))
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
        raise DataError(translate("Idx", "No Fashion-MNIST training images ({images_name}[.gz]) in {folder}.").format(
            images_name=images_name, folder=folder))
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
