"""The model file: safetensors round trips that predict identically, atomic saving, and one-sentence refusals."""

from __future__ import annotations

import errno
import json
import os
import shutil
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import numpy as np
import pytest
import safetensors
import safetensors.numpy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lrgui
import lrgui.data.model_file as model_file
from lrgui.data import files
from lrgui.core import LogisticRegression, NeuralNetwork
from lrgui.core.preprocessing import make_scaler
from lrgui.data import ImageFormat, TrainedModel, check_save_target, load_model, save_model
from lrgui.data.history import RunHistory
from lrgui.data.model_file import FORMAT_VERSION, MODEL_EXTENSION
from lrgui.errors import ModelFileError

FORMAT = ImageFormat(size=4)


# ------------------------------------------------------------------ building models
def pixels(n_features: int, rows: int = 30, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (rows, n_features), dtype=np.uint8)


def make_model(
    kind: str = "logistic",
    classes=("blue", "red"),
    dtype: str = "float32",
    standardize: bool = False,
    history: bool = False,
    image_format: ImageFormat | None = FORMAT,
) -> TrainedModel:
    """A model trained for a few iterations on random pixels, optionally with its run's history."""
    n = image_format.n_features if image_format else 2
    X = pixels(n, rows=12 * len(classes))
    if image_format is None:
        X %= 2  # logic-gate inputs: 0 and 1
    y = np.array([classes[i % len(classes)] for i in range(len(X))])
    scaler = make_scaler("standardize" if standardize else ("pixels/255" if image_format else "none"), dtype=dtype)
    scaler.fit(X)
    if kind == "logistic":
        estimator = LogisticRegression(learning_rate=0.01, epochs=30, record_every=10, dtype=dtype)
    else:
        estimator = NeuralNetwork(hidden=5, epochs=20, record_every=5, dtype=dtype)
    estimator.fit(scaler.transform(X), y)
    run = None
    if history:
        state = estimator.get_state()
        names = [key for key, value in state.items() if isinstance(value, np.ndarray)]
        run = RunHistory(
            iterations=[0, 10, estimator.n_iter_],
            parameters={name: np.stack([state[name] * 0, state[name] * 0.5, state[name]]) for name in names},
            train_cost=[0.7, 0.6, 0.5],
            test_cost=[0.7, np.nan, 0.55],
            train_accuracy=[0.5, 0.6, 0.7],
        )
    return TrainedModel(estimator, scaler, image_format, {"n_train": len(X), "note": "test"}, run)


def assert_predicts_identically(loaded: TrainedModel, model: TrainedModel) -> None:
    X = pixels(model.estimator.n_features_in_, rows=25, seed=7)
    for got, expected in zip(loaded.predict_rows(X), model.predict_rows(X)):
        np.testing.assert_array_equal(got, expected)


@pytest.fixture
def good_file(tmp_path) -> Path:
    return save_model(make_model(), tmp_path / f"good{MODEL_EXTENSION}")


def read_parts(path: Path) -> tuple[dict, dict]:
    with safetensors.safe_open(str(path), framework="numpy") as f:
        metadata = f.metadata()
    return metadata, safetensors.numpy.load_file(str(path))


def write_parts(path: Path, metadata: dict, tensors: dict) -> Path:
    safetensors.numpy.save_file(tensors, str(path), metadata=metadata)
    return path


def edit(path: Path, metadata_change=None, tensor_change=None) -> Path:
    metadata, tensors = read_parts(path)
    if metadata_change:
        metadata_change(metadata)
    if tensor_change:
        tensor_change(tensors)
    return write_parts(path, metadata, tensors)


def edit_header(path: Path, change) -> Path:
    """Rewrites the JSON header in place (keeping the data), for edits the safetensors writer would not make."""
    data = path.read_bytes()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    change(header)
    text = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(text)) + text + data[8 + length :])
    return path


def refused(path: Path, match: str) -> str:
    with pytest.raises(ModelFileError, match=match) as caught:
        load_model(path)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".") and "Traceback" not in message
    return message


# ------------------------------------------------------------------ round trip
@pytest.mark.parametrize("classes", [("blue", "red"), ("blue", "green", "red")], ids=["binary", "multiclass"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("standardize", [False, True], ids=["pixels-255", "standardize"])
def test_logistic_round_trip_predicts_identically(tmp_path, classes, dtype, standardize):
    model = make_model("logistic", classes, dtype, standardize)
    loaded = load_model(save_model(model, tmp_path / f"m{MODEL_EXTENSION}"))

    assert loaded.classes == model.classes
    assert loaded.image_format == model.image_format
    assert loaded.scaler.kind == model.scaler.kind and loaded.scaler.dtype == dtype
    np.testing.assert_array_equal(loaded.estimator.coef_, model.estimator.coef_)
    assert loaded.estimator.coef_.dtype == model.estimator.coef_.dtype
    np.testing.assert_array_equal(loaded.estimator.intercept_, model.estimator.intercept_)
    assert type(loaded.estimator.intercept_) is type(model.estimator.intercept_)  # a float for two classes
    assert loaded.estimator.costs_ == model.estimator.costs_
    assert loaded.estimator.get_params() == model.estimator.get_params()
    assert (loaded.estimator.n_iter_, loaded.estimator.solver_) == (30, model.estimator.solver_)
    assert loaded.info == model.info
    assert loaded.history is None
    if standardize:
        np.testing.assert_array_equal(loaded.scaler.mean_, model.scaler.mean_)
        np.testing.assert_array_equal(loaded.scaler.std_, model.scaler.std_)
    assert_predicts_identically(loaded, model)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("classes", [("a", "b"), ("a", "b", "c", "d")])
def test_network_round_trip_predicts_identically(tmp_path, dtype, classes):
    model = make_model("mlp", classes, dtype, standardize=True)
    loaded = load_model(save_model(model, tmp_path / f"m{MODEL_EXTENSION}"))
    for got, expected in zip(loaded.estimator.coefs_ + loaded.estimator.intercepts_,
                             model.estimator.coefs_ + model.estimator.intercepts_):
        np.testing.assert_array_equal(got, expected)
        assert got.dtype == expected.dtype
    assert loaded.estimator.get_params() == model.estimator.get_params()
    assert loaded.estimator.diverged_ == model.estimator.diverged_
    assert_predicts_identically(loaded, model)


@pytest.mark.parametrize("kind", ["logistic", "mlp"])
def test_history_round_trip(tmp_path, kind):
    model = make_model(kind, ("a", "b", "c"), history=True)
    loaded = load_model(save_model(model, tmp_path / f"m{MODEL_EXTENSION}"))
    expected = model.history.arrays()
    got = loaded.history.arrays()
    assert sorted(got) == sorted(expected)
    for name in expected:
        np.testing.assert_array_equal(got[name], expected[name])
    assert loaded.history.test_accuracy is None
    assert np.isnan(loaded.history.test_cost[1])  # not measured at that point, and kept so


def test_non_image_model_round_trip(tmp_path):
    """The logic gates: two features, no image format, features used as they are."""
    model = make_model(image_format=None, classes=("0", "1"))
    loaded = load_model(save_model(model, tmp_path / f"gate{MODEL_EXTENSION}"))
    assert loaded.image_format is None and loaded.scaler.kind == "none"
    assert_predicts_identically(loaded, model)


def test_class_names_from_non_utf8_folder_names_survive(tmp_path):
    """A Latin-1 folder name decoded with os.fsdecode holds lone surrogates: saved and loaded unchanged."""
    latin1 = os.fsdecode(b"caf\xe9")
    model = make_model(classes=(latin1, "日本"))
    loaded = load_model(save_model(model, tmp_path / f"m{MODEL_EXTENSION}"))
    assert loaded.classes == model.classes
    assert latin1 in loaded.classes


def test_info_with_nan_is_saved_as_null(tmp_path):
    model = make_model()
    model.info = {"test_accuracy": float("nan"), "nested": [np.float32(0.5), float("inf")], "path": Path("/x")}
    loaded = load_model(save_model(model, tmp_path / f"m{MODEL_EXTENSION}"))
    assert loaded.info == {"test_accuracy": None, "nested": [0.5, None], "path": "/x"}


def test_loaded_model_predicts_files(tmp_path):
    from PIL import Image

    model = make_model()
    files = []
    for i, colour in enumerate([(255, 0, 0), (0, 0, 255)]):
        path = tmp_path / f"{i}.png"
        Image.new("RGB", (9, 9), colour).save(path)
        files.append(path)
    loaded = load_model(save_model(model, tmp_path / f"m{MODEL_EXTENSION}"))
    predictions, skipped = loaded.predict_files(files)
    assert skipped == [] and [p.path for p in predictions] == [str(f) for f in files]
    assert [p.label for p in predictions] == [p.label for p in model.predict_files(files)[0]]


# ------------------------------------------------------------------ the file itself
def test_file_is_plain_safetensors(tmp_path):
    model = make_model("logistic", ("blue", "green", "red"), standardize=True, history=True)
    path = save_model(model, tmp_path / f"m{MODEL_EXTENSION}")

    tensors = safetensors.numpy.load_file(str(path))
    assert sorted(tensors) == sorted(
        ["coef", "intercept", "costs", "mean", "std", "history.iterations", "history.train_cost",
         "history.test_cost", "history.train_accuracy", "history.coef", "history.intercept"]
    )
    assert tensors["coef"].shape == (FORMAT.n_features, 3)
    assert tensors["costs"].dtype == np.float64
    np.testing.assert_array_equal(tensors["costs"], np.array(model.estimator.costs_).reshape(-1, 2))
    assert tensors["history.iterations"].dtype == np.int64

    with safetensors.safe_open(str(path), framework="numpy") as f:
        metadata = f.metadata()
    assert metadata["lrgui"] == "model"
    assert metadata["format_version"] == str(FORMAT_VERSION) == "2"
    assert metadata["lrgui_version"] == lrgui.__version__
    assert metadata["model_type"] == "logistic"
    assert json.loads(metadata["classes"]) == ["blue", "green", "red"]
    assert (metadata["image_size"], metadata["channels"]) == ("4", "3")
    assert (metadata["preprocessing"], metadata["preprocessing_dtype"]) == ("standardize", "float32")
    assert json.loads(metadata["parameters"])["learning_rate"] == 0.01
    assert json.loads(metadata["state"]) == {"n_iter": 30, "diverged": False, "solver": model.estimator.solver_}
    assert json.loads(metadata["info"]) == model.info


def test_binary_intercept_is_a_scalar_tensor(tmp_path):
    path = save_model(make_model(), tmp_path / f"m{MODEL_EXTENSION}")
    assert safetensors.numpy.load_file(str(path))["intercept"].shape == ()


# ----------------------------------------------------------------- saving
def test_save_replaces_an_existing_file_and_keeps_its_mode(tmp_path):
    path = save_model(make_model(), tmp_path / f"m{MODEL_EXTENSION}")
    os.chmod(path, 0o640)
    with pytest.raises(ModelFileError, match=r"already exists \(add --force to replace it\)\.$"):
        save_model(make_model(classes=("x", "y", "z")), path)
    save_model(make_model(classes=("x", "y", "z")), path, force=True)
    assert load_model(path).classes == ["x", "y", "z"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_new_file_gets_the_usual_permissions(tmp_path):
    path = save_model(make_model(), tmp_path / f"m{MODEL_EXTENSION}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~files.process_umask()


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / f"fifo{MODEL_EXTENSION}"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path):
    path = Path(tempfile.mkdtemp(prefix="s")) / "sock"  # short: socket paths are limited to ~107 bytes
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    yield path
    server.close()
    shutil.rmtree(path.parent)


@pytest.mark.parametrize(
    "target, match",
    [
        (lambda tmp, fifo, sock: tmp, "it is a folder"),
        (lambda tmp, fifo, sock: "/dev/null", "it is a device"),
        (lambda tmp, fifo, sock: fifo, "it is a FIFO"),
        (lambda tmp, fifo, sock: sock, "it is a socket"),
        (lambda tmp, fifo, sock: f"{tmp}/sub/", "ends with '/'"),
        (lambda tmp, fifo, sock: tmp / "no" / "such" / "m.lrgui.safetensors", "does not exist"),
        (lambda tmp, fifo, sock: fifo / "m.lrgui.safetensors", "part of that path is a file"),
        (lambda tmp, fifo, sock: "", "No file name"),
    ],
    ids=["folder", "device", "fifo", "socket", "trailing-slash", "missing-folder", "file-as-folder", "empty"],
)
def test_check_save_target_refuses(tmp_path, fifo, unix_socket, target, match):
    with pytest.raises(ModelFileError, match=match) as caught:
        check_save_target(target(tmp_path, fifo, unix_socket))
    assert "\n" not in str(caught.value) and str(caught.value).endswith(".")


def test_check_save_target_accepts_new_and_existing_files(good_file, tmp_path):
    assert check_save_target(good_file, force=True) == good_file
    assert check_save_target(str(tmp_path / "new.lrgui.safetensors")) == tmp_path / "new.lrgui.safetensors"


def test_dev_null_stays_a_device_even_as_root():
    with pytest.raises(ModelFileError, match="device"):
        save_model(make_model(), "/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_fifo_target_is_refused_without_opening_it(fifo):
    # opening a FIFO for writing with no reader would block: refusing at all proves it was not opened
    with pytest.raises(ModelFileError, match="FIFO"):
        save_model(make_model(), fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def run_as_nobody(code: str, folder: Path) -> subprocess.CompletedProcess:
    """Runs ``code`` in a child that dropped root (root may write anywhere, so permissions cannot be tested as root)."""
    # lrgui is imported first: the interpreter's own files may not be readable by nobody
    preamble = (
        "import os, sys\nfrom lrgui.data import check_save_target\nfrom lrgui.errors import ModelFileError\n"
        "if os.geteuid() == 0:\n    os.setgid(65534); os.setuid(65534)\n"
    )
    return subprocess.run([sys.executable, "-c", preamble + textwrap.dedent(code), str(folder)],
                          capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent.parent)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_folder_is_refused_before_training():
    base = Path(tempfile.mkdtemp())
    try:
        os.chmod(base, 0o755)
        folder = base / "read-only"
        folder.mkdir(mode=0o555)
        os.chmod(folder, 0o555)
        done = run_as_nobody(
            """
            try:
                check_save_target(sys.argv[1] + "/m.lrgui.safetensors")
            except ModelFileError as error:
                print(error)
            """,
            folder,
        )
        assert "no permission to write" in done.stdout, done.stderr
        assert list(folder.iterdir()) == []
    finally:
        shutil.rmtree(base)


def test_a_full_disk_leaves_the_previous_file_and_no_temporary(good_file):
    """A real write failure: the file size limit (RLIMIT_FSIZE) makes write() fail with EFBIG, as a full disk would."""
    before = good_file.read_bytes()
    code = """
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
        from tests.test_model_file import make_model
        from lrgui.data import save_model
        from lrgui.errors import ModelFileError
        try:
            save_model(make_model("mlp", tuple("abcdefgh"), "float64"), sys.argv[1], force=True)
        except ModelFileError as error:
            print(error)
    """
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), str(good_file)], capture_output=True,
                          text=True, timeout=60, cwd=Path(__file__).parent.parent)
    assert done.stdout.startswith("Cannot write the model to") and "too large" in done.stdout.lower(), done.stderr
    assert len(done.stdout.strip().splitlines()) == 1
    assert good_file.read_bytes() == before
    assert sorted(p.name for p in good_file.parent.iterdir()) == [good_file.name]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_write_failures_become_one_sentence_and_leave_nothing(good_file, monkeypatch, failing):
    before = good_file.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, failing, fail)
    with pytest.raises(ModelFileError, match="Cannot write the model to .*No space left on device"):
        save_model(make_model(classes=("x", "y", "z")), good_file, force=True)
    monkeypatch.undo()
    assert good_file.read_bytes() == before
    assert sorted(p.name for p in good_file.parent.iterdir()) == [good_file.name]


def test_a_folder_that_vanishes_during_the_save(tmp_path, monkeypatch):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    real_replace = os.replace

    def unplug_then_replace(source, target):
        shutil.rmtree(folder)
        real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", unplug_then_replace)
    with pytest.raises(ModelFileError, match="Cannot write the model to"):
        save_model(make_model(), folder / f"m{MODEL_EXTENSION}")
    assert not folder.exists()


def test_a_bug_mid_save_cleans_up_and_is_not_disguised(good_file, monkeypatch):
    before = good_file.read_bytes()
    monkeypatch.setattr(files.os, "chmod", lambda *args: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        save_model(make_model(), good_file, force=True)
    assert good_file.read_bytes() == before
    assert sorted(p.name for p in good_file.parent.iterdir()) == [good_file.name]


@pytest.mark.parametrize(
    "classes, match",
    [(("ok", "bad\nname"), "control character"), (("ok", "x" * 201), "longer than 200")],
)
def test_a_model_the_loader_would_refuse_is_not_saved(tmp_path, classes, match):
    target = tmp_path / f"m{MODEL_EXTENSION}"
    with pytest.raises(ModelFileError, match=f"Cannot write the model to m{MODEL_EXTENSION}: .*{match}"):
        save_model(make_model(classes=classes), target)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------- refused paths
def test_missing_file(tmp_path):
    refused(tmp_path / f"absent{MODEL_EXTENSION}", "Model file not found: .*absent")


def test_folder_instead_of_a_file(tmp_path):
    refused(tmp_path, "is a folder, not a model file")


def test_fifo_is_refused_before_it_is_opened(fifo):
    refused(fifo, "FIFO")  # opening it would block forever: no writer


def test_device_is_refused(tmp_path):
    link = tmp_path / f"zero{MODEL_EXTENSION}"
    link.symlink_to("/dev/zero")
    refused(link, "is a device")


def test_file_too_large_is_refused_before_reading(tmp_path):
    path = tmp_path / f"huge{MODEL_EXTENSION}"
    with open(path, "wb") as handle:
        handle.truncate(model_file.MAX_FILE_BYTES + 1)  # sparse: takes no disk space
    refused(path, "larger than a model file can be")


def test_file_larger_than_free_memory_is_refused(good_file, monkeypatch):
    monkeypatch.setattr("lrgui.data.limits.available_memory", lambda: 1000)
    refused(good_file, "memory")


@pytest.mark.parametrize("content", [b"", b"short", b"just some text\n" * 4, b"\x89PNG\r\n\x1a\n" + bytes(100)])
def test_file_that_is_not_safetensors(tmp_path, content):
    path = tmp_path / f"fake{MODEL_EXTENSION}"
    path.write_bytes(content)
    refused(path, "not an lrgui model file")


@pytest.mark.parametrize("keep", [0.99, 0.5, 0.1, 0.01])
def test_truncated_file(good_file, keep):
    data = good_file.read_bytes()
    good_file.write_bytes(data[: int(len(data) * keep)])
    refused(good_file, good_file.name)


def test_old_hdf5_model_is_never_opened_but_explained(tmp_path):
    path = tmp_path / "old.lrgui.h5"
    path.write_bytes(model_file.HDF5_SIGNATURE + bytes(2000))
    refused(path, r"old\.lrgui\.h5 is an old lrgui model .*'lrgui convert old\.lrgui\.h5'")


def test_safetensors_file_from_another_program(tmp_path):
    path = write_parts(tmp_path / "weights.safetensors", {"format": "pt"}, {"dense.weight": np.ones((3, 3))})
    refused(path, "a safetensors file, but not an lrgui model")
    path = write_parts(tmp_path / "plain.safetensors", None, {"w": np.ones(3)})
    refused(path, "not an lrgui model")


# ------------------------------------------------------------- refused content
def set_meta(key, value):
    return lambda metadata: metadata.__setitem__(key, value)


@pytest.mark.parametrize(
    "key, value, match",
    [
        ("format_version", "3", "uses model format 3, written by a newer lrgui .*please update lrgui"),
        ("format_version", "1", "claims format 1"),
        ("format_version", "two", "no valid format version"),
        ("format_version", "9" * 5000, "no valid format version"),
        ("model_type", "transformer", "model type .*'transformer'"),
        ("classes", '["only one"]', "1 classes, not 2 to 1,000"),
        ("classes", json.dumps([f"c{i}" for i in range(1001)]), "1001 classes"),
        ("classes", '["a", "a"]', "same name"),
        ("classes", '["a", "b\\u001b[31m"]', "control character"),
        ("classes", json.dumps(["a", "b" * 201]), "longer than 200"),
        ("classes", '["a", ""]', "empty"),
        ("classes", '["a", 2]', "not text"),
        ("classes", '{"a": 1}', "not a JSON list"),
        ("classes", '["a", "b"', "not valid JSON"),
        ("image_size", "3", "image size 3 is not between 4 and 1,024"),
        ("image_size", "2000", "image size 2000"),
        ("image_size", "-4", "not a whole number"),
        ("image_size", "5", "weights are for 48 features, but its 5×5 images"),
        ("channels", "2", "2 channels"),
        ("preprocessing", "magic", "preprocessing 'magic'"),
        ("preprocessing_dtype", "float16", "preprocessing_dtype"),
        ("parameters", "{not json", "'parameters' metadata is not valid JSON"),
        ("parameters", '{"learning_rate": NaN}', "not valid JSON"),
        ("parameters", '{"learning_rate": 1, "learning_rate": 2}', "not valid JSON"),
        ("parameters", '{"evil": 1}', "unknown setting 'evil'"),
        ("parameters", '{"learning_rate": [1]}', "not a plain value"),
        ("parameters", '{"dtype": "float16"}', "'dtype' is float16"),
        ("parameters", '{"learning_rate": 1e999}', "not a plain value"),
        ("state", '{"n_iter": 3}', "does not hold exactly"),
        ("state", '{"n_iter": -1, "diverged": false, "solver": "gram"}', "iteration count"),
        ("state", '{"n_iter": 1, "diverged": false, "solver": "magic"}', "solver magic"),
        ("state", '{"n_iter": 1.5, "diverged": false, "solver": "gram"}', "'n_iter' is not a int"),
        ("info", "[" * 17 + "]" * 17, "nested more than 16 levels"),
        ("info", "[" * 100000 + "]" * 100000, "not valid JSON|nested"),
        ("info", "[]", "not a JSON object"),
        ("info", "x" * (1 << 20), "metadata is longer than"),
    ],
)
def test_refused_metadata(good_file, key, value, match):
    edit(good_file, set_meta(key, value))
    refused(good_file, match)


def test_missing_metadata(good_file):
    for key in ("model_type", "classes", "image_size", "parameters", "state", "preprocessing"):
        edit(good_file, lambda metadata: metadata.pop(key))
        refused(good_file, f"metadata has no '{key}'")
        good_file = save_model(make_model(), good_file, force=True)


def set_tensor(name, value):
    return lambda tensors: tensors.__setitem__(name, value)


N = FORMAT.n_features


@pytest.mark.parametrize(
    "change, match",
    [
        (lambda t: t.pop("coef"), "no tensor 'coef'"),
        (lambda t: t.pop("costs"), "no tensor 'costs'"),
        (set_tensor("coef", np.full(N, np.nan, np.float32)), "'coef' holds values that are not finite"),
        (set_tensor("coef", np.full(N, np.inf)), "not finite"),
        (set_tensor("coef", np.zeros((N, 3), np.float32)), "'coef' has the shape"),
        (set_tensor("coef", np.zeros(N + 1, np.float32)), "weights are for 49 features"),
        (set_tensor("coef", np.zeros(N, np.int32)), "type I32, not one of F32, F64 or I64"),
        (set_tensor("coef", np.zeros(N, np.float16)), "type F16"),
        (set_tensor("coef", np.zeros(N, bool)), "type BOOL"),
        (set_tensor("coef", np.zeros(N, np.int64)), "'coef' has the type int64"),
        (set_tensor("intercept", np.zeros(5)), "'intercept' has the shape"),
        (set_tensor("costs", np.zeros((3, 3))), "'costs' has the shape"),
        (set_tensor("costs", np.array([[0.5, 1.0]])), "iteration numbers"),
        (set_tensor("costs", np.array([[0, np.nan]])), "'costs' holds values that are not finite"),
        (set_tensor("mean", np.zeros(N, np.float32)), "standardisation statistics, but its preprocessing"),
        (set_tensor("surprise", np.zeros(2)), "unexpected tensor 'surprise'"),
        (set_tensor("history.secret", np.zeros(2)), "unexpected tensor 'history.secret'"),
    ],
)
def test_refused_tensors(good_file, change, match):
    edit(good_file, tensor_change=change)
    refused(good_file, match)


def test_refused_standardisation(tmp_path):
    path = save_model(make_model(standardize=True), tmp_path / f"s{MODEL_EXTENSION}")
    original = path.read_bytes()
    for change, match in [
        (lambda t: t.pop("std"), "lacks the tensor 'mean' or 'std'"),
        (set_tensor("std", np.zeros(N, np.float32)), "'std' holds values that are not positive"),
        (set_tensor("std", np.full(N, np.inf, np.float32)), "'std' holds values that are not finite"),
        (set_tensor("mean", np.zeros(3, np.float32)), "'mean' has the shape"),
    ]:
        path.write_bytes(original)
        edit(path, tensor_change=change)
        refused(path, match)


def test_refused_network(tmp_path):
    model = make_model("mlp", ("a", "b", "c"), image_format=None)
    path = save_model(model, tmp_path / f"n{MODEL_EXTENSION}")
    original = path.read_bytes()
    for metadata_change, tensor_change, match in [
        (None, set_tensor("W1", np.zeros((2, 4097), np.float32)), "not \\(features, 1–4,096 hidden units\\)"),
        (None, set_tensor("W2", np.zeros((5, 2), np.float32)), "'W2' has the shape \\(5, 2\\), not \\(5, 3\\)"),
        (None, set_tensor("b1", np.zeros(4, np.float32)), "'b1' has the shape"),
        (set_meta("parameters", '{"hidden": 6}'), None, "'hidden' does not match"),
        (set_meta("parameters", '{"activation": "gelu"}'), None, "activation gelu"),
    ]:
        path.write_bytes(original)
        edit(path, metadata_change, tensor_change)
        refused(path, match)


def test_refused_history(tmp_path):
    path = save_model(make_model(classes=("a", "b", "c"), history=True), tmp_path / f"h{MODEL_EXTENSION}")
    original = path.read_bytes()
    _, tensors = read_parts(path)
    coef_history = tensors["history.coef"]
    for change, match in [
        (lambda t: t["history.coef"].__setitem__(-1, t["history.coef"][-1] + 1), "last entry of tensor 'history.coef' differs"),
        (set_tensor("history.coef", coef_history[:2]), "'history.coef' has the shape"),
        (set_tensor("history.iterations", np.array([5, 1, 30])), "not a rising count"),
        (set_tensor("history.iterations", np.array([0, 10, 30], np.int32)), "type I32"),
        (set_tensor("history.iterations", np.array([0.0, 10, 30])), "'history.iterations' has the type float64"),
        (set_tensor("history.train_accuracy", np.array([0.5, 2.0, 0.5])), "accuracies outside 0 to 1"),
        (set_tensor("history.train_cost", np.array([1.0, np.inf, 0.5])), "infinite"),
        (set_tensor("history.test_cost", np.zeros(4)), "'history.test_cost' has the shape"),
        (lambda t: t.pop("history.train_cost"), "history has no tensor 'history.train_cost'"),
        (lambda t: t.pop("history.intercept"), "history has no tensor 'history.intercept'"),
    ]:
        path.write_bytes(original)
        edit(path, tensor_change=change)
        refused(path, match)


@pytest.mark.parametrize(
    "change, match",
    [
        (lambda h: h["coef"].__setitem__("shape", [1 << 40]), "declares more data than the file holds"),
        (lambda h: h["coef"].__setitem__("data_offsets", [0, 1 << 60]), "declares more data"),
        (lambda h: h["coef"].__setitem__("shape", [-1]), "invalid shape"),
        (lambda h: h["coef"].__setitem__("shape", [1, 1, 1, 1, 1, 48]), "invalid shape"),
        (lambda h: h["coef"].__setitem__("dtype", "F8_E4M3"), "type F8_E4M3"),
        (lambda h: h["coef"].__setitem__("extra", 1), "header entry of tensor 'coef' is malformed"),
        (lambda h: h["intercept"].__setitem__("data_offsets", h["coef"]["data_offsets"][:1] * 2), "overlap|declares"),
        (lambda h: h.__setitem__("__metadata__", {**h["__metadata__"], "n": 5}), "not text"),
        (lambda h: h.update({f"t{i}": h["intercept"] for i in range(70)}), "tensors, more than"),
    ],
)
def test_refused_headers(good_file, change, match):
    edit_header(good_file, change)
    refused(good_file, match)


def test_header_length_beyond_the_file(good_file):
    data = bytearray(good_file.read_bytes())
    for length in (len(data), 1 << 62, model_file.MAX_HEADER_BYTES + 1, 0):
        data[:8] = struct.pack("<Q", length)
        good_file.write_bytes(bytes(data))
        refused(good_file, "not an lrgui model file")


# ---------------------------------------------------------------- property-based
class_names = st.lists(
    st.text(st.characters(blacklist_categories=("Cc", "Zl", "Zp")), min_size=1, max_size=12),
    min_size=2, max_size=4, unique=True,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=class_names,
    size=st.integers(4, 6),
    grayscale=st.booleans(),
    standardize=st.booleans(),
    dtype=st.sampled_from(["float32", "float64"]),
    n_costs=st.integers(0, 5),
    seed=st.integers(0, 2**32 - 1),
)
def test_round_trip_of_random_models(names, size, grayscale, standardize, dtype, n_costs, seed):
    rng = np.random.default_rng(seed)
    image_format = ImageFormat(size, grayscale)
    n, k = image_format.n_features, len(names)
    classes = np.unique(np.array(names))  # sorted, as fit() leaves them
    estimator = LogisticRegression(learning_rate=float(rng.uniform(1e-4, 1)), epochs=int(rng.integers(1, 5000)), dtype=dtype)
    shape = (n,) if k == 2 else (n, k)
    state = {
        "coef": rng.normal(size=shape).astype(dtype),
        "intercept": np.asarray(rng.normal(size=() if k == 2 else (k,)), dtype=dtype),
        "n_iter": int(rng.integers(0, 10**6)),
        "diverged": bool(rng.integers(0, 2)),
        "solver": str(rng.choice(["primal", "gram"])),
    }
    costs = [(100 * i, float(c)) for i, c in enumerate(rng.uniform(0, 5, n_costs))]
    estimator.set_state(state, classes, costs)
    scaler = make_scaler("standardize" if standardize else "pixels/255", dtype=dtype)
    scaler.fit(pixels(n, rows=10, seed=seed % 1000))
    model = TrainedModel(estimator, scaler, image_format, {"note": "random", "names": list(names)})

    with tempfile.TemporaryDirectory() as folder:
        loaded = load_model(save_model(model, Path(folder) / f"r{MODEL_EXTENSION}"))

    assert loaded.classes == [str(c) for c in classes]
    assert loaded.image_format == image_format
    assert loaded.info == model.info
    assert loaded.estimator.costs_ == costs
    assert loaded.estimator.n_iter_ == state["n_iter"] and loaded.estimator.diverged_ == state["diverged"]
    np.testing.assert_array_equal(loaded.estimator.coef_, state["coef"])
    X = pixels(n, rows=12, seed=seed % 997)
    for got, expected in zip(loaded.predict_rows(X), model.predict_rows(X)):
        np.testing.assert_array_equal(got, expected)


def test_a_file_naming_the_logistic_regression_by_its_old_name_still_loads(tmp_path):
    """One name per model ("logistic", written since issue #24); files from before say "logistic_regression"."""
    model = make_model("logistic", ("a", "b"), image_format=None)
    path = save_model(model, tmp_path / f"old{MODEL_EXTENSION}")
    assert read_parts(path)[0]["model_type"] == "logistic"
    loaded = load_model(edit(path, set_meta("model_type", "logistic_regression")))
    assert type(loaded.estimator) is type(model.estimator)
    np.testing.assert_array_equal(loaded.estimator.coef_, model.estimator.coef_)
