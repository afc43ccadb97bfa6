"""CIFAR-10 "python version": pickled batches of 32 × 32 colour images.

The folder (``cifar-10-batches-py`` from ``cifar-10-python.tar.gz``) holds
``data_batch_1`` … ``data_batch_5``, ``test_batch`` and ``batches.meta``.
Each batch is a protocol 2 pickle of a dict with bytes keys: ``b"data"``, an
m × 3072 uint8 array whose rows are the red, green and blue 32 × 32 planes one
after the other, ``b"labels"``, m integers 0–9, ``b"filenames"`` and
``b"batch_label"``.

A pickle is a program, not a data format: even a "restricted" unpickler runs
it, and with nothing but NumPy's own array constructor a 91-byte file can build
an object array from raw bytes (a crash) or a 6 KB one a zero-stride array of
gigabytes. So lrgui never unpickles. :class:`BatchPickleReader` walks the
opcodes (``pickletools.genops``) with a small stack machine that knows the
few shapes these files take, checks every size against the bytes actually
present, and rebuilds the one pixel array itself with ``np.frombuffer``.
Anything else is refused in one sentence before anything large is allocated.
"""

from __future__ import annotations

import os
import pickletools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from lrgui.data.dataset import Dataset, ImageFormat, TrainTest, check_trainable
from lrgui.data.image_arrays import images_to_rows
from lrgui.data.files import open_regular_file
from lrgui.data.limits import check_fits, format_bytes
from lrgui.data.loader import LoadingCancelled, LoadProgress, StopCheck
from lrgui.errors import DataError
from lrgui.i18n import translate

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

#: A real batch is about 31 MB; a file many times larger is not one, and is refused before it is read.
MAX_BATCH_FILE_BYTES = 200 << 20
#: The most records a batch file of the largest size allowed can hold.
MAX_RECORDS = MAX_BATCH_FILE_BYTES // _PIXELS
#: ``batches.meta`` names at most this many classes, each in at most this many bytes.
MAX_CLASSES = 100
MAX_CLASS_NAME_BYTES = 100
#: A real batch has about 50,000 instructions; far more means a file built to keep lrgui busy.
MAX_INSTRUCTIONS = 1_000_000
#: The deepest the format nests: a dict holding lists, an array state holding a dtype state.
MAX_OPEN_MARKS = 4
MAX_TUPLE_DEPTH = 2
MAX_TUPLE_ITEMS = 8
#: Keys, file names and batch labels are short; longer text is not part of the format.
MAX_TEXT_BYTES = 1024
#: Strings longer than this stay views of the file's bytes (the pixels) instead of being copied.
_VIEW_ABOVE = 4096
PROTOCOLS = (2, 3)

#: The only globals a batch names, and what each may stand for. NumPy 1 pickles
#: arrays through ``numpy.core.multiarray._reconstruct``, NumPy 2 through
#: ``numpy._core.multiarray._reconstruct``; Python 3 writes protocol 2 bytes as
#: ``_codecs.encode(text, "latin1")`` and empty bytes as ``__builtin__.bytes()``.
#: They are names to compare, never imported or called.
ALLOWED_GLOBALS = {
    ("numpy.core.multiarray", "_reconstruct"): "reconstruct",
    ("numpy._core.multiarray", "_reconstruct"): "reconstruct",
    ("numpy", "ndarray"): "ndarray",
    ("numpy", "dtype"): "dtype",
    ("_codecs", "encode"): "encode",
    ("__builtin__", "bytes"): "bytes",
}


@dataclass(frozen=True)
class _Global:
    """A name a GLOBAL instruction pushed: compared, never resolved."""

    role: str
    dotted: str


class _DType:
    """``numpy.dtype('u1')`` under construction; the only dtype a batch has."""

    built = False


class _Array:
    """``_reconstruct(ndarray, (0,), b'b')`` under construction; BUILD gives it shape and bytes."""

    def __init__(self) -> None:
        self.pixels: np.ndarray | None = None


_MARK_MISSING = "it is malformed (an instruction finds nothing to work on)"
_SCALARS = (int, str, bytes, type(None))
_TEXT = (bytes, str)


def _text_bytes(value: bytes | str) -> bytes:
    """Python 2 ``str`` comes as bytes, Python 3 ``str`` as text; both mean the same short text."""
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class BatchPickleReader:
    """A stack machine over the pickle instructions a CIFAR-10 batch or ``batches.meta`` uses.

    ``read()`` returns the pickled dict with text keys, ``data`` as a read-only
    m × 3072 uint8 array. ``entry(key, value)`` checks each value as the dict is
    filled, so a wrong value is refused where it appears. The rules that keep
    it bounded: only the instructions and globals listed here; a memo
    reference (BINGET) may fetch only a name, a number or a short text, never a
    container, so nothing can refer to itself; one dict, one array, one dtype;
    nesting, list lengths, the stack and the instruction count are capped;
    every size is checked against the bytes present before anything is built.
    """

    def __init__(self, buffer: bytes, source: Path, kind: str, entry: Callable[[str, object], object]):
        self.buffer, self.view = buffer, memoryview(buffer)
        self.source, self.kind, self.entry = source, kind, entry
        self.stack: list = []
        self.marks: list[int] = []
        self.memo: dict[int, object] = {}
        self.made = {"dict": 0, "array": 0, "dtype": 0}
        self.handlers = {
            "PROTO": self._proto,
            "MARK": lambda arg, pos: self._mark(),
            "EMPTY_DICT": lambda arg, pos: self._push(self._new("dict", {})),
            "EMPTY_LIST": lambda arg, pos: self._push([]),
            "EMPTY_TUPLE": lambda arg, pos: self._push(()),
            "NONE": lambda arg, pos: self._push(None),
            "NEWTRUE": lambda arg, pos: self._push(True),
            "NEWFALSE": lambda arg, pos: self._push(False),
            "BININT": self._push_arg, "BININT1": self._push_arg, "BININT2": self._push_arg,
            "BINUNICODE": self._push_arg,
            "SHORT_BINSTRING": self._counted(1), "BINSTRING": self._counted(4),
            "SHORT_BINBYTES": self._counted(1), "BINBYTES": self._counted(4),
            "TUPLE": lambda arg, pos: self._push(self._tuple(self._pop_mark())),
            "TUPLE1": lambda arg, pos: self._push(self._tuple(self._pop_n(1))),
            "TUPLE2": lambda arg, pos: self._push(self._tuple(self._pop_n(2))),
            "TUPLE3": lambda arg, pos: self._push(self._tuple(self._pop_n(3))),
            "GLOBAL": self._global,
            "REDUCE": lambda arg, pos: self._reduce(),
            "BUILD": lambda arg, pos: self._build(),
            "SETITEM": lambda arg, pos: self._set_items(self._pop_n(2)),
            "SETITEMS": lambda arg, pos: self._set_items(self._pop_mark()),
            "APPEND": lambda arg, pos: self._append(self._pop_n(1)),
            "APPENDS": lambda arg, pos: self._append(self._pop_mark()),
            "BINPUT": self._put, "LONG_BINPUT": self._put,
            "BINGET": self._get, "LONG_BINGET": self._get,
        }  # fmt: skip

    # ----------------------------------------------------------------- driver
    def read(self) -> dict:
        try:
            result, stop = self._run()
        except DataError:
            raise
        except UnicodeDecodeError:
            raise DataError(translate("Cifar10", "{source} is corrupt: a text in it is not valid UTF-8.").format(
                source=self.source)) from None
        except (ValueError, EOFError, Warning) as exc:  # Warning: pickletools' escape decoding, under -W error
            text = str(exc)
            if "exhausted" in text or "remain" in text or "not enough data" in text:
                raise DataError(translate("Cifar10", "{source} is truncated (the file ends too early); download it "
                                                     "again.").format(source=self.source)) from None
            raise DataError(translate("Cifar10", "{source} is corrupt: it holds bytes that are not pickle "
                                                 "instructions.").format(source=self.source)) from None
        if stop + 1 != len(self.buffer):
            self.refuse(f"{len(self.buffer) - stop - 1:,} bytes follow the end of the pickle")
        return result

    def _run(self) -> tuple[dict, int]:
        for count, (opcode, arg, pos) in enumerate(pickletools.genops(self.buffer)):
            if count == 0 and opcode.name != "PROTO":
                self.refuse("it is not a protocol 2 pickle")
            if count >= MAX_INSTRUCTIONS:
                self.refuse(f"it has more than {MAX_INSTRUCTIONS:,} pickle instructions")
            if opcode.name == "STOP":
                return self._finish(), pos
            handler = self.handlers.get(opcode.name)
            if handler is None:
                self.refuse(f"it uses the pickle instruction {opcode.name}, which these files never contain")
            handler(arg, pos)
        raise ValueError("pickle exhausted before seeing STOP")  # genops stops only at STOP or raises

    def refuse(self, reason: str) -> None:
        raise DataError(translate("Cifar10", "{source} is not a CIFAR-10 {kind} file: {reason}.").format(
            source=self.source, kind=self.kind, reason=reason))

    def _finish(self) -> dict:
        if self.marks or len(self.stack) != 1 or not isinstance(self.stack[0], dict):
            self.refuse("it does not hold exactly one dict")
        return self.stack[0]

    # ------------------------------------------------------------------ stack
    def _push(self, value) -> None:
        if len(self.stack) > MAX_RECORDS + 64:
            self.refuse("it piles up more values than a batch holds")
        self.stack.append(value)

    def _push_arg(self, arg, pos) -> None:
        self._push(arg)

    def _new(self, what: str, value):
        self.made[what] += 1
        if self.made[what] > 1:
            self.refuse(f"it builds more than one {what}")
        return value

    def _mark(self) -> None:
        if len(self.marks) >= MAX_OPEN_MARKS:
            self.refuse("it nests deeper than the format does")
        self.marks.append(len(self.stack))

    def _floor(self) -> int:
        return self.marks[-1] if self.marks else 0

    def _pop_n(self, n: int) -> list:
        if len(self.stack) - self._floor() < n:
            self.refuse(_MARK_MISSING)
        items = self.stack[-n:]
        del self.stack[-n:]
        return items

    def _pop_mark(self) -> list:
        if not self.marks:
            self.refuse(_MARK_MISSING)
        floor = self.marks.pop()
        items = self.stack[floor:]
        del self.stack[floor:]
        return items

    def _top(self):
        if len(self.stack) <= self._floor():
            self.refuse(_MARK_MISSING)
        return self.stack[-1]

    # ----------------------------------------------------------------- values
    def _proto(self, arg, pos) -> None:
        if pos != 0 or arg not in PROTOCOLS:
            self.refuse(f"it is a protocol {arg} pickle, and CIFAR-10 files are protocol 2")

    def _counted(self, width: int):
        """SHORT_BIN*/BIN* strings, taken from the file's own bytes: the pixels are a view, never a copy."""

        def push(arg, pos) -> None:
            start = pos + 1 + width
            data = self.view[start : start + len(arg)]
            self._push(data if len(data) > _VIEW_ABOVE else bytes(data))

        return push

    def _tuple(self, items: list) -> tuple:
        if len(items) > MAX_TUPLE_ITEMS:
            self.refuse("it holds a tuple longer than the format's")
        if any(isinstance(item, (list, dict)) for item in items):
            self.refuse("it puts a list or dict inside a tuple")
        if _tuple_depth(tuple(items)) > MAX_TUPLE_DEPTH:
            self.refuse("it nests tuples deeper than the format does")
        return tuple(items)

    def _global(self, arg: str, pos) -> None:
        module, _, name = arg.partition(" ")
        role = ALLOWED_GLOBALS.get((module, name))
        if role is None:
            raise DataError(
                translate("Cifar10", "lrgui refuses to load {value} from {source}: CIFAR-10 batch files never "
                                     "contain it, and a pickle that names it could run code.").format(
                value=_shown(module + '.' + name), source=self.source)
            )
        self._push(_Global(role, f"{module}.{name}"))

    def _put(self, index: int, pos) -> None:
        if index not in self.memo and len(self.memo) >= 4 * MAX_RECORDS:
            self.refuse("it stores more values than a batch holds")
        self.memo[index] = self._top()

    def _get(self, index: int, pos) -> None:
        if index not in self.memo:
            self.refuse("it refers to a value it never stored")
        value = self.memo[index]
        # Fetching a container again is how a pickle refers to itself (loops, billion laughs).
        if not isinstance(value, (*_SCALARS, _Global)):
            self.refuse("it refers back to a list, dict, tuple or array it built, which these files never do")
        self._push(value)

    # ------------------------------------------------------- calls and builds
    def _reduce(self) -> None:
        function, args = self._pop_n(2)
        if not isinstance(function, _Global) or not isinstance(args, tuple):
            self.refuse("it calls something that is not a name")
        role = function.role
        if role == "reconstruct":
            if len(args) != 3 or args[0] != _Global("ndarray", "numpy.ndarray") or args[1] != (0,):
                self.refuse("its array is not a plain numpy.ndarray")
            self._push(self._new("array", _Array()))
        elif role == "dtype":
            self._push(self._new("dtype", self._dtype(args)))
        elif role == "encode":
            self._push(self._latin1(args))
        elif role == "bytes" and args == ():
            self._push(b"")
        else:
            self.refuse(f"it calls {function.dotted} directly, the way arrays with made-up strides are built")

    def _dtype(self, args: tuple) -> _DType:
        code = args[0] if args else None
        code = _text_bytes(code).decode("latin-1") if isinstance(code, _TEXT) else repr(code)
        if code.lstrip("<>|=").startswith("O") or code == "object":
            self.refuse("its array holds Python objects, not pixels")
        if code != "u1" or len(args) != 3:
            self.refuse(f"its pixels are of type {code[:20]!r}, not unsigned bytes ('u1')")
        return _DType()

    def _latin1(self, args: tuple) -> bytes | memoryview:
        if len(args) != 2 or not isinstance(args[0], str) or args[1] not in ("latin1", "latin-1"):
            self.refuse("it encodes text in a way these files never do")
        try:
            data = args[0].encode("latin-1")
        except UnicodeEncodeError:
            self.refuse("it encodes text that is not Latin-1 as bytes")
        return memoryview(data) if len(data) > _VIEW_ABOVE else data

    def _build(self) -> None:
        (state,) = self._pop_n(1)
        target = self._top()
        if isinstance(target, _DType) and not target.built:
            # numpy.dtype('u1').__reduce__() state: version 3, no byte order, no fields, sizes -1, flags 0.
            if not (isinstance(state, tuple) and len(state) == 8 and state[0] == 3 and state[1] in ("|", b"|")
                    and state[2:5] == (None, None, None) and state[5:] == (-1, -1, 0)):  # fmt: skip
                self.refuse("its pixel type has fields, a byte order or flags that unsigned bytes never have")
            target.built = True
        elif isinstance(target, _Array) and target.pixels is None:
            target.pixels = self._pixels(state)
        else:
            self.refuse("it sets the state of something other than its array")

    def _pixels(self, state) -> np.ndarray:
        """The array from its state ``(1, shape, dtype, fortran, raw bytes)``, a view of the bytes, checked."""
        if not isinstance(state, tuple) or len(state) != 5 or state[0] != 1:
            self.refuse("its array state is not the one NumPy writes")
        _, shape, dtype, fortran, raw = state
        if not isinstance(dtype, _DType) or not dtype.built:
            self.refuse("its array has no unsigned-byte pixel type")
        if not (isinstance(shape, tuple) and len(shape) == 2 and all(map(_is_int, shape)) and shape[1] == _PIXELS
                and shape[0] >= 0):  # fmt: skip
            self.refuse(f"'data' should be an m × {_PIXELS} array of pixels, not {shape!r}"[:200])
        if fortran not in (False, 0):
            self.refuse("its array is in Fortran order, which these files never use")
        if not isinstance(raw, (bytes, memoryview)):
            self.refuse("its array holds Python objects instead of raw pixel bytes")
        needed = shape[0] * _PIXELS
        if len(raw) != needed:
            self.refuse(f"its array declares {shape[0]:,} × {_PIXELS} pixels but holds {len(raw):,} bytes")
        return np.frombuffer(raw, dtype=np.uint8).reshape(shape)

    # ------------------------------------------------------ lists and the dict
    def _append(self, items: list) -> None:
        target = self._top()
        if not isinstance(target, list):
            self.refuse("it appends to something that is not a list")
        if len(target) + len(items) > MAX_RECORDS:
            self.refuse(f"it holds a list longer than {MAX_RECORDS:,} items")
        for item in items:
            if not (_is_int(item) or (isinstance(item, _TEXT) and len(item) <= MAX_TEXT_BYTES)):
                self.refuse("its lists hold something other than numbers and short texts")
        target.extend(items)

    def _set_items(self, items: list) -> None:
        target = self._top()
        if not isinstance(target, dict) or len(items) % 2:
            self.refuse("it sets dict entries on something that is not a dict")
        for key, value in zip(items[::2], items[1::2]):
            if not isinstance(key, _TEXT) or len(key) > 64:
                self.refuse("its dict has a key that is not a short text")
            name = _text_bytes(key).decode("latin-1")
            if name in target:
                self.refuse(f"its key {name!r} appears twice")
            target[name] = self.entry(name, value.pixels if isinstance(value, _Array) else value)


def _shown(text: str, limit: int = 60) -> str:
    """Text from the file as it may appear in a message: control characters escaped, cut short."""
    shown = "".join(char if char.isprintable() else repr(char)[1:-1] for char in text[: limit + 1])
    return shown if len(text) <= limit else shown[:limit] + "…"


def _tuple_depth(value: tuple) -> int:
    """How deeply ``value`` nests tuples; every tuple built is at most MAX_TUPLE_DEPTH deep, so this is shallow."""
    return 1 + max((_tuple_depth(item) for item in value if isinstance(item, tuple)), default=0)


def _decode_name(value: bytes | str) -> str:
    """A class name as written: UTF-8 when it is, Latin-1 otherwise (Python 2 wrote bytes)."""
    if isinstance(value, str):
        return value
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _batch_entry(source: Path, n_classes: int) -> Callable[[str, object], object]:
    """The checks of each entry of a batch file (labels 0 to ``n_classes`` − 1), applied as the dict is filled."""

    def refuse(reason: str):
        raise DataError(translate("Cifar10", "{source} is not a CIFAR-10 batch file: {reason}.").format(
            source=source, reason=reason))

    def entry(key: str, value):
        if key == "data":
            if not isinstance(value, np.ndarray):
                refuse("its 'data' is not an array of pixels")
        elif key == "labels":
            if not isinstance(value, list) or not all(map(_is_int, value)):
                refuse("its 'labels' are not a list of integers")
            bad = next((label for label in value if not 0 <= label < n_classes), None)
            if bad is not None:  # never wrapped: -1 is not the last class
                refuse(f"label {bad} is outside 0–{n_classes - 1}")
        elif key == "filenames":
            if not isinstance(value, list) or not all(isinstance(name, _TEXT) for name in value):
                refuse("its 'filenames' are not a list of names")
        elif key == "batch_label":
            if not isinstance(value, _TEXT):
                refuse("its 'batch_label' is not a short text")
        elif key in ("fine_labels", "coarse_labels"):
            refuse("it looks like CIFAR-100, which lrgui does not read")
        else:
            refuse(f"it has an entry {key!r} that CIFAR-10 batches do not have")
        return value

    return entry


def _meta_entry(source: Path) -> Callable[[str, object], object]:
    """The checks of each entry of ``batches.meta``, applied as the dict is filled."""

    def refuse(reason: str):
        raise DataError(translate("Cifar10", "{source} is not a CIFAR-10 meta file: {reason}.").format(
            source=source, reason=reason))

    def entry(key: str, value):
        if key == "label_names":
            if not isinstance(value, list) or not all(isinstance(name, _TEXT) for name in value):
                refuse("its 'label_names' are not a list of names")
            if not 2 <= len(value) <= MAX_CLASSES:
                refuse(f"it names {len(value)} classes, not 2–{MAX_CLASSES}")
            if any(len(_text_bytes(name)) > MAX_CLASS_NAME_BYTES for name in value):
                refuse(f"a class name is longer than {MAX_CLASS_NAME_BYTES} bytes")
            names = [_decode_name(name) for name in value]
            if any(not name.strip() or not name.isprintable() for name in names):
                refuse("a class name is empty or holds control characters")
            if len(set(names)) != len(names):
                refuse("it names a class twice")
            return names
        if key in ("num_cases_per_batch", "num_vis"):
            if not _is_int(value):
                refuse(f"its {key!r} is not a number")
            return value
        refuse(f"it has an entry {key!r} that CIFAR-10 meta files do not have")

    return entry


def read_file_bytes(path: Path, limit: int = MAX_BATCH_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``path``, refused in words when larger than ``limit`` or than memory."""
    with open_regular_file(path) as file:
        size = os.fstat(file.fileno()).st_size
        if size > limit:
            raise DataError(
                translate("Cifar10", "{path} is {bytes}, larger than any CIFAR-10 batch file (about 30 MB), so "
                                     "lrgui does not read it.").format(path=path, bytes=format_bytes(size))
            )
        # The file, and at most once more for the one string the opcode walk decodes.
        check_fits(2 * size, translate("Cifar10", "Reading {path}").format(path=path))
        try:
            data = file.read(size + 1)  # read(n) allocates n bytes: never more than the file's own size
        except OSError as exc:
            raise DataError(translate("Cifar10", "Cannot read {path}: {value}.").format(
                path=path, value=exc.strerror or exc)) from None
    if len(data) > size:
        raise DataError(translate("Cifar10", "{path} grew while lrgui was reading it.").format(path=path))
    return data


def read_batch_dict(path: Path, kind: str = "batch", n_classes: int = len(CIFAR10_CLASSES)) -> dict:
    """The dict pickled in a batch file (``kind="batch"``) or ``batches.meta`` (``kind="meta"``), checked."""
    entry = _batch_entry(path, n_classes) if kind == "batch" else _meta_entry(path)
    try:
        return BatchPickleReader(read_file_bytes(path), path, kind, entry).read()
    except MemoryError:
        raise DataError(translate("Cifar10", "{path} needs more memory than this computer has left.").format(
            path=path)) from None


def read_batch(path: Path, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """One batch file as (m × 32 × 32 × 3 uint8 images, m integer labels), checked."""
    batch = read_batch_dict(path, "batch", n_classes)
    data, labels = batch.get("data"), batch.get("labels")
    if data is None or labels is None:
        raise DataError(translate("Cifar10", "{path} is not a CIFAR-10 batch: it has no 'data' and 'labels' "
                                             "entries.").format(path=path))
    if len(labels) != len(data):
        raise DataError(translate("Cifar10", "{path}: 'labels' should be {count} integers, one per image, not "
                                             "{count2}.").format(path=path, count=len(data), count2=len(labels)))
    filenames = batch.get("filenames")
    if filenames is not None and len(filenames) != len(data):
        raise DataError(translate("Cifar10", "{path} names {count} files for {count2} images.").format(
            path=path, count=len(filenames), count2=len(data)))
    labels = np.asarray(labels, dtype=np.intp).reshape(-1)
    # Rows are R, G, B planes (channel-major); images are rows of interleaved RGB pixels.
    images = data.reshape(-1, 3, _SIDE, _SIDE).transpose(0, 2, 3, 1)
    return images, labels


def read_class_names(folder: Path) -> list[str]:
    """``label_names`` from ``batches.meta``, or the standard ten names when the file is missing."""
    path = folder / META_FILE
    if not path.exists() and not path.is_symlink():
        return list(CIFAR10_CLASSES)
    names = read_batch_dict(path, "meta").get("label_names")
    if names is None:
        raise DataError(translate("Cifar10", "{path} is not a CIFAR-10 meta file: it has no list of 'label_names'.").format(
            path=path))
    return names


def find_batch_folder(folder: str | os.PathLike) -> Path:
    """The folder holding the batch files: ``folder`` itself or its ``cifar-10-batches-py``."""
    folder = Path(folder).expanduser()
    if not folder.exists():
        raise DataError(translate("Cifar10", "The folder {folder} does not exist.").format(folder=folder))
    if folder.is_file():
        if folder.name.endswith((".tar.gz", ".tgz", ".tar")):
            raise DataError(translate("Cifar10", "{folder} is the archive: extract it, then choose the {subfolder} "
                                                 "folder it contains.").format(folder=folder, subfolder=SUBFOLDER))
        raise DataError(translate("Cifar10", "{folder} is a file; choose the folder that holds data_batch_1 … "
                                             "data_batch_5.").format(folder=folder))
    if not _has_batches(folder) and _has_batches(folder / SUBFOLDER):
        folder = folder / SUBFOLDER
    if not any((folder / name).is_file() for name in TRAIN_BATCHES):
        found = " (it has test_batch only)" if (folder / TEST_BATCH).is_file() else ""
        raise DataError(translate("Cifar10", "No CIFAR-10 training batches (data_batch_1 … data_batch_5) in "
                                             "{folder}{found}.").format(folder=folder, found=found))
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
