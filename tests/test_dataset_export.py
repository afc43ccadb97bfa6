"""The HDF5 dataset export: the tutorial's names and shapes, equal to the loaded data, written atomically."""

from __future__ import annotations

import os

import h5py
import numpy as np
import pytest

import lrgui
from lrgui.data import ImageFormat, discover_classes, load_class_folders
from lrgui.data.dataset_export import export_dataset_hdf5
from lrgui.data.toy import load_gate
from lrgui.errors import DataError
from tests.imagegen import make_class_folders


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("dataset_export")
    parent = make_class_folders(root / "three", ("red", "blue", "green"), per_class=9, size=24)
    os.rename(parent / "green", os.fsencode(parent) + b"/gr\xfcn")  # a Latin-1 folder name
    return parent


def check_round_trip(path, data, fmt: ImageFormat):
    with h5py.File(path, "r") as f:
        names = [name for name in f["list_classes"].asstr()[()]]
        expected = [n.encode("utf-8", "surrogateescape").decode("utf-8", "replace") for n in data.classes]
        assert names == expected
        assert f.attrs["image_size"] == fmt.size and f.attrs["channels"] == fmt.channels
        assert f.attrs["color_mode"] == ("grayscale" if fmt.grayscale else "rgb")
        assert f.attrs["lrgui_version"] == lrgui.__version__
        parts = {"train": data.train} if data.test is None else {"train": data.train, "test": data.test}
        assert set(f) == {"list_classes"} | {f"{p}_{xy}" for p in parts for xy in "xy"}
        for part, dataset in parts.items():
            x, y = f[f"{part}_x"], f[f"{part}_y"]
            assert x.dtype == np.uint8 and x.shape == (len(dataset), fmt.size, fmt.size, fmt.channels)
            assert y.dtype == np.int64 and y.shape == (len(dataset),)
            np.testing.assert_array_equal(x[()].reshape(len(dataset), -1), dataset.X)
            assert [data.classes[i] for i in y[()]] == dataset.y.tolist()


def test_rgb_with_test_set(folders, tmp_path):
    fmt = ImageFormat(16)
    data = load_class_folders(discover_classes([folders]), fmt, test_fraction=0.25, seed=3)
    assert data.test is not None
    path = export_dataset_hdf5(data, tmp_path / "data.h5")
    assert path == tmp_path / "data.h5"
    check_round_trip(path, data, fmt)
    with h5py.File(path, "r") as f:
        assert list(f["list_classes"].asstr()[()]) == ["blue", "gr\ufffdn", "red"]  # the Latin-1 byte replaced
        # the tutorial's way of reading it: a pixel in [0, 255], an image of 16 × 16 × 3
        assert np.array(f["train_x"][0]).shape == (16, 16, 3)


def test_grayscale_without_test_set(folders, tmp_path):
    fmt = ImageFormat(8, grayscale=True)
    data = load_class_folders(discover_classes([folders]), fmt)
    assert data.test is None
    check_round_trip(export_dataset_hdf5(data, tmp_path / "gray.h5"), data, fmt)


def test_refuses_data_that_are_not_images(tmp_path):
    with pytest.raises(DataError, match="not images"):
        export_dataset_hdf5(load_gate("and"), tmp_path / "gates.h5")
    assert list(tmp_path.iterdir()) == []


def test_refuses_a_folder_or_a_missing_folder(folders, tmp_path):
    data = load_class_folders(discover_classes([folders]), ImageFormat(8))
    with pytest.raises(DataError, match="is a folder"):
        export_dataset_hdf5(data, tmp_path)
    with pytest.raises(DataError, match="does not exist"):
        export_dataset_hdf5(data, tmp_path / "missing" / "data.h5")


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(folders, tmp_path, monkeypatch):
    data = load_class_folders(discover_classes([folders]), ImageFormat(8))
    target = tmp_path / "data.h5"
    target.write_bytes(b"the previous export")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(DataError, match=r"^Cannot write the dataset to .*: the file already exists"):
        export_dataset_hdf5(data, target)
    with pytest.raises(DataError, match=r"^Cannot write the dataset to .*: No space left on device\.$"):
        export_dataset_hdf5(data, target, force=True)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["data.h5"]


def test_an_error_while_writing_leaves_no_partial_file(folders, tmp_path, monkeypatch):
    data = load_class_folders(discover_classes([folders]), ImageFormat(8))

    def broken(self, name, **kwargs):
        raise ValueError(f"cannot write {name}")

    monkeypatch.setattr(h5py.Group, "create_dataset", broken)
    with pytest.raises(ValueError):
        export_dataset_hdf5(data, tmp_path / "data.h5")
    assert list(tmp_path.iterdir()) == []


def test_refuses_rows_that_are_not_uint8_images(folders, tmp_path):
    data = load_class_folders(discover_classes([folders]), ImageFormat(8))
    data.train.X = data.train.X.astype(np.float32) / 255
    with pytest.raises(DataError, match=r"^The training set holds float32 rows"):
        export_dataset_hdf5(data, tmp_path / "data.h5")
    assert list(tmp_path.iterdir()) == []
