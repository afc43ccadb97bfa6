"""The user's language and number style, installed once by the window; English in the command line.

This module sits outside the layers (like :mod:`lrgui.errors`), so every
floor can mark its words and write its numbers for people: the data layer's
refusals as well as the session's sentences. The session and the window use
it through :mod:`lrgui.session.i18n` (words) and :mod:`lrgui.session.wording`
(numbers); read those modules' docstrings for the rules.
"""

from __future__ import annotations

import math
import re

from dataclasses import dataclass
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


@dataclass(frozen=True)
class NumberStyle:
    """How a locale writes numbers: ``decimal`` mark, ``group`` separator, and when grouping starts.

    ``min_grouping`` is CLDR's minimum grouping digits: 2 in Spanish, where
    1234 is written without a separator and 12.345 with one.
    """

    decimal: str = "."
    group: str = ","
    min_grouping: int = 1

    @property
    def list_separator(self) -> str:
        """What goes between numbers of a list this style shows: ', ' or, with a decimal comma, '; '."""
        return "; " if self.decimal == "," else ", "


#: The command line's style, and the window's until it installs the locale's.
ENGLISH = NumberStyle()

_style = ENGLISH


def install_number_style(style: NumberStyle | None) -> None:
    """Write (and read) numbers in ``style`` from now on; None goes back to English."""
    global _style
    _style = style if style is not None else ENGLISH


def number_style() -> NumberStyle:
    """The installed number style."""
    return _style


def localize(number: str) -> str:
    """One number written the English way ('12,345.5', '-0.25', '1e-06', '980,000×') in the installed style.

    '12,345.5' is '12.345,5' in German and '12 345,5' in French (a narrow
    no-break space); Spanish groups from five digits on ('1234', '12.345').
    Exponents and signs are left as they are.
    """
    style = _style
    if style == ENGLISH:
        return number
    whole, point, rest = number.partition(".")
    digits = sum(character.isdigit() for character in whole)
    group = style.group if digits >= 3 + style.min_grouping else ""
    return whole.replace(",", group) + (style.decimal if point else "") + rest


#: One number as typed: a decimal point or comma, an optional exponent; never grouped.
_TYPED_NUMBER = re.compile(r"[+-]?(\d+[.,]?\d*|[.,]\d+)([eE][+-]?\d+)?")


def parse_number(text: str) -> float | None:
    """A typed number ('0.005', '0,005', '1e-4', '2,5e-3') as a float; None if it is not one (or not finite).

    A point and a comma are both decimal marks here, in every style: a
    typed number is never grouped, so '1.234' is one and a bit, never 1234.
    """
    cleaned = text.strip()
    if not _TYPED_NUMBER.fullmatch(cleaned):
        return None
    value = float(cleaned.replace(",", "."))
    return value if math.isfinite(value) else None


def split_numbers(text: str) -> list[str]:
    """The numbers of a typed list, as texts: separated as the module's docstring says.

    English: '1e-3, 1e-4;0.5 2' → ['1e-3', '1e-4', '0.5', '2'].
    German: '0,01; 0,001 1e-4' and '0,01, 0,001' → ['0,01', '0,001', …].
    """
    if number_style().decimal == ",":
        parts = re.split(r"[;\s]+|,(?=\s|$)", text)
    else:
        parts = re.split(r"[,;\s]+", text)
    return [part for part in parts if part]
