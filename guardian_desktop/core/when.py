"""One owner for "when something happened": typed, parsed and stored as ISO 8601.

Stored forms (a plain string in the case, so old cases and the CLI stay simple):
    ""                            not given
    "2025-10-25T22:47:00+01:00"   a date and time with the computer's UTC offset
    "2025-10-25T22:47:00"         a date and time whose zone was not recorded (old data)
    "2025-10-25"                  a date only (the time is not known)
    anything else                 free text that could not be read as a date, kept as typed
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from pathlib import PurePath


class WhenKind(StrEnum):
    EMPTY = ""
    DATETIME = "datetime"  # with a UTC offset
    NAIVE = "naive"  # a date and time, zone not recorded
    DATE = "date"  # date only: the time is not known
    TEXT = "text"  # kept as the person wrote it


@dataclass(frozen=True)
class When:
    """A parsed stored value. `raw` is always what is stored."""

    kind: WhenKind
    raw: str
    moment: datetime | None = None  # DATETIME and NAIVE
    day: date | None = None  # DATE, and the date part of the others

    @property
    def is_known(self) -> bool:
        return self.kind in (WhenKind.DATETIME, WhenKind.NAIVE, WhenKind.DATE)

    def sort_key(self) -> tuple[int, float]:
        """Known times in true order (UTC); unknown ones last. Never raises."""
        try:
            if self.moment is not None:
                m = self.moment if self.moment.tzinfo else self.moment.astimezone()
                return (0, m.timestamp())
            if self.day is not None:
                return (0, datetime.combine(self.day, time()).astimezone().timestamp())
        except (ValueError, OverflowError, OSError):
            pass  # a date the system clock cannot place sorts with the unknown ones
        return (1, 0.0)


# Years a screenshot, message or payment can be from; others are typing slips, kept as text.
FIRST_YEAR, LAST_YEAR = 1970, 2100


def parse(value: str | None) -> When:
    """Read a stored value. Never raises."""
    text = (value or "").strip()
    if not text:
        return When(WhenKind.EMPTY, "")
    if _ISO_DATE.fullmatch(text):
        try:
            d = date.fromisoformat(text)
        except ValueError:
            return When(WhenKind.TEXT, text)
        if not FIRST_YEAR <= d.year <= LAST_YEAR:
            return When(WhenKind.TEXT, text)
        return When(WhenKind.DATE, text, day=d)
    if _ISO_DATETIME.match(text):
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return When(WhenKind.TEXT, text)
        if not FIRST_YEAR <= dt.year <= LAST_YEAR:
            return When(WhenKind.TEXT, text)
        kind = WhenKind.DATETIME if dt.tzinfo else WhenKind.NAIVE
        return When(kind, text, moment=dt, day=dt.date())
    return When(WhenKind.TEXT, text)


def offset_text(moment: datetime) -> str:
    """'UTC+01:00': how every screen and the report name a time's zone."""
    off = moment.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def local_zone_at(naive: datetime) -> timezone:
    """This computer's UTC offset at that local time (summer time included)."""
    offset = naive.astimezone().utcoffset() or timedelta(0)
    return timezone(offset)


def store_datetime(moment: datetime) -> str:
    """ISO 8601 to the minute (or second), with an offset: the computer's if none is given."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=local_zone_at(moment))
    spec = "seconds" if moment.second else "minutes"
    text = moment.isoformat(timespec=spec)
    if spec == "minutes":  # isoformat with minutes drops ':00'; keep a full time
        text = moment.replace(microsecond=0).isoformat(timespec="seconds")
    return text


def store_date(day: date) -> str:
    return day.isoformat()


def now() -> str:
    return store_datetime(datetime.now().astimezone().replace(microsecond=0))


# --- reading free text (old cases, the CLI, typed dates) ------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_TIME = (
    r"(?:[ ,T]+(?:at\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?\s*(?P<ampm>am|pm)?)?"
)
_NUMERIC = re.compile(r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})" + _TIME, re.I)
_YMD = re.compile(r"(?P<y>\d{4})[/.\-](?P<m>\d{1,2})[/.\-](?P<d>\d{1,2})" + _TIME, re.I)
_WORDY = re.compile(
    r"(?:[a-z]+,?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[a-z]+)\.?,?\s+(?P<y>\d{4})" + _TIME,
    re.I,
)
_WORDY_US = re.compile(
    r"(?:[a-z]+,?\s+)?(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME,
    re.I,
)


def read_text(text: str, *, day_first: bool = True) -> str | None:
    try:
        return _read_text(text, day_first=day_first)
    except (ValueError, OverflowError, OSError):
        return None  # e.g. a year the system clock cannot place


def _read_text(text: str, *, day_first: bool) -> str | None:
    """A typed or old free-text date as a stored value, or None if it cannot be read.

    '25/10/2025 22:47' -> '2025-10-25T22:47:00+01:00' (the computer's offset on that day);
    '25 October 2025' -> '2025-10-25'. UK order (day first) unless day_first is False.
    """
    value = text.strip()
    if not value:
        return None
    known = parse(value)
    if known.kind is WhenKind.NAIVE and known.moment is not None:
        return store_datetime(known.moment)  # typed now: this computer's zone
    if known.is_known:
        return known.raw
    for pattern in (_YMD, _NUMERIC, _WORDY, _WORDY_US):
        m = pattern.fullmatch(value)
        if not m:
            continue
        parts = m.groupdict()
        try:
            year = int(parts["y"])
            if len(parts["y"]) == 2:  # '25/10/99' is 1999, '25/10/25' is 2025
                year += 2000 if year < 70 else 1900
            if "mon" in parts and parts.get("mon") is not None:
                month = _MONTHS.get(parts["mon"].lower())
                if month is None:
                    continue
                day_no = int(parts["d"])
            elif pattern is _NUMERIC:
                a, b = int(parts["d"]), int(parts["m"])
                day_no, month = (a, b) if day_first else (b, a)
                if month > 12 and day_no <= 12:  # unambiguous the other way round
                    day_no, month = month, day_no
            else:
                day_no, month = int(parts["d"]), int(parts["m"])
            d = date(year, month, day_no)
        except (ValueError, TypeError):
            return None
        if not FIRST_YEAR <= d.year <= LAST_YEAR:
            return None
        if parts.get("h") is None:
            return store_date(d)
        hour, minute = int(parts["h"]), int(parts["mi"])
        second = int(parts["s"] or 0)
        ampm = (parts.get("ampm") or "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        try:
            moment = datetime(d.year, d.month, d.day, hour, minute, second)
        except ValueError:
            return None
        return store_datetime(moment)
    return None


def migrate_text(value: str) -> str:
    """An old stored value as the new form where it can be read; kept as typed where not."""
    if not value.strip():
        return ""
    if parse(value).is_known:
        return value.strip()  # an old zone-less time stays zone-less: it was not recorded
    return read_text(value) or value


# --- suggestions from a file's name ----------------------------------------------------

# Android: Screenshot_20250306-012800_Instagram.jpg, Screenshot_2025-03-06-01-28-00-123_com.
# instagram.android.jpg; IMG_20250306_012800.jpg. macOS: "Screenshot 2025-03-06 at 01.28.00.png".
# Windows Snipping Tool: "Screenshot 2025-03-06 012800.png".
_NAME_PATTERNS = (
    re.compile(r"(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})[-_ ](?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})"),
    re.compile(
        r"(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:[-_ ]|\s+at\s+)"
        r"(?P<h>\d{1,2})[-.:](?P<mi>\d{2})[-.:](?P<s>\d{2})(?:\s*(?P<ampm>[AP]M))?",
        re.I,
    ),
    re.compile(r"(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\s+(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})"),
)
_NAME_DATE_ONLY = re.compile(r"(?P<y>20\d{2})-?(?P<m>\d{2})-?(?P<d>\d{2})")


def from_file_name(name: str) -> str | None:
    """The moment a screenshot was taken, read from its file name, in this computer's zone."""
    stem = PurePath(name).name
    for pattern in _NAME_PATTERNS:
        m = pattern.search(stem)
        if not m:
            continue
        p = m.groupdict()
        try:
            hour = int(p["h"])
            ampm = (p.get("ampm") or "").lower()
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            moment = datetime(
                int(p["y"]), int(p["m"]), int(p["d"]), hour, int(p["mi"]), int(p["s"])
            )
        except ValueError:
            continue
        return store_datetime(moment)
    if stem.lower().startswith(("screenshot", "img", "photo", "snapchat")):
        m = _NAME_DATE_ONLY.search(stem)
        if m:
            try:
                return store_date(date(int(m["y"]), int(m["m"]), int(m["d"])))
            except ValueError:
                return None
    return None


def from_mtime(mtime_utc: str | None) -> str | None:
    """A file's modified time (stored in UTC) in this computer's zone, as a suggestion."""
    known = parse(mtime_utc)
    if known.moment is None:
        return None
    moment = known.moment
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return store_datetime(moment.astimezone().replace(microsecond=0))
