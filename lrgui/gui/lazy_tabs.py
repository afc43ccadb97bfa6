"""Tabs whose contents are made when they are first shown or first asked for: the window opens without them.

The window opens on the Data tab; the Train tab's four plots and the Playground's seven are a third of what
making the window costs, and nobody sees them before clicking their tab. A tab with
:class:`MadeOnFirstShow` makes its contents (``_make_contents``) once, at the first of:

- its first show (the tab is clicked, or the window opens on it);
- a search of its children (``findChild``/``findChildren``, also of the main window's, through
  :class:`SearchesLazyTabs`): what the tests and the presentation mode look for is there;
- the first use of a name only the contents define (``tab.lr_spin``): made on demand.

Until then the tab follows nothing: the contents read the state when they are made (the state, not the tab,
holds what they show). A tab is never made for a widget Qt has deleted nor for a window on its way out.
"""

from __future__ import annotations

import shiboken6


def _made(widget) -> bool:
    return widget.__dict__.get("_built", True)  # a widget that never declared lazy contents has them


class MadeOnFirstShow:
    """Mixin for a ``QWidget`` whose ``__init__`` sets ``self._built = False`` and whose ``_make_contents``
    makes its contents and follows the state from then on."""

    @property
    def is_built(self) -> bool:
        return _made(self)

    def build(self) -> None:
        """Makes the contents now, if they are not made yet (and the widget may still make them)."""
        if _made(self) or not self._may_build():
            return
        self._built = True
        self._make_contents()

    def _may_build(self) -> bool:
        # nothing is made for a widget Qt has deleted, nor for a window on its way out (its workers closed)
        workers = self.__dict__.get("workers")
        return shiboken6.isValid(self) and not (workers is not None and workers.closed)

    def _make_contents(self) -> None:
        raise NotImplementedError

    def __getattr__(self, name: str):
        # only for names not found: the contents' widgets and parts, made on first use; never for a private
        # name (Qt's and Python's probes), nor once made or refused
        if name.startswith("_") or _made(self) or not shiboken6.isValid(self):
            raise AttributeError(name)
        self.build()
        if not _made(self):
            raise AttributeError(name)
        return getattr(self, name)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.build()
        super().showEvent(event)

    def findChild(self, *args, **kwargs):  # noqa: N802 - Qt's name
        self.build()
        return super().findChild(*args, **kwargs)

    def findChildren(self, *args, **kwargs):  # noqa: N802 - Qt's name
        self.build()
        return super().findChildren(*args, **kwargs)


class SearchesLazyTabs:
    """For the main window: a search of its widgets finds the lazy tabs' too (they are made for it)."""

    def findChild(self, *args, **kwargs):  # noqa: N802 - Qt's name
        self.build_lazy_tabs()
        return super().findChild(*args, **kwargs)

    def findChildren(self, *args, **kwargs):  # noqa: N802 - Qt's name
        self.build_lazy_tabs()
        return super().findChildren(*args, **kwargs)

    def build_lazy_tabs(self) -> None:
        """Makes every tab's contents now (never for a window being closed or gone: a search at its
        teardown, of its threads, must not make widgets)."""
        tabs = self.__dict__.get("tabs")
        if tabs is None or not shiboken6.isValid(self) or not shiboken6.isValid(tabs):
            return
        for index in range(tabs.count()):
            tab = tabs.widget(index)
            if isinstance(tab, MadeOnFirstShow):
                tab.build()
