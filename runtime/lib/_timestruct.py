"""time.struct_time, the class the native time module returns dates as (the `time`
module imports it from here when it is built)."""

from _structseq import structseq


class struct_time(structseq):
    """A date and time of day: a 9-tuple (tm_year ... tm_isdst) with tm_zone and
    tm_gmtoff as extra attributes."""

    _visible = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                "tm_yday", "tm_isdst")
    _extra = ("tm_zone", "tm_gmtoff")
    _reprname = "time.struct_time"


struct_time.__module__ = "time"
