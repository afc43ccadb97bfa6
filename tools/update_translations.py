"""Collects the marked strings into translations/*.ts and compiles them to resources/translations/*.qm.

    python tools/update_translations.py            # lupdate (new strings in) then lrelease (.qm out)
    python tools/update_translations.py --release  # only lrelease, after translating in Qt Linguist

Two catalogues per language, so two people can translate the window and the
rest at once without touching the same file:

- ``lrgui_gui_<code>.ts``: the window (``lrgui/gui``),
- ``lrgui_core_<code>.ts``: the words of the Qt-free layers shown in the window
  (``lrgui/session``, ``lrgui/data``, ``lrgui/core``, ``lrgui/kinds``).

The tools are those that ship with PySide6 (``lupdate``, ``lrelease``). The
compiled ``.qm`` files are committed; ``tests/gui/test_translations.py``
checks that they are what ``lrelease`` makes of the ``.ts`` files and that the
``.ts`` files hold every marked string.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es")
CATALOGUES = {
    "lrgui_gui": ("lrgui/gui",),
    "lrgui_core": ("lrgui/session", "lrgui/data", "lrgui/core", "lrgui/kinds"),
}


def qt_tool(name: str) -> str:
    """The path of PySide6's own copy of a Qt tool (lupdate, lrelease)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"error: PySide6's {name} is not installed next to {folder}")


def sources(catalogue: str, root: Path = ROOT) -> list[str]:
    files = []
    for folder in CATALOGUES[catalogue]:
        files += sorted(str(p.relative_to(root)) for p in (root / folder).rglob("*.py"))
    return files


def lupdate(ts_file: Path, catalogue: str, root: Path = ROOT) -> None:
    """Merges the strings marked in the catalogue's sources into ``ts_file`` (made when missing)."""
    subprocess.run([qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-extensions", "py",
                    *sources(catalogue, root), "-ts", str(ts_file)], cwd=root, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([qt_tool("lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)], check=True)


def ts_files():
    for catalogue in CATALOGUES:
        for code in LANGUAGES:
            yield catalogue, code, TS_DIR / f"{catalogue}_{code}.ts"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for catalogue, code, ts_file in ts_files():
        if "--release" not in argv:
            ts_file.parent.mkdir(parents=True, exist_ok=True)
            lupdate(ts_file, catalogue)  # the language comes from the file's name
        lrelease(ts_file, QM_DIR / f"{catalogue}_{code}.qm")
        print(f"{ts_file.relative_to(ROOT)} -> {(QM_DIR / f'{catalogue}_{code}.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
