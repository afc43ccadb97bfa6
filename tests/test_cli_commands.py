"""The commands beyond train/predict: evaluate, predict --explain, export, export-dataset, --boundary, --toy sets."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lrgui.cli import main
from tests.imagegen import make_class_folders


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> Path:
    return make_class_folders(tmp_path_factory.mktemp("commands") / "data", per_class=12, size=16)


@pytest.fixture(scope="module")
def model(folders, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("commands_model") / "m.lrgui.safetensors"
    assert main(["train", str(folders), "--size", "8", "--epochs", "300", "--out", str(path)]) == 0
    return path


def test_evaluate_agrees_with_predict_and_counts_every_image(capsys, folders, model):
    status, out, err = run(capsys, "evaluate", model, folders, "--json")
    assert status == 0, err
    report = json.loads(out)
    assert set(report) >= {"classes", "n", "accuracy", "baseline_accuracy", "confusion_matrix", "per_class",
                           "misclassified"}
    assert report["n"] == 24 and np.sum(report["confusion_matrix"]) == 24
    status, out, _ = run(capsys, "predict", model, folders, "--json")
    predicted = {p["path"]: p["label"] for p in json.loads(out)}
    for mistake in report["misclassified"]:
        assert predicted[mistake["path"]] == mistake["predicted"]
    right = sum(1 for path, label in predicted.items() if Path(path).parent.name == label)
    assert report["accuracy"] == pytest.approx(right / 24)
    status, out, _ = run(capsys, "evaluate", model, folders)
    assert status == 0 and "accuracy" in out and "would score" in out


def test_predict_explain_contributions_add_up_to_the_logit(capsys, folders, model, tmp_path):
    out_dir = tmp_path / "explained"
    status, out, err = run(capsys, "predict", model, folders / "red", "--explain", out_dir, "--json")
    assert status == 0, err
    entries = json.loads(out)
    assert len(entries) == 12
    for entry in entries:
        contributions = np.load(entry["contributions"], allow_pickle=False)
        assert contributions.shape == (8, 8, 3) and contributions.dtype == np.float64
        assert contributions.sum() + entry["bias"] == pytest.approx(entry["logit"], rel=1e-6, abs=1e-9)
        probability_of_red = 1 / (1 + np.exp(-entry["logit"]))  # classes sorted: blue, red
        expected = probability_of_red if entry["label"] == "red" else 1 - probability_of_red
        assert expected == pytest.approx(entry["probability"], abs=1e-6)
        assert Path(entry["contributions"]).with_suffix(".png").is_file()


def test_export_and_export_dataset(capsys, folders, model, tmp_path):
    status, out, err = run(capsys, "export", model, tmp_path / "script")
    assert status == 0, err
    assert {p.name for p in (tmp_path / "script").iterdir()} == {"predict.py", "weights.npz", "README.md"}
    import h5py

    status, out, err = run(capsys, "export-dataset", folders, "--size", "8", "--out", tmp_path / "d.h5")
    assert status == 0, err
    with h5py.File(tmp_path / "d.h5", "r") as f:
        assert f["train_x"].shape == (20, 8, 8, 3) and f["test_x"].shape == (4, 8, 8, 3)
        assert [c.decode() for c in f["list_classes"][()]] == ["blue", "red"]


def test_toy_sets_from_the_command_line(capsys, tmp_path):
    status, out, err = run(capsys, "train", "--toy", "xor", "--json", "--out", "")
    result = json.loads(out)
    assert status == 0 and result["train_accuracy"] <= 0.75 and "line cannot separate XOR" in err
    assert result["n_test"] == 0  # four points cannot spare a test set
    picture = tmp_path / "xor.png"
    status, out, err = run(capsys, "train", "--toy", "xor", "--model", "mlp", "--json", "--out", "",
                           "--boundary", picture)
    assert status == 0 and json.loads(out)["train_accuracy"] == 1.0
    image = np.asarray(Image.open(picture).convert("RGB"), dtype=int)
    assert image.shape[0] >= 300 and image.shape[1] >= 300
    h, w = image.shape[:2]

    def pixel(x: float, y: float) -> np.ndarray:
        """The colour at data point (x, y): the map spans -0.1 to 1.1 on both axes, y upwards."""
        return image[int((1.1 - y) / 1.2 * (h - 1)), int((x + 0.1) / 1.2 * (w - 1))]

    # just inside each corner, beside the point's marker: the predicted classes alternate like a checkerboard
    at = {(x, y): pixel(0.12 + 0.76 * x, 0.12 + 0.76 * y) for x in (0, 1) for y in (0, 1)}
    assert np.abs(at[0, 0] - at[1, 1]).max() < 40 and np.abs(at[0, 1] - at[1, 0]).max() < 40
    assert np.abs(at[0, 0] - at[0, 1]).max() >= 40
    status, out, _ = run(capsys, "train", "--toy", "moons", "--model", "mlp", "--hidden", "16", "--json", "--out", "")
    assert json.loads(out)["train_accuracy"] >= 0.97
    status, out, _ = run(capsys, "train", "--toy", "moons", "--json", "--out", "")
    assert json.loads(out)["train_accuracy"] <= 0.9


def test_unstable_runs_are_named_and_comparisons_choose_by_test_cost(capsys):
    # on the shapes sample lr 100000 sends the cost up by orders of magnitude, then lands a low training
    # cost; the held-out cost tells the truth
    status, out, err = run(capsys, "train", "--sample", "shapes", "--epochs", "300", "--lr", "0.005,100000",
                           "--json", "--out", "")
    assert status == 0, err
    result = json.loads(out)
    assert result["chosen_by"] == "test_cost" and result["best_learning_rate"] == 0.005
    wild = result["runs"][1]
    assert wild["unstable"]["factor"] > 1000 and wild["unstable"]["iteration"] > 0
    sentence = "too large to descend smoothly" if not wild["diverged"] else "Training diverged"
    assert sentence in err


@pytest.mark.parametrize("out", ["/dev/null", "{tmp}/", "{tmp}/missing/m.lrgui.safetensors", "{tmp}"])
def test_unusable_outputs_are_refused_before_loading(capsys, folders, tmp_path, out):
    status, stdout, err = run(capsys, "train", folders, "--size", "8", "--out", out.format(tmp=tmp_path))
    assert status == 2 and err.startswith("error: ") and err.count("\n") == 1 and "Loaded" not in stdout
    assert Path("/dev/null").is_char_device()


def test_paths_with_control_characters_are_escaped(capsys, model, tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    name = "evil\x1b[31m\tname\n.png"
    Image.new("RGB", (16, 16), (200, 10, 10)).save(folder / name)
    status, out, err = run(capsys, "predict", model, folder)
    assert status == 0, err
    assert "\x1b" not in out and out.count("\n") == 1 and out.count("\t") == 2
    assert "evil\\x1b[31m\\tname\\n.png" in out
