"""The demo's Region Skåne (Guangdong, Tianjin) and Region Midtjylland (Shanghai) delegations.

From Region Skåne's China strategy of 2012 and Region Midtjylland's paper on the knowledge
cooperation with Shanghai 2008-2011.
"""

from __future__ import annotations

from delegation_planner.demo.builders import (
    _A,
    _D,
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
from delegation_planner.domain.enums import Direction, Purpose, Role
from delegation_planner.domain.records import Delegation

# The rest of the module is data. The formatter would put every argument on a line of its own and
# triple the length; one record to a line or two reads like the register it fills.
# fmt: off

# --- Region Skåne and Guangdong / Tianjin (strategy 2012) ---------------------------------------


def _skane() -> list[Delegation]:
    out = Direction.OUTBOUND
    return [
        Delegation(
            "guangdong-2012-international-week", "Guangdong International Week on Cooperation and Exchange", out,
            Purpose.OFFICIAL, _D(2012, 11, 19), _D(2012, 11, 23), "Guangdong", "CN",
            ["health_care", "medical_research", "innovation"], "guangdong-1995",
            participants=[_home("head-interregional-skane", Role.LEADER), _home("officer-skane"),
                          _home("lund-oncologist"), _home("skane-care-ceo"), _partner("fao-guangdong")],
            programme=[
                _item(_D(2012, 11, 20), "09:00", "12:00", "Sister-province plenary", "Guangzhou", "guangdong-fao"),
                _item(_D(2012, 11, 21), "10:00", "12:00", "Hospital administration course: follow-up", "Guangzhou",
                      "guangdong-health"),
            ],
            costs=[_cost(_T, "SEK", 48000, 46300), _cost(_A, "SEK", 22000, 23850), _cost(_G, "SEK", 3000, 2700),
                   _cost(_I, "CNY", 6000, 6000)],
            follow_up_points=[
                _follow("Agree the spring reconciliation visit under the agreement",
                        "Enheten för interregionalt samarbete", _D(2013, 1, 15)),
                _follow("Offer a second course to Guangdong Health Department", "skane-care-ceo", _D(2013, 2, 28)),
            ],
            notes="Official-level visit coordinated with Guangdong's annual event for its sister provinces, together "
            "with Lunds universitet, Malmö högskola and Högskolan Kristianstad.",
        ),
        Delegation(
            "guangdong-2013-officials", "Official reconciliation visit to Guangdong", out, Purpose.OFFICIAL,
            _D(2013, 4, 8), _D(2013, 4, 11), "Guangdong", "CN", ["health_care", "innovation"], "guangdong-1995",
            participants=[_home("officer-skane", Role.LEADER), _home("brs-advisor"), _partner("fao-guangdong")],
            programme=[_item(_D(2013, 4, 9), "09:30", "12:00", "Annual reconciliation of activities", "Guangzhou",
                             "guangdong-fao")],
            costs=[_cost(_T, "SEK", 26000, 25100), _cost(_A, "SEK", 9000, 9400)],
            follow_up_points=[_follow("Update the agreement's activity plan for 2013", "officer-skane", _D(2013, 5, 15))],
            notes="The second of the two official-level visits a year that the strategy asks for.",
        ),
        Delegation(
            "tianjin-2012-life-science", "Cancer research visit to Tianjin", out, Purpose.RESEARCH,
            _D(2012, 12, 3), _D(2012, 12, 6), "Tianjin", "CN", ["life_science", "medical_research"],
            "tianjin-life-science",
            participants=[_home("lund-oncologist", Role.LEADER), _home("head-interregional-skane"),
                          _partner("tianjin-oncologist")],
            programme=[
                _item(_D(2012, 12, 4), "09:00", "16:00", "Joint cancer research workshop", "Tianjin", "tianjin-cancer"),
                _item(_D(2012, 12, 5), "10:00", "11:30", "The draft life-science agreement", "Tianjin", "tianjin-gov"),
            ],
            costs=[_cost(_T, "SEK", 22000, 21400), _cost(_A, "EUR", 900, 960)],
            follow_up_points=[
                _follow("Send comments on the draft life-science agreement", "head-interregional-skane",
                        _D(2013, 1, 31)),
                _follow("Record what Tianjin wants from the cooperation, and what Skåne gains", "officer-skane",
                        _D(2013, 1, 31), _OPEN),
            ],
            notes="Preparing the life-science agreement with Tianjin: cancer research between Lunds universitet and "
            "its counterparts, and support for life-science companies. A new contact whose interests are still to "
            "be recorded.",
        ),
    ]


# --- Region Midtjylland and Shanghai (the knowledge cooperation 2008-2011) ---------------------


def _midtjylland() -> list[Delegation]:
    out, inb = Direction.OUTBOUND, Direction.INBOUND
    return [
        Delegation(
            "shanghai-2008-it-delegation", "IT delegation to Shanghai", out, Purpose.RESEARCH,
            _D(2008, 9, 15), _D(2008, 9, 19), "Shanghai", "CN", ["ict", "health_care"],
            participants=[_home("intl-office-midtjylland", Role.LEADER), _home("au-researcher"),
                          _home("alexandra-researcher"), _home("itforum-rep"), _partner("sstc-director")],
            programme=[
                _item(_D(2008, 9, 16), "09:00", "17:00", "eGovernment, eHealth and green IT", "Shanghai", "sstc"),
                _item(_D(2008, 9, 17), "10:00", "12:00", "Briefing at Innovation Centre Denmark", "Shanghai",
                      "icdk-shanghai"),
            ],
            costs=[_cost(_T, "DKK", 60000, 57800), _cost(_A, "DKK", 24000, 22500)],
            follow_up_points=[_follow("Report the potential for R&D cooperation to the IT council", "au-researcher",
                                      _D(2008, 10, 31))],
            notes="Recommended by a working group of the IT council. The experts saw large prospects in "
            "eGovernment, eHealth, patient records, green IT / intelligent buildings and positioning.",
        ),
        Delegation(
            "shanghai-2009-ict-workshop", "First Shanghai workshop (IT) and signing with SSTC", inb, Purpose.RESEARCH,
            _D(2009, 2, 23), _D(2009, 2, 25), "Shanghai", "CN", ["ict"], "shanghai-sstc-2009",
            participants=[
                _home("chair-midtjylland", Role.HOST, "Signs the scientific agreement with SSTC for the region."),
                _home("intl-office-midtjylland"), _home("au-researcher"), _partner("sstc-director", Role.LEADER),
            ],
            programme=[
                _item(_D(2009, 2, 24), "10:00", "11:00", "Signing of the agreement", "Viborg", "sstc"),
                _item(_D(2009, 2, 24), "13:00", "17:00", "Matchmaking workshop: IT", "Aarhus", "aarhus-university"),
            ],
            # The host region pays the workshop, the visitors their own travel.
            costs=[_cost(_H, "DKK", 90000, 84000), _cost(_I, "DKK", 12000, 12000)],
            grip_decision=_grip(_D(2009, 1, 27), 87),
            follow_up_points=[_follow("Open the pool for project applications", "intl-office-midtjylland",
                                      _D(2009, 4, 1))],
            notes="The letter of intent of March 2008 became a binding agreement. The first of the thematic "
            "workshops that alternate between the regions once or twice a year.",
        ),
        Delegation(
            "shanghai-2009-energy-workshop", "Shanghai workshop: energy and environment", out, Purpose.RESEARCH,
            _D(2009, 11, 9), _D(2009, 11, 13), "Shanghai", "CN", ["environmental_tech", "energy"],
            "shanghai-sstc-2009",
            participants=[_home("intl-office-midtjylland", Role.LEADER), _home("alexandra-researcher"),
                          _partner("sstc-director")],
            programme=[_item(_D(2009, 11, 10), "09:00", "17:00", "Thematic workshop and matchmaking", "Shanghai",
                             "sstc")],
            costs=[_cost(_T, "DKK", 45000, 43200), _cost(_A, "CNY", 14000, 13200)],
            follow_up_points=[_follow("Collect project ideas for the expert group", "intl-office-midtjylland",
                                      _D(2010, 1, 15))],
            notes="The second workshop; Shanghai hosted and paid the workshop, the Danish side its own travel.",
        ),
        Delegation(
            "expo-2010-shanghai", "World EXPO 2010 Shanghai: Central Denmark week", out, Purpose.TRADE_FAIR,
            _D(2010, 9, 20), _D(2010, 9, 24), "Shanghai", "CN",
            ["sustainable_cities", "environmental_tech", "health_care"], "shanghai-sstc-2009",
            participants=[_home("intl-office-midtjylland", Role.LEADER), _home("itforum-rep"), _home("au-researcher"),
                          _home("icdk-attache", Role.OTHER)],
            programme=[_item(_D(2010, 9, 21), "10:00", "16:00", "Projects at the Danish pavilion 'Welfairytales'",
                             "EXPO site, Shanghai", "icdk-shanghai")],
            costs=[_cost(_F, "EUR", 25000, 24300), _cost(_T, "DKK", 55000, 52900), _cost(_A, "CNY", 22000, 23500)],
            follow_up_points=[_follow("Evaluate the EXPO activities for the growth forum", "intl-office-midtjylland",
                                      _D(2010, 12, 1))],
            notes="'Better City – Better Life': the region's projects shown under the Danish pavilion's theme of "
            "sustainable welfare.",
        ),
    ]


# fmt: on
