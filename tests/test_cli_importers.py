"""The command line's data-set format flags come from the IMPORTERS registry (the window's and the lessons' too)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lrgui.cli import ArgumentError, _request, build_parser
from lrgui.data import importers
from lrgui.data.importers import IMPORTERS


def test_every_importer_has_its_flag_and_the_flags_keep_their_names():
    options = {action.dest: action.option_strings for action in build_parser()._subparsers._group_actions[0]
               .choices["train"]._actions}
    flags = {flag for strings in options.values() for flag in strings}
    assert {"--cifar10", "--fashion-mnist"} <= flags
    assert {f"--{name}" for name in IMPORTERS} <= flags


def test_a_new_format_is_a_flag_without_touching_the_command_line(monkeypatch, tmp_path):
    extra = replace(IMPORTERS["cifar10"], name="cifar100", title="CIFAR-100 (python batches)")
    monkeypatch.setitem(importers.IMPORTERS, "cifar100", extra)
    args = build_parser().parse_args(["train", "--cifar100", str(tmp_path)])
    request = _request(args)
    assert request.kind == "cifar100" and request.paths == (str(tmp_path),)
    with pytest.raises(ArgumentError, match="give only one source of data, not --cifar10 and --cifar100"):
        _request(build_parser().parse_args(["train", "--cifar100", str(tmp_path), "--cifar10", str(tmp_path)]))
    with pytest.raises(ArgumentError, match="--sample, --cifar10, --fashion-mnist, --cifar100 or --toy"):
        _request(build_parser().parse_args(["train"]))
