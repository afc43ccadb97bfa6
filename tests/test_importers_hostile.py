"""Hostile CIFAR-10 batches and IDX files: each attack, and seeded fuzzing, ends in one sentence, quickly, in little memory.

The attacks are the ones found against the old readers: a 91-byte batch that
built an object array from raw bytes, a 262-byte self-referencing
``batches.meta``, zero-stride arrays, a pickle that runs ``os.system``, a gzip
bomb, signed labels, 0 × 0 images and a header with 255 dimensions.
"""

from __future__ import annotations

import gzip
import os
import pickle
import re
import resource
import signal
import struct
import time
import tracemalloc
import zlib
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

import lrgui.data.cifar10 as cifar10
import lrgui.data.limits as limits
from lrgui.data.cifar10 import load_cifar10, read_batch, read_class_names
from lrgui.data.idx import load_fashion_mnist, read_idx, read_image_split
from lrgui.errors import DataError
from tests.test_importers import batch_dict, idx_bytes, python2_pickle, random_images


def assert_one_sentence(message: str) -> None:
    """A refusal a person can read: one line, one sentence, no traceback or repr of an exception."""
    assert message and "\n" not in message and message.endswith("."), message
    assert not re.search(r"[.!?]\s+[A-Z]", message[:-1]), message
    assert "Traceback" not in message and "Error:" not in message, message


@contextmanager
def bounded(seconds: float = 1.0, megabytes: float = 50):
    """Fails the test when the block takes longer than ``seconds`` or traces more than ``megabytes`` at its peak."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < seconds, f"took {elapsed:.2f} s"
    assert peak < megabytes * 2**20, f"peaked at {peak / 2**20:.0f} MB"


def refused(call, *args, match: str, seconds: float = 1.0, megabytes: float = 50) -> str:
    with bounded(seconds, megabytes), pytest.raises(DataError, match=match) as error:
        call(*args)
    assert_one_sentence(str(error.value))
    return str(error.value)


# ------------------------------------------------------- a tiny pickle assembler
def text(value: bytes) -> bytes:
    """SHORT_BINSTRING or BINSTRING, as Python 2 wrote ``str``."""
    return b"U" + bytes([len(value)]) + value if len(value) < 256 else b"T" + struct.pack("<i", len(value)) + value


def integer(value: int) -> bytes:
    return b"K" + bytes([value]) if 0 <= value < 256 else b"J" + struct.pack("<i", value)


def name(module: bytes, attribute: bytes) -> bytes:
    return b"c" + module + b"\n" + attribute + b"\n"


DTYPE_STATE = b"(" + integer(3) + text(b"|") + b"NNN" + integer(-1) + integer(-1) + integer(0) + b"tb"


def array(rows: int, raw: bytes, dtype: bytes = b"u1", columns: int = 3072, fortran: bytes = b"\x89",
          dtype_state: bytes = DTYPE_STATE) -> bytes:  # fmt: skip
    """The instructions NumPy 1 wrote for an array: _reconstruct, then BUILD with (1, shape, dtype, fortran, raw)."""
    reconstruct = name(b"numpy.core.multiarray", b"_reconstruct") + name(b"numpy", b"ndarray")
    reconstruct += integer(0) + b"\x85" + text(b"b") + b"\x87R"
    dtype_op = name(b"numpy", b"dtype") + text(dtype) + integer(0) + integer(1) + b"\x87R" + dtype_state
    shape = integer(rows) + integer(columns) + b"\x86"
    return reconstruct + b"(" + integer(1) + shape + dtype_op + fortran + text(raw) + b"tb"


def batch(data: bytes, labels: list[int]) -> bytes:
    items = b"(" + b"".join(integer(label) for label in labels) + b"e"
    return b"\x80\x02}(" + text(b"data") + data + text(b"labels") + b"]" + items + b"u."


def folder_with(tmp_path: Path, name_: str, content: bytes) -> Path:
    folder = tmp_path / "c"
    folder.mkdir(exist_ok=True)
    (folder / name_).write_bytes(content)
    return folder


def test_the_assembler_writes_what_the_reader_accepts(tmp_path):
    pixels = bytes(range(256)) * 12
    folder = folder_with(tmp_path, "data_batch_1", batch(array(1, pixels), [7]))
    images, labels = read_batch(folder / "data_batch_1", 10)
    assert labels.tolist() == [7] and images.shape == (1, 32, 32, 3)
    assert images.transpose(0, 3, 1, 2).tobytes() == pixels
    assert pickle.loads((folder / "data_batch_1").read_bytes(), encoding="bytes")[b"labels"] == [7]


# --------------------------------------------------------------- CIFAR attacks
@pytest.mark.parametrize(
    "content, match",
    [
        # An object array from 8 raw bytes: the old unpickler dereferenced them as pointers and segfaulted.
        (batch(array(1, b"\x41" * 8, dtype=b"O8", columns=1), [0]), "Python objects"),
        (batch(array(1, b"\x41" * 8, dtype=b"O", columns=1), [0]), "Python objects"),
        (batch(array(1, b"\0" * 6144, dtype=b"<u2"), [0]), r"type '<u2', not unsigned bytes"),
        (batch(array(1, b"\0" * 3072, dtype_state=DTYPE_STATE.replace(b"U\x01|", b"U\x01>")), [0]), "byte order"),
        (batch(array(1, b"\0" * 3072, fortran=b"\x88"), [0]), "Fortran order"),
        (batch(array(200, b"\0" * 3072), [0] * 200), r"declares 200 × 3072 pixels but holds 3,072 bytes"),
        (batch(array(1, b"\0" * 3072, columns=3071), [0]), "m × 3072"),
        (batch(array(1, b"\0" * 3072), [255]), "label 255 is outside 0–9"),
        (batch(array(2, b"\0" * 6144), [-1, -2]), "label -1 is outside 0–9"),
        (batch(array(1, b"\0" * 3072), [0, 1]), "'labels' should be 1 integers"),
        # A BINSTRING that declares 2 GB at the end of a small file: nothing of that size is allocated.
        (b"\x80\x02}(" + text(b"data") + b"T\xff\xff\xff\x7f" + b"\0" * 100, "truncated"),
        (batch(array(1, b"\0" * 3072), [0]) + b"junk", "4 bytes follow the end"),
        (batch(array(1, b"\0" * 3072), [0]).replace(b"\x80\x02", b"\x80\x04", 1), "protocol 4"),
        (pickle.dumps({b"data": np.zeros((1, 3072), np.uint8), b"labels": [0]}, protocol=5), "protocol 5"),
        (b"\x80\x02" + b"(" * 100 + b"t.", "nests deeper"),
        (b"\x80\x02N" + b"\x85" * 10 + b".", "nests tuples deeper"),
        (b"\x80\x02}(" + text(b"labels") + b"](]e" + b"e" + b"u.", "lists hold something other than numbers"),
        (b"\x80\x02}" + b"}" + b".", "more than one dict"),
        (b"\x80\x02}(" + text(b"data") + array(1, b"\0" * 3072) + text(b"data2") + array(1, b"\0" * 3072) + b"u.",
         "more than one array"),
        (b"\x80\x02}(" + text(b"labels") + b"h\x05" + b"u.", "never stored"),
    ],
    ids=["object-array-91-bytes", "object-array", "uint16", "byte-order", "fortran", "short-pixels", "columns",
         "label-255", "signed-labels", "label-count", "declared-2GB", "trailing", "protocol-4", "protocol-5",
         "deep-marks", "deep-tuples", "nested-list", "two-dicts", "two-arrays", "unknown-memo"],  # fmt: skip
)
def test_crafted_batches_are_refused_in_one_sentence(tmp_path, content, match):
    folder = folder_with(tmp_path, "data_batch_1", content)
    refused(read_batch, folder / "data_batch_1", 10, match=match)


def test_the_91_byte_object_array_batch_is_that_small(tmp_path):
    assert len(array(1, b"\x41" * 8, dtype=b"O8", columns=1)) < 200


def test_zero_stride_arrays_are_refused_before_anything_is_built(tmp_path):
    # numpy.ndarray(shape, dtype, buffer, offset, strides) with strides (0, 0): 6 KB that became 2.4 GB on copy.
    zero_strides = (
        b"\x80\x02}(" + text(b"data") + name(b"numpy", b"ndarray")
        + b"(" + integer(1) + integer(3072) + b"\x86" + text(b"u1") + text(b"\0" * 6000) + integer(0)
        + integer(0) + integer(0) + b"\x86" + b"tR" + text(b"labels") + b"](K\x00eu."
    )  # fmt: skip
    folder = folder_with(tmp_path, "data_batch_1", zero_strides)
    refused(read_batch, folder / "data_batch_1", 10, match="calls numpy.ndarray directly")


def test_a_self_referencing_meta_file_is_refused(tmp_path):
    # label_names appended to itself through the memo: the old reader took 2.5 GB from 262 bytes.
    loop = b"\x80\x02}q\x01(" + text(b"label_names") + b"]q\x02(" + b"h\x02" * 20 + b"eu."
    folder = folder_with(tmp_path, "batches.meta", loop)
    refused(read_class_names, folder, match="refers back to a list")


@pytest.mark.parametrize(
    "names, match",
    [
        ([b"x" * 101, b"b"], "longer than 100 bytes"),
        ([b"c%d" % i for i in range(101)], "names 101 classes"),
        ([b"cat", b"cat"], "names a class twice"),
        ([b"cat", b"d\x1b[2Jog"], "control characters"),
        ([b"cat"], "names 1 classes"),
    ],
    ids=["long-name", "many-names", "duplicate", "escape-codes", "one-class"],
)
def test_meta_files_with_odd_names_are_refused(tmp_path, names, match):
    meta = {b"num_cases_per_batch": 10000, b"label_names": names, b"num_vis": 3072}
    folder = folder_with(tmp_path, "batches.meta", python2_pickle(meta))
    refused(read_class_names, folder, match=match)


def test_meta_names_in_latin1_are_read_as_latin1(tmp_path):
    folder = folder_with(tmp_path, "batches.meta", python2_pickle({b"label_names": [b"caf\xe9", "thé".encode()]}))
    assert read_class_names(folder) == ["café", "thé"]


@pytest.mark.parametrize("target", ["data_batch_1", "batches.meta"])
def test_a_pickle_that_runs_os_system_is_refused_without_running(tmp_path, target):
    marker = tmp_path / "pwned"
    attack = b"\x80\x02" + name(b"posix", b"system") + text(f"touch {marker}".encode()) + b"\x85R."
    folder = folder_with(tmp_path, target, attack)
    (folder / "data_batch_1").exists() or (folder / "data_batch_1").write_bytes(batch(array(0, b""), []))
    refused(load_cifar10, folder, match=r"refuses to load posix\.system from .*" + target)
    assert not marker.exists()


def test_the_reader_never_unpickles(tmp_path, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("pickle was used to load a batch")

    for attribute in ("load", "loads", "Unpickler", "_Unpickler", "_load", "_loads"):
        monkeypatch.setattr(pickle, attribute, forbidden, raising=False)
    images = random_images(2, 32, 1)
    folder = folder_with(tmp_path, "data_batch_1", python2_pickle(batch_dict(images, [3, 4], filenames=True)))
    (folder / "batches.meta").write_bytes(python2_pickle({b"label_names": [b"a", b"b", b"c", b"d", b"e"]}))
    data = load_cifar10(folder)
    assert data.train.y.tolist() == ["d", "e"]
    np.testing.assert_array_equal(data.train.X.reshape(2, 32, 32, 3), images)


@pytest.mark.parametrize("protocol", [2, 3])
def test_python3_pickles_of_protocols_2_and_3_are_read(tmp_path, protocol):
    images = random_images(3, 32, 2)
    content = pickle.dumps(batch_dict(images, [1, 2, 0], filenames=True), protocol=protocol)
    folder = folder_with(tmp_path, "data_batch_1", content)
    loaded, labels = read_batch(folder / "data_batch_1", 10)
    np.testing.assert_array_equal(loaded, images)
    assert labels.tolist() == [1, 2, 0]


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    with open(folder / "data_batch_1", "wb") as sparse:
        sparse.truncate(cifar10.MAX_BATCH_FILE_BYTES + 1)  # a hole, not 200 MB on disk
    refused(read_batch, folder / "data_batch_1", 10, match="larger than any CIFAR-10 batch file", megabytes=5)


def test_a_flood_of_instructions_is_cut_short(tmp_path, monkeypatch):
    monkeypatch.setattr(cifar10, "MAX_INSTRUCTIONS", 1000)
    folder = folder_with(tmp_path, "data_batch_1", b"\x80\x02}q\x00" + b"q\x00" * 2000 + b".")
    refused(read_batch, folder / "data_batch_1", 10, match="more than 1,000 pickle instructions")


def test_a_flood_of_values_is_cut_short(tmp_path):
    flood = b"\x80\x02}(" + b"K\x00" * (cifar10.MAX_RECORDS + 100) + b"u."
    folder = folder_with(tmp_path, "data_batch_1", flood)
    refused(read_batch, folder / "data_batch_1", 10, match="piles up more values")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_a_batch_is_refused_without_waiting(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    os.mkfifo(folder / "data_batch_1")
    refused(read_batch, folder / "data_batch_1", 10, match="not a regular file")


# ----------------------------------------------------------------- IDX attacks
def idx_header(type_code: int, *dims: int) -> bytes:
    return bytes([0, 0, type_code, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims)


def gzip_stream(header: bytes, zeros: int) -> bytes:
    """``header`` then ``zeros`` zero bytes, gzipped piece by piece (no buffer of that size is ever made)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    parts = [packer.compress(header)]
    for start in range(0, zeros, len(chunk)):
        parts.append(packer.compress(chunk[: min(len(chunk), zeros - start)]))
    return b"".join(parts) + packer.flush()


@pytest.mark.parametrize("declared", [10, 300_000], ids=["10-images", "300,000-images"])
def test_a_gzip_bomb_is_refused_within_a_second_in_little_memory(tmp_path, declared):
    """A header declaring ``declared`` images of 28 × 28, then 256 MB of zeros: about 250 KB on disk."""
    bomb = gzip_stream(idx_header(0x08, declared, 28, 28), 256 << 20)
    assert len(bomb) < 1 << 20
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(bomb)
    refused(read_idx, path, match="gzip trailer gives another length", seconds=1.0, megabytes=100)


def test_a_bomb_with_a_forged_trailer_stops_one_byte_past_the_declared_size(tmp_path):
    bomb = bytearray(gzip_stream(idx_header(0x08, 10, 28, 28), 64 << 20))
    bomb[-4:] = (16 + 10 * 784).to_bytes(4, "little")  # the length the header declares
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(bytes(bomb))
    refused(read_idx, path, match="more data follows", seconds=1.0, megabytes=100)


def test_a_huge_declared_gzip_payload_is_refused_before_decompressing(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(gzip_stream(idx_header(0x08, 60_000_000, 28, 28), 1 << 20))
    refused(read_idx, path, match="more than lrgui allows", megabytes=5)


def test_a_payload_over_the_memory_left_is_refused_before_decompressing(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "available_memory", lambda: 10 << 20)
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(gzip_stream(idx_header(0x08, 30_000, 28, 28), 30_000 * 784))
    message = refused(read_idx, path, match="of memory, but only 10.0 MB is available", megabytes=5)
    assert "22.4 MB" in message


def write_split(folder: Path, images: bytes, labels: bytes) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "train-images-idx3-ubyte").write_bytes(images)
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(labels))
    return folder


GOOD_IMAGES = idx_bytes(random_images(2, 28, 1, channels=1))
GOOD_LABELS = idx_bytes(np.array([1, 2], np.uint8))


@pytest.mark.parametrize(
    "images, labels, match",
    [
        (GOOD_IMAGES, idx_header(0x09, 2) + b"\xff\xfe", r"labels of type int8, but IDX label files hold unsigned"),
        (GOOD_IMAGES, idx_header(0x0C, 2) + b"\xff" * 8, "labels of type"),
        (idx_header(0x08, 2, 0, 0), GOOD_LABELS, "declares an empty array"),
        (idx_header(0x08, 2, 2, 2) + bytes(8), GOOD_LABELS, r"holds 2 × 2 images; lrgui reads images from 4 × 4"),
        (idx_header(0x08, 2, 2000, 4) + bytes(16000), GOOD_LABELS, "holds 2000 × 4 images"),
        (idx_header(0x08, 1, 28, 28) + bytes(784), GOOD_LABELS, "has 1 images but .* 2 labels"),
        (idx_header(0x0D, 2, 28, 28) + bytes(6272), GOOD_LABELS, "should hold uint8 images"),
        (bytes([0, 0, 8, 255]) + b"\0\0\0\x01" * 255, GOOD_LABELS, "declares 255 dimensions, but IDX datasets have 1"),
        (bytes([0, 0, 8, 4]) + b"\0\0\0\x02" * 4 + bytes(16), GOOD_LABELS, "declares 4 dimensions"),
        (GOOD_IMAGES, idx_header(0x08, 2, 1) + b"\x01\x02", "one integer label per image"),
        (GOOD_IMAGES, idx_header(0x08, 2) + b"\x01\x0a", "label 10; Fashion-MNIST labels are 0–9"),
    ],
    ids=["signed-labels", "int32-labels", "0x0-images", "2x2-images", "tall-images", "count", "float-images",
         "255-dimensions", "4-dimensions", "2d-labels", "label-10"],  # fmt: skip
)
def test_crafted_idx_files_are_refused_in_one_sentence(tmp_path, images, labels, match):
    folder = write_split(tmp_path / "f", images, labels)
    refused(load_fashion_mnist, folder, match=match, megabytes=10)


def test_headers_are_checked_before_either_payload_is_read(tmp_path):
    # The images declare 40,000 images (31 MB) but the label count disagrees: refused without reading them.
    folder = write_split(tmp_path / "f", gzip_stream(idx_header(0x08, 40_000, 28, 28), 40_000 * 784), GOOD_LABELS)
    folder.joinpath("train-images-idx3-ubyte").rename(folder / "train-images-idx3-ubyte.gz")
    refused(read_image_split, folder, "train-images-idx3-ubyte", "train-labels-idx1-ubyte", 10,
            match="40,000 images but .* 2 labels", megabytes=5)  # fmt: skip


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_an_idx_file_is_refused_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "train-images-idx3-ubyte")
    refused(read_idx, tmp_path / "train-images-idx3-ubyte", match="not a regular file")


# ------------------------------------------------------------------- fuzzing
class CaseTimedOut(BaseException):
    """Raised from a timer signal; a BaseException so that no ``except Exception`` in lrgui swallows it."""


@contextmanager
def fuzz_limits(seconds_per_case: float):
    """A per-case timer (SIGALRM) and an address-space cap of 1 GiB above what the process already uses."""

    def timed_out(signum, frame):
        raise CaseTimedOut()

    previous = signal.signal(signal.SIGALRM, timed_out)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as statm:
        used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    cap = used + (1 << 30)
    if hard == resource.RLIM_INFINITY or cap < hard:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))

    @contextmanager
    def case():
        signal.setitimer(signal.ITIMER_REAL, seconds_per_case)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    try:
        yield case
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        signal.signal(signal.SIGALRM, previous)


def mutate(data: bytes, rng: np.random.Generator, protect: int = 0) -> bytes:
    """One random damage: flipped bytes, a cut, an extreme 4-byte count, inserted or repeated bytes."""
    data = bytearray(data)
    kind = rng.integers(5)
    at = int(rng.integers(protect, len(data)))
    if kind == 0:
        for position in rng.integers(protect, len(data), size=int(rng.integers(1, 9))):
            data[position] = int(rng.integers(256))
    elif kind == 1:
        del data[at:]
    elif kind == 2:
        value = int(rng.choice([0, 1, 0xFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 3072, 10_000, 60_000]))
        data[at : at + 4] = value.to_bytes(4, "little" if rng.integers(2) else "big")
    elif kind == 3:
        data[at:at] = rng.integers(256, size=int(rng.integers(1, 16))).astype(np.uint8).tobytes()
    else:
        length = int(rng.integers(1, 200))
        data[at:at] = data[at : at + length] * int(rng.integers(2, 50))
    return bytes(data)


def load_outcome(call, *args) -> str:
    """'loaded' or 'refused'; any other exception fails the test with the case that raised it."""
    try:
        call(*args)
    except DataError as error:
        assert_one_sentence(str(error))
        return "refused"
    return "loaded"


def cifar_bases() -> list[tuple[str, bytes]]:
    images = random_images(3, 32, 7)
    batch_ = batch_dict(images, [0, 9, 5], filenames=True)
    meta = {b"num_cases_per_batch": 10000, b"label_names": [n.encode() for n in cifar10.CIFAR10_CLASSES],
            b"num_vis": 3072}  # fmt: skip
    return [
        ("data_batch_1", python2_pickle(batch_)),
        ("data_batch_1", pickle.dumps(batch_, protocol=2)),
        ("data_batch_1", pickle.dumps(batch_, protocol=3)),
        ("data_batch_1", batch(array(2, bytes(range(256)) * 24), [3, 4])),
        ("batches.meta", python2_pickle(meta)),
        ("batches.meta", pickle.dumps(meta, protocol=2)),
    ]


@pytest.mark.filterwarnings("ignore:invalid escape sequence:DeprecationWarning")  # genops decoding damaged text
def test_fuzzed_cifar_batches_load_or_are_refused_in_one_sentence(tmp_path):
    rng = np.random.default_rng(20240510)
    bases = cifar_bases()
    folder = tmp_path / "c"
    folder.mkdir()
    outcomes = {"loaded": 0, "refused": 0}
    with fuzz_limits(seconds_per_case=2.0) as case:
        for number in range(1000):
            name_, base = bases[number % len(bases)]
            content = mutate(base, rng)
            (folder / name_).write_bytes(content)
            try:
                with case():
                    if name_ == "batches.meta":
                        outcome = load_outcome(read_class_names, folder)
                    else:
                        outcome = load_outcome(read_batch, folder / name_, 10)
            except CaseTimedOut:
                pytest.fail(f"case {number} ({name_}) took more than 2 s: {content[:64]!r}")
            outcomes[outcome] += 1
    assert outcomes["refused"] > 500 and outcomes["loaded"] > 0, outcomes


def test_fuzzed_idx_files_load_or_are_refused_in_one_sentence(tmp_path):
    rng = np.random.default_rng(20240511)
    images = idx_bytes(random_images(5, 28, 3, channels=1))
    labels = idx_bytes(np.array([0, 9, 3, 3, 1], np.uint8))
    folder = tmp_path / "f"
    folder.mkdir()
    outcomes = {"loaded": 0, "refused": 0}
    with fuzz_limits(seconds_per_case=2.0) as case:
        for number in range(1000):
            damaged_images = number % 2 == 0
            base = images if damaged_images else labels
            # Damage before compressing reaches the header and sizes; damage after it reaches gzip and zlib.
            content = [mutate(base, rng), gzip.compress(mutate(base, rng)), mutate(gzip.compress(base), rng)][number % 3]
            (folder / "train-images-idx3-ubyte.gz").write_bytes(content if damaged_images else gzip.compress(images))
            (folder / "train-labels-idx1-ubyte").write_bytes(labels if damaged_images else content)
            try:
                with case():
                    outcome = load_outcome(read_image_split, folder, "train-images-idx3-ubyte",
                                           "train-labels-idx1-ubyte", 10)  # fmt: skip
            except CaseTimedOut:
                pytest.fail(f"case {number} took more than 2 s: {content[:64]!r}")
            outcomes[outcome] += 1
    assert outcomes["refused"] > 500 and outcomes["loaded"] > 0, outcomes
