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

from lrgui.i18n import QT_TRANSLATE_NOOP, Translator, install, translate

__all__ = ["QT_TRANSLATE_NOOP", "Translator", "install", "translate"]
