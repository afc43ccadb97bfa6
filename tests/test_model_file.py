"""The model file: a round trip that predicts identically, atomic saving, and clear refusals."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import h5py
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lrgui
from lrgui.core import LogisticRegression
from lrgui.core.preprocessing import make_scaler
from lrgui.data import ImageFormat, TrainedModel, discover_classes, load_class_folders, load_model, save_model
from lrgui.data.model_file import FORMAT_VERSION, MODEL_EXTENSION
from lrgui.errors import ModelFileError
from lrgui.training import TrainingSettings, train_model
from tests.imagegen import make_class_folders

FORMAT = ImageFormat(size=8)


@pytest.fixture(scope="module")
def datasets(tmp_path_factory):
    root = tmp_path_factory.mktemp("model_data")
    binary = make_class_folders(root / "binary", ("red", "blue"), per_class=10, size=16)
    multi = make_class_folders(root / "multi", ("red", "blue", "green"), per_class=8, size=16)
    return {
        "binary": load_class_folders(discover_classes([binary]), FORMAT, test_fraction=0.2),
        "multi": load_class_folders(discover_classes([multi]), FORMAT),
    }


def trained(datasets, kind="binary", standardize=False) -> TrainedModel:
    data = datasets[kind]
    return train_model(data, TrainingSettings(learning_rate=0.01, epochs=250, standardize=standardize)).model


@pytest.fixture
def good_file(datasets, tmp_path) -> Path:
    return save_model(trained(datasets), tmp_path / f"good{MODEL_EXTENSION}")


def random_pixels(n_features: int, rows: int = 25, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (rows, n_features), dtype=np.uint8)


# ------------------------------------------------------------------ round trip
@pytest.mark.parametrize("kind", ["binary", "multi"])
@pytest.mark.parametrize("standardize", [False, True], ids=["pixels-255", "standardize"])
def test_round_trip_predicts_identically(datasets, tmp_path, kind, standardize):
    model = trained(datasets, kind, standardize)
    path = save_model(model, tmp_path / f"m{MODEL_EXTENSION}")
    loaded = load_model(path)

    assert loaded.classes == model.classes
    assert loaded.image_format == model.image_format
    assert loaded.scaler.kind == ("standardize" if standardize else "pixels/255")
    np.testing.assert_array_equal(loaded.estimator.coef_, model.estimator.coef_)
    np.testing.assert_array_equal(loaded.estimator.intercept_, model.estimator.intercept_)
    assert loaded.estimator.costs_ == model.estimator.costs_
    assert loaded.estimator.get_params() == model.estimator.get_params()
    assert loaded.estimator.n_iter_ == 250
    if standardize:
        np.testing.assert_array_equal(loaded.scaler.mean_, model.scaler.mean_)
        np.testing.assert_array_equal(loaded.scaler.std_, model.scaler.std_)

    for X in (datasets[kind].train.X, random_pixels(FORMAT.n_features)):
        labels, probabilities = model.predict_rows(X)
        loaded_labels, loaded_probabilities = loaded.predict_rows(X)
        np.testing.assert_array_equal(loaded_labels, labels)
        np.testing.assert_array_equal(loaded_probabilities, probabilities)
    assert loaded.info["classes"] == model.info["classes"]
    assert loaded.info["train_accuracy"] == model.info["train_accuracy"]


def test_loaded_model_predicts_files(datasets, tmp_path):
    path = save_model(trained(datasets), tmp_path / f"m{MODEL_EXTENSION}")
    files = [Path(p) for p in datasets["binary"].train.paths[:4]]
    predictions, skipped = load_model(path).predict_files(files)
    assert skipped == []
    assert [p.path for p in predictions] == [str(f) for f in files]
    assert [p.label for p in predictions] == list(datasets["binary"].train.y[:4])


def test_file_contents(datasets, tmp_path):
    model = trained(datasets, "multi")
    path = save_model(model, tmp_path / f"m{MODEL_EXTENSION}")
    with h5py.File(path, "r") as f:
        assert f.attrs["lrgui"] == "model"
        assert f.attrs["format_version"] == FORMAT_VERSION == 1
        assert f.attrs["lrgui_version"] == lrgui.__version__
        assert f.attrs["model_type"] == "logistic_regression"
        assert f.attrs["image_size"] == 8 and f.attrs["channels"] == 3
        assert f.attrs["preprocessing"] == "pixels/255"
        assert [c.decode() for c in f["classes"][()]] == ["blue", "green", "red"]
        costs = f["costs"][()]
        assert costs.shape == (3, 2) and costs.dtype == np.float64
        np.testing.assert_array_equal(costs[:, 0], [0, 100, 200])
        assert f["estimator/coef"].shape == (FORMAT.n_features, 3)
        assert json.loads(f.attrs["parameters"])["learning_rate"] == 0.01
        assert json.loads(f.attrs["info"])["n_train"] == 24
        # arrays and attributes only: nothing pickled
        assert all(isinstance(item, (h5py.Dataset, h5py.Group)) for item in f.values())


# ----------------------------------------------------------------- atomic save
class FailingFile:
    """Stands in for h5py.File: creates the file, writes part of it, then fails like a full disk."""

    real = h5py.File

    def __init__(self, path, mode="r", *args, **kwargs):
        with self.real(path, mode) as f:
            f.attrs["lrgui"] = "model"
            f.create_dataset("classes", data=np.zeros(1000))
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("error", [OSError, RuntimeError])
def test_a_failed_save_keeps_the_previous_file_and_no_temporary(datasets, good_file, monkeypatch, error):
    before = good_file.read_bytes()
    expected = load_model(good_file).predict_rows(random_pixels(FORMAT.n_features))

    if error is OSError:
        monkeypatch.setattr(h5py, "File", FailingFile)
        with pytest.raises(ModelFileError, match="Cannot save the model to .*No space left on device"):
            save_model(trained(datasets, "multi"), good_file)
    else:
        # a bug mid-write (not an OSError) must clean up as well
        def broken_state():
            raise RuntimeError("bug while collecting the state")

        model = trained(datasets, "multi")
        monkeypatch.setattr(model.estimator, "get_state", broken_state)
        with pytest.raises(RuntimeError, match="bug while"):
            save_model(model, good_file)
    monkeypatch.undo()

    assert good_file.read_bytes() == before
    assert sorted(p.name for p in good_file.parent.iterdir()) == [good_file.name]
    labels, probabilities = load_model(good_file).predict_rows(random_pixels(FORMAT.n_features))
    np.testing.assert_array_equal(labels, expected[0])
    np.testing.assert_array_equal(probabilities, expected[1])


def test_save_replaces_an_existing_file(datasets, good_file):
    save_model(trained(datasets, "multi"), good_file)
    assert load_model(good_file).classes == ["blue", "green", "red"]
    assert sorted(p.name for p in good_file.parent.iterdir()) == [good_file.name]


def test_save_into_a_missing_folder_is_refused(datasets, tmp_path):
    with pytest.raises(ModelFileError, match="folder not found"):
        save_model(trained(datasets), tmp_path / "no" / "such" / f"m{MODEL_EXTENSION}")


# ------------------------------------------------------------- refused files
def edit(path: Path, change) -> Path:
    with h5py.File(path, "r+") as f:
        change(f)
    return path


def test_missing_file(tmp_path):
    with pytest.raises(ModelFileError, match="Model file not found: .*absent"):
        load_model(tmp_path / f"absent{MODEL_EXTENSION}")


def test_folder_instead_of_a_file(tmp_path):
    with pytest.raises(ModelFileError, match="folder"):
        load_model(tmp_path)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.02])
def test_truncated_file(good_file, keep):
    data = good_file.read_bytes()
    good_file.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ModelFileError, match=good_file.name):
        load_model(good_file)


@pytest.mark.parametrize("content", [b"", b"just some text\n", b"\x89PNG\r\n\x1a\n" + bytes(100)])
def test_file_that_is_not_hdf5(tmp_path, content):
    path = tmp_path / f"fake{MODEL_EXTENSION}"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match="not an lrgui model file"):
        load_model(path)


def test_hdf5_file_from_another_program(tmp_path):
    path = tmp_path / "keras_weights.h5"
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "2.15"
        f.create_dataset("dense/kernel", data=np.ones((3, 3)))
    with pytest.raises(ModelFileError, match="HDF5 file, but not one written by lrgui"):
        load_model(path)


def test_newer_format_version(good_file):
    edit(good_file, lambda f: f.attrs.__setitem__("format_version", FORMAT_VERSION + 1))
    with pytest.raises(ModelFileError, match="model format 2.*newer lrgui.*update"):
        load_model(good_file)


def test_invalid_format_version(good_file):
    edit(good_file, lambda f: f.attrs.__delitem__("format_version"))
    with pytest.raises(ModelFileError, match="no valid format version"):
        load_model(good_file)


def test_unknown_model_type(good_file):
    edit(good_file, lambda f: f.attrs.__setitem__("model_type", "transformer"))
    with pytest.raises(ModelFileError, match="model type.*'transformer'"):
        load_model(good_file)


@pytest.mark.parametrize("missing", ["classes", "costs", "estimator/coef", "estimator/intercept", "estimator", "preprocessing"])
def test_missing_datasets(good_file, missing):
    edit(good_file, lambda f: f.__delitem__(missing))
    with pytest.raises(ModelFileError, match=f"{good_file.name} is damaged"):
        load_model(good_file)


@pytest.mark.parametrize("attribute", ["parameters", "image_size", "preprocessing", "model_type"])
def test_missing_attributes(good_file, attribute):
    edit(good_file, lambda f: f.attrs.__delitem__(attribute))
    with pytest.raises(ModelFileError, match="damaged"):
        load_model(good_file)


def test_weights_that_do_not_match_the_image_size(good_file):
    edit(good_file, lambda f: f.attrs.__setitem__("image_size", 9))
    with pytest.raises(ModelFileError, match="weights do not match its image size"):
        load_model(good_file)


def test_intercept_that_does_not_match_the_classes(good_file):
    def change(f):
        del f["estimator/intercept"]
        f["estimator/intercept"] = np.zeros(5)

    edit(good_file, change)
    with pytest.raises(ModelFileError, match="damaged.*intercept"):
        load_model(good_file)


def test_corrupt_parameters_json(good_file):
    edit(good_file, lambda f: f.attrs.__setitem__("parameters", "{not json"))
    with pytest.raises(ModelFileError, match="damaged"):
        load_model(good_file)


# ---------------------------------------------------------------- property-based
class_names = st.lists(
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=12),
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
    scaler.fit(random_pixels(n, rows=10, seed=seed % 1000))
    model = TrainedModel(estimator, scaler, image_format, {"note": "random", "names": list(names)})

    with tempfile.TemporaryDirectory() as folder:
        loaded = load_model(save_model(model, Path(folder) / f"r{MODEL_EXTENSION}"))

    assert loaded.classes == [str(c) for c in classes]
    assert loaded.image_format == image_format
    assert loaded.info == model.info
    assert loaded.estimator.costs_ == costs
    assert loaded.estimator.n_iter_ == state["n_iter"] and loaded.estimator.diverged_ == state["diverged"]
    np.testing.assert_array_equal(loaded.estimator.coef_, state["coef"])
    X = random_pixels(n, rows=12, seed=seed % 997)
    for got, expected in zip(loaded.predict_rows(X), model.predict_rows(X)):
        np.testing.assert_array_equal(got, expected)
