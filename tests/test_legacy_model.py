"""Old (format 1, HDF5) models: converted in a limited child process, refused in one sentence when hostile."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import h5py
import numpy as np
import pytest

import lrgui.data.legacy_model as legacy_model
from lrgui.data import TrainedModel, convert_legacy_model, load_model
from lrgui.data import _legacy_reader as reader
from lrgui.data.legacy_model import default_target
from lrgui.errors import ModelFileError
from tests.test_model_file import assert_predicts_identically, make_model


def write_old_model(model: TrainedModel, path: Path) -> Path:
    """The format 1 writer of lrgui 0.1 (git history: lrgui/data/model_file.py), minus the atomic rename."""
    estimator = model.estimator
    with h5py.File(path, "w") as f:
        f.attrs["lrgui"] = "model"
        f.attrs["format_version"] = 1
        f.attrs["lrgui_version"] = "0.1.0"
        f.attrs["created"] = "2026-11-22T10:00:00+00:00"
        f.attrs["model_type"] = estimator.model_type
        f.attrs["parameters"] = json.dumps(estimator.get_params())
        f.attrs["info"] = json.dumps(model.info)
        fmt = model.image_format
        f.attrs["image_size"] = fmt.size if fmt else 0
        f.attrs["channels"] = fmt.channels if fmt else 0
        f.attrs["preprocessing"] = model.scaler.kind
        f.attrs["preprocessing_dtype"] = np.dtype(model.scaler.dtype).name
        f.create_dataset("classes", data=np.array([str(c) for c in estimator.classes_], dtype=h5py.string_dtype()))
        f.create_dataset("costs", data=np.array(estimator.costs_, dtype=np.float64).reshape(-1, 2))
        group = f.create_group("estimator")
        for key, value in estimator.get_state().items():
            if isinstance(value, str):
                group.attrs[key] = value
            else:
                group.create_dataset(key, data=np.asarray(value))
        pre = f.create_group("preprocessing")
        for key, value in model.scaler.state().items():
            pre.create_dataset(key, data=np.asarray(value))
    return path


@pytest.fixture
def old_file(tmp_path) -> Path:
    return write_old_model(make_model(), tmp_path / "old.lrgui.h5")


def one_sentence(message: str) -> None:
    assert "\n" not in message and message.endswith(".") and "Traceback" not in message


def refused(source: Path, match: str) -> str:
    with pytest.raises(ModelFileError, match=match) as caught:
        convert_legacy_model(source)
    one_sentence(str(caught.value))
    assert not default_target(source).exists()
    return str(caught.value)


# ------------------------------------------------------------------ converting
@pytest.mark.parametrize(
    "kind, classes, dtype, standardize",
    [
        ("logistic", ("blue", "red"), "float32", False),
        ("logistic", ("blue", "green", "red"), "float64", True),
        ("mlp", ("a", "b", "c"), "float32", True),
    ],
    ids=["logistic-binary", "logistic-multiclass", "mlp"],
)
def test_old_models_convert_and_predict_identically(tmp_path, kind, classes, dtype, standardize):
    model = make_model(kind, classes, dtype, standardize)
    source = write_old_model(model, tmp_path / "old.lrgui.h5")
    started = time.perf_counter()
    written = convert_legacy_model(source)
    assert time.perf_counter() - started < 10
    assert written == tmp_path / "old.lrgui.safetensors"
    loaded = load_model(written)
    assert loaded.classes == model.classes
    assert loaded.info == model.info
    assert loaded.estimator.costs_ == model.estimator.costs_
    assert loaded.estimator.get_params() == model.estimator.get_params()
    assert loaded.scaler.kind == model.scaler.kind and loaded.scaler.dtype == dtype
    assert_predicts_identically(loaded, model)


def test_explicit_target(old_file, tmp_path):
    target = tmp_path / "elsewhere" / "new.lrgui.safetensors"
    target.parent.mkdir()
    assert convert_legacy_model(old_file, target) == target
    assert load_model(target).classes == ["blue", "red"]


def test_relative_source_path(old_file, monkeypatch):
    monkeypatch.chdir(old_file.parent)
    assert convert_legacy_model(old_file.name) == Path("old.lrgui.safetensors")
    assert load_model(old_file.parent / "old.lrgui.safetensors").classes == ["blue", "red"]


@pytest.mark.parametrize(
    "name, expected",
    [("m.lrgui.h5", "m.lrgui.safetensors"), ("m.h5", "m.lrgui.safetensors"), ("model", "model.lrgui.safetensors")],
)
def test_default_target(tmp_path, name, expected):
    assert default_target(tmp_path / name) == tmp_path / expected


def test_the_app_never_opens_old_models_itself(old_file):
    with pytest.raises(ModelFileError, match="old lrgui model .*'lrgui convert old.lrgui.h5'"):
        load_model(old_file)


# ------------------------------------------------------------------ hostile files
def test_external_storage_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"TOP-SECRET-PASSWORD\n" * 4)
    source = write_old_model(make_model(), tmp_path / "old.lrgui.h5")
    with h5py.File(source, "r+") as f:
        del f["classes"]
        f.create_dataset("classes", shape=(80,), dtype="u1", external=[(str(secret), 0, 80)])
    message = refused(source, "takes its data from another file")
    assert "SECRET" not in message


def test_soft_link_is_refused(old_file):
    with h5py.File(old_file, "r+") as f:
        f["estimator/alias"] = h5py.SoftLink("/costs")
    refused(old_file, "external or soft link")


def test_external_link_is_refused(old_file, tmp_path):
    other = tmp_path / "other.h5"
    with h5py.File(other, "w") as f:
        f["data"] = np.arange(3.0)
    with h5py.File(old_file, "r+") as f:
        f["preprocessing/mean"] = h5py.ExternalLink(str(other), "/data")
    refused(old_file, "external or soft link")


def test_virtual_dataset_is_refused(old_file, tmp_path):
    other = tmp_path / "other.h5"
    with h5py.File(other, "w") as f:
        f["data"] = np.arange(2.0)
    layout = h5py.VirtualLayout(shape=(2,), dtype="f8")
    layout[:] = h5py.VirtualSource(str(other), "data", shape=(2,))
    with h5py.File(old_file, "r+") as f:
        del f["estimator/intercept"]
        f["estimator"].create_virtual_dataset("intercept", layout)
    refused(old_file, "virtual dataset")


def test_other_filters_are_refused(old_file):
    with h5py.File(old_file, "r+") as f:
        data = f["costs"][()]
        del f["costs"]
        f.create_dataset("costs", data=data, compression="lzf")
    refused(old_file, "filter other than gzip and shuffle")


def test_gzip_written_by_h5py_is_accepted(old_file):
    with h5py.File(old_file, "r+") as f:
        coef = f["estimator/coef"][()]
        del f["estimator/coef"]
        f.create_dataset("estimator/coef", data=coef, compression="gzip", shuffle=True)
    convert_legacy_model(old_file)


@pytest.mark.parametrize(
    "create",
    [
        lambda g: g.create_dataset("coef", shape=(1 << 28,), dtype="f8", chunks=(1 << 16,), fillvalue=1.0),
        lambda g: g.create_dataset("coef", shape=(10,), maxshape=(None,), chunks=(1 << 26,), dtype="f8"),
    ],
    ids=["fill-value-bomb", "chunk-bomb"],
)
def test_huge_declared_sizes_are_refused(old_file, create):
    with h5py.File(old_file, "r+") as f:
        del f["estimator/coef"]
        create(f["estimator"])
    assert old_file.stat().st_size < 1 << 20
    refused(old_file, "declares more data than an lrgui model can have")


def test_unexpected_kinds_of_data_are_refused(old_file):
    with h5py.File(old_file, "r+") as f:
        f.create_dataset("estimator/record", data=np.zeros(2, dtype=[("a", "f8"), ("b", "i4")]))
    refused(old_file, "data of a kind")


def test_hdf5_file_from_another_program(tmp_path):
    path = tmp_path / "keras.h5"
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "2.15"
        f["dense/kernel"] = np.ones((3, 3))
    refused(path, "HDF5 file, but not an lrgui model")


def test_newer_format(old_file):
    with h5py.File(old_file, "r+") as f:
        f.attrs["format_version"] = 2
    refused(old_file, "newer lrgui")


def test_incomplete_old_model(old_file):
    with h5py.File(old_file, "r+") as f:
        del f["classes"]
    refused(old_file, "incomplete")


def test_values_are_validated_like_any_model(old_file):
    with h5py.File(old_file, "r+") as f:
        f["estimator/coef"][0] = np.nan
    refused(old_file, "not a usable lrgui model: tensor 'coef' holds values that are not finite")


@pytest.mark.parametrize("content", [b"not hdf5 at all", b""])
def test_not_hdf5(tmp_path, content):
    path = tmp_path / "x.lrgui.h5"
    path.write_bytes(content)
    refused(path, "not an old lrgui model")


def test_missing_source_and_bad_target(old_file, tmp_path):
    with pytest.raises(ModelFileError, match="not found"):
        convert_legacy_model(tmp_path / "absent.lrgui.h5")
    with pytest.raises(ModelFileError, match="device"):
        convert_legacy_model(old_file, "/dev/null")


# ------------------------------------------------------------------ the child's limits
def run_with(monkeypatch, code: str, timeout: float = legacy_model.TIMEOUT_SECONDS):
    """Replaces the reader by ``code`` (run with the reader's limits), to see how the parent takes its end."""
    folder = str(Path(reader.__file__).parent)
    script = f"import sys; sys.path.insert(0, {folder!r}); import _legacy_reader as r; r.apply_limits()\n{code}"
    monkeypatch.setattr(legacy_model, "reader_command", lambda source, output: [sys.executable, "-I", "-c", script])
    monkeypatch.setattr(legacy_model, "TIMEOUT_SECONDS", timeout)


@pytest.mark.parametrize(
    "code",
    [
        "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)",
        "bytearray(2 << 30)",  # over the 1 GiB address-space limit: MemoryError
        "raise SystemExit(1)",
    ],
    ids=["segfault", "memory-limit", "error"],
)
def test_a_crash_or_limit_in_the_reader_means_damaged(monkeypatch, old_file, code):
    run_with(monkeypatch, code)
    refused(old_file, "is damaged: reading it failed")


def test_a_hanging_reader_is_killed(monkeypatch, old_file):
    run_with(monkeypatch, "import time; time.sleep(60)", timeout=1)
    started = time.perf_counter()
    refused(old_file, "is damaged")
    assert time.perf_counter() - started < 5


def test_the_reader_limits_itself():
    import subprocess

    folder = str(Path(reader.__file__).parent)
    script = (
        f"import sys, resource; sys.path.insert(0, {folder!r}); import _legacy_reader as r; r.apply_limits(); "
        "print(resource.getrlimit(resource.RLIMIT_AS)[0], resource.getrlimit(resource.RLIMIT_CPU)[0], "
        "resource.getrlimit(resource.RLIMIT_CORE)[0])"
    )
    done = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True, text=True, timeout=30)
    address_space, cpu, core = map(int, done.stdout.split())
    assert address_space <= 1 << 30 and cpu <= 10 and core == 0


def test_mutated_old_models_never_escape_as_anything_but_a_sentence(old_file, tmp_path):
    """A few seeded byte flips: libhdf5 may crash or hang in the child; the parent always answers in words."""
    rng = np.random.default_rng(2026)
    original = old_file.read_bytes()
    outcomes = {"converted": 0, "refused": 0}
    for case in range(12):
        data = bytearray(original)
        for position in rng.integers(8, len(data), rng.integers(1, 9)):
            data[position] = int(rng.integers(0, 256))
        source = tmp_path / f"mutant{case}.lrgui.h5"
        source.write_bytes(bytes(data))
        try:
            convert_legacy_model(source)
            outcomes["converted"] += 1
        except ModelFileError as error:
            one_sentence(str(error))
            outcomes["refused"] += 1
    assert sum(outcomes.values()) == 12
