"""Where the files of ``resources/`` are, installed or in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    """The resources folder: inside the installed package, or the repository's own."""
    installed = Path(str(resources.files("lrgui"))) / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
