"""No view reaches into another view's widgets or private members; no GUI file grows past 500 lines.

Views render the state and send intentions (public methods such as ``start_training``); what a view
shows is its own business. The self-test (``lrgui/gui/self_test.py``) drives the window as a user
would and is the one exception.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[1] / "lrgui" / "gui"
VIEWS = {"data_tab", "train_tab", "results_tab", "predict_tab", "playground_tab"}
#: the endings of widget attributes: another view's widgets are never read or written
WIDGET_ENDINGS = ("_button", "_spin", "_edit", "_label", "_combo", "_check", "_slider", "_box", "_table",
                  "_view", "_plot", "_list", "_action", "_area", "_row", "_splitter", "progress")
EXEMPT = {"self_test.py"}


def reaches(tree: ast.AST) -> list[str]:
    """``<something>.<view>.<member>`` where the member is private or a widget."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Attribute):
            continue
        view, member = node.value.attr, node.attr
        if view not in VIEWS:
            continue
        private = member.startswith("_") and not member.startswith("__")
        if private or member.endswith(WIDGET_ENDINGS):
            found.append(f"line {node.lineno}: .{view}.{member}")
    return found


def gui_files():
    return sorted(p for p in GUI.rglob("*.py") if p.name not in EXEMPT)


@pytest.mark.parametrize("path", gui_files(), ids=lambda p: p.name)
def test_no_view_reaches_into_another(path):
    assert reaches(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_finds_a_reach():
    assert reaches(ast.parse("window.train_tab._show_settings(s)\nself.train_tab.rates_edit.setText('x')")) == [
        "line 1: .train_tab._show_settings", "line 2: .train_tab.rates_edit"]
    assert reaches(ast.parse("window.train_tab.start_training()")) == []  # an intention


@pytest.mark.parametrize("path", gui_files(), ids=lambda p: p.name)
def test_no_gui_file_is_over_500_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 500


def mutable_class_attributes(tree: ast.AST) -> list[str]:
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for statement in cls.body:
            targets = statement.targets if isinstance(statement, ast.Assign) else (
                [statement.target] if isinstance(statement, ast.AnnAssign) and statement.value is not None else [])
            value = getattr(statement, "value", None)
            if isinstance(value, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)):
                found += [f"{cls.name}.{t.id}" for t in targets if isinstance(t, ast.Name) and t.id.isidentifier()
                          and not t.id.isupper()]
    return found


@pytest.mark.parametrize("path", gui_files(), ids=lambda p: p.name)
def test_no_mutable_class_attributes(path):
    """A list or dict on the class is shared by every instance (constants in CAPITALS aside)."""
    assert mutable_class_attributes(ast.parse(path.read_text(encoding="utf-8"))) == []


def sources_mentioning(text: str) -> list[str]:
    word = re.compile(re.escape(text) + (r"\b" if text[-1].isalnum() else ""))
    return sorted(p.name for p in GUI.rglob("*.py") if word.search(p.read_text(encoding="utf-8")))


def test_one_place_makes_worker_threads():
    """Only the task lanes make threads and move objects to them: no view starts a thread of its own."""
    assert sources_mentioning("QThread(") == ["workers.py"]
    assert sources_mentioning("moveToThread") == ["workers.py"]


def test_no_view_holds_run_policy_or_its_own_run_lifecycle():
    """The experiment, its controls and what follows a run belong to the training session, not to views."""
    for name in ("Experiment(", "RunControl", "choose_best", "divergence_advice", "XOR_ADVICE", "request_stop"):
        assert sources_mentioning(name) == [], name
