"""A disk cache of decoded images, so that a dataset loads in a blink the second time.

Decoding and resizing photos is by far the slowest part of loading a dataset,
and it gives the same pixels every time, so :class:`ImageCache` keeps them in
HDF5 files (as the classic tutorials saved their arrays with h5py) in the
user's cache folder. It is a drop-in for :func:`lrgui.data.loader.load_files`::

    cache = ImageCache()
    data = load_class_folders(classes, image_format, loader=cache.load_files)

Layout: one *store* per (image folder, image format), a file named by a hash
of both, holding one entry per image file of that folder::

    /           attrs: folder, size, grayscale, version
    /names      file names (UTF-8)
    /sizes, /mtimes, /ctimes  int64 (bytes, ns, ns)    /inodes  uint64
    /rows       int64 row in /pixels, or -1 for a skipped file
    /reasons    why a file was skipped ("" for a loaded one)
    /pixels     (k, n_features) uint8

An entry is used only while its file has the same size, modification time,
status-change time and inode, so changing one image re-decodes that image
alone -- even an image replaced by another of the same size whose
modification time was set back (copying tools do that): the replacement has
another inode or a new ctime, which no program can set back. Stores are written
to a temporary file and renamed over the old one: readers (in this process or
another) always see a complete store, and two writers at worst lose each
other's additions, which are decoded again next time. A store that cannot be
read is deleted and rebuilt; no cache failure ever reaches the user, the
images are then simply decoded. Before writing, the disk must have at least
twice the store's size free; when it has not, or a write fails (disk full,
read-only, permission), the store is not written and a one-sentence note in
:attr:`ImageCache.notes` says why. The least recently used stores are deleted
once the folder grows past ``max_bytes``.
"""

from __future__ import annotations

import hashlib
import errno
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np
import PIL
import platformdirs

if TYPE_CHECKING:
    import h5py

from lrgui.data.dataset import PERMISSION_DENIED, ImageFormat, SkippedFile
from lrgui.data.files import replacing
from lrgui.data.limits import format_bytes
from lrgui.data.loader import LoadingCancelled, LoadProgress, StopCheck, load_files
from lrgui.i18n import translate

#: Raised whenever the decoding pipeline may give different pixels, which
#: makes every earlier store unreachable (and eventually evicted).
STORE_VERSION = 3
DEFAULT_MAX_BYTES = 2 << 30  # 2 GiB
STORE_SUFFIX = ".h5"
TEMP_SUFFIX = ".tmp"
#: Temporary files older than this were left by a crashed process.
STALE_TEMP_SECONDS = 3600
#: A store is written only when the disk has this many times its size free.
FREE_SPACE_FACTOR = 2
#: Bytes a store needs per entry besides its pixels (name, four integers, row, reason), a generous guess.
ENTRY_OVERHEAD = 512


def default_cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir("lrgui")) / "datasets"


@dataclass
class _Store:
    """The cached entries of one image folder in one image format."""

    names: list[str]
    sizes: list[int]
    mtimes: list[int]
    ctimes: list[int]
    inodes: list[int]
    rows: list[int]  # row in pixels, -1 for a skipped file
    reasons: list[str]
    pixels: h5py.Dataset | np.ndarray

    def index(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.names)}

    def identity(self, i: int) -> tuple[int, int, int, int]:
        return self.sizes[i], self.mtimes[i], self.ctimes[i], self.inodes[i]


@dataclass
class _Request:
    """One requested file that could be stat'ed: where it lives and what it is now."""

    position: int  # index into the caller's paths
    name: str
    identity: tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode: see _identity


class ImageCache:
    """Decoded images on disk, keyed by (absolute path, size, mtime, ctime, inode) and image format.

    ``notes`` lists, in one sentence each, why the last :meth:`load_files`
    could not keep what it decoded (say, a nearly full disk); ``on_note`` is
    also called with each note as it happens, for a front end to show.
    """

    def __init__(
        self,
        folder: str | os.PathLike | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        on_note: Callable[[str], None] | None = None,
    ):
        if max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, not {max_bytes}")
        self.folder = Path(folder) if folder is not None else default_cache_folder()
        self.max_bytes = int(max_bytes)
        self.on_note = on_note
        self.notes: list[str] = []

    # ------------------------------------------------------------- public API
    def load_files(
        self,
        paths: Sequence[Path],
        image_format: ImageFormat,
        progress: LoadProgress | None = None,
        should_stop: StopCheck | None = None,
        workers: int | None = None,
    ) -> tuple[np.ndarray, list[int], list[SkippedFile]]:
        """Same contract as :func:`lrgui.data.loader.load_files`; only cache misses are decoded."""
        self.notes = []
        total = len(paths)
        n = image_format.n_features
        X = np.empty((total, n), dtype=np.uint8)
        reasons: list[str | None] = [None] * total  # None: row loaded into X
        found = np.zeros(total, dtype=bool)
        if progress:
            progress(0, total)

        by_folder: dict[str, list[_Request]] = {}
        for position, path in enumerate(paths):
            absolute = os.path.abspath(path)
            try:
                identity = _identity(absolute)
            except OSError:
                continue  # the decoder will say what is wrong with it
            folder, name = os.path.split(absolute)
            by_folder.setdefault(folder, []).append(_Request(position, name, identity))

        misses_by_folder: dict[str, list[_Request]] = {}
        for folder, requests in by_folder.items():
            if should_stop is not None and should_stop():
                raise LoadingCancelled()
            misses = self._read_hits(folder, image_format, requests, X, reasons, found)
            if misses:
                misses_by_folder[folder] = misses
        hits = int(found.sum())

        missing = np.flatnonzero(~found)
        if len(missing):

            def report(done: int, _misses: int) -> None:
                progress(hits + done, total)

            Xm, loaded_m, skipped_m = load_files(
                [paths[i] for i in missing], image_format, report if progress else None, should_stop, workers
            )
            loaded_m = np.asarray(loaded_m, dtype=np.intp)
            X[missing[loaded_m]] = Xm
            del Xm
            was_skipped = np.ones(len(missing), dtype=bool)
            was_skipped[loaded_m] = False
            for position, skip in zip(missing[was_skipped], skipped_m):
                reasons[position] = skip.reason
            self._keep(misses_by_folder, image_format, X, reasons)
        elif progress:
            progress(total, total)

        loaded = [i for i, reason in enumerate(reasons) if reason is None]
        skipped = [SkippedFile(str(paths[i]), reason) for i, reason in enumerate(reasons) if reason is not None]
        if len(loaded) < total:
            X = X[loaded]
        return X, loaded, skipped

    def size_bytes(self) -> int:
        """Bytes used by the cache on disk."""
        return sum(size for _, size, _ in self._files())

    def clear(self) -> None:
        """Deletes every store (and leftover temporary file) of this cache."""
        for _, _, path in self._files():
            _remove(path)

    # -------------------------------------------------------------- reading
    def _store_path(self, folder: str, image_format: ImageFormat) -> Path:
        key = f"{folder}\0{image_format.size}\0{image_format.grayscale}\0{STORE_VERSION}\0{PIL.__version__}"
        return self.folder / (hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32] + STORE_SUFFIX)

    def _read_hits(
        self,
        folder: str,
        image_format: ImageFormat,
        requests: list[_Request],
        X: np.ndarray,
        reasons: list[str | None],
        found: np.ndarray,
    ) -> list[_Request]:
        """Fills X / reasons / found from the folder's store; returns the requests it missed."""
        import h5py  # imported when first needed: a tenth of a second of the app's start otherwise
        path = self._store_path(folder, image_format)
        if not path.exists():
            return requests
        try:
            with h5py.File(path, "r", locking=False) as f:
                store = _read_store(f, folder, image_format)
                index = store.index()
                misses, targets, rows = [], [], []
                for request in requests:
                    i = index.get(request.name)
                    if i is None or store.identity(i) != request.identity:
                        misses.append(request)
                    elif store.rows[i] < 0:
                        reasons[request.position] = store.reasons[i]
                        found[request.position] = True
                    else:
                        targets.append(request.position)
                        rows.append(store.rows[i])
                if targets:
                    _read_rows(store.pixels, rows, X, targets)
                    found[targets] = True
        except Exception:  # noqa: BLE001 - any unreadable store is discarded, never reported
            _remove(path)
            for request in requests:
                found[request.position] = False
                reasons[request.position] = None
            return requests
        if len(misses) < len(requests):
            _touch(path)  # "last used", for eviction
        return misses

    # -------------------------------------------------------------- writing
    def _keep(
        self,
        misses_by_folder: dict[str, list[_Request]],
        image_format: ImageFormat,
        X: np.ndarray,
        reasons: list[str | None],
    ) -> None:
        """Stores what was decoded; any failure becomes a note, never an error: the images are loaded."""
        try:
            for folder, misses in misses_by_folder.items():
                self._write_misses(folder, image_format, misses, X, reasons)
            self._evict()
        except _CacheShort as short:
            self._note(str(short))
        except OSError as exc:
            self._note(translate("Cache", "The decoded images were not cached ({reason}), so they will be decoded again "
                                          "next time.").format(reason=_write_failure(exc)))
        except Exception as exc:  # noqa: BLE001 - a cache that cannot be written is only slower
            self._note(translate("Cache", "The decoded images were not cached ({reason}), so they will be decoded again "
                                          "next time.").format(reason=type(exc).__name__))

    def _note(self, text: str) -> None:
        self.notes.append(text)
        if self.on_note is not None:
            self.on_note(text)

    def _write_misses(
        self,
        folder: str,
        image_format: ImageFormat,
        misses: list[_Request],
        X: np.ndarray,
        reasons: list[str | None],
    ) -> None:
        """Rewrites the folder's store with the freshly decoded entries added."""
        import h5py
        path = self._store_path(folder, image_format)
        new_names = {request.name for request in misses}
        names, identities, skip_reasons, has_row, kept_rows = [], [], [], [], []
        old_pixels = np.empty((0, image_format.n_features), dtype=np.uint8)
        try:
            with h5py.File(path, "r", locking=False) as f:
                old = _read_store(f, folder, image_format)
                old_pixels = old.pixels[()]
        except FileNotFoundError:
            old = None
        except Exception:  # noqa: BLE001 - unreadable: start the store afresh
            old = None
            _remove(path)

        def add(name: str, identity: tuple[int, int, int, int], reason: str | None) -> None:
            names.append(name)
            identities.append(identity)
            skip_reasons.append(reason or "")
            has_row.append(reason is None)

        # Keep the entries of files not asked for this time, while those files are unchanged.
        for i, name in enumerate(old.names if old is not None else []):
            if name not in new_names and _unchanged(os.path.join(folder, name), old.identity(i)):
                loaded = old.rows[i] >= 0
                add(name, old.identity(i), None if loaded else old.reasons[i])
                if loaded:
                    kept_rows.append(old.rows[i])
        new_rows, added = [], set()
        for request in misses:
            reason = reasons[request.position]
            if request.name in added or reason == PERMISSION_DENIED:
                continue  # asked for twice; or readable once its permissions are fixed
            added.add(request.name)
            add(request.name, request.identity, reason)
            if reason is None:
                new_rows.append(request.position)
        pixels = np.concatenate([old_pixels[kept_rows], X[new_rows]])
        has_row = np.array(has_row, dtype=bool)
        rows = np.where(has_row, np.cumsum(has_row) - 1, -1)
        del old_pixels
        if pixels.nbytes > self.max_bytes:
            return  # larger than the whole cache may be: not worth keeping
        self.folder.mkdir(parents=True, exist_ok=True)
        self._check_free_space(pixels.nbytes + ENTRY_OVERHEAD * len(names))
        _write_store(path, folder, image_format, names, identities, rows, skip_reasons, pixels)

    def _check_free_space(self, expected: int) -> None:
        free = shutil.disk_usage(self.folder).free
        if free < FREE_SPACE_FACTOR * expected:
            raise _CacheShort(
                translate("Cache", "The decoded images were not cached: the disk holding {folder} has {bytes} free "
                                   "and caching needs {bytes2}, so they will be decoded again next time.").format(
                folder=self.folder, bytes=format_bytes(free), bytes2=format_bytes(FREE_SPACE_FACTOR * expected))
            )

    # ------------------------------------------------------------- eviction
    def _files(self) -> list[tuple[float, int, Path]]:
        """(last used, bytes, path) of every file this cache owns."""
        found = []
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return []
        for entry in entries:
            if entry.name.endswith(STORE_SUFFIX) or (entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX)):
                try:
                    st = entry.stat()
                except OSError:
                    continue
                found.append((st.st_mtime, st.st_size, Path(entry.path)))
        return found

    def _evict(self) -> None:
        """Deletes the least recently used stores until the cache fits in ``max_bytes``."""
        files = sorted(self._files())
        total = sum(size for _, size, _ in files)
        stale = time.time() - STALE_TEMP_SECONDS
        for used, size, path in files:
            if path.name.endswith(TEMP_SUFFIX):
                if used < stale:
                    _remove(path)
                    total -= size
                continue
            if total <= self.max_bytes:
                break
            _remove(path)
            total -= size


def _read_store(f: h5py.File, folder: str, image_format: ImageFormat) -> _Store:
    """The store in ``f``, checked for consistency; raises ValueError if it is not one of ours."""
    attrs = f.attrs
    if (
        attrs.get("version") != STORE_VERSION
        or attrs.get("folder") != folder
        or attrs.get("size") != image_format.size
        or bool(attrs.get("grayscale")) != image_format.grayscale
    ):
        raise ValueError("not a store for this folder and format")
    store = _Store(
        names=list(f["names"].asstr()[()]),
        sizes=f["sizes"][()].tolist(),
        mtimes=f["mtimes"][()].tolist(),
        ctimes=f["ctimes"][()].tolist(),
        inodes=f["inodes"][()].tolist(),
        rows=f["rows"][()].tolist(),
        reasons=list(f["reasons"].asstr()[()]),
        pixels=f["pixels"],
    )
    count = len(store.names)
    k, n = store.pixels.shape
    if not (
        len(store.sizes) == len(store.mtimes) == len(store.ctimes) == len(store.inodes) == count
        and len(store.rows) == len(store.reasons) == count
        and n == image_format.n_features
        and store.pixels.dtype == np.uint8
        and sorted(row for row in store.rows if row >= 0) == list(range(k))
    ):
        raise ValueError("inconsistent store")
    return store


def _read_rows(pixels: h5py.Dataset, rows: list[int], X: np.ndarray, targets: list[int]) -> None:
    """X[targets] = pixels[rows], reading the store in one sequential pass."""
    first = targets[0]
    in_order = rows == list(range(len(pixels))) and targets == list(range(first, first + len(rows)))
    if in_order:  # the usual case: the same files as last time, straight into X
        if rows:
            pixels.read_direct(X, dest_sel=np.s_[first : first + len(rows)])
    else:  # h5py's fancy indexing is slow: read the whole block, pick rows in memory
        X[targets] = pixels[()][rows]


def _write_store(path: Path, folder: str, image_format: ImageFormat, names, identities, rows, reasons, pixels) -> None:
    """Writes a complete store beside ``path`` and renames it into place (atomic on every OS)."""
    import h5py
    # not flushed to disk: a store lost in a crash is only decoded again
    with replacing(path, durable=False, mode=0o600) as temporary:  # the pixels of the user's photos: private
        with h5py.File(temporary, "w", locking=False) as f:
            f.attrs.update(version=STORE_VERSION, folder=folder, size=image_format.size, grayscale=image_format.grayscale)
            f.create_dataset("names", data=np.array(names, dtype=object), dtype=h5py.string_dtype())
            columns = list(zip(*identities)) or [(), (), (), ()]
            for name, values in zip(("sizes", "mtimes", "ctimes", "inodes"), columns):
                # inode numbers are unsigned 64-bit on some file systems
                f.create_dataset(name, data=np.array(values, dtype=np.uint64 if name == "inodes" else np.int64))
            f.create_dataset("rows", data=np.array(rows, dtype=np.int64))
            f.create_dataset("reasons", data=np.array(reasons, dtype=object), dtype=h5py.string_dtype())
            f.create_dataset("pixels", data=pixels, shape=(len(pixels), image_format.n_features), dtype=np.uint8)


def _identity(path: str) -> tuple[int, int, int, int]:
    """What tells one version of a file from another: size, mtime and ctime (ns) and inode."""
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _unchanged(path: str, identity: tuple[int, int, int, int]) -> bool:
    try:
        return _identity(path) == identity
    except OSError:
        return False


class _CacheShort(Exception):
    """Not enough free disk space to write a store; ``str()`` is the note for the user."""


def _write_failure(exc: OSError) -> str:
    """Why a store could not be written, in a few words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the cache folder is on a read-only disk"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "no permission to write the cache folder"
    return exc.strerror or "the cache folder could not be written"


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
