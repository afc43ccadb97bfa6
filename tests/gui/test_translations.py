"""The window's languages: the catalogues are complete and compiled from their sources; the choice is honoured.

The ``.qm`` files are committed; these tests make sure they are exactly what
``lrelease`` makes of the ``.ts`` files, that the ``.ts`` files hold every
string the code marks (``python tools/update_translations.py`` was run), and
that every string is translated.
"""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from lrgui.gui import language
from lrgui.session import i18n

ROOT = Path(__file__).resolve().parents[2]


def load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


TOOL = load_tool()
TS_FILES = [pytest.param(catalogue, code, path, id=path.name) for catalogue, code, path in TOOL.ts_files()]


def messages(ts_file: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts_file).getroot()
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    language.install_language("en")


@pytest.mark.parametrize("catalogue, code, ts_file", TS_FILES)
def test_the_compiled_catalogue_is_the_translation_source(tmp_path, catalogue, code, ts_file):
    compiled = tmp_path / "fresh.qm"
    TOOL.lrelease(ts_file, compiled)
    shipped = TOOL.QM_DIR / f"{catalogue}_{code}.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), "run: python tools/update_translations.py --release"


@pytest.mark.parametrize("catalogue, code, ts_file", TS_FILES)
def test_the_translation_source_holds_every_marked_string(tmp_path, catalogue, code, ts_file):
    fresh = tmp_path / ts_file.name
    shutil.copy(ts_file, fresh)
    TOOL.lupdate(fresh, catalogue)
    missing = sorted(set(messages(fresh)) - set(messages(ts_file)))
    assert missing == [], f"run: python tools/update_translations.py — {len(missing)} new strings: {missing[:10]}"


@pytest.mark.parametrize("catalogue, code, ts_file", TS_FILES)
def test_every_string_is_translated_keeping_its_placeholders(catalogue, code, ts_file):
    unfinished, broken = [], []
    for (context, source), translation in messages(ts_file).items():
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            unfinished.append(f"{context}: {source}")
            continue
        for kept in language._KEPT.findall(source):
            if kept.startswith(("{", "%")) and kept not in text:
                broken.append(f"{context}: {source!r} -> {text!r} lost {kept}")
        if "&" in source.replace("&&", "") and "&" not in text and not source.startswith("&amp;"):
            broken.append(f"{context}: {source!r} -> {text!r} lost its mnemonic")
    assert unfinished == [], f"{len(unfinished)} untranslated in {ts_file.name}: {unfinished[:15]}"
    assert broken == [], "\n".join(broken)


def test_a_language_speaks_through_the_qt_free_translate_with_its_locale_and_qts_own_words():
    before = QLocale().name()
    language.install_language("de")
    assert i18n.translate("LanguageMenu", "&Language") == QCoreApplication.translate("LanguageMenu", "&Language")
    assert i18n.translate("LanguageMenu", "&Language") == "&Sprache"
    assert QLocale().name() == "de_DE"  # what asks for the user's locale (numbers) follows the words
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's standard buttons
    language.install_language("en")
    assert i18n.translate("LanguageMenu", "&Language") == "&Language"
    assert QLocale().name() == before


def test_the_choice_environment_then_remembered_then_system(monkeypatch, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setenv("LRGUI_LANGUAGE", "fr")
    settings.setValue(language.SETTINGS_KEY, "es")
    assert language.chosen_language(settings) == "fr"
    monkeypatch.setenv("LRGUI_LANGUAGE", "xx")  # unknown: ignored
    assert language.chosen_language(settings) == "es"
    monkeypatch.delenv("LRGUI_LANGUAGE")
    settings.remove(language.SETTINGS_KEY)
    assert language.chosen_language(settings) in language.LANGUAGES


def test_the_pseudo_language_keeps_what_the_code_needs():
    text = language.pseudo("&Open {name} <b>now</b> &amp; %n")
    assert text.startswith("[&") and text.endswith("]")
    for kept in ("{name}", "<b>", "</b>", "&amp;", "%n"):
        assert kept in text
    assert "Open" not in text and "now" not in text
    sentence = "The cost rose at every step"
    assert len(language.pseudo(sentence)) >= 1.4 * len(sentence)
    assert language.pseudo("") == "" and language.pseudo("  ") == "  "


def test_the_language_menu_remembers_the_choice(qtbot, monkeypatch, tmp_path):
    from lrgui.gui import MainWindow

    monkeypatch.delenv("LRGUI_LANGUAGE", raising=False)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    menu = window.language_menu.menu()
    assert [a.text() for a in menu.actions()] == ["English", "Deutsch", "Français", "Español"]
    window.findChild(type(menu.actions()[0]), "language_de").trigger()
    assert settings.value(language.SETTINGS_KEY) == "de"
    assert language.chosen_language(settings) == "de"
    box = window.findChild(language.QMessageBox, "languageMessage")
    assert box is not None and "Deutsch" in box.text() and box.text() != language.CHANGED_TEXT
    box.close()
