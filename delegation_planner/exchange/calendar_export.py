"""A delegation's programme as an iCalendar file (.ics) for Outlook and phones.

Programme times are kept as the wall-clock time at the venue ("09:00 in
Nanjing"), so each event is written in the time zone of its venue, with the
VTIMEZONE definitions Outlook needs to place it at the right hour in the
reader's own calendar. The venue's zone is found from the venue's text (a known
city), else from the country of an outbound delegation, else it is the home
office's zone (an inbound delegation's programme takes place at home; its
``country`` is the visitors').

Each event's UID is made from the delegation's key and the item's position, so
importing an updated file replaces the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlite_utils import Database

from delegation_planner.documents.bundle import office_name
from delegation_planner.documents.labels import Labels
from delegation_planner.documents.sections import safe_file_name
from delegation_planner.domain.enums import Direction
from delegation_planner.domain.records import Delegation, Organisation
from delegation_planner.exchange.files import write_bytes_atomically
from delegation_planner.storage import repository

DEFAULT_DURATION = dt.timedelta(hours=1)
PRODUCT = "-//Delegation Planner//delegation-planner//EN"
UID_DOMAIN = "delegation-planner"

_SHANGHAI, _STOCKHOLM, _COPENHAGEN = "Asia/Shanghai", "Europe/Stockholm", "Europe/Copenhagen"

# Cities and places met in the offices' programmes, written without accents and in
# lower case (the venue's text is folded the same way before it is matched).
CITY_ZONES: dict[str, str] = {
    **dict.fromkeys(
        (
            "nanjing",
            "suzhou",
            "wuxi",
            "changzhou",
            "nantong",
            "yangzhou",
            "shanghai",
            "guangzhou",
            "shenzhen",
            "dongguan",
            "foshan",
            "zhuhai",
            "tianjin",
            "beijing",
            "hangzhou",
            "ningbo",
            "chengdu",
            "chongqing",
            "wuhan",
            "xi'an",
            "xian",
            "qingdao",
            "dalian",
            "jiangsu",
            "guangdong",
            "zhejiang",
        ),
        _SHANGHAI,
    ),
    "hong kong": "Asia/Hong_Kong",
    "macau": "Asia/Macau",
    "taipei": "Asia/Taipei",
    "seoul": "Asia/Seoul",
    "suwon": "Asia/Seoul",
    "tokyo": "Asia/Tokyo",
    "yokohama": "Asia/Tokyo",
    "singapore": "Asia/Singapore",
    **dict.fromkeys(
        (
            "malmo",
            "lund",
            "helsingborg",
            "stockholm",
            "goteborg",
            "gothenburg",
            "kristianstad",
            "landskrona",
            "ystad",
            "trelleborg",
            "hassleholm",
            "uppsala",
            "skane",
        ),
        _STOCKHOLM,
    ),
    **dict.fromkeys(
        (
            "copenhagen",
            "kobenhavn",
            "kobenhavn k",
            "aarhus",
            "arhus",
            "hillerod",
            "odense",
            "aalborg",
            "roskilde",
            "vejle",
            "herning",
            "viborg",
            "horsens",
            "randers",
            "silkeborg",
            "lyngby",
            "ballerup",
            "glostrup",
            "hvidovre",
            "frederiksberg",
            "hovedstaden",
            "midtjylland",
        ),
        _COPENHAGEN,
    ),
    "oslo": "Europe/Oslo",
    "helsinki": "Europe/Helsinki",
    "reykjavik": "Atlantic/Reykjavik",
    "berlin": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "munchen": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "brussels": "Europe/Brussels",
    "bruxelles": "Europe/Brussels",
    "paris": "Europe/Paris",
    "london": "Europe/London",
    "amsterdam": "Europe/Amsterdam",
    "boston": "America/New_York",
    "new york": "America/New_York",
    "san francisco": "America/Los_Angeles",
}

# One zone per country: where a country spans several, the zone of its capital.
COUNTRY_ZONES: dict[str, str] = {
    "CN": _SHANGHAI,
    "HK": "Asia/Hong_Kong",
    "MO": "Asia/Macau",
    "TW": "Asia/Taipei",
    "KR": "Asia/Seoul",
    "JP": "Asia/Tokyo",
    "SG": "Asia/Singapore",
    "IN": "Asia/Kolkata",
    "SE": _STOCKHOLM,
    "DK": _COPENHAGEN,
    "NO": "Europe/Oslo",
    "FI": "Europe/Helsinki",
    "IS": "Atlantic/Reykjavik",
    "DE": "Europe/Berlin",
    "FR": "Europe/Paris",
    "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels",
    "PL": "Europe/Warsaw",
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
    "EE": "Europe/Tallinn",
    "LV": "Europe/Riga",
    "LT": "Europe/Vilnius",
    "US": "America/New_York",
    "CA": "America/Toronto",
}

# Home offices recognised from the policy profile's name, for inbound programmes.
_OFFICE_ZONES = {
    "skane": _STOCKHOLM,
    "stockholm": _STOCKHOLM,
    "vastra gotaland": _STOCKHOLM,
    "hovedstaden": _COPENHAGEN,
    "midtjylland": _COPENHAGEN,
    "syddanmark": _COPENHAGEN,
    "sjaelland": _COPENHAGEN,
    "nordjylland": _COPENHAGEN,
}


def fold(text: str) -> str:
    """Lower case without accents, one space between words: "København" -> "kobenhavn"."""
    text = text.replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


def _whole_word(name: str) -> re.Pattern[str]:
    # A trailing "s" is the Scandinavian genitive: "Københavns Rådhus", "Malmö stads".
    return re.compile(rf"(?<!\w){re.escape(name)}s?(?!\w)")


# Longer names first, so "hong kong" wins over a shorter name inside it.
_CITY_PATTERNS = [
    (_whole_word(name), zone) for name, zone in sorted(CITY_ZONES.items(), key=lambda kv: -len(kv[0]))
]


def venue_zone(venue: str) -> str | None:
    """The IANA zone of a known city or region named in the venue's text, else None."""
    folded = fold(venue)
    for pattern, zone in _CITY_PATTERNS:
        if pattern.search(folded):
            return zone
    return None


def office_zone(office: str) -> str:
    """The home office's zone from its name; Swedish time when the name says nothing
    (the default policy profile is Region Skåne's)."""
    folded = fold(office)
    for name, zone in _OFFICE_ZONES.items():
        if name in folded:
            return zone
    return _STOCKHOLM


def item_zone(delegation: Delegation, venue: str, home_zone: str) -> str:
    found = venue_zone(venue)
    if found:
        return found
    if delegation.direction is Direction.OUTBOUND and delegation.country.upper() in COUNTRY_ZONES:
        return COUNTRY_ZONES[delegation.country.upper()]
    return home_zone


def event_uid(delegation_key: str, position: int) -> str:
    return f"{delegation_key}-{position}@{UID_DOMAIN}"


def programme_calendar(
    delegation: Delegation,
    organisations: Mapping[str, Organisation],
    *,
    home_zone: str = _STOCKHOLM,
    lang: str = "sv",
    stamp: dt.datetime | None = None,
) -> bytes:
    """The programme of ``delegation`` as iCalendar bytes, one event per item.

    ``stamp`` (the DTSTAMP, the moment the file was made) defaults to now; pass a
    fixed one for a file that is the same on every run.
    """
    labels = Labels.for_language(lang)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", delegation.title)
    moment = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    for position, item in enumerate(delegation.programme):
        zone = ZoneInfo(item_zone(delegation, item.venue, home_zone))
        start = item.start.replace(tzinfo=zone)
        end = (
            item.end.replace(tzinfo=zone) if item.end and item.end > item.start else start + DEFAULT_DURATION
        )
        event = Event()
        event.add("uid", event_uid(delegation.id, position))
        event.add("dtstamp", moment)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", item.title)
        if item.venue.strip():
            event.add("location", item.venue.strip())
        description = [f"{labels['delegation']}: {delegation.title}"]
        if item.counterpart:
            organisation = organisations.get(item.counterpart)
            description.insert(
                0, f"{labels['counterpart']}: {organisation.name if organisation else item.counterpart}"
            )
        event.add("description", "\n".join(description))
        calendar.add_component(event)
    # The VTIMEZONE of every zone used, so Outlook shows each event at the right hour;
    # only the programme's years, or every zone would carry decades of transitions.
    if delegation.programme:
        years = [item.start.year for item in delegation.programme]
        calendar.add_missing_timezones(dt.date(min(years), 1, 1), dt.date(max(years) + 2, 1, 1))
    return bytes(calendar.to_ical())


def suggested_file_name(delegation: Delegation) -> str:
    return safe_file_name(f"{delegation.start.isoformat()} {delegation.title}", ".ics")


def write_calendar(
    db: Database, key: str, path: Path | str, *, lang: str = "sv", stamp: dt.datetime | None = None
) -> Path:
    """Write delegation ``key``'s programme to ``path`` (whole or not at all);
    NotFoundError for an unknown key."""
    delegation, _revision = repository.load_delegation(db, key)
    organisations = {o.id: o for o in repository.list_organisations(db)}
    home = office_zone(office_name(repository.load_policy(db)))
    data = programme_calendar(delegation, organisations, home_zone=home, lang=lang, stamp=stamp)
    return write_bytes_atomically(path, data)
