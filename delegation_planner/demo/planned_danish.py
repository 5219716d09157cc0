"""The Danish demos' trips placed relative to today, so their overview and Before departure
tab have something to show: one trip being prepared and one just finished for each office."""

from __future__ import annotations

import datetime as dt

from delegation_planner.demo.builders import (
    _A,
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
from delegation_planner.demo.planned import RECENT_ENDED_DAYS_AGO, UPCOMING_IN_DAYS
from delegation_planner.domain.enums import Direction, Purpose, Role
from delegation_planner.domain.records import Delegation

# fmt: off


def _planned_hovedstaden(today: dt.date) -> list[Delegation]:
    soon = today + dt.timedelta(days=UPCOMING_IN_DAYS)
    ended = today - dt.timedelta(days=RECENT_ENDED_DAYS_AGO)
    return [
        Delegation(
            "jiangsu-healthtech-upcoming", "Erhvervsdelegation om sundhedsteknologi til Jiangsu",
            Direction.OUTBOUND, Purpose.BUSINESS_PROMOTION, soon, soon + dt.timedelta(days=4), "Jiangsu", "CN",
            ["health_tech", "elderly_care"], "jiangsu-2015-health", _business("copenhagen-healthtech"),
            participants=[
                _home("committee-chair-hovedstaden", Role.LEADER,
                      "Leder delegationen som formand for vækstudvalget og mødes med provinsens sundhedskommission."),
                _home("officer-hovedstaden"), _home("chc-director"), _home("wavecare-ceo"),
                _partner("fao-director-jiangsu"), _partner("jitri-vp"),
            ],
            programme=[
                _item(soon, "14:00", "16:00", "Møde med udenrigskontoret", "Nanjing", "jiangsu-fao"),
                _item(soon + dt.timedelta(days=1), "09:30", "15:00", "Virksomhedsmatchmaking hos JITRI", "Suzhou",
                      "jitri"),
            ],
            costs=[_cost(_T, "DKK", 70000, None), _cost(_A, "DKK", 45000, None), _cost(_I, "DKK", 12000, None)],
            notes="Copenhagen Healthtech Cluster har bedt om politisk deltagelse for at give virksomhederne adgang "
            "til hospitalerne i Suzhou. Før afrejse: visum, gaver, tolk og briefing til politikeren.",
        ),
        Delegation(
            "jiangsu-elderly-care-recent", "Jiangsu-delegation om velfærdsteknologi i ældreplejen",
            Direction.INBOUND, Purpose.OFFICIAL, ended - dt.timedelta(days=2), ended, "Jiangsu", "CN",
            ["elderly_care", "health_tech"], "jiangsu-2015-health",
            participants=[
                _home("chair-hovedstaden", Role.HOST, "Byder delegationen velkommen som regionsrådsformand."),
                _home("officer-hovedstaden"), _home("hvidovre-midwife"),
                _partner("suzhou-obstetrician", Role.LEADER),
            ],
            programme=[_item(ended - dt.timedelta(days=1), "10:00", "12:00", "Fremvisning af velfærdsteknologi",
                             "København", "copenhagen-healthtech")],
            costs=[_cost(_H, "DKK", 15000, 16200)],
            grip_decision=_grip(ended - dt.timedelta(days=30), 2210),
            follow_up_points=[
                _follow("Sende programmet for genbesøget til udenrigskontoret", "officer-hovedstaden",
                        today - dt.timedelta(days=3), _OPEN),
                _follow("Formidle kontakt mellem Hvidovre Hospital og Suzhou Municipal Hospital", "hvidovre-midwife",
                        today - dt.timedelta(days=1), _OPEN),
                _follow("Orientere forretningsudvalget om besøget", "intl-head-hovedstaden",
                        today + dt.timedelta(days=14), _OPEN),
            ],
            notes="En af årets Jiangsu-delegationer; interesse for velfærdsteknologi og fødestuer.",
        ),
    ]


def _planned_midtjylland(today: dt.date) -> list[Delegation]:
    soon = today + dt.timedelta(days=UPCOMING_IN_DAYS)
    ended = today - dt.timedelta(days=RECENT_ENDED_DAYS_AGO)
    return [
        Delegation(
            "shanghai-workshop-upcoming", "Shanghai-workshop: sundhed og IT", Direction.OUTBOUND, Purpose.RESEARCH,
            soon, soon + dt.timedelta(days=3), "Shanghai", "CN", ["health_care", "ict"], "shanghai-sstc-2009",
            participants=[_home("intl-office-midtjylland", Role.LEADER), _home("au-researcher"),
                          _home("alexandra-researcher"), _partner("sstc-director")],
            programme=[_item(soon + dt.timedelta(days=1), "09:00", "17:00", "Tematisk workshop og matchmaking",
                             "Shanghai", "sstc")],
            costs=[_cost(_T, "DKK", 48000, None), _cost(_A, "CNY", 15000, None)],
            notes="Årets workshop i Shanghai; Shanghai er vært og betaler workshoppen, den danske side sin egen rejse.",
        ),
        Delegation(
            "sstc-visit-recent", "SSTC's besøg i Aarhus: energi og miljø", Direction.INBOUND, Purpose.RESEARCH,
            ended - dt.timedelta(days=1), ended, "Shanghai", "CN", ["energy", "environmental_tech"],
            "shanghai-sstc-2009",
            participants=[_home("intl-office-midtjylland", Role.HOST), _home("au-researcher"),
                          _partner("sstc-director", Role.LEADER)],
            programme=[_item(ended, "10:00", "15:00", "Matchmaking med virksomheder og forskere", "Aarhus",
                             "aarhus-university")],
            costs=[_cost(_H, "DKK", 40000, 38500)],
            follow_up_points=[
                _follow("Samle projektidéerne til ekspertgruppen", "intl-office-midtjylland",
                        today - dt.timedelta(days=2), _OPEN),
                _follow("Forelægge puljens projekter for Vækstforum", "intl-office-midtjylland",
                        today + dt.timedelta(days=30), _OPEN),
            ],
            notes="Den tematiske workshop i Danmark: regionen er vært og betaler, SSTC sin egen rejse.",
        ),
    ]


# fmt: on
