"""The user's number style, from Qt's locale, for the Qt-free formatter (``lrgui.session.wording``).

The window installs it at start, like the translator, from the language it
shows (``QLocale("de")`` writes 0,005 and 1.234; ``QLocale("fr")`` 1 234 with a
narrow no-break space; ``QLocale("es")`` 1234 and 12.345). The command line
installs nothing, so it keeps English numbers on every machine.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from lrgui.session.wording import ENGLISH, NumberStyle, install_number_style


def style_of(locale: QLocale) -> NumberStyle:
    """How ``locale`` writes numbers, as Qt (CLDR) says; the C locale writes them the English way."""
    if locale.language() == QLocale.Language.C:
        return ENGLISH
    decimal, group = locale.decimalPoint(), locale.groupSeparator()
    # CLDR's minimum grouping digits, read off Qt's own output: Spanish writes 1234 but 12.345
    min_grouping = 1 if group in locale.toString(1234) else 2
    style = NumberStyle(decimal=decimal, group=group, min_grouping=min_grouping)
    return ENGLISH if style == ENGLISH else style


def install_for_locale(locale: QLocale | str | None = None) -> NumberStyle:
    """Installs the number style of ``locale`` (a QLocale or a name like 'de'; default: QLocale()); returns it."""
    if locale is None:
        locale = QLocale()
    elif isinstance(locale, str):
        locale = QLocale(locale)
    style = style_of(locale)
    install_number_style(style)
    return style
