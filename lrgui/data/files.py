"""The one place lrgui reads and writes files: a security reviewer reads this module, not six copies of it.

* Reading: :func:`open_regular_fd` and :func:`read_regular_file` refuse
  anything that is not a regular file (a folder, a FIFO that would block, a
  device whose opening can have effects) and anything larger than the
  caller's bound, before reading a byte.
* Writing: :func:`replacing` and :func:`write_atomically` write a temporary
  file beside the target, flush it to disk, give it the usual permissions
  (those of the file it replaces, or 0666 less the umask) and rename it over
  the target, so a failure never leaves half a file behind.
* The output policy: :func:`check_output` and :func:`check_output_folder`
  refuse, before any loading or training, a place that cannot take the
  output: a folder, device, FIFO or socket, an empty name, an existing file
  unless the user asked to replace it (``force``), and ever one of the
  command's own inputs.

No other module of lrgui opens a file for writing (a test greps for it).
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from lrgui.data.limits import check_fits, format_bytes
from lrgui.errors import DataError, UserError
from lrgui.i18n import translate

#: The longest file name (in bytes) most file systems take; a longer output name is refused with a reason.
NAME_MAX = 255
#: What a temporary file's name adds around its random part: ``.lrgui-XXXXXXXX.tmp``, short whatever the target's name.
TEMP_PREFIX, TEMP_SUFFIX = ".lrgui-", ".tmp"
#: What the command line tells the user to add to replace an existing file.
FORCE_HINT = "add --force to replace it"
_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


# ---------------------------------------------------------------- showing names and kinds
def printable(text: str, limit: int = 120) -> str:
    """``text`` safe to show in one line: control characters escaped, undecodable bytes as U+FFFD, shortened."""
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":  # a byte of a non-UTF-8 file name (os.fsdecode's surrogateescape)
            out.append("\ufffd")
        elif category in ("Cc", "Cf", "Zl", "Zp"):
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    text = "".join(out)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown(path: str | os.PathLike, limit: int = 120) -> str:
    """A path safe to show in one line (control characters escaped, shortened)."""
    return printable(os.fsdecode(os.fspath(path)), limit)


def kind_of(mode: int) -> str:
    """'a folder', 'a device', ... for a stat mode that is not a regular file's."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISREG(mode):
        return "a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


class NotRegularFile(Exception):
    """The path is not a regular file; ``kind`` says what it is ('a folder', 'a FIFO (named pipe)', ...)."""

    def __init__(self, mode: int):
        super().__init__(kind_of(mode))
        self.mode = mode
        self.kind = kind_of(mode)


# ---------------------------------------------------------------- reading
def open_regular_fd(path: str | os.PathLike) -> int:
    """A descriptor to read ``path``; NotRegularFile unless it is a regular file, OSError as the system says.

    Opened without blocking and checked on the open descriptor (not the name,
    which may change in between): a FIFO named like a model cannot leave
    lrgui waiting for a writer. The descriptor is made blocking again.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(mode)
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        return fd
    except BaseException:
        os.close(fd)
        raise


def open_regular_file(path: str | os.PathLike) -> BinaryIO:
    """``path`` opened for binary reading (:func:`open_regular_fd`), refused in one sentence (DataError) otherwise."""
    try:
        fd = open_regular_fd(path)
    except NotRegularFile:
        raise DataError(translate("Files", "{shown} is not a regular file (a folder, a device or a pipe), so lrgui "
                                           "does not read it.").format(shown=shown(path))) from None
    except FileNotFoundError:
        raise DataError(translate("Files", "The file {shown} does not exist.").format(shown=shown(path))) from None
    except PermissionError:
        raise DataError(translate("Files", "lrgui may not read {shown} (permission denied).").format(
            shown=shown(path))) from None
    except OSError as exc:
        raise DataError(translate("Files", "Cannot read {shown}: {value}.").format(
            shown=shown(path), value=exc.strerror or exc)) from None
    return os.fdopen(fd, "rb")


def read_regular_file(path: str | os.PathLike, *, what: str, limit: int, error: type[UserError] = DataError,
                      name: str | None = None, memory_factor: int = 1, head: int | None = None) -> bytes:
    """The bytes of ``path`` (its first ``head`` bytes when given), refused in one sentence first when it is
    missing, not a regular file, or larger than ``limit`` bytes.

    ``what`` names the kind of file with its article ("a model file", "a
    lesson file"); ``memory_factor`` times the size must fit in the memory
    left (the bytes and what is built from them). The type is read with stat
    before opening: opening a device can have effects.
    """
    name = name or shown(Path(os.fspath(path)).name or path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        noun = what.split(" ", 1)[1] if what.startswith(("a ", "an ")) else what
        raise error(translate("Files", "{value}{noun} not found: {shown}.").format(
            value=noun[:1].upper(), noun=noun[1:], shown=shown(path))) from None
    except OSError as exc:
        raise error(translate("Files", "Cannot read {name}: {value}.").format(
            name=name, value=exc.strerror or exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise error(translate("Files", "{name} is {of}, not {what}, so lrgui does not open it.").format(
            name=name, of=kind_of(info.st_mode), what=what))
    try:
        fd = open_regular_fd(path)
    except NotRegularFile as exc:
        raise error(translate("Files", "{name} is {kind}, not {what}, so lrgui does not open it.").format(
            name=name, kind=exc.kind, what=what)) from None
    except OSError as exc:
        raise error(translate("Files", "Cannot read {name}: {value}.").format(
            name=name, value=exc.strerror or exc)) from None
    with os.fdopen(fd, "rb") as handle:
        size = os.fstat(fd).st_size
        if size > limit:
            raise error(translate("Files", "{name} is {bytes}, larger than {what} can be (at most {bytes2}).").format(
                name=name, bytes=format_bytes(size), what=what, bytes2=format_bytes(limit)))
        wanted = size if head is None else min(head, size)
        try:
            check_fits(memory_factor * wanted, translate("Files", "Opening {name}").format(name=name), cap=None)
        except DataError as exc:
            raise error(str(exc)) from None
        try:
            data = handle.read(wanted + (1 if head is None else 0))
        except OSError as exc:
            raise error(translate("Files", "Cannot read {name}: {value}.").format(
                name=name, value=exc.strerror or exc)) from None
    if head is None and len(data) != size:
        raise error(translate("Files", "{name} changed while it was being read; please try again.").format(
            name=name))
    return data


def strict_json(text: str):
    """JSON as lrgui reads it from files: no NaN or Infinity, no repeated keys (which parsers resolve differently).

    ValueError (or RecursionError, for absurd nesting) for anything else; the
    caller bounds the text's length before calling.
    """

    def refuse_constant(constant):
        raise ValueError(f"{constant} is not JSON")

    def unique_keys(pairs):
        result = dict(pairs)
        if len(result) != len(pairs):
            raise ValueError("repeated key")
        return result

    return json.loads(text, parse_constant=refuse_constant, object_pairs_hook=unique_keys)


# ---------------------------------------------------------------- writing
def process_umask() -> int:
    """The process's umask, read without changing it (os.umask would, for a moment, for all threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def new_file_mode(path: Path) -> int:
    """The permissions a written file gets: those of the regular file it replaces, else 0666 less the umask."""
    try:
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode):
            return info.st_mode & 0o777
    except OSError:
        pass
    return 0o666 & ~process_umask()


@contextmanager
def replacing(target: str | os.PathLike, *, durable: bool = True, mode: int | None = None) -> Iterator[Path]:
    """Yields a new temporary path beside ``target``; once the block has written it, it replaces ``target``.

    The temporary file is created empty and private; after the block it is
    flushed to disk (``durable``), given ``mode`` (default :func:`new_file_mode`) and renamed
    over ``target``, then the folder is flushed. On any failure ``target`` is
    as it was and no temporary file is left. OSError is raised as is: the
    caller words it.
    """
    target = Path(target)
    folder = target.parent
    mode = new_file_mode(target) if mode is None else mode
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    temporary: Path | None = Path(name)
    try:
        yield temporary
        fd = os.open(temporary, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            if durable:
                os.fsync(fd)
            # mkstemp makes the file private (0600); outputs are meant to be shared (a class drive)
            os.chmod(temporary, mode)
        finally:
            os.close(fd)
        os.replace(temporary, target)
        temporary = None
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
    if durable:
        _fsync_folder(folder)


def write_atomically(target: str | os.PathLike, content: bytes | Callable[[BinaryIO], object], *,
                     durable: bool = True) -> Path:
    """Writes ``content`` (bytes, or a function writing into a binary file) to ``target`` through :func:`replacing`."""
    target = Path(target)
    with replacing(target, durable=durable) as temporary:
        with open(temporary, "wb") as handle:
            if isinstance(content, (bytes, bytearray, memoryview)):
                handle.write(content)
            else:
                content(handle)
    return target


def write_new_file(target: str | os.PathLike, content: bytes | Callable[[BinaryIO], object], *,
                   durable: bool = True) -> bool:
    """Writes ``content`` to ``target`` only if no file has that name; False (nothing written) if one has.

    The bytes go to a temporary file beside ``target``, which is then
    hard-linked to the name: the link fails rather than replace a file, and
    the name never shows a half-written file. File systems without hard links
    (FAT on a USB stick) get the name reserved with an exclusive create, then
    the temporary file renamed over that reservation. OSError is raised as
    is: the caller words it.
    """
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(content, (bytes, bytearray, memoryview)):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~process_umask())
        try:
            os.link(temporary, target)
        except FileExistsError:
            return False
        except OSError:  # no hard links here: reserve the name, then rename onto our own reservation
            try:
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            except FileExistsError:
                return False
            os.replace(temporary, target)
        if durable:
            _fsync_folder(target.parent)
        return True
    finally:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def worded_write(target: str | os.PathLike, content: bytes | Callable[[BinaryIO], object], *, what: str,
                 error: type[UserError] = DataError, durable: bool = True) -> Path:
    """:func:`write_atomically`, with a failure of the system's as one sentence: Cannot write WHAT to PATH: why."""
    try:
        return write_atomically(target, content, durable=durable)
    except OSError as exc:
        raise error(translate("Files", "Cannot write {what} to {shown}: {value}.").format(
            what=what, shown=shown(target), value=exc.strerror or shown(str(exc)))) from None


def write_output(target: str | os.PathLike, content: bytes | Callable[[BinaryIO], object], *, what: str,
                 error: type[UserError] = UserError, force: bool = False, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """:func:`check_output`, then :func:`worded_write`: the whole policy for one output file."""
    return worded_write(check_output(target, what=what, error=error, force=force, inputs=inputs), content,
                        what=what, error=error)


def redirect_to_null(fd: int) -> None:
    """Points the descriptor ``fd`` (a closed stdout) at the null device, so a last flush cannot fail."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def _fsync_folder(folder: Path) -> None:
    """Makes the rename durable. Best effort: the file is complete and in place either way."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems (and Windows) cannot fsync a folder
        pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------- the output policy
def _identity(path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def identities(paths: Iterable[str | os.PathLike]) -> frozenset[tuple[int, int]]:
    """(device, inode) of each existing file among ``paths``: computed once, checked against many outputs."""
    return frozenset(identity for path in paths if (identity := _identity(path)) is not None)


def is_one_of(path: str | os.PathLike, inputs: Iterable[str | os.PathLike] | frozenset) -> bool:
    """True when ``path`` is the same file as one of ``inputs`` (device and inode: links and other spellings too).

    ``inputs`` are paths, or their :func:`identities` when many outputs are checked against the same inputs.
    """
    identity = _identity(path)
    if identity is None:
        return False
    return identity in (inputs if isinstance(inputs, frozenset) else identities(inputs))


def is_same_place(first: str | os.PathLike, second: str | os.PathLike) -> bool:
    """True when two output names name one file: the same path once made absolute, or the same existing file."""
    same_name = os.path.normpath(os.path.abspath(first)) == os.path.normpath(os.path.abspath(second))
    return same_name or is_one_of(first, [second])


def output_problem(path: str | os.PathLike, *, force: bool = False, inputs: Iterable[str | os.PathLike] = (),
                   force_hint: str = FORCE_HINT) -> str | None:
    """Why a file may not be written at ``path``, in a few words to follow 'Cannot write X to PATH: '; None if it may.

    The type is read with stat, never by opening: opening a FIFO blocks and
    opening a device can have effects.
    """
    text = os.fsdecode(os.fspath(path))
    if text.endswith(("/", os.sep)):
        return "the name ends with '/', so it names a folder, not a file"
    if len(os.fsencode(Path(text).name)) > NAME_MAX:
        return f"the file name is longer than {NAME_MAX} bytes, which most disks refuse"
    try:
        mode = os.stat(text).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        return "part of that path is a file, not a folder"
    except OSError as exc:
        return str(exc.strerror or exc)
    if mode is not None:
        if stat.S_ISDIR(mode):
            return "it is a folder"
        if not stat.S_ISREG(mode):
            return f"it is {kind_of(mode)}, not a file"
        if is_one_of(text, inputs):
            return "it is one of the files being read"
        if not force:
            return f"the file already exists ({force_hint})"
    folder = Path(text).parent
    try:
        folder_is_dir = stat.S_ISDIR(os.stat(folder).st_mode)
    except OSError:
        folder_is_dir = False
    if not folder_is_dir:
        return f"the folder {shown(folder)} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"no permission to write in the folder {shown(folder)}"
    return None


def check_output(path: str | os.PathLike | None, *, what: str, error: type[UserError] = UserError,
                 force: bool = False, inputs: Iterable[str | os.PathLike] = (), example: str = "",
                 force_hint: str = FORCE_HINT) -> Path:
    """``path`` as a Path if ``what`` may be written there (see :func:`output_problem`), else ``error`` in one sentence.

    Called by every front end before loading or training, so a bad output
    costs nothing; the writers call it again just before writing.
    """
    text = "" if path is None else os.fsdecode(os.fspath(path))
    if not text.strip():
        hint = f", such as {example}" if example else ""
        raise error(translate("Files", "No file name was given to write {what} to; give one{hint}.").format(
            what=what, hint=hint))
    problem = output_problem(text, force=force, inputs=inputs, force_hint=force_hint)
    if problem is not None:
        raise error(translate("Files", "Cannot write {what} to {shown}: {problem}.").format(
            what=what, shown=shown(text), problem=problem))
    return Path(text)


def check_output_folder(path: str | os.PathLike | None, *, what: str, error: type[UserError] = UserError,
                        must_be_empty: bool = False, replaceable: Iterable[str] = (), force: bool = False,
                        inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """``path`` as a folder ``what`` may be written into (created later with its parents), else ``error``.

    ``must_be_empty``: the folder must be new or empty, except that with
    ``force`` it may already hold the files named in ``replaceable`` (and
    nothing else), none of them one of ``inputs``.
    """
    text = "" if path is None else os.fsdecode(os.fspath(path))
    if not text.strip():
        raise error(translate("Files", "No folder was given to write {what} into; give the name of a new or empty "
                                       "folder.").format(what=what))
    folder = Path(text)
    try:
        mode = os.stat(folder).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise error(translate("Files", "Cannot write {what} into {shown}: part of that path is a file, not a "
                                       "folder.").format(what=what, shown=shown(text))) from None
    except OSError as exc:
        raise error(translate("Files", "Cannot write {what} into {shown}: {value}.").format(
            what=what, shown=shown(text), value=exc.strerror or exc)) from None
    if mode is None:
        return folder
    if not stat.S_ISDIR(mode):
        raise error(translate("Files", "Cannot write {what} into {shown}: it is {of}, not a folder.").format(
            what=what, shown=shown(text), of=kind_of(mode)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise error(translate("Files", "Cannot write {what} into {shown}: no permission to write in that folder.").format(
            what=what, shown=shown(text)))
    if must_be_empty:
        try:
            with os.scandir(folder) as entries:
                present = sorted(entry.name for entry in entries)
        except OSError as exc:
            raise error(translate("Files", "Cannot write {what} into {shown}: {value}.").format(
                what=what, shown=shown(text), value=exc.strerror or exc)) from None
        allowed = set(replaceable) if force else set()
        others = [name for name in present if name not in allowed]
        if others:
            extra = f" ({FORCE_HINT.replace(' it', '')} the files lrgui wrote there before)" if replaceable and not force \
                and set(present) <= set(replaceable) else ""
            raise error(translate("Files", "Cannot write {what} into {shown}: the folder is not empty (it holds "
                                           "{shown2}{value}); give a new or empty folder{extra}.").format(
                what=what, shown=shown(text), shown2=shown(others[0], 60),
                value=' and more' if len(others) > 1 else '', extra=extra))
        for name in present:
            if is_one_of(folder / name, inputs):
                raise error(translate("Files", "Cannot write {what} into {shown}: its {shown2} is one of the files "
                                               "being read.").format(
                    what=what, shown=shown(text), shown2=shown(name, 60)))
    return folder
