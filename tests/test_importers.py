"""CIFAR-10 batches, IDX files and the logic gates, read from small files written here in the real formats."""

from __future__ import annotations

import gzip
import io
import os
import pickle
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lrgui.core import LogisticRegression
from lrgui.data.cifar10 import CIFAR10_CLASSES, load_cifar10
from lrgui.data.dataset import ImageFormat
from lrgui.data.idx import FASHION_MNIST_CLASSES, load_fashion_mnist, read_idx
from lrgui.data.images import load_image
from lrgui.data.loader import LoadingCancelled
from lrgui.data.toy import GATE_DEFAULTS, GATE_INPUTS, load_gate
from lrgui.errors import DataError

RED, GREEN, BLUE = (255, 0, 0), (0, 255, 0), (0, 0, 255)


def random_images(m: int, side: int, seed: int, channels: int = 3) -> np.ndarray:
    shape = (m, side, side, channels) if channels == 3 else (m, side, side)
    return np.random.default_rng(seed).integers(0, 256, shape, dtype=np.uint8)


def marked_image() -> np.ndarray:
    """A 32 × 32 RGB image with a red top-left, green top-right and blue bottom-left pixel."""
    image = np.full((32, 32, 3), 128, dtype=np.uint8)
    image[0, 0], image[0, 31], image[31, 0] = RED, GREEN, BLUE
    return image


# ------------------------------------------------------------------ CIFAR-10
class Python2Pickler(pickle._Pickler):
    """Writes bytes and str as Python 2 ``str`` (BINSTRING opcodes), as the real CIFAR-10 files have them."""

    dispatch = dict(pickle._Pickler.dispatch)

    def save_py2_str(self, obj: bytes | str) -> None:
        data = obj.encode("latin1") if isinstance(obj, str) else obj
        n = len(data)
        if n < 256:
            self.write(pickle.SHORT_BINSTRING + bytes([n]) + data)
        else:
            self.write(pickle.BINSTRING + n.to_bytes(4, "little") + data)
        self.memoize(obj)

    dispatch[bytes] = save_py2_str
    dispatch[str] = save_py2_str


def python2_pickle(obj) -> bytes:
    """``obj`` pickled like Python 2 with NumPy 1 did: protocol 2, BINSTRING, ``numpy.core``."""
    buffer = io.BytesIO()
    Python2Pickler(buffer, protocol=2).dump(obj)
    return buffer.getvalue().replace(b"cnumpy._core.multiarray\n", b"cnumpy.core.multiarray\n")


def batch_dict(images: np.ndarray, labels, name: str = "training batch 1 of 5", filenames: bool = False) -> dict:
    """A batch as CIFAR-10 stores it: rows of R, G, B planes, bytes keys."""
    rows = images.transpose(0, 3, 1, 2).reshape(len(images), 3072)
    batch = {b"batch_label": name.encode(), b"labels": [int(v) for v in labels], b"data": rows}
    if filenames:
        batch[b"filenames"] = [f"image_{i}.png".encode() for i in range(len(images))]
    return batch


def write_cifar(
    folder: Path,
    train: list[tuple[np.ndarray, list[int]]],
    test: tuple[np.ndarray, list[int]] | None = None,
    names: list[str] | None = list(CIFAR10_CLASSES),
    batch_numbers: list[int] | None = None,
    python2: bool = False,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dump = python2_pickle if python2 else (lambda obj: pickle.dumps(obj, protocol=2))
    for number, (images, labels) in zip(batch_numbers or range(1, len(train) + 1), train):
        (folder / f"data_batch_{number}").write_bytes(dump(batch_dict(images, labels, filenames=number == 1)))
    if test is not None:
        (folder / "test_batch").write_bytes(dump(batch_dict(*test, name="testing batch 1 of 1")))
    if names is not None:
        meta = {b"num_cases_per_batch": 10000, b"label_names": [n.encode() for n in names], b"num_vis": 3072}
        (folder / "batches.meta").write_bytes(dump(meta))
    return folder


@pytest.fixture
def cifar(tmp_path) -> Path:
    """Two training batches of 3 and 5 images, a test batch of 4; the first image is :func:`marked_image`."""
    first = random_images(3, 32, seed=1)
    first[0] = marked_image()
    return write_cifar(
        tmp_path / "cifar-10-batches-py",
        train=[(first, [6, 9, 9]), (random_images(5, 32, seed=2), [4, 1, 1, 2, 7])],
        test=(random_images(4, 32, seed=3), [3, 8, 8, 0]),
    )


@pytest.mark.parametrize("python2", [False, True], ids=["python3-protocol2", "python2-numpy1"])
def test_cifar_reads_batches_in_order_with_names_and_test_split(tmp_path, python2):
    first, second = random_images(3, 32, seed=1), random_images(5, 32, seed=2)
    folder = write_cifar(
        tmp_path / "c", [(first, [6, 9, 9]), (second, [4, 1, 1, 2, 7])], (random_images(4, 32, 3), [3, 8, 8, 0]),
        python2=python2,
    )  # fmt: skip
    data = load_cifar10(folder)
    assert data.train.X.shape == (8, 3072) and data.train.X.dtype == np.uint8
    assert data.train.y.tolist() == ["frog", "truck", "truck", "deer", "automobile", "automobile", "bird", "horse"]
    assert data.train.classes == ["automobile", "bird", "deer", "frog", "horse", "truck"]  # label order, present ones
    assert data.train.image_format == ImageFormat(32, grayscale=False)
    np.testing.assert_array_equal(data.train.X[3:].reshape(5, 32, 32, 3), second)
    assert data.test.y.tolist() == ["cat", "ship", "ship", "airplane"]
    assert len(data.test) == 4 and data.skipped == []


def test_cifar_pixel_layout_matches_load_image(cifar, tmp_path):
    data = load_cifar10(cifar)
    row = data.train.X[0]
    png = tmp_path / "marked.png"
    Image.fromarray(marked_image()).save(png)
    np.testing.assert_array_equal(row, load_image(png, ImageFormat(32)))
    pixels = row.reshape(32, 32, 3)
    assert tuple(pixels[0, 0]) == RED and tuple(pixels[0, 31]) == GREEN and tuple(pixels[31, 0]) == BLUE


@pytest.mark.parametrize("image_format", [ImageFormat(16, False), ImageFormat(32, True), ImageFormat(20, True)])
def test_cifar_resizes_and_greys_like_load_image(cifar, tmp_path, image_format):
    data = load_cifar10(cifar, image_format)
    assert data.train.X.shape == (8, image_format.n_features) and data.train.image_format == image_format
    assert data.test.X.shape == (4, image_format.n_features)
    png = tmp_path / "marked.png"
    Image.fromarray(marked_image()).save(png)
    np.testing.assert_array_equal(data.train.X[0], load_image(png, image_format))


def test_cifar_reports_progress_and_can_be_stopped(cifar):
    calls = []
    load_cifar10(cifar, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    resized = []
    load_cifar10(cifar, ImageFormat(8), progress=lambda done, total: resized.append((done, total)))
    assert (8, 8) in resized and (4, 4) in resized  # images converted, train then test
    with pytest.raises(LoadingCancelled):
        load_cifar10(cifar, should_stop=lambda: True)


def test_cifar_accepts_the_parent_folder_missing_meta_and_gaps(tmp_path):
    folder = write_cifar(
        tmp_path / "downloads" / "cifar-10-batches-py",
        [(random_images(2, 32, 1), [0, 1]), (random_images(2, 32, 2), [2, 3])],
        names=None,
        batch_numbers=[1, 3],
    )
    data = load_cifar10(folder.parent)
    assert data.train.y.tolist() == ["airplane", "automobile", "bird", "cat"]
    assert data.test is None


def test_cifar_uses_the_names_in_batches_meta(tmp_path):
    folder = write_cifar(tmp_path / "c", [(random_images(2, 32, 1), [0, 1])], names=["cats", "dogs"])
    assert load_cifar10(folder).train.classes == ["cats", "dogs"]


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda d: d / "nowhere", "does not exist"),
        (lambda d: d, "No CIFAR-10 training batches"),
        (lambda d: _touch(d / "cifar-10-python.tar.gz"), "extract it"),
        (lambda d: _write(d / "test_batch", pickle.dumps({}, 2)) and d, "test_batch only"),
    ],
    ids=["missing", "empty", "archive", "test-only"],
)
def test_cifar_folder_errors(tmp_path, setup, message):
    with pytest.raises(DataError, match=message):
        load_cifar10(setup(tmp_path))


def _touch(path: Path) -> Path:
    path.write_bytes(b"\x1f\x8b not really")
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def good_batch() -> dict:
    return batch_dict(random_images(2, 32, 1), [0, 1])


@pytest.mark.parametrize(
    "content, message",
    [
        (pickle.dumps(good_batch(), 2)[:-5000], "truncated"),
        (pickle.dumps(good_batch(), 2)[:40], "truncated"),
        (b"\x80\x02this is not a pickle at all", "malformed"),
        (pickle.dumps([1, 2, 3], 2), "exactly one dict"),
        (pickle.dumps({b"data": np.zeros((2, 3072), np.uint8)}, 2), "no 'data' and 'labels'"),
        (pickle.dumps({b"data": np.zeros((2, 3072), np.uint8), b"fine_labels": [0, 1]}, 2), "CIFAR-100"),
        (pickle.dumps({b"data": np.zeros((2, 100), np.uint8), b"labels": [0, 1]}, 2), r"m × 3072"),
        (pickle.dumps({b"data": np.zeros(3072, np.uint8), b"labels": [0]}, 2), r"m × 3072"),
        (pickle.dumps({b"data": np.full((1, 3072), 300.0), b"labels": [0]}, 2), r"not unsigned bytes \('u1'\)"),
        (pickle.dumps({b"data": np.zeros((2, 3072), np.uint8), b"labels": [0]}, 2), "2 integers"),
        (pickle.dumps({b"data": np.zeros((2, 3072), np.uint8), b"labels": [0, 10]}, 2), "label 10 is outside 0–9"),
    ],
    ids=["truncated", "cut-short", "garbage", "not-dict", "no-labels", "cifar100", "columns", "1d", "values",
         "count", "range"],  # fmt: skip
)
def test_cifar_refuses_broken_batches(tmp_path, content, message):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "data_batch_1").write_bytes(content)
    with pytest.raises(DataError, match=message):
        load_cifar10(folder)


def test_cifar_refuses_a_meta_file_without_names(tmp_path):
    folder = write_cifar(tmp_path / "c", [(random_images(2, 32, 1), [0, 1])])
    (folder / "batches.meta").write_bytes(pickle.dumps({b"num_vis": 3072}, 2))
    with pytest.raises(DataError, match="label_names"):
        load_cifar10(folder)


class RunsCode:
    """Unpickling this calls ``function(*args)``: what a malicious pickle does."""

    def __init__(self, function, *args):
        self.function, self.args = function, args

    def __reduce__(self):
        return self.function, self.args


@pytest.mark.parametrize("target", ["data", "labels", "meta"])
@pytest.mark.parametrize(
    "attack, refused",
    [
        (lambda marker: RunsCode(os.system, f"touch {marker}"), "system"),
        (lambda marker: RunsCode(eval, f"open({str(marker)!r}, 'w').write('x')"), "builtin.*eval"),
        (lambda marker: RunsCode(Path.write_text, Path(marker), "x"), "builtin.*getattr"),
    ],
    ids=["os.system", "eval", "write_text"],
)
def test_cifar_refuses_pickles_that_run_code_without_running_them(tmp_path, target, attack, refused):
    folder = write_cifar(tmp_path / "c", [(random_images(2, 32, 1), [0, 1])])
    marker = tmp_path / "pwned"
    if target == "meta":
        content = {b"label_names": attack(marker)}
        (folder / "batches.meta").write_bytes(pickle.dumps(content, 2))
    else:
        batch = good_batch()
        batch[target.encode()] = attack(marker)
        (folder / "data_batch_1").write_bytes(pickle.dumps(batch, 2))
    with pytest.raises(DataError, match=f"refuses to load .*{refused}") as error:
        load_cifar10(folder)
    assert "never contain" in str(error.value)
    assert not marker.exists()


def test_cifar_refuses_even_harmless_unexpected_globals(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "data_batch_1").write_bytes(pickle.dumps(OrderedDict(good_batch()), 2))
    with pytest.raises(DataError, match=r"refuses to load collections\.OrderedDict from .*data_batch_1"):
        load_cifar10(folder)


def test_cifar_refuses_array_subclasses_and_other_codecs(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    batch = good_batch()
    batch[b"data"] = batch[b"data"].view(np.recarray)  # pickled through numpy.rec.recarray
    (folder / "data_batch_1").write_bytes(pickle.dumps(batch, 2))
    with pytest.raises(DataError, match="refuses to load numpy"):
        load_cifar10(folder)
    crafted = b"\x80\x02c_codecs\nencode\nX\x03\x00\x00\x00abcX\x04\x00\x00\x00zlib\x86R."
    (folder / "data_batch_1").write_bytes(crafted)
    with pytest.raises(DataError, match="encodes text in a way these files never do"):
        load_cifar10(folder)


# -------------------------------------------------------------------- IDX
def idx_bytes(array: np.ndarray, type_code: int = 0x08) -> bytes:
    dtype = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}[type_code]
    header = bytes([0, 0, type_code, array.ndim]) + np.asarray(array.shape, dtype=">u4").tobytes()
    return header + np.asarray(array, dtype=dtype).tobytes()


def write_idx(path: Path, array: np.ndarray, compress: bool) -> Path:
    data = idx_bytes(array)
    if compress:
        path = path.with_name(path.name + ".gz")
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def _damaged(data: bytes, at: int) -> bytes:
    return data[:at] + bytes(b ^ 0x5A for b in data[at : at + 40]) + data[at + 40 :]


def marked_grey() -> np.ndarray:
    image = np.full((28, 28), 100, dtype=np.uint8)
    image[0, 0], image[0, 27], image[27, 0] = 255, 10, 50
    return image


@pytest.fixture
def fashion(tmp_path) -> Path:
    """6 training images (gzipped) and 4 test images (plain); the first training image is :func:`marked_grey`."""
    folder = tmp_path / "fashion"
    folder.mkdir()
    train = random_images(6, 28, seed=4, channels=1)
    train[0] = marked_grey()
    write_idx(folder / "train-images-idx3-ubyte", train, compress=True)
    write_idx(folder / "train-labels-idx1-ubyte", np.array([9, 0, 0, 3, 0, 2], np.uint8), compress=True)
    write_idx(folder / "t10k-images-idx3-ubyte", random_images(4, 28, seed=5, channels=1), compress=False)
    write_idx(folder / "t10k-labels-idx1-ubyte", np.array([7, 2, 1, 1], np.uint8), compress=False)
    return folder


def test_fashion_mnist_reads_train_and_test(fashion, tmp_path):
    data = load_fashion_mnist(fashion)
    assert data.train.X.shape == (6, 784) and data.train.X.dtype == np.uint8
    assert data.train.y.tolist() == ["Ankle boot", "T-shirt/top", "T-shirt/top", "Dress", "T-shirt/top", "Pullover"]
    assert data.train.classes == ["T-shirt/top", "Pullover", "Dress", "Ankle boot"]
    assert data.train.image_format == ImageFormat(28, grayscale=True)
    assert data.test.y.tolist() == ["Sneaker", "Pullover", "Trouser", "Trouser"]
    png = tmp_path / "marked.png"
    Image.fromarray(marked_grey()).save(png)
    np.testing.assert_array_equal(data.train.X[0], load_image(png, ImageFormat(28, grayscale=True)))
    assert data.train.X[0, 27] == 10 and data.train.X[0, 27 * 28] == 50
    assert len(FASHION_MNIST_CLASSES) == 10


@pytest.mark.parametrize("image_format", [ImageFormat(16, True), ImageFormat(28, False), ImageFormat(32, False)])
def test_fashion_mnist_resizes_and_colours_like_load_image(fashion, tmp_path, image_format):
    calls = []
    data = load_fashion_mnist(fashion, image_format, progress=lambda done, total: calls.append((done, total)))
    assert data.train.X.shape == (6, image_format.n_features) and data.test.X.shape == (4, image_format.n_features)
    png = tmp_path / "marked.png"
    Image.fromarray(marked_grey()).save(png)
    np.testing.assert_array_equal(data.train.X[0], load_image(png, image_format))
    assert calls[:3] == [(0, 2), (1, 2), (2, 2)]  # files read
    if image_format.size != 28:
        assert (6, 6) in calls and calls[-1] == (4, 4)  # images converted, train then test


def test_fashion_mnist_detects_gzip_by_content_and_works_without_test_files(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "train-images-idx3-ubyte").write_bytes(gzip.compress(idx_bytes(random_images(3, 28, 1, channels=1))))
    (folder / "train-labels-idx1-ubyte").write_bytes(idx_bytes(np.array([1, 8, 1], np.uint8)))
    data = load_fashion_mnist(folder)
    assert data.train.y.tolist() == ["Trouser", "Bag", "Trouser"] and data.test is None
    with pytest.raises(LoadingCancelled):
        load_fashion_mnist(folder, should_stop=lambda: True)


@pytest.mark.parametrize("type_code", [0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E])
def test_read_idx_round_trips_every_type(tmp_path, type_code):
    array = np.arange(-12, 12).reshape(2, 3, 4) % (256 if type_code == 0x08 else 1000)
    path = tmp_path / "a.idx"
    path.write_bytes(idx_bytes(array, type_code))
    read = read_idx(path)
    assert read.shape == (2, 3, 4) and read.dtype.isnative
    np.testing.assert_array_equal(read, array.astype(read.dtype))


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "not an IDX file"),
        (b"\x00\x01\x08\x01\x00\x00\x00\x02ab", "not an IDX file"),
        (b"\x00\x00\x07\x01\x00\x00\x00\x02ab", "not an IDX file"),
        (b"\x00\x00\x08\x03\x00\x00\x00\x02", "ends inside the header"),
        (idx_bytes(np.zeros((4, 28, 28), np.uint8))[:-100], "truncated: its header announces"),
        (idx_bytes(np.zeros((4, 28, 28), np.uint8)) + b"x", "more data follows"),
        (b"\x00\x00\x08\x03\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", "more than lrgui allows"),
        (gzip.compress(idx_bytes(np.zeros((4, 28, 28), np.uint8)))[:-30], "truncated"),
        (_damaged(gzip.compress(idx_bytes(np.arange(5000) % 251)), 200), "corrupt gzip file"),
        (_damaged(gzip.compress(idx_bytes(np.arange(5000) % 251)), 2), "corrupt gzip file"),
    ],
    ids=["empty", "magic", "type", "header", "short", "long", "huge", "gzip-cut", "gzip-crc", "gzip-header"],
)
def test_read_idx_refuses_damaged_files(tmp_path, content, message):
    path = tmp_path / "broken-idx3-ubyte"
    path.write_bytes(content)
    with pytest.raises(DataError, match=message):
        read_idx(path)


@pytest.mark.parametrize(
    "images, labels, message",
    [
        (random_images(3, 28, 1, channels=1), np.array([0, 1], np.uint8), "3 images but .* 2 labels"),
        (random_images(2, 28, 1, channels=1), np.array([0, 10], np.uint8), "label 10"),
        (random_images(2, 28, 1, channels=1), random_images(2, 28, 1, channels=1), "one integer label per image"),
        (np.zeros((2, 784), np.uint8), np.array([0, 1], np.uint8), "m × rows × columns"),
        (random_images(2, 28, 1, channels=1), None, "has no labels"),
    ],
    ids=["count", "range", "labels-are-images", "flat-images", "no-labels"],
)
def test_fashion_mnist_refuses_mismatched_files(tmp_path, images, labels, message):
    folder = tmp_path / "f"
    folder.mkdir()
    write_idx(folder / "train-images-idx3-ubyte", images, compress=False)
    if labels is not None:
        write_idx(folder / "train-labels-idx1-ubyte", labels, compress=True)
    with pytest.raises(DataError, match=message):
        load_fashion_mnist(folder)


def test_fashion_mnist_folder_errors(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        load_fashion_mnist(tmp_path / "nowhere")
    with pytest.raises(DataError, match="No Fashion-MNIST training images"):
        load_fashion_mnist(tmp_path)


# ------------------------------------------------------------- logic gates
def test_gates_are_their_truth_tables():
    for name, outputs in {"and": "0001", "or": "0111", "xor": "0110"}.items():
        data = load_gate(name.upper())
        assert data.train.X.dtype == np.float32 and data.train.X.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
        assert data.train.y.tolist() == list(outputs)
        assert data.train.classes == ["0", "1"] and data.train.image_format is None and data.test is None
    with pytest.raises(DataError, match="Unknown logic gate 'nand'"):
        load_gate("nand")


def test_logistic_regression_learns_and_or_but_not_xor_with_the_defaults():
    scores = {}
    for name in ("and", "or", "xor"):
        settings = GATE_DEFAULTS[name]["logistic"]
        data = load_gate(name).train
        model = LogisticRegression(learning_rate=settings["learning_rate"], epochs=settings["epochs"])
        scores[name] = model.fit(data.X, data.y).score(data.X, data.y)
    assert scores["and"] == 1.0 and scores["or"] == 1.0 and scores["xor"] <= 0.75
    for name in GATE_DEFAULTS:
        assert set(GATE_DEFAULTS[name]["mlp"]) == {"learning_rate", "epochs", "hidden", "activation", "batches"}
    assert not np.shares_memory(load_gate("and").train.X, GATE_INPUTS)
