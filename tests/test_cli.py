"""The command line, run in-process: results, output contracts, and one-line errors with status 2."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import lrgui
from lrgui.cli import main
from lrgui.data import load_model
from tests.imagegen import make_class_folders

REPO = Path(__file__).resolve().parents[1]
FAST = ["--size", "8", "--epochs", "200"]
JSON_KEYS = {
    "classes", "n_train", "n_test", "costs", "train_accuracy", "test_accuracy", "skipped",
    "seconds_loading", "seconds_training", "model", "diverged",
}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """red/ and blue/ class folders of 12 images each."""
    return make_class_folders(tmp_path_factory.mktemp("cli") / "shapes", per_class=12, size=16)


@pytest.fixture(scope="module")
def split_data(tmp_path_factory) -> Path:
    """train/ and test/ folders, each with red/ and blue/."""
    root = tmp_path_factory.mktemp("cli_split")
    make_class_folders(root / "train", per_class=10, size=16, seed=1)
    make_class_folders(root / "test", per_class=4, size=16, seed=2)
    return root


@pytest.fixture(scope="module")
def model_file(data, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli_model") / "shapes.lrgui.h5"
    assert main(["train", str(data), *FAST, "--out", str(path)]) == 0
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_json(capsys, *args) -> dict:
    status, out, err = run(capsys, *args, "--json")
    assert status == 0, err
    return json.loads(out)  # fails on anything but exactly one JSON document


# ---------------------------------------------------------------------- train
def test_train_json_output(data, tmp_path, capsys):
    out_file = tmp_path / "m.lrgui.h5"
    result = run_json(capsys, "train", data, *FAST, "--out", out_file)

    assert JSON_KEYS <= set(result)
    assert result["classes"] == ["blue", "red"]
    # no test folders: 20 % of each class is held out by default, seeded
    assert (result["n_train"], result["n_test"]) == (20, 4)
    assert result["test_accuracy"] is not None
    assert result["train_accuracy"] >= 0.9
    assert result["skipped"] == []
    assert [i for i, _ in result["costs"]] == [0, 100, 200]  # the final point is the returned model's
    assert result["final_cost"] == result["costs"][-1][1]
    assert [i for i, _ in result["test_costs"]] == [0, 100, 200]
    assert [i for i, _ in result["train_accuracies"]] == [0, 100, 200]
    assert result["test_accuracies"][-1][1] == result["test_accuracy"]
    assert result["unstable"] is None
    assert result["costs"][0][1] == pytest.approx(0.693147, abs=1e-5)  # ln 2: all weights start at zero
    assert result["costs"][1][1] < result["costs"][0][1]
    assert result["diverged"] is False
    assert result["seconds_loading"] >= 0 and result["seconds_training"] >= 0
    assert result["model"] == str(out_file) and out_file.is_file()


def test_json_mode_keeps_stdout_to_one_object(data, capsys):
    status, out, err = run(capsys, "train", data, *FAST, "--json", "--out", "")
    assert status == 0
    assert out.lstrip().startswith("{") and out.rstrip().endswith("}")
    assert isinstance(json.loads(out), dict)
    # the human-readable progress went to stderr instead
    assert "cost after 100 iterations: " in err and "cost after" not in out


def test_text_output_reports_the_cost_every_100_iterations(data, capsys):
    status, out, err = run(capsys, "train", data, "--size", "8", "--epochs", "300", "--test-fraction", "0",
                           "--out", "")
    assert status == 0, err
    costs = re.findall(r"^cost after (\d+) iterations: (\d+\.\d{4})$", out, re.MULTILINE)
    assert [int(i) for i, _ in costs] == [0, 100, 200, 300]
    assert float(costs[0][1]) == pytest.approx(0.6931)
    assert re.search(r"^train accuracy: \d+\.\d %$", out, re.MULTILINE)
    assert "test accuracy: n/a (no test set)" in out
    assert "{" not in out


def test_test_folders(split_data, capsys):
    result = run_json(capsys, "train", split_data / "train", "--test", split_data / "test", *FAST, "--out", "")
    assert (result["n_train"], result["n_test"]) == (20, 8)
    assert result["test_accuracy"] >= 0.75


def test_train_and_test_layout_in_one_folder(split_data, capsys):
    result = run_json(capsys, "train", split_data, *FAST, "--out", "")
    assert (result["n_train"], result["n_test"]) == (20, 8)
    assert result["test_accuracy"] is not None


def test_test_fraction(data, capsys):
    result = run_json(capsys, "train", data, *FAST, "--test-fraction", "0.25", "--out", "")
    assert (result["n_train"], result["n_test"]) == (18, 6)
    assert 0 <= result["test_accuracy"] <= 1
    again = run_json(capsys, "train", data, *FAST, "--test-fraction", "0.25", "--out", "")
    assert again["costs"] == result["costs"]  # same seed, same split, same training


def test_grayscale_and_size(data, tmp_path, capsys):
    path = tmp_path / "gray.lrgui.h5"
    status, out, err = run(capsys, "train", data, "--grayscale", "--size", "6", "--epochs", "100", "--out", path)
    assert status == 0, err
    assert "36 features" in out
    model = load_model(path)
    assert model.image_format.size == 6 and model.image_format.grayscale
    assert model.estimator.coef_.shape == (36,)

    colour = run_json(capsys, "train", data, "--size", "12", "--epochs", "100", "--out", tmp_path / "c.lrgui.h5")
    assert load_model(colour["model"]).estimator.coef_.shape == (12 * 12 * 3,)


def test_default_output_file_and_no_output(data, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    result = run_json(capsys, "train", data, *FAST)
    assert result["model"] == "model.lrgui.safetensors" and (tmp_path / "model.lrgui.safetensors").is_file()
    (tmp_path / "model.lrgui.safetensors").unlink()
    result = run_json(capsys, "train", data, *FAST, "--out", "")
    assert result["model"] is None
    assert list(tmp_path.iterdir()) == []


def test_several_learning_rates_keep_the_best(data, capsys):
    result = run_json(capsys, "train", data, *FAST, "--lr", "0.05,0.0001", "--out", "")
    assert [run["learning_rate"] for run in result["runs"]] == [0.05, 0.0001]
    assert result["best_learning_rate"] == 0.05  # the lower final cost
    single_run_keys = {"classes", "n_train", "n_test", "costs", "train_accuracy", "test_accuracy", "skipped",
                       "seconds_loading", "seconds_training", "model", "diverged"}
    for run in result["runs"]:
        assert single_run_keys <= set(run)
    assert result["runs"][0]["costs"][-1][1] < result["runs"][1]["costs"][-1][1]


def test_selection_options(tmp_path, capsys):
    root = make_class_folders(tmp_path / "four", ("red", "blue", "green", "yellow"), per_class=6, size=12)
    result = run_json(capsys, "train", root, *FAST, "--one-vs-rest", "green", "--test-fraction", "0", "--out", "")
    assert result["classes"] == ["green", "not green"] and result["n_train"] == 12
    result = run_json(capsys, "train", root, *FAST, "--classes", "red,blue,yellow", "--per-class", "4",
                      "--test-fraction", "0", "--out", "")
    assert result["classes"] == ["blue", "red", "yellow"] and result["n_train"] == 12


def test_huge_learning_rate_is_reported_as_diverged(data, tmp_path, capsys):
    # The red images stand under both labels, so no line separates the classes, while the blue ones
    # give a real gradient (not rounding noise): a huge step overshoots and the cost climbs.
    shutil.copytree(data / "red", tmp_path / "this")
    shutil.copytree(data / "red", tmp_path / "that")
    for image in sorted((data / "blue").iterdir())[:6]:
        shutil.copy(image, tmp_path / "that" / f"blue_{image.name}")
    status, out, err = run(capsys, "train", tmp_path / "this", tmp_path / "that", "--size", "8",
                           "--epochs", "300", "--lr", "1e6", "--json", "--out", "")
    assert status == 0, err
    result = json.loads(out)
    assert result["diverged"] is True
    assert result["costs"][-1][1] > 100 * result["costs"][0][1]
    assert "Training diverged" in err and "learning rate 1e+6 is too large" in err


# -------------------------------------------------------------------- predict
def test_predict_text_output(data, model_file, capsys):
    status, out, err = run(capsys, "predict", model_file, data / "red", data / "blue" / "img_000.jpg")
    assert status == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert len(lines) == 13
    for path, label, probability in lines:
        assert Path(path).exists()
        assert 0.5 <= float(probability) <= 1
        assert re.fullmatch(r"\d\.\d{4}", probability)
    correct = sum(label == Path(path).parent.name for path, label, _ in lines)
    assert correct >= 12


def test_predict_json_output(data, model_file, capsys):
    status, out, err = run(capsys, "predict", model_file, data / "blue", "--json")
    assert status == 0, err
    predictions = json.loads(out)
    assert len(predictions) == 12
    for item in predictions:
        assert set(item) == {"path", "label", "probability"}
        assert item["label"] in ("red", "blue") and 0.5 <= item["probability"] <= 1
    assert sum(item["label"] == "blue" for item in predictions) >= 11


def test_predict_reports_unreadable_images(data, model_file, tmp_path, capsys):
    (tmp_path / "broken.png").write_bytes(b"\x89PNG broken")
    status, out, err = run(capsys, "predict", model_file, tmp_path / "broken.png", data / "red" / "img_001.png", "--json")
    assert status == 0
    assert [Path(p["path"]).name for p in json.loads(out)] == ["img_001.png"]
    assert "skipped" in err and "broken.png" in err


# ---------------------------------------------------------- version and help
def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"lrgui {lrgui.__version__}"


@pytest.mark.parametrize(
    "command, options",
    [
        ([], ["train", "predict"]),
        (["train"], ["--test", "--test-fraction", "--size", "--grayscale", "--lr", "--epochs", "--out", "--json"]),
        (["predict"], ["MODEL", "PATH", "--json"]),
    ],
)
def test_help(command, options, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("usage: lrgui")
    for option in options:
        assert option in text


def test_no_arguments_prints_help(capsys):
    assert main([]) == 0
    assert "usage: lrgui" in capsys.readouterr().out


# --------------------------------------------------------------------- errors
@pytest.fixture(scope="module")
def bad_places(data, model_file, tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bad")
    (root / "empty_class" / "red").mkdir(parents=True)
    (root / "empty_class" / "blue").mkdir(parents=True)
    shutil.copy(data / "red" / "img_000.jpg", root / "empty_class" / "red")
    (root / "one_class" / "red").mkdir(parents=True)
    shutil.copy(data / "red" / "img_000.jpg", root / "one_class" / "red")
    (root / "text.lrgui.h5").write_text("not a model\n")
    content = model_file.read_bytes()
    (root / "truncated.lrgui.h5").write_bytes(content[: len(content) // 2])
    return {"root": root, "data": data, "model": model_file}


ERRORS = {
    "lr zero": (["train", "{data}", "--lr", "0"], "--lr"),
    "lr negative": (["train", "{data}", "--lr", "-0.5"], "--lr"),
    "lr NaN": (["train", "{data}", "--lr", "nan"], "--lr"),
    "lr infinite": (["train", "{data}", "--lr", "inf"], "--lr"),
    "lr not a number": (["train", "{data}", "--lr", "fast"], "'fast' is not a learning rate"),
    "one of several lr bad": (["train", "{data}", "--lr", "0.1,-1"], "--lr"),
    "epochs zero": (["train", "{data}", "--epochs", "0"], "--epochs"),
    "epochs negative": (["train", "{data}", "--epochs", "-5"], "--epochs"),
    "epochs fractional": (["train", "{data}", "--epochs", "2.5"], "--epochs"),
    "size too small": (["train", "{data}", "--size", "3"], "--size"),
    "size absurd": (["train", "{data}", "--size", "100000"], "--size"),
    "l2 negative": (["train", "{data}", "--l2", "-1"], "--l2"),
    "l2 NaN": (["train", "{data}", "--l2", "nan"], "--l2"),
    "test fraction 1": (["train", "{data}", "--test-fraction", "1"], "--test-fraction"),
    "no folder": (["train"], "give a folder of images"),
    "missing folder": (["train", "{root}/nowhere"], "Folder not found"),
    "empty class folder": (["train", "{root}/empty_class"], "Class 'blue' has no images"),
    "single class": (["train", "{root}/one_class"], "at least two classes"),
    "single class folder": (["train", "{root}/one_class/red"], "at least two classes"),
    "output folder missing": (["train", "{data}", "--out", "{root}/no/such/folder/m.lrgui.h5"], "does not exist"),
    "output is a folder": (["train", "{data}", "--out", "{root}"], "is a folder"),
    "unknown class": (["train", "{data}", "--classes", "red,purple"], "Unknown class 'purple'"),
    "unknown option": (["train", "{data}", "--frobnicate"], "unrecognized arguments"),
    "unknown command": (["frobnicate"], "invalid choice"),
    "model not HDF5": (["predict", "{root}/text.lrgui.h5", "{data}"], "not an lrgui model file"),
    "model truncated": (["predict", "{root}/truncated.lrgui.h5", "{data}"], "truncated.lrgui.h5"),
    "model missing": (["predict", "{root}/absent.lrgui.h5", "{data}"], "Model file not found"),
    "model is a folder": (["predict", "{data}", "{data}"], "folder"),
    "predict missing path": (["predict", "{model}", "{root}/no_such_image.jpg"], "No such file or folder"),
    "predict without path": (["predict", "{model}"], "required"),
    "predict on an empty folder": (["predict", "{model}", "{root}/empty_class/blue"], "No image files found"),
}


@pytest.mark.parametrize("name", list(ERRORS))
def test_user_errors_exit_2_with_one_line(bad_places, tmp_path, monkeypatch, capsys, name):
    monkeypatch.chdir(tmp_path)  # so a wrongly accepted command cannot leave a model file behind
    template, message = ERRORS[name]
    args = [part.format(**bad_places) for part in template]
    status, out, err = run(capsys, *args, "--json")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert message in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ structure
def test_engine_imports_no_qt():
    code = (
        "import sys, lrgui.core, lrgui.data, lrgui.session.trainer, lrgui.session.state, lrgui.cli; "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 0, done.stderr


def test_import_contracts_hold():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        found = shutil.which("lint-imports")
        if found is None:
            pytest.skip("import-linter is not installed (pip install -e .[test])")
        lint_imports = Path(found)
    done = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
