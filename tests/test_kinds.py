"""The model kinds' registry and the rules every kind's settings follow: one check, one parser, declared Continue rules,
no kind branches and no private names across modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

import lrgui.kinds.checks as checks
from lrgui.cli import main
from lrgui.errors import UserError
from lrgui.kinds import OnContinue, all_kinds, kind_named, kind_of
from lrgui.kinds.settings import COMMON, TrainingSettings, learning_rate_runs, parse_learning_rates, refused_on_continue

ROOT = Path(__file__).resolve().parents[1]
LRGUI = ROOT / "lrgui"


# ------------------------------------------------------------------ the registry
def test_every_kind_is_found_by_its_name_its_old_name_and_its_estimator():
    for kind in all_kinds():
        assert kind_named(kind.name) is kind
        assert kind_of(kind.estimator()) is kind
        assert kind.estimator.model_type == kind.name  # one name per model, in files too
        for old in kind.old_names:
            assert kind_named(old) is kind
    assert kind_named("logistic_regression").name == "logistic"  # model files written before the registry
    with pytest.raises(UserError, match="Unknown model 'svm'; choose one of logistic, mlp"):
        kind_named("svm")


def test_an_old_name_in_a_file_record_becomes_the_kind_s_name():
    assert TrainingSettings.from_dict({"model": "logistic_regression"}).validate().model == "logistic"


def test_a_playground_pane_shows_its_own_kind_s_settings_within_the_playground_s_bounds():
    from lrgui.data.toy import TOY_SETS
    from lrgui.session.playground import PaneState

    offered = [kind for kind in all_kinds() if kind.playground is not None]
    assert [kind.name for kind in offered] == ["logistic", "mlp"]
    for kind in offered:
        own = {setting.name for setting in kind.settings}
        for setting in kind.playground.settings:
            assert setting.name in own, f"{kind.name}'s Playground shows {setting.name}, not one of its settings"
        for toy in TOY_SETS:  # every toy set's recommendation fits the pane's boxes
            for name, value in PaneState.defaults(kind.name, toy).values:
                assert next(s for s in kind.playground.settings if s.name == name).check(value) == value


def test_the_playground_record_follows_each_kind_s_declaration():
    from lrgui.data.schema import check_playground, pane_fields

    assert {"learning_rate", "epochs", "start", "trained"} <= set(pane_fields("logistic"))
    assert "show_hidden_lines" not in pane_fields("logistic") and "start" not in pane_fields("mlp")
    assert {"hidden", "activation", "show_hidden_lines", "batches"} <= set(pane_fields("mlp"))  # older lessons'
    with pytest.raises(UserError, match="The playground's hidden units must be at most 256, not 300"):
        check_playground({"panes": {"mlp": {"hidden": 300}}})  # the Playground's bound, not the network's 4,096
    with pytest.raises(UserError, match="unknown entry 'start'"):
        check_playground({"panes": {"mlp": {"start": [0.0, 0.0, 0.0]}}})  # only a kind with a landscape has one
    with pytest.raises(UserError, match="The playground has no pane 'svm'"):
        check_playground({"panes": {"svm": {}}})


def test_parameter_names_come_from_the_init_signature():
    for kind in all_kinds():
        names = kind.estimator.init_parameter_names()
        assert set(kind.estimator().get_params()) == set(names)
        for setting in kind.settings:
            if setting.estimator_parameter:
                assert setting.name in names, f"{kind.name}'s setting {setting.name} is no estimator parameter"


# ------------------------------------------------------------------ Continue, per field
def _fields():
    for kind in all_kinds():
        for setting in (*COMMON, *kind.settings):
            if setting.name != "model":
                yield pytest.param(kind.name, setting, id=f"{kind.name}-{setting.name}")


def _other_value(setting, value):
    field = setting.field
    if field.kind == "bool":
        return not value
    if field.kind == "choice":
        return next(c for c in field.choices if c != value)
    if field.kind == "int":
        return (value or 1) + 1 if field.maximum is None or (value or 1) + 1 <= field.maximum else value - 1
    return (value or 0.5) / 2 if value else 0.25


@pytest.mark.parametrize("model, setting", list(_fields()))
def test_every_setting_declares_what_continue_does_with_it(model, setting):
    assert isinstance(setting.on_continue, OnContinue)
    trained = TrainingSettings.of(model=model).validate()
    value = trained.get(setting.name)
    wanted = trained.with_values(**{setting.name: _other_value(setting, value)}).validate()
    assert wanted.get(setting.name) != value
    refusal = refused_on_continue(trained, wanted)
    if not kind_named(model).iterates:
        assert refusal is not None and "fitted in one step" in refusal
    elif setting.on_continue is OnContinue.FIXED:
        assert refusal is not None and setting.fixed_words in refusal and "press Train" in refusal
    else:
        assert refusal is None
        changes = wanted.estimator_changes()
        if setting.on_continue is OnContinue.CONTINUABLE and setting.estimator_parameter:
            assert changes[setting.name] == wanted.get(setting.name)  # what Continue applies
        else:
            assert setting.name not in changes


def test_the_seed_is_fixed_on_continue_and_says_so():
    trained = TrainingSettings(model="mlp", seed=1).validate()
    refusal = refused_on_continue(trained, TrainingSettings(model="mlp", seed=2).validate())
    assert refusal == "Cannot continue: the seed differ from the model's; press Train to start a new model with them."


def test_checked_settings_are_frozen():
    settings = TrainingSettings(learning_rate=0.1).validate()
    with pytest.raises(AttributeError):
        settings.learning_rate = 0.2
    assert settings.checked and settings.validate() is settings
    assert not settings.with_values(learning_rate=0.2).checked  # a change is checked again


def test_a_run_takes_only_checked_settings():
    from lrgui.data.dataset import Dataset, TrainTest
    from lrgui.session.experiment import Experiment
    import numpy as np

    data = TrainTest(Dataset(np.eye(4, dtype=np.float32), np.array(["a", "b", "a", "b"]), ["a", "b"]))
    with pytest.raises(ValueError, match="checked"):
        Experiment(data, [TrainingSettings()])


# ------------------------------------------------------------------ one parser of learning-rate lists
SEPARATORS = [",", " ", ", ", " ,", ";", "  ", "\t", ",\n"]


def _window_rates(text: str) -> list[float]:
    """What the window does with the Compare field's text (lrgui.gui.train_tab.start_comparison)."""
    base = TrainingSettings(model="logistic")
    return [s.learning_rate for s in learning_rate_runs(base, parse_learning_rates(text))]


def _cli_rates(text: str, capsys) -> list[float] | str:
    from lrgui.cli import build_parser

    try:
        args = build_parser().parse_args(["train", "--toy", "and", "--lr", text])
    except UserError as error:
        return str(error)
    return [s.learning_rate for s in learning_rate_runs(TrainingSettings(model="logistic"), args.learning_rate)]


rates = st.floats(min_value=1e-6, max_value=1e3, allow_nan=False, allow_infinity=False)


@hypothesis_settings(max_examples=150, deadline=None)
@given(st.lists(rates, min_size=1, max_size=5), st.lists(st.sampled_from(SEPARATORS), min_size=5, max_size=5),
       st.sampled_from(["", " ", ","]))
def test_the_window_and_the_command_line_accept_the_same_lists(values, separators, edge):
    text = edge + values[0].__repr__() + "".join(sep + repr(v) for sep, v in zip(separators, values[1:]))
    window = _window_rates(text)
    assert window == [float(repr(v)) for v in values]
    assert _cli_rates(text, None) == window


@pytest.mark.parametrize("text", ["1e-3 1e-4", "1e-3, 1e-4", "1e-3,1e-4", "1e-3 ,  1e-4", "1e-3;1e-4"])
def test_spaces_commas_or_both(text):
    assert _window_rates(text) == _cli_rates(text, None) == [1e-3, 1e-4]


@pytest.mark.parametrize("text, message", [("fast", "'fast' is not a learning rate"), ("", "Type one or more"),
                                           ("0.1 0", "greater than 0"), ("-1", "greater than 0"),
                                           ("1e7", "at most 1,000,000")])
def test_both_refuse_the_same_lists_in_the_same_words(text, message):
    with pytest.raises(UserError, match=message):
        _window_rates(text)
    with pytest.raises(UserError, match=message):
        cli = _cli_rates(text, None)
        if isinstance(cli, str):
            raise UserError(cli)


# ------------------------------------------------------------------ one check of the learning rate
def test_the_command_line_checks_each_run_s_learning_rate_once(monkeypatch, tmp_path, capsys):
    calls = []
    original = checks.check_learning_rate

    def counting(value, label="The learning rate"):
        calls.append(value)
        return original(value, label)

    monkeypatch.setattr(checks, "check_learning_rate", counting)
    assert main(["train", "--toy", "and", "--epochs", "20", "--out", "", "--lr", "0.5, 0.1 0.05"]) == 0, \
        capsys.readouterr().err
    assert calls == [0.5, 0.1, 0.05]  # one check per run, at the boundary; the experiment and trainer trust it
    calls.clear()
    assert main(["train", "--toy", "and", "--epochs", "20", "--out", ""]) == 0
    assert len(calls) == 1  # the toy set's preset rate, checked once


# ------------------------------------------------------------------ what the code may not do
#: A test of a kind's name, or of an estimator's class, outside lrgui/kinds.
#: (A kind's name as a key of a data set's recommended settings is data, not a branch.)
BRANCH = re.compile(r"""(==|!=)\s*["'](logistic|mlp|logistic_regression)["']|["'](logistic|mlp)["']\s*(==|!=)"""
                    r"""|\bin\s*[(\[{][^)\]}]*["'](logistic|mlp|logistic_regression)["']|\bcase\s+["'](logistic|mlp)["']"""
                    r"""|isinstance\([^)]*\b(LogisticRegression|NeuralNetwork)\b""")


def test_no_model_kind_branch_outside_the_kinds():
    found = {}
    for path in sorted(LRGUI.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("lrgui/kinds/"):
            continue
        lines = [f"{relative}:{number}: {line.strip()}" for number, line in enumerate(path.read_text().splitlines(), 1)
                 if BRANCH.search(line) and not line.strip().startswith("#")]
        if lines:
            found[relative] = lines
    assert not found, "a model-kind branch outside lrgui/kinds (ask the kind what it declares):\n" + "\n".join(
        line for lines in found.values() for line in lines)


def test_no_private_name_is_imported_across_modules():
    """``from lrgui.x import _name`` makes _name part of two modules: make it public in one place instead.
    A package may import its own private modules (lrgui.data._legacy_reader, run as a script)."""
    offences = []
    for path in sorted(LRGUI.rglob("*.py")):
        package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lrgui"):
                for alias in node.names:
                    private = alias.name.startswith("_") and not alias.name.startswith("__")
                    own_module = node.module == package and _is_module(node.module, alias.name)
                    if private and not own_module:
                        offences.append(f"{path.relative_to(ROOT)}: from {node.module} import {alias.name}")
    assert not offences, "\n".join(offences)


def _is_module(package: str, name: str) -> bool:
    folder = ROOT.joinpath(*package.split("."))
    return (folder / f"{name}.py").exists() or (folder / name / "__init__.py").exists()


def test_one_meaning_per_name():
    """Names the review found with two meanings now have one (a printable message text; one registry of kinds)."""
    import lrgui.session.terminal as terminal

    assert not hasattr(terminal, "printable") and hasattr(terminal, "terminal_text")
    sources = {p.relative_to(ROOT).as_posix(): p.read_text() for p in LRGUI.rglob("*.py")}
    assert [name for name, text in sources.items() if re.search(r"^MODEL_KINDS\b", text, re.M)] == []
    assert [name for name, text in sources.items() if re.search(r"^ESTIMATORS\b", text, re.M)] == []
