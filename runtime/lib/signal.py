"""signal: the native `_signal` module with CPython's `Signals` and `Handlers` enums.

The constants are IntEnum members (`signal.SIGINT` is `<Signals.SIGINT: 2>`, and still
the int 2 wherever an int is expected); `signal()` and `getsignal()` hand back
`Handlers` members for SIG_DFL/SIG_IGN, `valid_signals()` a set of `Signals`. Python
handlers still receive the signal number as a plain int, as in CPython.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum(
    "Signals",
    [(name, value) for name, value in vars(_signal).items()
     if name.isupper() and name.startswith("SIG") and not name.startswith("SIG_")
     and name != "SIGRTMIN" and name != "SIGRTMAX"] +
    [("SIGRTMIN", _signal.SIGRTMIN), ("SIGRTMAX", _signal.SIGRTMAX)],
    module=__name__)
Handlers = _IntEnum("Handlers", [("SIG_DFL", _signal.SIG_DFL), ("SIG_IGN", _signal.SIG_IGN)],
                    module=__name__)
_itimer_names = [name for name in vars(_signal) if name.startswith("ITIMER_")]

_globals.update(Signals.__members__)
_globals.update(Handlers.__members__)


def _int_to_enum(value, enum_klass):
    """An int turned into the enum member with that value, anything else unchanged."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """An IntEnum member turned into its plain int value, anything else unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = _signal.signal.__doc__
getsignal.__doc__ = _signal.getsignal.__doc__
valid_signals.__doc__ = _signal.valid_signals.__doc__
del _globals
