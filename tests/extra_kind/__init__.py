"""A model kind that lrgui does not ship, registered from the tests only: the proof that a kind is one module.

:mod:`tests.extra_kind.nearest_mean` defines a nearest-class-mean classifier
(it trains in one step: each class's mean, shrunk toward the overall mean)
and its :class:`lrgui.kinds.Kind`; the tests register it and run it through
the command line, the model file and a lesson here, and the window's Train tab in
tests/gui/test_extra_kind_window.py (where the GUI fixtures live).
"""
