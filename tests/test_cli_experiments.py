"""The classic experiments from the command line: gates, CIFAR-10 batches, Fashion-MNIST, the network, Ctrl+C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from lrgui.cli import main
from lrgui.core import LogisticRegression, NeuralNetwork
from lrgui.data import load_model
from lrgui.data.toy import GATE_DEFAULTS, load_gate
from tests.imagegen import make_class_folders
from tests.test_importers import random_images, write_cifar, write_idx


def run_json(capsys, *args):
    status = main([str(a) for a in args] + ["--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    return json.loads(out), err


@pytest.mark.parametrize("gate, expected", [("and", 1.0), ("or", 1.0)])
def test_logistic_regression_learns_and_or(capsys, gate, expected):
    result, _ = run_json(capsys, "train", "--toy", gate, "--out", "")
    assert result["train_accuracy"] == expected and result["test_accuracy"] is None
    assert result["classes"] == ["0", "1"] and result["n_train"] == 4


def test_logistic_regression_cannot_learn_xor_and_says_why(capsys):
    result, err = run_json(capsys, "train", "--toy", "xor", "--out", "")
    assert result["train_accuracy"] <= 0.75
    assert "cannot separate XOR" in err


def test_the_network_learns_xor_reproducibly(capsys, tmp_path):
    first, _ = run_json(capsys, "train", "--toy", "xor", "--model", "mlp", "--out", tmp_path / "xor.lrgui.h5")
    second, _ = run_json(capsys, "train", "--toy", "xor", "--model", "mlp", "--out", "")
    assert first["train_accuracy"] == 1.0
    assert first["costs"] == second["costs"]
    model = load_model(tmp_path / "xor.lrgui.h5")
    assert model.estimator.model_type == "mlp" and model.image_format is None
    X = load_gate("xor").train.X
    assert list(model.estimator.predict(model.features(X))) == ["0", "1", "1", "0"]


def test_gates_in_the_python_api():
    for gate in ("and", "or"):
        data = load_gate(gate).train
        model = LogisticRegression(**GATE_DEFAULTS[gate]["logistic"]).fit(data.X, data.y)
        assert model.score(data.X, data.y) == 1.0
    data = load_gate("xor").train
    assert LogisticRegression(**GATE_DEFAULTS["xor"]["logistic"]).fit(data.X, data.y).score(data.X, data.y) <= 0.75
    network = NeuralNetwork(**GATE_DEFAULTS["xor"]["mlp"]).fit(data.X, data.y)
    assert network.score(data.X, data.y) == 1.0


@pytest.fixture
def cifar_dir(tmp_path):
    rng = np.random.default_rng(1)
    images = random_images(80, 32, seed=1)
    labels = rng.choice([0, 1, 3, 4, 5, 6, 7, 8, 9], 80)
    labels[:20] = 2  # exactly 20 birds
    images[labels == 2, :, :, 2] = 255  # birds are bluish, so the model has something to learn
    test_labels = rng.integers(0, 10, 40)
    test_images = random_images(40, 32, seed=2)
    test_images[test_labels == 2, :, :, 2] = 255
    return write_cifar(tmp_path / "cifar-10-batches-py", train=[(images, labels.tolist())],
                       test=(test_images, test_labels.tolist()))


def test_cifar10_bird_vs_rest(capsys, cifar_dir):
    result, _ = run_json(capsys, "train", "--cifar10", cifar_dir, "--one-vs-rest", "bird", "--epochs", "300", "--out", "")
    assert result["classes"] == ["bird", "not bird"]
    n_birds = 20
    assert result["n_train"] == 2 * n_birds
    assert result["n_test"] > 0 and result["train_accuracy"] > 0.9


def test_cifar10_size_and_class_subset(capsys, cifar_dir, tmp_path):
    result, _ = run_json(capsys, "train", "--cifar10", cifar_dir.parent, "--classes", "bird,cat,dog", "--size", "16",
                         "--grayscale", "--epochs", "50", "--out", tmp_path / "c.lrgui.h5")
    assert sorted(result["classes"]) == ["bird", "cat", "dog"]
    model = load_model(tmp_path / "c.lrgui.h5")
    assert model.image_format.size == 16 and model.image_format.grayscale


def test_cifar10_refuses_a_malicious_batch(capsys, tmp_path):
    folder = tmp_path / "evil"
    folder.mkdir()
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    import pickle

    (folder / "data_batch_1").write_bytes(pickle.dumps({b"data": Exploit(), b"labels": [0]}, protocol=2))
    status = main(["train", "--cifar10", str(folder), "--out", ""])
    err = capsys.readouterr().err
    assert status == 2 and "refuses" in err and err.count("\n") == 1
    assert not marker.exists()


@pytest.fixture
def fashion_dir(tmp_path):
    folder = tmp_path / "fashion"
    folder.mkdir()
    rng = np.random.default_rng(3)

    def split(m, seed):
        labels = rng.integers(0, 3, m).astype(np.uint8)
        images = random_images(m, 28, seed=seed, channels=1) // 4
        for k in range(3):  # each class lights up its own band of rows
            images[labels == k, 9 * k : 9 * k + 9] += 150
        return images, labels

    train_images, train_labels = split(120, 4)
    test_images, test_labels = split(60, 5)
    write_idx(folder / "train-images-idx3-ubyte", train_images, compress=True)
    write_idx(folder / "train-labels-idx1-ubyte", train_labels, compress=True)
    write_idx(folder / "t10k-images-idx3-ubyte", test_images, compress=True)
    write_idx(folder / "t10k-labels-idx1-ubyte", test_labels, compress=True)
    return folder


def test_fashion_mnist_with_the_network(capsys, fashion_dir, tmp_path):
    result, err = run_json(capsys, "train", "--fashion-mnist", fashion_dir, "--model", "mlp", "--hidden", "16",
                           "--activation", "relu", "--batches", "5", "--standardize", "--epochs", "30",
                           "--l2", "0.001", "--l1", "0.0001", "--out", tmp_path / "f.lrgui.h5")
    assert result["n_train"] == 120 and result["n_test"] == 60
    assert [i for i, _ in result["costs"]] == list(range(31))  # one cost per epoch, and the final one
    assert "cost after 30 epochs" in err
    assert result["test_accuracy"] > 0.9
    model = load_model(tmp_path / "f.lrgui.h5")
    assert model.scaler.kind == "standardize" and model.estimator.hidden == 16
    assert model.estimator.activation == "relu" and model.estimator.batches == 5


def test_network_options_are_checked(capsys, fashion_dir):
    for args, message in [
        (["--batches", "2", "--batch-size", "3"], "not allowed with"),
        (["--hidden", "0"], "--hidden"),
        (["--activation", "softplus"], "--activation"),
        (["--l1", "-1"], "--l1"),
    ]:
        status = main(["train", "--fashion-mnist", str(fashion_dir), "--model", "mlp", *args, "--out", ""])
        err = capsys.readouterr().err
        assert status == 2 and message in err and err.count("\n") == 1, err
    status = main(["train", "--fashion-mnist", str(fashion_dir), "--l1", "0.1", "--out", ""])
    assert status == 2 and "only available for the neural network" in capsys.readouterr().err


def test_only_one_data_source(capsys, tmp_path, fashion_dir):
    status = main(["train", str(tmp_path), "--fashion-mnist", str(fashion_dir)])
    assert status == 2 and "only one source of data" in capsys.readouterr().err


def test_ctrl_c_stops_training_cleanly_and_keeps_the_model(tmp_path):
    folders = make_class_folders(tmp_path / "data", classes=("red", "blue"), per_class=20, size=24)
    out = tmp_path / "stopped.lrgui.h5"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "lrgui", "train", str(folders), "--epochs", "1000000", "--size", "16",
         "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    line = ""
    while "cost after 100 iterations" not in line:
        line = process.stdout.readline()
        assert line and time.monotonic() < deadline, "training never started"
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert "Stopped by Ctrl+C" in stderr and "Traceback" not in stderr
    model = load_model(out)
    assert 100 <= model.estimator.n_iter_ < 100000000  # the point reached when Ctrl+C came


def test_review_regressions_in_the_cli(capsys, tmp_path):
    folders = make_class_folders(tmp_path / "data", classes=("red", "blue"), per_class=6, size=12)
    status = main(["train", str(folders), "--seed", "-1", "--out", ""])
    err = capsys.readouterr().err
    assert status == 2 and "--seed" in err and err.count("\n") == 1
    status = main(["train", str(folders), "--test", str(folders / "red"), "--out", ""])
    err = capsys.readouterr().err
    assert status == 2 and "overlaps the training folder" in err and err.count("\n") == 1
    status = main(["train", str(folders), "--l1", "0.1", "--out", ""])  # refused before loading
    err = capsys.readouterr().err
    assert status == 2 and "only available for the neural network" in err and "Loaded" not in err


def test_saved_models_are_readable_by_others(capsys, tmp_path):
    folders = make_class_folders(tmp_path / "data", classes=("red", "blue"), per_class=6, size=12)
    out = tmp_path / "shared.lrgui.h5"
    old = os.umask(0o022)
    try:
        assert main(["train", str(folders), "--epochs", "10", "--size", "8", "--out", str(out)]) == 0
        assert out.stat().st_mode & 0o777 == 0o644
        out.chmod(0o664)
        assert main(["train", str(folders), "--epochs", "10", "--size", "8", "--out", str(out)]) == 2
        assert "already exists (add --force to replace it)" in capsys.readouterr().err
        assert main(["train", str(folders), "--epochs", "10", "--size", "8", "--out", str(out), "--force"]) == 0
        assert out.stat().st_mode & 0o777 == 0o664  # replacing a file keeps its permissions
    finally:
        os.umask(old)
