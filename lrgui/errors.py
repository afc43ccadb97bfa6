"""Exceptions that carry a message meant for the person using lrgui.

The CLI prints ``str(error)`` and exits with status 2; the GUI shows it in a
message box. Anything else that escapes is a bug and gets a traceback.
"""


class UserError(Exception):
    """Something the user can fix: a bad argument, a missing folder, a bad file."""


class DataError(UserError):
    """The images or dataset files cannot be used as asked."""


class ModelFileError(UserError):
    """A model file cannot be read or written."""
