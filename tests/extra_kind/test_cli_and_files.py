"""The extra kind through the command line (train, predict, evaluate, export with parity), the model file and a lesson."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lrgui.cli import main
from lrgui.data import load_model, save_model
from lrgui.kinds import kind_names
from lrgui.session.settings import TrainingSettings
from tests.imagegen import make_class_folders


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> Path:
    return make_class_folders(tmp_path_factory.mktemp("nearest") / "data", per_class=12, size=16)


def test_the_kind_is_only_there_once_registered(nearest_mean):
    assert nearest_mean in kind_names()


def test_train_predict_evaluate_and_export_with_parity(capsys, nearest_mean, folders, tmp_path):
    model_path = tmp_path / "m.lrgui.safetensors"
    status, out, err = run(capsys, "train", folders, "--model", nearest_mean, "--shrink", "0.25", "--size", "8",
                           "--out", model_path, "--json")
    assert status == 0, err
    result = json.loads(out)
    assert result["train_accuracy"] == 1.0  # two well-separated colours: the nearest mean is right
    assert "Training nearest class mean" in err
    model = load_model(model_path)
    assert type(model.estimator).__name__ == "NearestClassMean" and model.estimator.shrink == 0.25
    assert model.info["settings"]["model"] == nearest_mean and model.info["settings"]["shrink"] == 0.25

    status, out, err = run(capsys, "predict", model_path, folders, "--json")
    assert status == 0, err
    predicted = json.loads(out)
    assert len(predicted) == 24 and all(Path(p["path"]).parent.name == p["label"] for p in predicted)

    status, out, err = run(capsys, "evaluate", model_path, folders, "--json")
    assert status == 0, err
    assert json.loads(out)["accuracy"] == 1.0

    script = tmp_path / "script"
    status, out, err = run(capsys, "export", model_path, script)
    assert status == 0, err
    assert "nearest of 2 class means" in (script / "README.md").read_text(encoding="utf-8")
    done = subprocess.run([sys.executable, str(script / "predict.py"), str(folders)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    exported = {Path(line.split("\t")[0]).resolve(): (line.split("\t")[1], float(line.split("\t")[2]))
                for line in done.stdout.splitlines()}
    for entry in predicted:  # the same label and the same probability as lrgui predict
        label, probability = exported[Path(entry["path"]).resolve()]
        assert label == entry["label"] and probability == pytest.approx(entry["probability"], rel=1e-6)


def test_bad_values_of_its_own_setting_are_refused_in_one_sentence(capsys, nearest_mean, folders):
    status, _, err = run(capsys, "train", folders, "--model", nearest_mean, "--shrink", "2", "--out", "")
    assert status == 2 and err.count("\n") == 1 and "--shrink" in err and "at most 1" in err


def test_model_file_round_trip(nearest_mean, tmp_path):
    from lrgui.data.dataset import Dataset, TrainTest
    from lrgui.session.trainer import train

    rng = np.random.default_rng(0)
    X = np.concatenate([rng.normal(-1, 0.3, (20, 2)), rng.normal(1, 0.3, (20, 2))]).astype(np.float32)
    y = np.array(["a"] * 20 + ["b"] * 20)
    data = TrainTest(Dataset(X, y, ["a", "b"]), None)
    settings = TrainingSettings.of(model=nearest_mean, shrink=0.5).validate()
    result = train(data, settings)
    assert result.iterations == 1 and not result.diverged
    path = save_model(result.model, tmp_path / "n.lrgui.safetensors")
    loaded = load_model(path)
    np.testing.assert_array_equal(loaded.estimator.means_, result.model.estimator.means_)
    np.testing.assert_array_equal(loaded.estimator.predict_proba(X), result.model.estimator.predict_proba(X))
    assert TrainingSettings.from_dict(loaded.info["settings"]).validate() == settings


def test_a_lesson_keeps_and_trains_its_runs(nearest_mean, folders, tmp_path, capsys):
    from lrgui.session.lesson import Lesson, load_lesson, save_lesson
    from lrgui.data import ImageFormat
    from lrgui.session.sources import DataRequest

    request = DataRequest("folders", paths=(str(folders),), image_format=ImageFormat(8, False), seed=0)
    settings = TrainingSettings.of(model=nearest_mean, shrink=0.1, seed=3).validate()
    path = save_lesson(tmp_path / "n.lrlesson", Lesson(title="Nearest means", request=request, runs=[_run(settings)]))
    loaded = load_lesson(path)
    assert [run.settings for run in loaded.runs] == [settings]
    status, out, err = run(capsys, "train", "--lesson", path, "--out", "", "--json")
    assert status == 0, err
    assert json.loads(out)["train_accuracy"] == 1.0


def _run(settings):
    from lrgui.session.lesson import LessonRun

    return LessonRun(settings=settings)


def test_the_step_slice_says_why_a_kind_fitted_in_one_step_has_none(nearest_mean):
    from lrgui.errors import UserError
    from lrgui.session.landscape import Objective, step_slice

    settings = TrainingSettings.of(model=nearest_mean).validate()
    X = np.array([[0, 0], [1, 1], [0, 1], [1, 0]], dtype=np.float32)
    objective = Objective.from_settings(settings, X, np.array(["a", "b", "a", "b"]))
    with pytest.raises(UserError, match="The step slice is drawn for a model trained by gradient descent"):
        step_slice(objective, {"means": np.zeros((2, 2), np.float32)}, 0.1)
