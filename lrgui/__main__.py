"""``python -m lrgui``: the same as the ``lrgui`` command."""

from lrgui.entry import main

if __name__ == "__main__":
    raise SystemExit(main())
