"""The built-in lessons' titles and notes are marked for translation and shown paragraph by paragraph."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from lrgui.session import i18n
from lrgui.session.lesson import (
    BUILTIN_LESSONS, builtin_lessons, lesson_in_language, lesson_notes_in_language, load_lesson,
)
from lrgui.session.lesson_texts import PARAGRAPHS

REPO = Path(__file__).resolve().parents[1]


def _maker():
    spec = importlib.util.spec_from_file_location("make_lesson_texts", REPO / "packaging" / "make_lesson_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def shouting():
    """A translator that upper-cases the 'Lesson' context, so what was translated shows."""
    i18n.install(lambda context, text: text.upper() if context == "Lesson" else text)
    yield
    i18n.install(None)


def test_the_generated_module_matches_the_lesson_files():
    maker = _maker()
    written = (REPO / "lrgui" / "session" / "lesson_texts.py").read_text(encoding="utf-8")
    assert written == maker.module_text(), "run packaging/make_lesson_texts.py after changing the lessons"
    for _, _, path in builtin_lessons():
        for paragraph in maker.paragraphs(load_lesson(path).notes):
            assert paragraph in PARAGRAPHS


def test_notes_are_translated_by_paragraph_and_other_lines_kept(shouting):
    notes = load_lesson(builtin_lessons()[1][2]).notes
    mine = "My own line about the shapes."
    shown = lesson_notes_in_language(notes + "\n\n" + mine)
    assert shown.endswith("\n\n" + mine)  # a teacher's own words stay as written
    assert "WHAT TO SHOW" in shown and "PRESS TRAIN AND WATCH THE COST FALL" in shown
    assert shown.count("\n") == (notes + "\n\n" + mine).count("\n")  # the layout kept


def test_english_notes_are_unchanged_without_a_translator():
    for _, _, path in builtin_lessons():
        notes = load_lesson(path).notes
        assert lesson_notes_in_language(notes) == notes


def test_builtin_titles_in_the_users_language(shouting):
    titles = [title for _, title, _ in builtin_lessons()]
    assert titles == [title.upper() for title in BUILTIN_LESSONS.values()]
    lesson = load_lesson(builtin_lessons()[0][2])
    shown = lesson_in_language(lesson)
    assert shown.title == lesson.title.upper() and shown.settings == lesson.settings
    assert shown.notes.startswith("GATES: AND, OR, XOR")
