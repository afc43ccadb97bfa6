"""Text that is safe to print: file names with control characters, TSV fields, strict JSON.

A file name is whatever bytes a stranger chose: a newline in it would forge an
extra line of ``lrgui predict``'s output, an escape sequence would repaint the
user's terminal. Every path the command line prints goes through here.
"""

from __future__ import annotations

import json
import math
import os


def terminal_text(text: str | os.PathLike) -> str:
    """``text`` with control characters (and undecodable bytes) written as escapes: 'a\\nb', '\\x1b[31m'."""
    text = os.fspath(text)
    out = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by os.fsdecode
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0:
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char, f"\\x{code:02x}"))
        elif char == "\\":
            out.append("\\\\")
        else:
            out.append(char)
    return "".join(out)


def tsv_field(text: str | os.PathLike) -> str:
    """A value for one tab-separated column: tabs, newlines and backslashes escaped (as :func:`terminal_text`)."""
    return terminal_text(text)


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


def json_text(value, indent: int | None = 2) -> str:
    """Strict JSON: NaN and infinities become null (bare NaN is not JSON), lone surrogates become U+FFFD."""
    return json.dumps(_finite(value), indent=indent, allow_nan=False, ensure_ascii=False)
