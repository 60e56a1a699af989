"""warnings: warn() prints "file:line: Category: message" to stderr once per place, as CPython's
default filter does; filters can ignore, always show, or turn warnings into errors."""

import sys

_filters = []
_shown = set()


def simplefilter(action, category=Warning, lineno=0, append=False):
    entry = (action, category)
    if append:
        _filters.append(entry)
    else:
        _filters.insert(0, entry)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    simplefilter(action, category, lineno, append)


def resetwarnings():
    _filters.clear()


def _action(category):
    for action, filtered in _filters:
        if issubclass(category, filtered):
            return action
    return 'default'


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    category = category or UserWarning
    action = _action(category)
    if action == 'ignore':
        return
    if action == 'error':
        raise message if isinstance(message, Warning) else category(message)
    frame = sys._getframe(stacklevel)
    key = (frame.f_code.co_filename, frame.f_lineno, category, str(message))
    if action in ('default', 'once', 'module') and key in _shown:
        return
    _shown.add(key)
    sys.stderr.write(f"{frame.f_code.co_filename}:{frame.f_lineno}: {category.__name__}: {message}\n")


class catch_warnings:
    def __init__(self, *, record=False):
        self._record = record

    def __enter__(self):
        self._saved = list(_filters)
        return [] if self._record else None

    def __exit__(self, *exc):
        _filters[:] = self._saved
        return False
