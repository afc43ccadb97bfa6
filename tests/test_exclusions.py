"""Images the user excludes leave the training set, and only the training set; the state notifies the views."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lrgui.data import ImageFormat
from lrgui.errors import DataError
from lrgui.session.sources import DataRequest, load
from lrgui.session.state import AppState


def request_for(folder, **changes) -> DataRequest:
    return replace(DataRequest("folders", paths=(str(folder),), image_format=ImageFormat(16, False),
                               test_fraction=0.25, use_cache=False), **changes)


def test_excluded_training_images_are_dropped_and_noted(image_folders):
    plain = load(request_for(image_folders))
    excluded = tuple(plain.data.train.paths[:3])
    loaded = load(request_for(image_folders, excluded=excluded))
    assert len(loaded.data.train) == len(plain.data.train) - 3
    assert not set(excluded) & set(loaded.data.train.paths)
    assert "3 images excluded by you" in loaded.notes
    # the hold-out split is made before excluding: the test set is the same
    assert loaded.data.test.paths == plain.data.test.paths
    assert plain.notes == []


def test_excluding_a_test_image_or_an_unknown_path_changes_nothing(image_folders):
    plain = load(request_for(image_folders))
    loaded = load(request_for(image_folders, excluded=(plain.data.test.paths[0], str(image_folders / "nope.png"))))
    assert loaded.data.train.paths == plain.data.train.paths
    assert loaded.data.test.paths == plain.data.test.paths
    assert loaded.notes == []


def test_excluding_every_image_of_a_class_is_refused(image_folders):
    plain = load(request_for(image_folders))
    train = plain.data.train
    red = tuple(p for p, y in zip(train.paths, train.y) if y == "red")
    with pytest.raises(DataError, match="no training images of 'red'"):
        load(request_for(image_folders, excluded=red))


def test_state_exclusions_notify_once_per_change():
    state = AppState()
    calls = []
    state.subscribe("exclusions", lambda: calls.append(state.exclusions))
    state.exclude(["a.png", "b.png"])
    state.exclude(["b.png"])  # already excluded: no change
    state.include_again(["a.png"])
    state.set_exclusions(["b.png", "b.png"])  # same as now
    assert calls == [("a.png", "b.png"), ("b.png",)]
