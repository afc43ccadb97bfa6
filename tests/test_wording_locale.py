"""Numbers in the user's number style, read and written by the one formatter; the command line stays English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lrgui.errors import UserError
from lrgui.session import i18n
from lrgui.session.advice import divergence_advice, format_factor, format_rate, for_run
from lrgui.session.settings import parse_learning_rates
from lrgui.session.wording import (
    ENGLISH, NumberStyle, format_count, format_int, format_number, format_percent, install_number_style,
    join_numbers, parse_number, split_numbers,
)
from tests.imagegen import make_class_folders

REPO = Path(__file__).resolve().parents[1]
GERMAN = NumberStyle(decimal=",", group=".")
FRENCH = NumberStyle(decimal=",", group="\u202f")
SPANISH = NumberStyle(decimal=",", group=".", min_grouping=2)


@pytest.fixture
def style():
    """Installs a number style for one test, and English again after it."""
    yield install_number_style
    install_number_style(None)


def test_english_is_the_default_and_unchanged():
    assert format_percent(0.015) == "1.5 %"
    assert format_int(1234567) == "1,234,567"
    assert format_rate(0.005) == "0.005" and format_rate(1e-6) == "1e-6"
    assert format_count(2345, "image") == "2,345 images"


@pytest.mark.parametrize("number_style, percent, thousands, tens_of_thousands", [
    (GERMAN, "1,5 %", "1.234", "12.345"),
    (FRENCH, "1,5 %", "1\u202f234", "12\u202f345"),
    (SPANISH, "1,5 %", "1234", "12.345"),
])
def test_numbers_in_the_locales_style(style, number_style, percent, thousands, tens_of_thousands):
    style(number_style)
    assert format_percent(0.015) == percent
    assert format_int(1234) == thousands and format_int(12345) == tens_of_thousands
    assert format_rate(0.005) == "0,005" and format_rate(1e-5) == "1e-5"
    assert format_number(1234.5, ",.1f") == thousands + ",5"
    assert format_factor(1.46) == "1,5×"


def test_sentences_carry_the_style(style):
    style(GERMAN)
    assert "0,005" in divergence_advice(0.005) and "0,0005" in divergence_advice(0.005)
    assert for_run(0.5, "The cost rose").startswith("With lr 0,5, the cost rose")


@pytest.mark.parametrize("text, value", [
    ("0.005", 0.005), ("0,005", 0.005), ("1e-4", 1e-4), ("1E-4", 1e-4), ("2,5e-3", 2.5e-3), (" .5 ", 0.5),
    ("+3", 3.0), ("12", 12.0),
])
def test_parse_number_takes_a_point_a_comma_and_exponents_in_every_style(style, text, value):
    for number_style in (ENGLISH, GERMAN):
        style(number_style)
        assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "1.234,5", "1,2,3", "e-4", "1e", "abc", "inf", "nan", "1e999", "0,01,"])
def test_parse_number_refuses_what_is_not_one_number(text):
    assert parse_number(text) is None


def test_a_list_of_rates_in_english_is_separated_by_commas_semicolons_or_spaces():
    assert parse_learning_rates("1e-3, 1e-4") == [1e-3, 1e-4]
    assert parse_learning_rates("0.01;0.001 1e-4") == [0.01, 0.001, 1e-4]
    assert parse_learning_rates("0.01,0.001") == [0.01, 0.001]


def test_a_list_of_rates_in_german_is_separated_by_semicolons_or_spaces(style):
    style(GERMAN)
    assert parse_learning_rates("0,01; 0,001") == [0.01, 0.001]
    assert parse_learning_rates("0,01 0,001") == [0.01, 0.001]
    assert parse_learning_rates("0,01;0,001;1e-4") == [0.01, 0.001, 1e-4]
    # a comma followed by a space separates too: a decimal comma is always followed by a digit
    assert parse_learning_rates("0,01, 0,001") == [0.01, 0.001]
    assert parse_learning_rates("1e-3, 1e-4") == [1e-3, 1e-4]
    assert parse_learning_rates("0.01 0.005") == [0.01, 0.005]  # a point is a decimal point in German too
    with pytest.raises(UserError, match="separate rates with spaces or semicolons"):
        parse_learning_rates("0,01,0,001")  # which commas are decimal? refused in one sentence, never guessed


def test_the_shown_list_of_rates_can_be_typed_back(style):
    for number_style in (ENGLISH, GERMAN):
        style(number_style)
        rates = [0.01, 0.005, 1e-5]
        text = join_numbers([format_rate(r) for r in rates])
        assert parse_learning_rates(text) == rates
    assert text == "0,01; 0,005; 1e-5"
    assert split_numbers("0,01; 0,001") == ["0,01", "0,001"]


def test_a_translator_translates_sentences_and_nouns(style):
    i18n.install(lambda context, text: {"image": "Bild", "images": "Bilder",
                                        "With lr {rate}, {sentence}": "Mit lr {rate}: {sentence}"}.get(text, text))
    try:
        style(GERMAN)
        assert format_count(2345, "image") == "2.345 Bilder" and format_count(1, "image") == "1 Bild"
        assert for_run(0.5, "Hello") == "Mit lr 0,5: hello"
    finally:
        i18n.install(None)


def test_the_command_line_speaks_english_whatever_the_locale(tmp_path):
    data = make_class_folders(tmp_path / "shapes", per_class=6, size=8)
    env = dict(os.environ, LRGUI_LANGUAGE="de", LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", LANGUAGE="de",
               PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-m", "lrgui", "train", str(data), "--size", "8", "--epochs", "50",
                           "--lr", "0.005", "--out", ""], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    output = done.stdout + done.stderr
    assert "train accuracy: " in output and " %" in output
    accuracy = output.split("train accuracy: ")[1].split(" %")[0]
    assert "." in accuracy and "," not in accuracy  # 100.0 %, never 100,0 %
    assert "learning rate 0.005" in output
    refused = subprocess.run([sys.executable, "-m", "lrgui", "train", str(tmp_path / "missing")], env=env,
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and refused.stderr.startswith("error: ")
    assert "Bild" not in refused.stderr and "Ordner" not in refused.stderr
