"""The README is a front door that fits one screen, and no link in it or in docs/ leads nowhere.

Every relative link and image in README.md and docs/*.md must name a file
inside the repository, and an anchor (``#...``) must name a heading of the
file it points into, spelled the way GitHub makes heading anchors. Links to
other sites are not fetched: the suite runs offline.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MAX_README_LINES = 160

FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# a code span may wrap onto the next line, never across a blank line
INLINE_CODE = re.compile(r"(`+)(?:(?!\n[ \t]*\n)[^`]|(?!\1)`+)+?\1")
# [text](target "title") and ![alt](target), the text possibly wrapped: the target ends at whitespace or ")"
INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?$", re.MULTILINE)
HTML_SOURCE = re.compile(r"<(?:img|a)\b[^>]*?\b(?:src|href)=\"([^\"]+)\"", re.IGNORECASE)
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # https:, mailto:, ...


def documents() -> list[Path]:
    return [README, *sorted((ROOT / "docs").glob("*.md"))]


def prose(text: str) -> str:
    """The text with fenced code blocks and code spans blanked out; every line keeps its number."""
    lines, fence = [], None
    for line in text.splitlines():
        opening = FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            lines.append("")
        elif opening:
            fence = opening.group(1)
            lines.append("")
        else:
            lines.append(line)
    return INLINE_CODE.sub(lambda code: "\n" * code.group(0).count("\n"), "\n".join(lines))


def link_targets(path: Path) -> list[tuple[int, str]]:
    """(line number, target) of every link, image and reference definition outside code."""
    text = prose(path.read_text(encoding="utf-8"))
    found = []
    for pattern in (INLINE_LINK, REFERENCE_DEFINITION, HTML_SOURCE):
        for match in pattern.finditer(text):
            found.append((text.count("\n", 0, match.start(1)) + 1, match.group(1)))
    return sorted(found)


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading counts by its text
    text = text.replace("`", "").strip().lower()
    kept = []
    for char in text:
        if char in " -_" or unicodedata.category(char)[0] in "LNM":
            kept.append("-" if char == " " else char)
    return "".join(kept)


def anchors(path: Path) -> set[str]:
    """Every heading's anchor in a Markdown file; repeated headings get -1, -2, ... as on GitHub."""
    seen: dict[str, int] = {}
    found = set()
    for line in prose(path.read_text(encoding="utf-8")).splitlines():
        heading = HEADING.match(line)
        if not heading:
            continue
        anchor = github_anchor(heading.group(2))
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        found.add(anchor if count == 0 else f"{anchor}-{count}")
    return found


def spelled_as_on_disk(path: Path) -> bool:
    """GitHub matches names case-sensitively, a Mac's or Windows' disk does not: compare every part."""
    current = ROOT
    for name in path.relative_to(ROOT).parts:
        if name not in {entry.name for entry in current.iterdir()}:
            return False
        current = current / name
    return True


def broken_links(path: Path) -> list[str]:
    problems = []
    for number, target in link_targets(path):
        where = f"{path.relative_to(ROOT)}:{number}: {target!r}"
        if not target or EXTERNAL.match(target) or target.startswith("//"):
            continue
        file_part, _, anchor = target.partition("#")
        destination = (path.parent / unquote(file_part)).resolve() if file_part else path
        if not destination.is_relative_to(ROOT):
            problems.append(f"{where} leaves the repository")
        elif not destination.exists() or not spelled_as_on_disk(destination):
            problems.append(f"{where} names no file in the repository")
        elif anchor and destination.suffix == ".md" and unquote(anchor).lower() not in anchors(destination):
            problems.append(f"{where} names no heading of {destination.relative_to(ROOT)}")
    return problems


def test_the_readme_fits_one_screen_of_a_front_door():
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_README_LINES, f"README.md has {len(lines)} lines, at most {MAX_README_LINES} fit"


def test_the_readme_keeps_the_test_command_ci_runs():
    """.ci/run runs the README's test command; the two must not drift apart (an sdist has no .ci/)."""
    command = "bash packaging/bootstrap.sh test"
    assert command in README.read_text(encoding="utf-8")
    assert "app|test)" in (ROOT / "packaging" / "bootstrap.sh").read_text(encoding="utf-8")
    ci = ROOT / ".ci" / "run"
    if ci.exists():
        assert command in ci.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_and_image_resolves(path):
    assert link_targets(path) or path != README, "README.md links nowhere: the checker found no links"
    assert broken_links(path) == []


def test_every_page_of_the_docs_is_reached_from_the_readme():
    """A page nobody links to is a page nobody reads: each is one or more links away from the README."""
    reached, todo = set(), [README.resolve()]
    while todo:
        page = todo.pop()
        if page in reached or page.suffix != ".md" or not page.is_file():
            continue
        reached.add(page)
        for _, target in link_targets(page):
            file_part = target.partition("#")[0]
            if file_part and not EXTERNAL.match(file_part):
                todo.append((page.parent / unquote(file_part)).resolve())
    unreached = [p.name for p in sorted((ROOT / "docs").glob("*.md")) if p.resolve() not in reached]
    assert unreached == []


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Two commands", "two-commands"),
        ("A five-minute classroom walkthrough", "a-five-minute-classroom-walkthrough"),
        ("Why did it predict that? Results and explanations", "why-did-it-predict-that-results-and-explanations"),
        ("Exports: take the model home, take the data to a framework",
         "exports-take-the-model-home-take-the-data-to-a-framework"),
        ("The `--json` output", "the---json-output"),
        ("Every file is hostile: what lrgui refuses, and why", "every-file-is-hostile-what-lrgui-refuses-and-why"),
        ("Small screens & presentation mode", "small-screens--presentation-mode"),
        ("Größe, Ändern", "größe-ändern"),
    ],
)
def test_anchors_are_spelled_as_github_spells_them(heading, anchor):
    assert github_anchor(heading) == anchor


def test_the_checker_finds_a_broken_link_an_image_and_an_anchor(tmp_path, monkeypatch):
    """The test above passing must mean something: the checker reports each kind of broken link."""
    tmp_path = tmp_path.resolve()
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text("# Guide\n\n## The Train tab\n", encoding="utf-8")
    page = tmp_path / "README.md"
    page.write_text(
        "# Title\n\n"
        "[fine](docs/guide.md#the-train-tab) [fine too](#title) [web](https://example.org/x)\n"
        "![missing](docs/screenshots/none.png)\n"
        "[no heading](docs/guide.md#the-playground)\n"
        "[outside](../elsewhere.md)\n"
        "[wrong case](docs/Guide.md)\n"
        "a [wrapped\nlink](docs/gone-too.md) and `code that\nwraps [a](nowhere.md)`\n"
        "`[in code](nowhere.md)`\n"
        "```\n[in a block](nowhere.md)\n```\n"
        "[ref]: docs/gone.md\n",
        encoding="utf-8",
    )
    problems = broken_links(page)
    assert len(problems) == 6, problems
    assert "none.png" in problems[0] and "names no file" in problems[0]
    assert "the-playground" in problems[1] and "names no heading" in problems[1]
    assert "leaves the repository" in problems[2]
    assert "Guide.md" in problems[3] and "names no file" in problems[3]
    assert "gone-too.md" in problems[4] and ":9:" in problems[4]
    assert "gone.md" in problems[5]
