"""How numbers are written for people, the same way in the terminal and in the window."""

from __future__ import annotations

import math

from lrgui.session.i18n import translate

#: What a value that does not exist (a precision when nothing was predicted as that class) reads as.
NOT_AVAILABLE = "n/a"


def format_percent(fraction: float | None) -> str:
    """A fraction as a percentage with one decimal: 0.975 → '97.5 %'.

    "100.0 %" is kept for exactly 1 and "0.0 %" for exactly 0: a value
    between them that would round onto either end is shown as "99.9 %" or
    "0.1 %" instead, so 1,998 right out of 1,999 never reads as perfect and one
    right out of 2,000 never reads as none. None (a rate with no denominator)
    is "n/a".
    """
    if fraction is None:
        return NOT_AVAILABLE
    value = float(fraction)
    if math.isnan(value):
        raise ValueError("format_percent() got NaN; an undefined rate must be passed as None")
    text = f"{value * 100:.1f}"
    if value < 1 and text == "100.0":
        text = "99.9"
    elif value > 0 and text == "0.0":
        text = "0.1"
    return f"{text} %"


def format_count(count: int, noun: str, plural: str | None = None) -> str:
    """'1 image', '2,345 images'; ``plural`` for nouns that do not just take an s ('class' → 'classes')."""
    count = int(count)
    word = noun if count == 1 else (plural if plural is not None else noun + "s")
    return f"{count:,} {word}"


def split_count(train: int, test: int, noun: str = "image") -> str:
    """'800 images (640 to train, 160 to test)': the whole, then how it is used; 'all to train' without a test set."""
    whole = format_count(train + test, noun)
    if not test:
        return translate("Counts", "{whole} (all to train)").format(whole=whole)
    return translate("Counts", "{whole} ({train} to train, {test} to test)").format(
        whole=whole, train=f"{int(train):,}", test=f"{int(test):,}")


def baseline_sentence(class_name: str, accuracy: float) -> str:
    """The majority-class baseline in words: "always guessing 'airplanes' would score 50.1 %"."""
    return f"always guessing {class_name!r} would score {format_percent(accuracy)}"
