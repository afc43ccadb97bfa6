"""The desktop integration files: well-formed, consistent with each other and with the code.

The freedesktop validators (desktop-file-validate, appstreamcli, update-mime-database)
run when they are installed and are skipped otherwise, with the reason.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import lrgui
from lrgui.data.model_file import LEGACY_MODEL_EXTENSION, MODEL_EXTENSION
from lrgui.session.lesson import LESSON_EXTENSION

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / "lrgui.desktop"
METAINFO = RESOURCES / "lrgui.metainfo.xml"
MIME_XML = RESOURCES / "lrgui-mime.xml"
HICOLOR = RESOURCES / "icons" / "hicolor"
INSTALL_SCRIPT = ROOT / "packaging" / "install-desktop-files.sh"

MODEL_MIME_TYPE = "application/x-lrgui-model"
LESSON_MIME_TYPE = "application/x-lrgui-lesson"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MODEL_ICON_SIZES = (48, 256)


def desktop_entry(path: Path = DESKTOP_FILE) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # desktop file keys are case-sensitive
    parser.read(path, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def semicolon_list(value: str) -> list[str]:
    assert value.endswith(";"), f"{value!r} must end with ';'"
    return value[:-1].split(";")


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def mime_type_element(name: str = MODEL_MIME_TYPE) -> ET.Element:
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{{{MIME_NS['m']}}}mime-info"
    types = {element.get("type"): element for element in root.findall("m:mime-type", MIME_NS)}
    assert set(types) == {MODEL_MIME_TYPE, LESSON_MIME_TYPE}
    return types[name]


def run_tool(*command: str) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


# ------------------------------------------------------------------ desktop file
def test_desktop_entry_launches_the_gui_script_with_files():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "lrgui"
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "lrgui"
    program, *arguments = entry["Exec"].split()
    gui_scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert program in gui_scripts
    assert arguments == ["%F"]
    for key in ("GenericName", "Comment"):
        assert entry[key].strip()
    assert "Education" in semicolon_list(entry["Categories"])
    assert semicolon_list(entry["Keywords"])


def test_desktop_entry_opens_model_and_lesson_files_and_has_its_icon():
    entry = desktop_entry()
    assert semicolon_list(entry["MimeType"]) == [MODEL_MIME_TYPE, LESSON_MIME_TYPE]
    icon = entry["Icon"]
    assert (HICOLOR / "scalable" / "apps" / f"{icon}.svg").is_file()
    assert (HICOLOR / "48x48" / "apps" / f"{icon}.png").is_file()


# ------------------------------------------------------------------ AppStream metainfo
def test_metainfo_describes_this_app():
    component = metainfo()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == "io.github.lrgui.lrgui"
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "MIT"
    assert component.findtext("name") == "lrgui"
    assert len(component.findall("description/p")) >= 2
    assert component.find("content_rating") is not None


def test_metainfo_launchable_binaries_and_mediatype_match_the_other_files():
    component = metainfo()
    launchables = component.findall("launchable")
    assert [(item.get("type"), item.text) for item in launchables] == [("desktop-id", DESKTOP_FILE.name)]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    commands = set(project["scripts"]) | set(project["gui-scripts"])
    assert {binary.text for binary in component.findall("provides/binary")} == commands
    assert [item.text for item in component.findall("provides/mediatype")] == [MODEL_MIME_TYPE, LESSON_MIME_TYPE]
    desktop_categories = set(semicolon_list(desktop_entry()["Categories"]))
    assert {item.text for item in component.findall("categories/category")} <= desktop_categories


def test_metainfo_newest_release_is_the_package_version():
    releases = metainfo().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == lrgui.__version__
    assert releases[0].get("date")


# ------------------------------------------------------------------ MIME type
def test_mime_type_claims_model_files_and_old_ones_over_generic_hdf5():
    mime_type = mime_type_element()
    assert mime_type.get("type") == MODEL_MIME_TYPE
    assert mime_type.findtext("m:comment", namespaces=MIME_NS) == "lrgui model"
    globs = mime_type.findall("m:glob", MIME_NS)
    assert [glob.get("pattern") for glob in globs] == [f"*{MODEL_EXTENSION}", f"*{LEGACY_MODEL_EXTENSION}"]
    assert all(int(glob.get("weight")) > 50 for glob in globs)  # 50: the default weight of the *.h5 glob
    # plain safetensors, not HDF5 any more
    assert mime_type.findall("m:sub-class-of", MIME_NS) == []
    assert mime_type.find("m:generic-icon", MIME_NS) is not None


def test_lesson_mime_type_claims_lesson_files_as_a_kind_of_zip():
    mime_type = mime_type_element(LESSON_MIME_TYPE)
    assert mime_type.findtext("m:comment", namespaces=MIME_NS) == "lrgui lesson"
    assert [glob.get("pattern") for glob in mime_type.findall("m:glob", MIME_NS)] == [f"*{LESSON_EXTENSION}"]
    assert [parent.get("type") for parent in mime_type.findall("m:sub-class-of", MIME_NS)] == ["application/zip"]
    assert mime_type.find("m:generic-icon", MIME_NS) is not None


def test_mime_type_has_its_icon():
    icon_name = MODEL_MIME_TYPE.replace("/", "-")
    explicit = mime_type_element().find("m:icon", MIME_NS)
    assert explicit is None or explicit.get("name") == icon_name
    assert (HICOLOR / "scalable" / "mimetypes" / f"{icon_name}.svg").is_file()


# ------------------------------------------------------------------ icons
@pytest.mark.parametrize(
    "kind, name, size",
    [("apps", "lrgui", size) for size in APP_ICON_SIZES]
    + [("mimetypes", MODEL_MIME_TYPE.replace("/", "-"), size) for size in MODEL_ICON_SIZES],
)
def test_png_icon_has_its_folder_size_and_transparency(kind, name, size):
    path = HICOLOR / f"{size}x{size}" / kind / f"{name}.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        rgba = image.convert("RGBA")
    assert rgba.getpixel((0, 0))[3] == 0, "the corner should be transparent"
    assert rgba.getpixel((size // 2, size // 2))[3] == 255, "the middle should be opaque"


@pytest.mark.parametrize("svg", sorted(RESOURCES.glob("icons/**/*.svg")), ids=lambda p: p.name)
def test_svg_icons_are_square_svg_documents(svg):
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == root.get("height")


def test_scalable_app_icon_is_the_master_svg():
    assert (HICOLOR / "scalable" / "apps" / "lrgui.svg").read_bytes() == (RESOURCES / "icons" / "lrgui.svg").read_bytes()


def test_windows_and_macos_icons_hold_several_sizes():
    with Image.open(RESOURCES / "icons" / "lrgui.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(RESOURCES / "icons" / "lrgui.icns") as icns:
        assert icns.size == (1024, 1024)  # the largest: 512 px at 2x
        assert len(icns.info["sizes"]) >= 4


# ------------------------------------------------------------------ freedesktop validators
def test_desktop_file_validate_is_silent():
    result = run_tool("desktop-file-validate", str(DESKTOP_FILE))
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_appstreamcli_finds_no_error_or_warning():
    result = run_tool("appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO))
    # Pedantic infos differ between AppStream versions (0.16 does not know <developer>
    # yet, which 1.0 requires), so only errors and warnings fail the test.
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert result.returncode == 0, result.stdout + result.stderr
    assert problems == []


def test_update_mime_database_accepts_the_mime_package(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is not installed")
    # With the folder on the data path it has nothing to say unless the XML is wrong.
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    result = subprocess.run(
        ["update-mime-database", str(tmp_path / "mime")], capture_output=True, text=True, env=env, timeout=60
    )
    assert (result.returncode, result.stderr) == (0, "")
    globs = (tmp_path / "mime" / "globs2").read_text().splitlines()
    assert f"60:{MODEL_MIME_TYPE}:*{MODEL_EXTENSION}" in globs
    assert f"60:{MODEL_MIME_TYPE}:*{LEGACY_MODEL_EXTENSION}" in globs
    assert f"60:{LESSON_MIME_TYPE}:*{LESSON_EXTENSION}" in globs


# ------------------------------------------------------------------ install script
needs_bash = pytest.mark.skipif(sys.platform == "win32" or shutil.which("bash") is None, reason="needs bash")


def run_install_script(*arguments: str, data_home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    return subprocess.run(
        ["bash", str(INSTALL_SCRIPT), *arguments], capture_output=True, text=True, env=env, timeout=120
    )


@needs_bash
def test_install_script_installs_twice_then_uninstalls(tmp_path):
    data_home = tmp_path / "share"
    installed = [
        data_home / "applications" / "lrgui.desktop",
        data_home / "metainfo" / "io.github.lrgui.lrgui.metainfo.xml",
        data_home / "mime" / "packages" / "lrgui-mime.xml",
        data_home / "icons" / "hicolor" / "scalable" / "apps" / "lrgui.svg",
        data_home / "icons" / "hicolor" / "256x256" / "mimetypes" / "application-x-lrgui-model.png",
    ] + [data_home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "lrgui.png" for n in APP_ICON_SIZES]
    for _ in range(2):  # a second run must succeed and change nothing
        result = run_install_script(data_home=data_home)
        assert result.returncode == 0, result.stderr
        assert all(path.is_file() for path in installed)
    assert installed[0].read_bytes() == DESKTOP_FILE.read_bytes()

    result = run_install_script("--uninstall", data_home=data_home)
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in installed)


@needs_bash
def test_install_script_quotes_an_exec_path_with_awkward_characters(tmp_path):
    program = str(tmp_path / 'my "apps" $HOME 100%' / "lrgui-gui")
    result = run_install_script("--exec", program, data_home=tmp_path / "share")
    assert result.returncode == 0, result.stderr
    installed = tmp_path / "share" / "applications" / "lrgui.desktop"
    entry = desktop_entry(installed)
    # The Desktop Entry spec's quoting, with its string escape applied on top (hence \\).
    expected = program.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")
    expected = expected.replace("\\", "\\\\").replace("%", "%%")
    assert entry["Exec"] == f'"{expected}" %F'
    other_keys = {key: value for key, value in entry.items() if key != "Exec"}
    assert other_keys == {key: value for key, value in desktop_entry().items() if key != "Exec"}
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert (check.returncode, check.stdout + check.stderr) == (0, "")


@needs_bash
def test_install_script_rejects_unknown_options(tmp_path):
    result = run_install_script("--frobnicate", data_home=tmp_path / "share")
    assert result.returncode == 2
    assert "unknown option '--frobnicate'" in result.stderr
    assert not (tmp_path / "share").exists()
