"""lrgui.data.files: the one module that writes files, the output policy every command follows, and the
former failures 6-10 of issue #22 (existing files replaced without asking)."""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

import lrgui
from lrgui.cli import main
from lrgui.data import files
from lrgui.data.files import check_output, check_output_folder, read_regular_file, write_atomically
from lrgui.errors import DataError, UserError
from tests.imagegen import make_class_folders

PACKAGE = Path(lrgui.__file__).parent

#: Ways of opening a file for writing, or putting a file in place, that only lrgui/data/files.py may use.
WRITES = re.compile(
    r"""\bopen\([^)]*["'][wax]b?\+?["']"""  # open(path, "w"), Path.open("wb")
    r"|O_WRONLY|O_RDWR|O_CREAT"  # os.open for writing
    r"|\.write_(bytes|text)\("  # Path.write_bytes / write_text
    r"|mkstemp|NamedTemporaryFile"
    r"|\bos\.(replace|rename)\("
    r"""|\.save\(\s*(str\(|[a-z_]*path|target|folder|out)"""  # Pillow / Qt saving straight to a name
    r"""|h5py\.File\((?!temporary)[^)]*["'][wax]"""  # h5py writing anywhere but files.replacing's temporary path
)
#: Moves of whole folders (the samples are drawn into a temporary folder renamed into place), not file writes.
FOLDER_MOVES = {("lrgui/data/samples.py", "os.rename(temp, final)"), ("lrgui/data/samples.py", "os.replace(folder, doomed")}


def test_only_the_files_module_writes_files():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).as_posix()
        if relative == "lrgui/data/files.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WRITES.search(line) and not any(relative == f and move in line for f, move in FOLDER_MOVES):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == []


def test_the_pattern_finds_what_it_is_meant_to():
    for line in ('with open(path, "w") as f:', "fd = os.open(p, os.O_WRONLY)", "p.write_bytes(b'')",
                 "tempfile.mkstemp()", "os.replace(a, b)", 'image.save(path, "PNG")', 'h5py.File(path, "w")'):
        assert WRITES.search(line), line
    for line in ('h5py.File(temporary, "w")', 'open(path, "rb")', "picture.save(handle, format='PNG')"):
        assert not WRITES.search(line), line


@pytest.mark.skipif(not Path("/usr/local/bin/duplicates").exists(), reason="the duplicate-code tool is not installed")
def test_no_repeated_safe_read_or_atomic_write_block():
    done = subprocess.run(["duplicates", "--repo", str(PACKAGE), "--most", "200"], capture_output=True, text=True,
                          timeout=120)
    readers_and_writers = ("files.py", "model_file.py", "lesson.py", "legacy_model.py", "explain_image.py",
                           "boundary_image.py", "dataset_export.py", "cache.py", "export_numpy.py", "images.py",
                           "limits.py")
    rows = [row for row in done.stdout.splitlines() if re.match(r"D\d+ ", row)
            and sum(name in row for name in readers_and_writers) >= 2]
    assert rows == [], done.stdout


# ---------------------------------------------------------------- the output policy
@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket():
    path = Path(tempfile.mkdtemp(prefix="s")) / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    yield path
    server.close()
    path.unlink()
    path.parent.rmdir()


@pytest.mark.parametrize("place, words", [
    (lambda tmp, fifo, sock: tmp, "it is a folder"),
    (lambda tmp, fifo, sock: "/dev/null", "it is a device"),
    (lambda tmp, fifo, sock: fifo, "it is a FIFO"),
    (lambda tmp, fifo, sock: sock, "it is a socket"),
    (lambda tmp, fifo, sock: "", "No file name was given"),
    (lambda tmp, fifo, sock: "   ", "No file name was given"),
    (lambda tmp, fifo, sock: f"{tmp}/sub/", "names a folder"),
    (lambda tmp, fifo, sock: tmp / "no" / "out.bin", "does not exist"),
    (lambda tmp, fifo, sock: tmp / ("x" * 256), "longer than 255 bytes"),
    (lambda tmp, fifo, sock: tmp / "kept.bin", r"already exists \(add --force to replace it\)"),
])
def test_outputs_refused_in_one_sentence(tmp_path, fifo, unix_socket, place, words):
    (tmp_path / "kept.bin").write_bytes(b"precious")
    with pytest.raises(UserError, match=words) as refused:
        check_output(place(tmp_path, fifo, unix_socket), what="the output")
    assert "\n" not in str(refused.value) and str(refused.value).endswith(".")
    assert (tmp_path / "kept.bin").read_bytes() == b"precious"


def test_force_replaces_a_file_but_never_an_input(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    assert check_output(target, what="the output", force=True) == target
    link = tmp_path / "another-name"
    os.link(target, link)  # the same file under another name is still the input
    with pytest.raises(UserError, match="one of the files being read"):
        check_output(link, what="the output", force=True, inputs=[target])


def test_export_folders_must_be_new_or_empty(tmp_path):
    assert check_output_folder(tmp_path / "new", what="x", must_be_empty=True) == tmp_path / "new"
    assert check_output_folder(tmp_path, what="x", must_be_empty=True) == tmp_path
    (tmp_path / "README.md").write_text("mine")
    with pytest.raises(UserError, match=r"not empty \(it holds README.md\)"):
        check_output_folder(tmp_path, what="x", must_be_empty=True, replaceable=["README.md"])
    check_output_folder(tmp_path, what="x", must_be_empty=True, replaceable=["README.md"], force=True)
    with pytest.raises(UserError, match="README.md is one of the files being read"):
        check_output_folder(tmp_path, what="x", must_be_empty=True, replaceable=["README.md"], force=True,
                            inputs=[tmp_path / "README.md"])
    with pytest.raises(UserError, match="No folder was given"):
        check_output_folder("", what="x")


# ---------------------------------------------------------------- reading and writing
def test_atomic_writes_respect_the_umask_and_keep_a_replaced_file_mode(tmp_path):
    new = write_atomically(tmp_path / "new.bin", b"data")
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~files.process_umask()
    new.chmod(0o640)
    write_atomically(new, lambda handle: handle.write(b"more"))
    assert new.read_bytes() == b"more" and stat.S_IMODE(new.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.bin"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "t.bin"
    target.write_bytes(b"old")

    def half_then_fail(handle):
        handle.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(DataError, match=r"^Cannot write the thing to .*t\.bin: No space left on device\.$"):
        files.worded_write(target, half_then_fail, what="the thing")
    assert target.read_bytes() == b"old" and sorted(tmp_path.iterdir()) == [target]


def test_temporary_names_are_short_whatever_the_target(tmp_path):
    long_name = "n" * 250 + ".npy"  # 254 bytes: legal; a temporary named after it would not be
    written = write_atomically(tmp_path / long_name, b"x")
    assert written.read_bytes() == b"x"


def test_reads_refuse_what_is_not_a_small_regular_file(tmp_path, fifo):
    with pytest.raises(DataError, match="is a FIFO .named pipe., not a thing file"):
        read_regular_file(fifo, what="a thing file", limit=10)
    big = tmp_path / "big"
    big.write_bytes(b"x" * 11)
    with pytest.raises(DataError, match="11 bytes, larger than a thing file can be .at most 10 bytes."):
        read_regular_file(big, what="a thing file", limit=10)
    with pytest.raises(DataError, match="^Thing file not found: "):
        read_regular_file(tmp_path / "absent", what="a thing file", limit=10)
    assert read_regular_file(big, what="a thing file", limit=11, head=3) == b"xxx"


# ---------------------------------------------------------------- the commands (issue #22, failures 6 to 10)
def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def refused(capsys, words: str, *args) -> str:
    status, _, err = run(capsys, *args)
    assert status == 2 and words in err and err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> Path:
    return make_class_folders(tmp_path_factory.mktemp("policy") / "data", classes=("cat", "dog"), per_class=6,
                              size=12)


@pytest.fixture(scope="module")
def model(folders, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("policy_model") / "m.lrgui.safetensors"
    assert main(["train", str(folders), "--size", "8", "--epochs", "20", "--out", str(path)]) == 0
    return path


def test_train_out_keeps_an_existing_model_unless_forced(capsys, folders, model, tmp_path):
    target = tmp_path / "m.lrgui.safetensors"
    target.write_bytes(model.read_bytes())
    refused(capsys, "already exists (add --force", "train", folders, "--size", "8", "--epochs", "5", "--out", target)
    assert target.read_bytes() == model.read_bytes()
    status, _, err = run(capsys, "train", folders, "--size", "8", "--epochs", "5", "--out", target, "--force")
    assert status == 0, err
    status, _, err = run(capsys, "train", folders, "--size", "8", "--epochs", "5", "--out", "")
    assert status == 0 and "saved" not in err  # '' still means: do not save


def test_export_writes_into_a_new_or_empty_folder_only(capsys, model, tmp_path):  # failure 6
    mine = tmp_path / "project"
    mine.mkdir()
    (mine / "README.md").write_text("my notes")
    refused(capsys, "the folder is not empty", "export", model, mine)
    assert (mine / "README.md").read_text() == "my notes"
    refused(capsys, "No folder was given", "export", model, "")
    out = tmp_path / "new"
    status, _, err = run(capsys, "export", model, out)
    assert status == 0 and sorted(p.name for p in out.iterdir()) == ["README.md", "predict.py", "weights.npz"]
    refused(capsys, "add --force to replace the files lrgui wrote there before", "export", model, out)
    status, _, err = run(capsys, "export", model, out, "--force")
    assert status == 0, err
    stored = out / "README.md"  # a model kept in the folder under the name the export writes: never replaced
    stored.write_bytes(model.read_bytes())
    refused(capsys, "README.md is one of the files being read", "export", stored, out, "--force")
    assert stored.read_bytes() == model.read_bytes()


def test_export_dataset_checks_its_output_before_loading_and_keeps_what_is_there(capsys, folders, model, tmp_path,
                                                                                 fifo):  # failure 7
    kept = tmp_path / "old.lrgui.safetensors"
    kept.write_bytes(model.read_bytes())
    refused(capsys, "already exists (add --force", "export-dataset", folders, "--size", "8", "--out", kept)
    assert kept.read_bytes() == model.read_bytes()
    refused(capsys, "it is a FIFO", "export-dataset", folders, "--out", fifo)
    refused(capsys, "it is a device", "export-dataset", folders, "--out", "/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    image = next((folders / "cat").iterdir())
    before = image.read_bytes()
    refused(capsys, "one of the files being read", "export-dataset", folders, "--size", "8", "--out", image,
            "--force")
    assert image.read_bytes() == before
    # checked before loading: a missing image folder is not even looked at
    refused(capsys, "it is a FIFO", "export-dataset", tmp_path / "no-such-folder", "--out", fifo)


def test_explain_never_replaces_an_input_image(capsys, model, tmp_path):  # failure 8
    images = make_class_folders(tmp_path / "imgs", classes=("cat", "dog"), per_class=2, size=12) / "cat"
    first = sorted(images.iterdir())[0]
    decoy = images / f"{first.stem}.contrib.png"  # an input image named like the first one's explanation
    decoy.write_bytes(first.read_bytes())
    before = decoy.read_bytes()
    status, out, err = run(capsys, "predict", model, images, "--explain", images, "--json", "--force")
    assert status == 0, err
    assert decoy.read_bytes() == before
    assert f"explanation of {first} not written: {decoy.stem}.npy" in err or "one of the files being read" in err
    entries = {Path(e["path"]).name: e for e in json.loads(out)}
    assert entries[first.name]["contributions"] is None
    assert all(Path(e["contributions"]).exists() for name, e in entries.items() if name != first.name)


def test_explain_skips_one_bad_name_and_goes_on(capsys, model, tmp_path):  # failure 10
    folder = tmp_path / "names"
    folder.mkdir()
    source = next(p for p in sorted(make_class_folders(tmp_path / "src", per_class=1, size=12).rglob("*")) if p.is_file())
    legal = folder / ("a" * 240 + source.suffix)  # its explanation's names fit in 255 bytes
    too_long = folder / ("b" * 250 + source.suffix)  # its explanation's name would be 261 bytes
    plain = folder / ("plain" + source.suffix)
    for path in (legal, too_long, plain):
        path.write_bytes(source.read_bytes())
    out = tmp_path / "out"
    status, stdout, err = run(capsys, "predict", model, folder, "--explain", out, "--json")
    assert status == 0, err
    assert "longer than 255 bytes" in err and err.count("not written") == 1
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted([f"{'a' * 240}.contrib.npy", f"{'a' * 240}.contrib.png", "plain.contrib.npy",
                              "plain.contrib.png"])
    refused(capsys, "No folder was given", "predict", model, folder, "--explain", "")


def test_explain_keeps_existing_outputs_unless_forced(capsys, model, folders, tmp_path):
    out = tmp_path / "out"
    assert run(capsys, "predict", model, folders / "cat", "--explain", out)[0] == 0
    stamps = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    status, _, err = run(capsys, "predict", model, folders / "cat", "--explain", out)
    assert status == 0 and err.count("already exists") == 6
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == stamps
    status, _, err = run(capsys, "predict", model, folders / "cat", "--explain", out, "--force")
    assert status == 0 and "not written" not in err


def test_convert_keeps_an_existing_target_unless_forced(capsys, tmp_path):  # failure 9
    from tests.test_legacy_model import make_model, write_old_model

    old = write_old_model(make_model(), tmp_path / "old.lrgui.h5")
    default = tmp_path / "old.lrgui.safetensors"
    default.write_bytes(b"someone's model")
    refused(capsys, "already exists (add --force", "convert", old)
    other = tmp_path / "other.lrgui.safetensors"
    other.write_bytes(b"another model")
    refused(capsys, "already exists (add --force", "convert", old, other)
    assert default.read_bytes() == b"someone's model" and other.read_bytes() == b"another model"
    refused(capsys, "one of the files being read", "convert", old, old, "--force")
    refused(capsys, "No file name was given", "convert", old, "")
    status, _, err = run(capsys, "convert", old, "--force")
    assert status == 0 and default.read_bytes() != b"someone's model", err


def test_boundary_keeps_an_existing_picture_unless_forced(capsys, tmp_path):
    picture = tmp_path / "b.png"
    picture.write_bytes(b"old")
    refused(capsys, "already exists (add --force", "train", "--toy", "and", "--epochs", "5", "--out", "",
            "--boundary", picture)
    assert picture.read_bytes() == b"old"
    status, _, err = run(capsys, "train", "--toy", "and", "--epochs", "5", "--out", "", "--boundary", picture,
                         "--force")
    assert status == 0 and picture.read_bytes().startswith(b"\x89PNG"), err


def test_an_empty_one_vs_rest_is_refused(capsys, folders):  # part of failure 14
    refused(capsys, "--one-vs-rest needs a class name", "train", folders, "--one-vs-rest", "", "--out", "")


def test_out_and_boundary_may_not_name_one_file(capsys, tmp_path):
    target = tmp_path / "both.png"
    refused(capsys, "--out and --boundary name the same file", "train", "--toy", "xor", "--epochs", "5", "--out",
            target, "--boundary", target)
    assert not target.exists()


def test_train_never_saves_over_one_of_its_images(capsys, tmp_path):
    folders = make_class_folders(tmp_path / "data", classes=("cat", "dog"), per_class=3, size=12)
    image = sorted((folders / "cat").iterdir())[0]
    before = image.read_bytes()
    refused(capsys, "one of the files being read", "train", folders, "--size", "8", "--epochs", "5", "--out", image,
            "--force")
    assert image.read_bytes() == before
