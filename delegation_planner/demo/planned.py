"""The demo's three trips placed relative to today: their dates move with the day the demo is made."""

from __future__ import annotations

import datetime as dt

from delegation_planner.demo.builders import (
    _A,
    _DROPPED,
    _F,
    _G,
    _H,
    _I,
    _OPEN,
    _T,
    _cost,
    _follow,
    _grip,
    _home,
    _item,
    _partner,
)
from delegation_planner.demo.parties import _business
from delegation_planner.domain.enums import DecisionOutcome, Direction, InitiatorKind, Purpose, Role
from delegation_planner.domain.records import Delegation, Initiator

# Where the trips relative to today land: one being prepared (its checklist is due now), one
# further off, and one just finished whose follow-up points have started to fall due.
UPCOMING_IN_DAYS = 21
LATER_IN_DAYS = 60
RECENT_ENDED_DAYS_AGO = 10


# The rest of the module is data. The formatter would put every argument on a line of its own and
# triple the length; one record to a line or two reads like the register it fills.
# fmt: off

# --- the trips relative to today ------------------------------------------------------------------


def _planned(today: dt.date) -> list[Delegation]:
    def day(offset: int) -> dt.date:
        return today + dt.timedelta(days=offset)

    soon = day(UPCOMING_IN_DAYS)
    later = day(LATER_IN_DAYS)
    ended = day(-RECENT_ENDED_DAYS_AGO)
    return [
        Delegation(
            "guangdong-life-science-upcoming", "Näringslivsdelegation inom life science till Guangdong och Hongkong",
            Direction.OUTBOUND, Purpose.BUSINESS_PROMOTION, soon, soon + dt.timedelta(days=5), "Guangdong", "CN",
            ["life_science", "health_care", "medical_research"], "guangdong-1995", _business("medicon-valley"),
            participants=[
                _home("chair-skane", Role.LEADER,
                      "Möter Guangdongs vice guvernör; politisk närvaro öppnar hälsomyndigheternas dörrar."),
                # Too short on purpose: the justification criterion fails until someone completes it.
                _home("vice-chair-skane", Role.MEMBER, "Följer med."),
                _home("head-interregional-skane"), _home("mva-director"), _home("brs-advisor"),
                _home("skane-care-ceo"), _home("lund-oncologist"), _home("interpreter-zh", Role.INTERPRETER),
                _partner("fao-guangdong"), _partner("vice-governor-guangdong"),
            ],
            programme=[
                _item(soon, "07:30", "09:00", "Ankomst och transfer till hotellet", "Guangzhou Baiyun International Airport"),
                _item(soon, "14:00", "16:00", "Möte med utrikeskontoret", "Guangzhou", "guangdong-fao"),
                _item(soon + dt.timedelta(days=1), "09:30", "12:00", "Sjukhusadministration och kliniska prövningar",
                      "Guangzhou", "guangdong-health"),
                _item(soon + dt.timedelta(days=1), "19:00", "21:30", "Bankett med vice guvernör 郑晓东 som värd (gåvor)",
                      "Guangzhou", "guangdong-fao"),
                _item(soon + dt.timedelta(days=2), "10:00", "16:00", "Företagsmatchning genom Medicon Valley Alliance",
                      "Shenzhen", "medicon-valley"),
                _item(soon + dt.timedelta(days=3), "10:00", "13:00", "Seminarium om life science", "Hong Kong"),
                _item(soon + dt.timedelta(days=4), "09:00", "11:00", "Avrapportering inom delegationen", "Hong Kong"),
            ],
            costs=[_cost(_T, "SEK", 86000, None), _cost(_A, "SEK", 52000, None), _cost(_G, "SEK", 6000, None),
                   _cost(_I, "CNY", 12000, None), _cost(_F, "EUR", 2400, None)],
            grip_decision=_grip(day(-9), 502, DecisionOutcome.APPROVED_WITH_CONDITIONS,
                                "Varje förtroendevalds deltagande ska motiveras i registret före avresan."),
            notes="Begärd av Medicon Valley Alliance för dess medlemsföretag. Före avresan: visum, gåvor "
            "(glas från Skåne), tolk, underlag till politikerna, råd om telefoner och datorer.",
        ),
        Delegation(
            "guangdong-political-upcoming", "Politisk delegation till Guangdongs möte för vänprovinserna",
            Direction.OUTBOUND, Purpose.POLITICAL, later, later + dt.timedelta(days=4), "Guangdong", "CN",
            ["innovation", "sustainable_cities"], "guangdong-1995", Initiator(InitiatorKind.POLITICAL, None, None),
            participants=[
                _home("chair-skane", Role.LEADER, "Representerar Region Skåne vid årsdagen av 1995 års avtal."),
                _home("vice-chair-skane", Role.MEMBER, "Presenterar Skånes exempel på hållbara städer vid plenarmötet."),
                _home("grip-member-skane", Role.MEMBER, "Följer avtalet för GRIP och rapporterar till regionstyrelsen."),
                _home("opposition-skane", Role.MEMBER, "Ger avtalet brett stöd över partigränserna."),
                _home("head-interregional-skane"),
            ],
            programme=[_item(later + dt.timedelta(days=1), "09:00", "12:00", "Plenarmöte för vänprovinserna", "Guangzhou",
                             "guangdong-fao")],
            costs=[_cost(_T, "SEK", 95000, None), _cost(_A, "SEK", 40000, None)],
            # Four politicians make a large political delegation; GRIP said no, and the register keeps it.
            grip_decision=_grip(day(-12), 431, DecisionOutcome.REJECTED,
                                "Stora politiska delegationer till Kina bör undvikas; lämna in på nytt med högst två."),
            notes="Inbjudan från Guangdongs utrikeskontor. Ska tillbaka till GRIP med en mindre "
            "delegation.",
        ),
        Delegation(
            "guangdong-health-recent", "Hälsodelegation från Guangdong till Skåne", Direction.INBOUND, Purpose.OFFICIAL,
            ended - dt.timedelta(days=3), ended, "Guangdong", "CN", ["health_care", "medical_research"],
            "guangdong-1995",
            participants=[
                _home("chair-skane", Role.HOST, "Tar emot delegationen som ordförande i GRIP, avtalets politiska ägare."),
                _home("officer-skane"), _home("skane-care-ceo"), _home("lund-oncologist"),
                _partner("health-guangdong", Role.LEADER), _partner("fao-guangdong", Role.MEMBER),
            ],
            programme=[
                _item(ended - dt.timedelta(days=3), "15:00", "17:00", "Välkomnande i Regionhuset", "Malmö", "region-skane"),
                _item(ended - dt.timedelta(days=2), "09:00", "12:00", "Skåne Care AB: utbildning i sjukhusadministration",
                      "Malmö", "skane-care"),
                _item(ended - dt.timedelta(days=1), "10:00", "15:00", "Kliniska prövningar vid Lunds universitet", "Lund",
                      "lund-university"),
            ],
            costs=[_cost(_H, "SEK", 38000, 41250), _cost(_G, "SEK", 3000, 3200), _cost(_I, "SEK", 12000, 12000)],
            grip_decision=_grip(day(-41), 377),
            follow_up_points=[
                _follow("Skicka besöksrapporten och bilder till Guangdongs utrikeskontor", "officer-skane",
                        day(-6)),
                _follow("Skicka Skåne Care AB:s offert på administrationskursen", "skane-care-ceo", day(-3), _OPEN),
                _follow("Ordna ett samtal mellan onkologerna i Lund och sjukhusen i Guangdong", "lund-oncologist",
                        day(-1), _OPEN),
                _follow("Föreslå datum för höstens tjänstemannabesök", "Business Region Skåne", day(20), _OPEN),
                _follow("Bjuda in delegationen igen till Malmöfestivalen", "officer-skane", day(-5), _DROPPED),
            ],
            notes="Guangdongs hälsomyndighets delegation inom 1995 års avtal: intresse för utbildning av "
            "sjukhusadministratörer och för kliniska prövningar med Lunds universitet.",
        ),
    ]


# fmt: on
