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
            "guangdong-life-science-upcoming", "Life-science business delegation to Guangdong and Hong Kong",
            Direction.OUTBOUND, Purpose.BUSINESS_PROMOTION, soon, soon + dt.timedelta(days=5), "Guangdong", "CN",
            ["life_science", "health_care", "medical_research"], "guangdong-1995", _business("medicon-valley"),
            participants=[
                _home("chair-skane", Role.LEADER,
                      "Meets the vice governor of Guangdong; political presence opens the health authorities' doors."),
                # Too short on purpose: the justification criterion fails until someone completes it.
                _home("vice-chair-skane", Role.MEMBER, "Följer med."),
                _home("head-interregional-skane"), _home("mva-director"), _home("brs-advisor"),
                _home("skane-care-ceo"), _home("lund-oncologist"), _home("interpreter-zh", Role.INTERPRETER),
                _partner("fao-guangdong"), _partner("vice-governor-guangdong"),
            ],
            programme=[
                _item(soon, "07:30", "09:00", "Arrival and transfer to the hotel", "Guangzhou Baiyun International Airport"),
                _item(soon, "14:00", "16:00", "Meeting with the Foreign Affairs Office", "Guangzhou", "guangdong-fao"),
                _item(soon + dt.timedelta(days=1), "09:30", "12:00", "Hospital administration and clinical trials",
                      "Guangzhou", "guangdong-health"),
                _item(soon + dt.timedelta(days=1), "19:00", "21:30", "Banquet hosted by Vice Governor 郑晓东 (gifts)",
                      "Guangzhou", "guangdong-fao"),
                _item(soon + dt.timedelta(days=2), "10:00", "16:00", "Company matchmaking by Medicon Valley Alliance",
                      "Shenzhen", "medicon-valley"),
                _item(soon + dt.timedelta(days=3), "10:00", "13:00", "Life-science seminar", "Hong Kong"),
                _item(soon + dt.timedelta(days=4), "09:00", "11:00", "Debriefing of the delegation", "Hong Kong"),
            ],
            costs=[_cost(_T, "SEK", 86000, None), _cost(_A, "SEK", 52000, None), _cost(_G, "SEK", 6000, None),
                   _cost(_I, "CNY", 12000, None), _cost(_F, "EUR", 2400, None)],
            grip_decision=_grip(day(-9), 502, DecisionOutcome.APPROVED_WITH_CONDITIONS,
                                "Each politician's participation to be justified in the register before departure."),
            notes="Requested by Medicon Valley Alliance for its member companies. Before departure: visas, gifts "
            "(glass from Skåne), the interpreter, briefing notes for the politicians, advice on phones and laptops.",
        ),
        Delegation(
            "guangdong-political-upcoming", "Political delegation to Guangdong's sister-province meeting",
            Direction.OUTBOUND, Purpose.POLITICAL, later, later + dt.timedelta(days=4), "Guangdong", "CN",
            ["innovation", "sustainable_cities"], "guangdong-1995", Initiator(InitiatorKind.POLITICAL, None, None),
            participants=[
                _home("chair-skane", Role.LEADER, "Represents Region Skåne at the anniversary of the 1995 agreement."),
                _home("vice-chair-skane", Role.MEMBER, "Presents Skåne's sustainable-cities cases at the plenary."),
                _home("grip-member-skane", Role.MEMBER, "Follows the agreement for GRIP and reports to the board."),
                _home("opposition-skane", Role.MEMBER, "Gives the agreement broad backing across the parties."),
                _home("head-interregional-skane"),
            ],
            programme=[_item(later + dt.timedelta(days=1), "09:00", "12:00", "Sister-province plenary", "Guangzhou",
                             "guangdong-fao")],
            costs=[_cost(_T, "SEK", 95000, None), _cost(_A, "SEK", 40000, None)],
            # Four politicians make a large political delegation; GRIP said no, and the register keeps it.
            grip_decision=_grip(day(-12), 431, DecisionOutcome.REJECTED,
                                "Large political delegations to China should be avoided; re-submit with at most two."),
            notes="Invitation from the Foreign Affairs Office of Guangdong. To go back to GRIP with a smaller "
            "delegation.",
        ),
        Delegation(
            "guangdong-health-recent", "Guangdong health delegation to Skåne", Direction.INBOUND, Purpose.OFFICIAL,
            ended - dt.timedelta(days=3), ended, "Guangdong", "CN", ["health_care", "medical_research"],
            "guangdong-1995",
            participants=[
                _home("chair-skane", Role.HOST, "Hosts the delegation as chair of GRIP, the agreement's political owner."),
                _home("officer-skane"), _home("skane-care-ceo"), _home("lund-oncologist"),
                _partner("health-guangdong", Role.LEADER), _partner("fao-guangdong", Role.MEMBER),
            ],
            programme=[
                _item(ended - dt.timedelta(days=3), "15:00", "17:00", "Welcome at Regionhuset", "Malmö", "region-skane"),
                _item(ended - dt.timedelta(days=2), "09:00", "12:00", "Skåne Care AB: hospital administration training",
                      "Malmö", "skane-care"),
                _item(ended - dt.timedelta(days=1), "10:00", "15:00", "Clinical trials at Lunds universitet", "Lund",
                      "lund-university"),
            ],
            costs=[_cost(_H, "SEK", 38000, 41250), _cost(_G, "SEK", 3000, 3200), _cost(_I, "SEK", 12000, 12000)],
            grip_decision=_grip(day(-41), 377),
            follow_up_points=[
                _follow("Send the visit memo and photos to the Foreign Affairs Office of Guangdong", "officer-skane",
                        day(-6)),
                _follow("Send Skåne Care AB's offer for the administration course", "skane-care-ceo", day(-3), _OPEN),
                _follow("Set up a call between Lund's oncologists and Guangdong's hospitals", "lund-oncologist",
                        day(-1), _OPEN),
                _follow("Propose dates for the autumn official-level visit", "Business Region Skåne", day(20), _OPEN),
                _follow("Invite the delegation back for the Malmö Festival", "officer-skane", day(-5), _DROPPED),
            ],
            notes="Guangdong Health Department's delegation under the 1995 agreement: interest in training for "
            "hospital administrators and in clinical trials with Lunds universitet.",
        ),
    ]


# fmt: on
