"""The Qt-free layers' words in German, French and Spanish: complete, placeholders kept, .qm compiled from the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "fr", "es")
SOURCES = ["lrgui/session", "lrgui/data", "lrgui/core"]
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} (PySide6's tools) is not installed")
    return found


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_translated_with_its_placeholders(language):
    ts = REPO / "translations" / f"lrgui_core_{language}.ts"
    count = 0
    for context, source, translation in _messages(ts):
        if translation.get("type") == "vanished" or translation.get("type") == "obsolete":
            continue
        count += 1
        assert translation.get("type") is None and translation.text, f"{context}: {source!r} is not translated"
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), (
            f"{context}: {source!r} -> {translation.text!r} changes the placeholders")
    assert count > 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_files_hold_every_string_the_sources_mark(language, tmp_path):
    """lupdate over the sources adds nothing new: a string marked in code but missing here fails."""
    copy = tmp_path / f"lrgui_core_{language}.ts"
    shutil.copy(REPO / "translations" / copy.name, copy)
    done = subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", *SOURCES, "-ts", str(copy)],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    unfinished = [source for _, source, translation in _messages(copy) if translation.get("type") == "unfinished"]
    assert not unfinished, f"marked but not in translations/lrgui_core_{language}.ts: {unfinished[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_ts(language, tmp_path):
    compiled = tmp_path / f"lrgui_core_{language}.qm"
    done = subprocess.run([_tool("pyside6-lrelease"), str(REPO / "translations" / f"lrgui_core_{language}.ts"),
                           "-qm", str(compiled)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    committed = REPO / "translations" / compiled.name
    assert committed.read_bytes() == compiled.read_bytes(), "run pyside6-lrelease on the .ts again"
