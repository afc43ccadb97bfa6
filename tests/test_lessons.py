"""Lesson files: what they keep, finding their data again, refusing hostile files, the built-in lessons, the CLI."""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from lrgui.cli import main
from lrgui.data.selection import ClassSelection
from lrgui.errors import UserError
from lrgui.session import lesson as lessons
from lrgui.session.experiment import choose_best
from lrgui.session.lesson import (
    BUILTIN_LESSONS, JSON_MEMBER, MODEL_MEMBER, Lesson, LessonDataProblem, LessonFileError, LessonRun,
    builtin_lessons, lesson_from_results, load_lesson, rebind_source, resolve_request, run_lesson, save_lesson,
)
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import DataRequest, load
from tests.imagegen import make_class_folders

ROOT = Path(__file__).resolve().parent.parent


def run_cli(capsys, *args) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def relative_difference(a: list, b: list) -> float:
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    assert x.shape == y.shape
    return float(np.max(np.abs(x - y) / np.maximum(np.abs(y), 1e-300)))


@pytest.fixture
def classroom(tmp_path) -> Path:
    """A course folder: data/{cats,dogs} of small images, the lesson to be saved beside them."""
    make_class_folders(tmp_path / "course" / "data", classes=("cats", "dogs"), per_class=16)
    return tmp_path / "course"


def pets_request(course: Path, excluded: tuple[str, ...] = ()) -> DataRequest:
    data = course / "data"
    return DataRequest("folders", paths=(str(data / "cats"), str(data / "dogs")), test_fraction=0.25, seed=3,
                       renames=(("dogs", "dog"),), excluded=excluded)


def a_training_cat(course: Path) -> str:
    """A cat the hold-out keeps for training (excluding a test image changes nothing)."""
    train = load(pets_request(course)).data.train
    return next(str(p) for p, label in zip(train.paths, train.y) if label == "cats")


def trained_lesson(course: Path, *, excluded: tuple[str, ...] = ()) -> Lesson:
    request = pets_request(course, excluded)
    runs = [TrainingSettings(learning_rate=rate, epochs=60, record_every=10, seed=3).validate() for rate in (0.01, 0.001)]
    loaded, experiment = run_lesson(Lesson("Pets", "Ask: cat or dog?", request, [LessonRun(s) for s in runs]))
    list(experiment.events())
    best, _, _ = choose_best(experiment.results)
    return lesson_from_results(request, experiment.results, best, title="Pets", notes="Ask: which is a cat? ✓",
                               playground={"set": "xor", "x": [[0.0, 1.0]], "labels": [1], "panes": {"mlp": {"hidden": 4}}})


# ---------------------------------------------------------------- what a lesson keeps
def test_a_lesson_keeps_data_settings_runs_model_playground_and_notes(classroom):
    cats = classroom / "data" / "cats"
    excluded = (a_training_cat(classroom),)
    lesson = trained_lesson(classroom, excluded=excluded)
    path = save_lesson(classroom / "pets.lrlesson", lesson)

    again = load_lesson(path)
    assert (again.title, again.notes, again.playground) == (lesson.title, lesson.notes, lesson.playground)
    assert again.request == replace(lesson.request, use_cache=True)
    assert again.request.excluded == excluded
    assert again.settings == lesson.settings
    assert [r.curves for r in again.runs] == [r.curves for r in lesson.runs]
    assert again.best_run == lesson.best_run is not None
    model, reread = lesson.model, again.model
    assert reread.classes == model.classes == ["cats", "dog"]
    np.testing.assert_array_equal(reread.estimator.coef_, model.estimator.coef_)
    np.testing.assert_array_equal(reread.history.iterations, model.history.iterations)
    document = json.loads(zipfile.ZipFile(path).read(JSON_MEMBER))
    sources = {s["given"]: s for s in document["sources"]}
    assert sources[str(cats)]["relative"] == "data/cats" and sources[str(cats)]["files"] == 16
    assert document["excluded"] == [{"given": excluded[0], "source": str(cats), "file": Path(excluded[0]).name}]


def test_a_lesson_without_data_or_model_keeps_its_playground_and_notes(tmp_path):
    lesson = Lesson("Play", "Click to add points.", playground={"set": "moons", "points": 200})
    again = load_lesson(save_lesson(tmp_path / "play.lrlesson", lesson))
    assert (again.request, again.model, again.runs, again.playground) == (None, None, [], lesson.playground)
    assert zipfile.ZipFile(tmp_path / "play.lrlesson").namelist() == [JSON_MEMBER]


def test_saving_replaces_the_file_whole_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "l.lrlesson"
    save_lesson(target, Lesson("one", "first"))
    with pytest.raises(LessonFileError, match="already exists"):
        save_lesson(target, Lesson("two", "second"))
    save_lesson(target, Lesson("two", "second"), force=True)
    assert load_lesson(target).notes == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["l.lrlesson"]


@pytest.mark.parametrize("lesson, words", [
    (Lesson("n", "x" * (100 * 1024 + 1)), "notes are not a text of at most 100 KB"),
    (Lesson("t" * 201, ""), "'title'"),
    (Lesson("p", "", playground={"nan": math.nan}), "not finite"),
])
def test_saving_refuses_what_loading_would_refuse(tmp_path, lesson, words):
    with pytest.raises(LessonFileError, match=words):
        save_lesson(tmp_path / "bad.lrlesson", lesson)
    assert not list(tmp_path.iterdir())


# ---------------------------------------------------------------- finding the data again
def test_moved_with_its_data_the_lesson_finds_them_and_trains_the_same(classroom, tmp_path):
    excluded = (a_training_cat(classroom),)
    lesson = trained_lesson(classroom, excluded=excluded)
    save_lesson(classroom / "pets.lrlesson", lesson)
    moved = tmp_path / "elsewhere" / "course"
    moved.parent.mkdir()
    shutil.move(str(classroom), moved)

    reopened = load_lesson(moved / "pets.lrlesson")
    request = resolve_request(reopened)
    assert request.paths == (str(moved / "data" / "cats"), str(moved / "data" / "dogs"))
    assert request.excluded == (str(moved / "data" / "cats" / Path(excluded[0]).name),)
    loaded, experiment = run_lesson(reopened)
    assert loaded.notes == ["1 image excluded by you"]
    list(experiment.events())
    for result, saved in zip(experiment.results, lesson.runs):
        assert relative_difference([c for _, c in result.costs], [c for _, c in saved.curves["costs"]]) <= 1e-9


def test_missing_data_names_the_folder_and_can_be_located(classroom, tmp_path):
    save_lesson(classroom / "pets.lrlesson", trained_lesson(classroom))
    shutil.copy(classroom / "pets.lrlesson", tmp_path / "pets.lrlesson")
    shutil.move(str(classroom / "data"), tmp_path / "usb")  # neither beside the lesson nor where it was
    shutil.rmtree(classroom)

    reopened = load_lesson(tmp_path / "pets.lrlesson")
    with pytest.raises(LessonDataProblem, match=r"folder .*cats was not found; locate it") as problem:
        resolve_request(reopened)
    assert problem.value.reason == "missing" and problem.value.source.endswith("cats")
    rebind_source(reopened, problem.value.source, tmp_path / "usb" / "cats")  # dogs is found beside it
    request = resolve_request(reopened)
    assert request.paths == (str(tmp_path / "usb" / "cats"), str(tmp_path / "usb" / "dogs"))
    assert len(load(request).data.train) > 0


def test_changed_data_are_named_and_may_be_accepted(classroom):
    save_lesson(classroom / "pets.lrlesson", trained_lesson(classroom))
    victim = sorted((classroom / "data" / "dogs").iterdir())[0]
    victim.unlink()
    reopened = load_lesson(classroom / "pets.lrlesson")
    with pytest.raises(LessonDataProblem, match=r"folder .*dogs has changed .*15 files, not 16") as problem:
        resolve_request(reopened)
    assert problem.value.reason == "changed"
    assert resolve_request(reopened, accept_changed=True).paths[1].endswith("dogs")


def test_a_lesson_without_data_cannot_be_trained(tmp_path):
    save_lesson(tmp_path / "play.lrlesson", Lesson("Play", "", playground={"set": "xor"}))
    with pytest.raises(UserError, match="no data to train on"):
        run_lesson(load_lesson(tmp_path / "play.lrlesson"))


# ---------------------------------------------------------------- hostile files
def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _document(**changes) -> bytes:
    document = json.loads(zipfile.ZipFile(builtin_lessons()[1][2]).read(JSON_MEMBER))  # shapes
    document.update(changes)
    return json.dumps(document).encode()


def _nested(depth: int):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


HOSTILE = {
    "not a zip": (b"PK\x03\x04 nothing else", "not an lrgui lesson file"),
    "empty": (b"", "not an lrgui lesson file"),
    "no lesson.json": (_zip({"other.txt": b"x"}), "unexpected file 'other.txt'"),
    "path traversal": (_zip({JSON_MEMBER: _document(), "../../evil.sh": b"rm -rf ~"}), "unexpected file '../../evil.sh'"),
    "too many members": (_zip({JSON_MEMBER: b"{}", MODEL_MEMBER: b"", "a": b"", "b": b""}), "holds 4 files"),
    "not json": (_zip({JSON_MEMBER: b"{'a': 1}"}), "not valid JSON"),
    "not a lesson": (_zip({JSON_MEMBER: b'{"lrgui": "model"}'}), "not an lrgui lesson"),
    "NaN": (_zip({JSON_MEMBER: _document(seed=None, notes=None).replace(b'"notes": null', b'"notes": NaN')}),
            "not valid JSON"),
    "deep": (_zip({JSON_MEMBER: _document(playground={"x": _nested(50)})}), "nested more than 16"),
    "newer": (_zip({JSON_MEMBER: _document(format_version=99)}), "newer lrgui"),
    "bad settings": (_zip({JSON_MEMBER: _document(runs=[{"settings": {"learning_rate": -1}, "curves": None}])}),
                     "settings are refused .*learning rate"),
    "unknown source": (_zip({JSON_MEMBER: _document(data={**json.loads(_document())["data"], "kind": "cloud"})}),
                       "data source 'cloud'"),
    "named model missing": (_zip({JSON_MEMBER: _document(model=MODEL_MEMBER)}), "holds no model"),
    "bad model": (_zip({JSON_MEMBER: _document(model=MODEL_MEMBER), MODEL_MEMBER: b"\x10" + b"\0" * 7 + b"{}"}),
                  "model in .* is not an lrgui model"),
    "huge notes": (_zip({JSON_MEMBER: _document(notes="n" * 200_000)}), "notes are not a text of at most 100 KB"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_lesson_files_are_refused_in_one_sentence(tmp_path, case):
    content, words = HOSTILE[case]
    path = tmp_path / "hostile.lrlesson"
    path.write_bytes(content)
    with pytest.raises(LessonFileError, match=words) as refused:
        load_lesson(path)
    assert "\n" not in str(refused.value)


def test_a_member_is_refused_by_its_declared_size_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.lrlesson"
    path.write_bytes(_zip({JSON_MEMBER: _document(notes="n" * 50_000)}))  # deflates to a few hundred bytes
    monkeypatch.setattr(lessons, "MAX_JSON_BYTES", 10_000)
    read = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: read.append(a) or pytest.fail("member opened"))
    with pytest.raises(LessonFileError, match="declares .* KB, more than a lesson holds"):
        load_lesson(path)


def test_a_folder_or_fifo_is_not_opened_as_a_lesson(tmp_path):
    with pytest.raises(LessonFileError, match="is a folder, not a lesson file"):
        load_lesson(tmp_path)
    fifo = tmp_path / "pipe.lrlesson"
    os.mkfifo(fifo)
    with pytest.raises(LessonFileError, match="is a FIFO"):
        load_lesson(fifo)


# ---------------------------------------------------------------- the built-in lessons
def test_the_built_in_lessons_open(tmp_path):
    found = builtin_lessons()
    assert [(name, title) for name, title, _ in found] == list(BUILTIN_LESSONS.items())
    opened = {name: load_lesson(path) for name, _, path in found}
    for name, lesson in opened.items():
        assert lesson.title == BUILTIN_LESSONS[name]
        assert "QUESTIONS FOR THE CLASS" in lesson.notes and "WHAT TO SHOW" in lesson.notes
        assert lesson.runs and lesson.model is None
    gates, shapes = opened["gates"], opened["shapes"]
    assert gates.request.kind == "toy" and gates.playground["set"] == "xor" and len(gates.playground["x"]) == 4
    assert [s.model for s in gates.settings] == ["logistic", "mlp"]
    assert shapes.request == DataRequest("sample", name="shapes") and len(shapes.runs) == 1
    draw = opened["draw-a-shape"]
    assert draw.request == shapes.request and draw.settings == shapes.settings
    assert "Draw tab" in draw.notes and "Paint out part of a shape" in draw.notes and "digits" in draw.notes
    planes = opened["airplanes-vs-motorbikes"].request
    assert [Path(p).name for p in planes.paths] == ["airplanes", "Motorbikes"] and planes.test_fraction == 0.1
    assert "data.caltech.edu" in opened["airplanes-vs-motorbikes"].notes
    bird = opened["bird-or-not"]
    assert bird.request.kind == "cifar10" and bird.request.selection == ClassSelection(positive="bird")
    assert [s.learning_rate for s in bird.settings] == [0.01, 0.001, 0.0001]
    fashion = opened["fashion-hidden-layer"].settings
    assert [(s.hidden, s.activation, s.batches) for s in fashion] == [(50, "sigmoid", 25)] * 2
    assert [s.standardize for s in fashion] == [True, False]


def test_the_shipped_lessons_are_what_the_generator_writes(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_lessons", ROOT / "packaging" / "make_lessons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main([str(tmp_path)])
    for name, _, shipped in builtin_lessons():
        assert (tmp_path / shipped.name).read_bytes() == shipped.read_bytes(), f"run packaging/make_lessons.py ({name})"


def test_a_built_in_lesson_whose_data_are_missing_says_where_to_download_them(tmp_path):
    lesson = load_lesson(dict((n, p) for n, _, p in builtin_lessons())["airplanes-vs-motorbikes"])
    with pytest.raises(LessonDataProblem, match=r"airplanes was not found; locate it.*data\.caltech\.edu"):
        resolve_request(lesson)
    make_class_folders(tmp_path / "101_ObjectCategories", classes=("airplanes", "Motorbikes"), per_class=10)
    rebind_source(lesson, lesson.request.paths[0], tmp_path / "101_ObjectCategories" / "airplanes")
    request = resolve_request(lesson)
    assert load(request).data.train.classes == ["airplanes", "Motorbikes"]


def test_the_gates_lesson_shows_what_one_line_cannot_do():
    lesson = load_lesson(dict((n, p) for n, _, p in builtin_lessons())["gates"])
    _, experiment = run_lesson(lesson)
    list(experiment.events())
    logistic, network = experiment.results
    assert logistic.train_accuracy == 0.5 and network.train_accuracy == 1.0


# ---------------------------------------------------------------- the command line
def test_the_shapes_lesson_trains_from_the_command_line_the_same_twice(capsys, tmp_path):
    shapes = dict((n, p) for n, _, p in builtin_lessons())["shapes"]
    outputs = []
    for _ in range(2):
        status, out, err = run_cli(capsys, "train", "--lesson", str(shapes), "--json", "--out", "")
        assert status == 0, err
        outputs.append(json.loads(out))
    first, second = outputs
    assert first["classes"] == ["circle", "square", "triangle"] and first["iterations"] == 2000
    assert relative_difference([c for _, c in first["costs"]], [c for _, c in second["costs"]]) <= 1e-9
    assert first["test_accuracy"] > 0.8
    status, out, err = run_cli(capsys, "train", "--sample", "shapes", "--lr", "0.005", "--epochs", "2000",
                               "--json", "--out", "")
    plain = json.loads(out)
    assert relative_difference([c for _, c in first["costs"]], [c for _, c in plain["costs"]]) <= 1e-9
    assert set(first) == set(plain)


def test_a_lesson_with_several_runs_prints_them_as_lrgui_train_does(capsys, classroom):
    save_lesson(classroom / "pets.lrlesson", trained_lesson(classroom))
    status, out, err = run_cli(capsys, "train", "--lesson", str(classroom / "pets.lrlesson"), "--json",
                               "--out", str(classroom / "best.lrgui.safetensors"))
    assert status == 0, err
    summary = json.loads(out)
    assert [r["learning_rate"] for r in summary["runs"]] == [0.01, 0.001]
    assert summary["model"] == str(classroom / "best.lrgui.safetensors")


def test_the_command_line_names_missing_data_in_one_line(capsys):
    fashion = dict((n, p) for n, _, p in builtin_lessons())["fashion-hidden-layer"]
    status, out, err = run_cli(capsys, "train", "--lesson", str(fashion), "--json", "--out", "")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "fashion-mnist was not found" in err and "Traceback" not in err


def test_the_command_line_refuses_a_lesson_with_other_data(capsys, tmp_path):
    shapes = dict((n, p) for n, _, p in builtin_lessons())["shapes"]
    status, _, err = run_cli(capsys, "train", "--lesson", str(shapes), "--toy", "xor", "--out", "")
    assert status == 2 and "--lesson brings its own data" in err
