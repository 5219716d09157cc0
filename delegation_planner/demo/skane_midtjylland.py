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
            "guangdong-2012-international-week", "Guangdongs internationella vecka för samarbete och utbyte", out,
            Purpose.OFFICIAL, _D(2012, 11, 19), _D(2012, 11, 23), "Guangdong", "CN",
            ["health_care", "medical_research", "innovation"], "guangdong-1995",
            participants=[_home("head-interregional-skane", Role.LEADER), _home("officer-skane"),
                          _home("lund-oncologist"), _home("skane-care-ceo"), _partner("fao-guangdong")],
            programme=[
                _item(_D(2012, 11, 20), "09:00", "12:00", "Plenarmöte för vänprovinserna", "Guangzhou", "guangdong-fao"),
                _item(_D(2012, 11, 21), "10:00", "12:00", "Kurs i sjukhusadministration: uppföljning", "Guangzhou",
                      "guangdong-health"),
            ],
            costs=[_cost(_T, "SEK", 48000, 46300), _cost(_A, "SEK", 22000, 23850), _cost(_G, "SEK", 3000, 2700),
                   _cost(_I, "CNY", 6000, 6000)],
            follow_up_points=[
                _follow("Komma överens om vårens avstämningsbesök enligt avtalet",
                        "Enheten för interregionalt samarbete", _D(2013, 1, 15)),
                _follow("Erbjuda Guangdongs hälsomyndighet en andra kurs", "skane-care-ceo", _D(2013, 2, 28)),
            ],
            notes="Tjänstemannabesök samordnat med Guangdongs årliga evenemang för vänprovinserna, tillsammans "
            "med Lunds universitet, Malmö högskola och Högskolan Kristianstad.",
        ),
        Delegation(
            "guangdong-2013-officials", "Avstämningsbesök på tjänstemannanivå i Guangdong", out, Purpose.OFFICIAL,
            _D(2013, 4, 8), _D(2013, 4, 11), "Guangdong", "CN", ["health_care", "innovation"], "guangdong-1995",
            participants=[_home("officer-skane", Role.LEADER), _home("brs-advisor"), _partner("fao-guangdong")],
            programme=[_item(_D(2013, 4, 9), "09:30", "12:00", "Årlig avstämning av aktiviteterna", "Guangzhou",
                             "guangdong-fao")],
            costs=[_cost(_T, "SEK", 26000, 25100), _cost(_A, "SEK", 9000, 9400)],
            follow_up_points=[_follow("Uppdatera avtalets aktivitetsplan för 2013", "officer-skane", _D(2013, 5, 15))],
            notes="Det andra av de två tjänstemannabesök om året som strategin kräver.",
        ),
        Delegation(
            "tianjin-2012-life-science", "Besök i Tianjin om cancerforskning", out, Purpose.RESEARCH,
            _D(2012, 12, 3), _D(2012, 12, 6), "Tianjin", "CN", ["life_science", "medical_research"],
            "tianjin-life-science",
            participants=[_home("lund-oncologist", Role.LEADER), _home("head-interregional-skane"),
                          _partner("tianjin-oncologist")],
            programme=[
                _item(_D(2012, 12, 4), "09:00", "16:00", "Gemensam workshop om cancerforskning", "Tianjin", "tianjin-cancer"),
                _item(_D(2012, 12, 5), "10:00", "11:30", "Utkastet till life science-avtal", "Tianjin", "tianjin-gov"),
            ],
            costs=[_cost(_T, "SEK", 22000, 21400), _cost(_A, "EUR", 900, 960)],
            follow_up_points=[
                _follow("Skicka synpunkter på utkastet till life science-avtal", "head-interregional-skane",
                        _D(2013, 1, 31)),
                _follow("Registrera vad Tianjin vill få ut av samarbetet och vad Skåne vinner", "officer-skane",
                        _D(2013, 1, 31), _OPEN),
            ],
            notes="Förberedelse av life science-avtalet med Tianjin: cancerforskning mellan Lunds universitet och "
            "dess motparter samt stöd till life science-företag. En ny kontakt vars intressen ännu inte är "
            "registrerade.",
        ),
    ]


# --- Region Midtjylland and Shanghai (the knowledge cooperation 2008-2011) ---------------------


def _midtjylland() -> list[Delegation]:
    out, inb = Direction.OUTBOUND, Direction.INBOUND
    return [
        Delegation(
            "shanghai-2008-it-delegation", "IT-delegation til Shanghai", out, Purpose.RESEARCH,
            _D(2008, 9, 15), _D(2008, 9, 19), "Shanghai", "CN", ["ict", "health_care"],
            participants=[_home("intl-office-midtjylland", Role.LEADER), _home("au-researcher"),
                          _home("alexandra-researcher"), _home("itforum-rep"), _partner("sstc-director")],
            programme=[
                _item(_D(2008, 9, 16), "09:00", "17:00", "Digital forvaltning, e-sundhed og grøn IT", "Shanghai", "sstc"),
                _item(_D(2008, 9, 17), "10:00", "12:00", "Briefing hos Innovation Centre Denmark", "Shanghai",
                      "icdk-shanghai"),
            ],
            costs=[_cost(_T, "DKK", 60000, 57800), _cost(_A, "DKK", 24000, 22500)],
            follow_up_points=[_follow("Rapportere potentialet for F&U-samarbejde til IT-rådet", "au-researcher",
                                      _D(2008, 10, 31))],
            notes="Anbefalet af en arbejdsgruppe under IT-rådet. Eksperterne så store perspektiver i "
            "digital forvaltning, e-sundhed, patientjournaler, grøn IT / intelligente bygninger og positionering.",
        ),
        Delegation(
            "shanghai-2009-ict-workshop", "Første Shanghai-workshop (IT) og underskrift med SSTC", inb, Purpose.RESEARCH,
            _D(2009, 2, 23), _D(2009, 2, 25), "Shanghai", "CN", ["ict"], "shanghai-sstc-2009",
            participants=[
                _home("chair-midtjylland", Role.HOST, "Underskriver den videnskabelige aftale med SSTC for regionen."),
                _home("intl-office-midtjylland"), _home("au-researcher"), _partner("sstc-director", Role.LEADER),
            ],
            programme=[
                _item(_D(2009, 2, 24), "10:00", "11:00", "Underskrift af aftalen", "Viborg", "sstc"),
                _item(_D(2009, 2, 24), "13:00", "17:00", "Matchmaking-workshop: IT", "Aarhus", "aarhus-university"),
            ],
            # The host region pays the workshop, the visitors their own travel.
            costs=[_cost(_H, "DKK", 90000, 84000), _cost(_I, "DKK", 12000, 12000)],
            grip_decision=_grip(_D(2009, 1, 27), 87),
            follow_up_points=[_follow("Åbne puljen for projektansøgninger", "intl-office-midtjylland",
                                      _D(2009, 4, 1))],
            notes="Hensigtserklæringen fra marts 2008 blev til en bindende aftale. Den første af de tematiske "
            "workshops, der skifter mellem regionerne en til to gange om året.",
        ),
        Delegation(
            "shanghai-2009-energy-workshop", "Shanghai-workshop: energi og miljø", out, Purpose.RESEARCH,
            _D(2009, 11, 9), _D(2009, 11, 13), "Shanghai", "CN", ["environmental_tech", "energy"],
            "shanghai-sstc-2009",
            participants=[_home("intl-office-midtjylland", Role.LEADER), _home("alexandra-researcher"),
                          _partner("sstc-director")],
            programme=[_item(_D(2009, 11, 10), "09:00", "17:00", "Tematisk workshop og matchmaking", "Shanghai",
                             "sstc")],
            costs=[_cost(_T, "DKK", 45000, 43200), _cost(_A, "CNY", 14000, 13200)],
            follow_up_points=[_follow("Indsamle projektidéer til ekspertgruppen", "intl-office-midtjylland",
                                      _D(2010, 1, 15))],
            notes="Den anden workshop; Shanghai var vært og betalte workshoppen, den danske side sin egen rejse.",
        ),
        Delegation(
            "expo-2010-shanghai", "World EXPO 2010 Shanghai: Midtjylland-uge", out, Purpose.TRADE_FAIR,
            _D(2010, 9, 20), _D(2010, 9, 24), "Shanghai", "CN",
            ["sustainable_cities", "environmental_tech", "health_care"], "shanghai-sstc-2009",
            participants=[_home("intl-office-midtjylland", Role.LEADER), _home("itforum-rep"), _home("au-researcher"),
                          _home("icdk-attache", Role.OTHER)],
            programme=[_item(_D(2010, 9, 21), "10:00", "16:00", "Projekter i den danske pavillon 'Welfairytales'",
                             "EXPO-området, Shanghai", "icdk-shanghai")],
            costs=[_cost(_F, "EUR", 25000, 24300), _cost(_T, "DKK", 55000, 52900), _cost(_A, "CNY", 22000, 23500)],
            follow_up_points=[_follow("Evaluere EXPO-aktiviteterne for Vækstforum", "intl-office-midtjylland",
                                      _D(2010, 12, 1))],
            notes="'Better City – Better Life': regionens projekter vist under den danske pavillons tema om "
            "bæredygtig velfærd.",
        ),
    ]


# fmt: on
