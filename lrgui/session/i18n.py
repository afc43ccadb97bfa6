"""Words for people, marked for translation without importing Qt.

Every string a user may see is written in English inside a call that Qt's
``lupdate`` recognises, so one ``.ts`` file per language collects the words of
every floor:

- ``translate(context, text)`` returns the text in the user's language. The
  window installs Qt's translator at start (:func:`install`); the command line
  installs none, so it stays English.
- ``QT_TRANSLATE_NOOP(context, text)`` only marks a text kept in a table
  (a title, a sentence template) that is translated later, where it is shown,
  with ``translate(context, text)``.

Templates keep their placeholders in braces (``"With lr {rate}, …"``) and are
formatted after translation, so a language may reorder them.
"""

from __future__ import annotations

from typing import Callable

Translator = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english


def install(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` from now on; None goes back to English."""
    global _translator
    _translator = translator if translator is not None else _english


def translate(context: str, text: str) -> str:
    """``text`` in the installed language (English when none is installed)."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text
