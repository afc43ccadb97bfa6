"""The window's language: chosen, loaded with Qt's translators, and offered in View → Language.

The choice, first that applies: ``LRGUI_LANGUAGE`` (``de``, ``fr``, ``es``,
``en``, or ``pseudo`` for tests), the language picked in View → Language
(remembered in QSettings), the system's language when lrgui has it, English.

Two compiled catalogues per language live in ``resources/translations``:
``lrgui_gui_<code>.qm`` (the window's words) and ``lrgui_core_<code>.qm`` (the
words of the Qt-free layers, marked with :mod:`lrgui.session.i18n`). Once they
are installed, ``lrgui.session.i18n.translate`` answers through
``QCoreApplication.translate``, so both floors speak the same language.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from lrgui.assets import resource_path
from lrgui.gui.number_style import install_for_locale
from lrgui.session import i18n

#: the languages offered, each in its own words (never translated)
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
PSEUDO = "pseudo"
CATALOGUES = ("lrgui_gui", "lrgui_core")
SETTINGS_KEY = "app/language"

#: said after a choice, looked up in the chosen language's catalogue (not yet installed)
CHANGED_TITLE = i18n.QT_TRANSLATE_NOOP("LanguageMenu", "Language")
CHANGED_TEXT = i18n.QT_TRANSLATE_NOOP("LanguageMenu", "lrgui speaks {language} from its next start.")

_installed: list[QTranslator] = []
_current = "en"
_system_locale: QLocale | None = None  # the default locale before a language was chosen


def available(code: str) -> bool:
    return code in LANGUAGES or code == PSEUDO


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to use now: the environment, then the remembered choice, then the system's, then English."""
    wanted = os.environ.get("LRGUI_LANGUAGE", "").strip().lower()
    if available(wanted):
        return wanted
    if settings is not None:
        remembered = str(settings.value(SETTINGS_KEY, "") or "")
        if remembered in LANGUAGES:
            return remembered
    system = QLocale.system().name().split("_")[0].lower()
    return system if system in LANGUAGES else "en"


def current_language() -> str:
    return _current


def follow_environment() -> None:
    """Installs ``LRGUI_LANGUAGE``'s language if another is installed: the variable wins wherever a window is
    built (the launcher, the screenshot tool, a test's walk)."""
    wanted = os.environ.get("LRGUI_LANGUAGE", "").strip().lower()
    if available(wanted) and wanted != _current:
        install_language(wanted)


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_language(code: str) -> str:
    """Installs ``code``'s translators on the running application (replacing the previous ones); returns it."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == PSEUDO:
        translators = [PseudoTranslator()]
    else:
        translators = []
        if code != "en":
            for catalogue in CATALOGUES:
                translator = QTranslator(app)
                if translator.load(str(resource_path("translations", f"{catalogue}_{code}.qm"))):
                    translators.append(translator)
            qt_own = QTranslator(app)  # the standard buttons (OK, Cancel) and dialogs Qt draws itself
            if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    global _system_locale
    if _system_locale is None:
        _system_locale = QLocale()
    # QLocale() is the chosen language's locale from now on, so what asks for the user's locale (the number
    # style, Qt's own widgets) agrees with the words; English and the pseudo-language keep the system's
    QLocale.setDefault(QLocale(code) if code in LANGUAGES and code != "en" else _system_locale)
    i18n.install(_qt_translate if translators else None)
    install_for_locale()  # the numbers follow the words: 0,005 in German
    _current = code if code in LANGUAGES or code == PSEUDO else "en"
    return _current


def offered_languages() -> dict[str, str]:
    """The View → Language choices; the pseudo-language only when asked for (``LRGUI_LANGUAGE=pseudo``)."""
    offered = dict(LANGUAGES)
    if _current == PSEUDO or os.environ.get("LRGUI_LANGUAGE", "").strip().lower() == PSEUDO:
        offered[PSEUDO] = pseudo("Pseudo")
    return offered


class LanguageMenu(QMenu):
    """View → Language: one checkable action a language (``language_<code>``), remembered in the settings.

    The window's words are made once, when it is built, so a new language
    takes the whole window at the next start; the menu says so, in the
    language chosen.
    """

    def __init__(self, parent, settings: QSettings | None):
        super().__init__(i18n.translate("LanguageMenu", "&Language"), parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        self._group = QActionGroup(self)
        for code, name in offered_languages().items():
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == _current)
            action.triggered.connect(lambda checked=False, c=code: self.choose(c))
            self._group.addAction(action)
            self.addAction(action)

    def choose(self, code: str) -> None:
        if self._settings is not None and code in LANGUAGES:
            self._settings.setValue(SETTINGS_KEY, code)
        if code == _current:
            return
        title, text = CHANGED_TITLE, CHANGED_TEXT
        if code in LANGUAGES and code != "en":  # said in the language chosen, which is not installed yet
            chosen = QTranslator()
            if chosen.load(str(resource_path("translations", f"lrgui_gui_{code}.qm"))):
                title = chosen.translate("LanguageMenu", title) or title
                text = chosen.translate("LanguageMenu", text) or text
        elif code == PSEUDO:
            title, text = pseudo(title), pseudo(text)
        box = QMessageBox(QMessageBox.Icon.Information, title, text.format(language=offered_languages()[code]),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("languageMessage")
        box.open()


# ------------------------------------------------------------ the pseudo-language
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥįĵķłɱñøþǫřšŧüṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĿṀÑØÞǪŘŠŦÜṼŴẊÝŽ",
)
#: what must reach the screen untouched: placeholders, Qt's %1/%n, HTML tags and entities, mnemonics
_KEPT = re.compile(r"\{[^{}]*\}|%[0-9n]|<[^<>]*>|&[a-zA-Z]+;|&#?[0-9]+;|&&|&(?=\S)")
PSEUDO_GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` wrapped in brackets, its letters accented and 40 % longer: ``Train`` → ``[Ŧřåįñ ~~]``.

    Placeholders, ``%n``, HTML tags and ``&`` mnemonics stay as they are, so a
    formatted, marked-up pseudo text still works; an empty text stays empty.
    """
    if not text.strip():
        return text
    pieces, visible, last = [], 0, 0
    for match in _KEPT.finditer(text):
        plain = text[last:match.start()]
        pieces.append(plain.translate(_ACCENTED))
        visible += len(plain)
        pieces.append(match.group())
        last = match.end()
    plain = text[last:]
    pieces.append(plain.translate(_ACCENTED))
    visible += len(plain)
    padding = "~" * max(1, round(visible * PSEUDO_GROWTH) - 3)  # the brackets and the space count too
    return f"[{''.join(pieces)} {padding}]"


class PseudoTranslator(QTranslator):
    """Every string translated to :func:`pseudo`: a test sees at once a visible text nobody marked."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt's virtual
        return pseudo(source_text) if source_text else source_text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
