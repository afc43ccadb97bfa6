"""The user's settings between runs (QSettings), in one place."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

ORGANIZATION = "lrgui"
APPLICATION = "lrgui"


def app_settings() -> QSettings:
    """INI settings in the user's config folder (tests point QSettings.setPath elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def read(settings: QSettings, key: str, default, kind=None):
    value = settings.value(key, default)
    if kind is None or value is None:
        return value
    try:
        if kind is bool:
            return value in (True, "true", "1", 1)
        return kind(value)
    except (TypeError, ValueError):
        return default


def read_json(settings: QSettings, key: str, default):
    """A value stored as JSON text; ``default`` when absent or damaged."""
    try:
        return json.loads(settings.value(key, "") or "null") or default
    except (TypeError, ValueError):
        return default
