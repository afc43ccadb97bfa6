"""How numbers are written for people, the same way in the terminal and in the window.

Every number a user reads goes through the formatters here, and every number a
user types through :func:`parse_number` / :func:`parse_numbers`. The *number
style* (decimal mark, group separator) is English until the window installs the
one of the user's locale (:func:`install_number_style`, computed from
``QLocale`` in ``lrgui.gui.number_style``); the command line installs none, so
its output is the same on every machine.

Typing rules, in every style:

- a number is one decimal or scientific number, never grouped: ``0.005``,
  ``1e-4``, and with the locale's decimal comma ``0,005`` or ``2,5e-3``;
  a point is always a decimal point too (so ``0.005`` works in German);
- a list of numbers (the learning rates to compare) is separated by
  semicolons or spaces in every style, and by commas where the decimal mark
  is a point (English: ``1e-3, 1e-4``). Where the decimal mark is a comma a
  comma followed by a space also separates (``0,01, 0,001`` is two rates in
  German), while a comma between digits is a decimal comma (``0,01``).
"""

from __future__ import annotations

import math

from lrgui.i18n import (  # noqa: F401 - the style and the typed numbers, here
    ENGLISH, NumberStyle, install_number_style, localize, number_style, parse_number, split_numbers)
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate


def format_number(value: float, spec: str = "") -> str:
    """``format(value, spec)`` in the installed style: format_number(1234.5, ",.1f") → '1.234,5' in German."""
    return localize(format(value, spec))


def format_int(count: int) -> str:
    """A whole number grouped as the user reads numbers: 12345 → '12,345' (English), '12.345' (German)."""
    return localize(f"{int(count):,}")


def join_numbers(numbers: list[str]) -> str:
    """Numbers (already formatted) as a list the user can type back: '0.01, 0.001' or '0,01; 0,001'."""
    return number_style().list_separator.join(numbers)


#: What a value that does not exist (a precision when nothing was predicted as that class) reads as.
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Wording", "n/a")


def not_available() -> str:
    """:data:`NOT_AVAILABLE` in the user's language."""
    return translate("Wording", NOT_AVAILABLE)


def format_percent(fraction: float | None) -> str:
    """A fraction as a percentage with one decimal: 0.975 → '97.5 %' ('97,5 %' in German).

    "100.0 %" is kept for exactly 1 and "0.0 %" for exactly 0: a value
    between them that would round onto either end is shown as "99.9 %" or
    "0.1 %" instead, so 1,998 right out of 1,999 never reads as perfect and one
    right out of 2,000 never reads as none. None (a rate with no denominator)
    is "n/a".
    """
    if fraction is None:
        return not_available()
    value = float(fraction)
    if math.isnan(value):
        raise ValueError("format_percent() got NaN; an undefined rate must be passed as None")
    text = f"{value * 100:.1f}"
    if value < 1 and text == "100.0":
        text = "99.9"
    elif value > 0 and text == "0.0":
        text = "0.1"
    return f"{localize(text)} %"


#: The nouns counted in sentences, singular and plural, so that a translation has each of them.
COUNT_NOUNS = {
    "image": QT_TRANSLATE_NOOP("Count", "image"),
    "images": QT_TRANSLATE_NOOP("Count", "images"),
    "training image": QT_TRANSLATE_NOOP("Count", "training image"),
    "training images": QT_TRANSLATE_NOOP("Count", "training images"),
    "test image": QT_TRANSLATE_NOOP("Count", "test image"),
    "test images": QT_TRANSLATE_NOOP("Count", "test images"),
    "training point": QT_TRANSLATE_NOOP("Count", "training point"),
    "training points": QT_TRANSLATE_NOOP("Count", "training points"),
    "test point": QT_TRANSLATE_NOOP("Count", "test point"),
    "test points": QT_TRANSLATE_NOOP("Count", "test points"),
    "class": QT_TRANSLATE_NOOP("Count", "class"),
    "classes": QT_TRANSLATE_NOOP("Count", "classes"),
    "point": QT_TRANSLATE_NOOP("Count", "point"),
    "points": QT_TRANSLATE_NOOP("Count", "points"),
    "prediction": QT_TRANSLATE_NOOP("Count", "prediction"),
    "predictions": QT_TRANSLATE_NOOP("Count", "predictions"),
    "feature": QT_TRANSLATE_NOOP("Count", "feature"),
    "features": QT_TRANSLATE_NOOP("Count", "features"),
    "iteration": QT_TRANSLATE_NOOP("Count", "iteration"),
    "iterations": QT_TRANSLATE_NOOP("Count", "iterations"),
    "epoch": QT_TRANSLATE_NOOP("Count", "epoch"),
    "epochs": QT_TRANSLATE_NOOP("Count", "epochs"),
    "run": QT_TRANSLATE_NOOP("Count", "run"),
    "runs": QT_TRANSLATE_NOOP("Count", "runs"),
    "file": QT_TRANSLATE_NOOP("Count", "file"),
    "files": QT_TRANSLATE_NOOP("Count", "files"),
}


def format_count(count: int, noun: str, plural: str | None = None) -> str:
    """'1 image', '2,345 images'; ``plural`` for nouns that do not just take an s ('class' → 'classes').

    The nouns of :data:`COUNT_NOUNS` are translated ('2.345 Bilder' in German); others are shown as given.
    """
    count = int(count)
    word = noun if count == 1 else (plural if plural is not None else noun + "s")
    if word in COUNT_NOUNS:
        word = translate("Count", word)
    return f"{format_int(count)} {word}"


def split_count(train: int, test: int, noun: str = "image") -> str:
    """'800 images (640 to train, 160 to test)': the whole, then how it is used; 'all to train' without a test set."""
    whole = format_count(train + test, noun)
    if not test:
        return translate("Counts", "{whole} (all to train)").format(whole=whole)
    return translate("Counts", "{whole} ({train} to train, {test} to test)").format(
        whole=whole, train=f"{int(train):,}", test=f"{int(test):,}")


def baseline_sentence(class_name: str, accuracy: float) -> str:
    """The majority-class baseline in words: "always guessing 'airplanes' would score 50.1 %"."""
    return translate("Wording", "always guessing {name} would score {percent}").format(
        name=repr(class_name), percent=format_percent(accuracy))
