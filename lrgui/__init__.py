"""lrgui: train image classifiers from first principles, in a desktop window."""

__version__ = "0.1.0"
