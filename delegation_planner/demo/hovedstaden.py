"""The demo's Region Hovedstaden delegations: Jiangsu, 2012-2017.

From the evaluation of the Jiangsu cooperation 2012-2017 and the focus paper of 2016.
"""

from __future__ import annotations

from delegation_planner.demo.builders import (
    _A,
    _D,
    _DROPPED,
    _F,
    _G,
    _H,
    _I,
    _T,
    _cost,
    _follow,
    _grip,
    _home,
    _item,
    _partner,
)
from delegation_planner.demo.parties import _business
from delegation_planner.domain.enums import (
    CostCategory,
    DecisionOutcome,
    Direction,
    InitiatorKind,
    Purpose,
    Role,
)
from delegation_planner.domain.records import Delegation, Initiator

# The rest of the module is data. The formatter would put every argument on a line of its own and
# triple the length; one record to a line or two reads like the register it fills.
# fmt: off

# --- Region Hovedstaden and Jiangsu (evaluation 2012-2017, focus paper 2016) -------------------


def _hovedstaden() -> list[Delegation]:
    out, inb = Direction.OUTBOUND, Direction.INBOUND
    chair_why = "Leder delegationen og mødes med provinsledelsen; åbner døre for operatørerne."
    return [
        Delegation(
            "jiangsu-2012-officials", "Embedsmændenes studierejse til Jiangsu", out, Purpose.OFFICIAL,
            _D(2012, 11, 12), _D(2012, 11, 16), "Jiangsu", "CN", ["health_care", "environmental_tech"],
            participants=[_home("intl-head-hovedstaden", Role.LEADER), _home("officer-hovedstaden"),
                          _partner("fao-director-jiangsu")],
            programme=[_item(_D(2012, 11, 13), "09:30", "12:00", "Drøftelser om en samarbejdsaftale", "Nanjing",
                             "jiangsu-fao")],
            costs=[_cost(_T, "DKK", 60000, 58200), _cost(_A, "DKK", 30000, 28600), _cost(_I, "CNY", 8000, 8400)],
            follow_up_points=[_follow("Udarbejde udkast til samarbejdsaftalen til formandens besøg i maj",
                                      "intl-head-hovedstaden", _D(2013, 1, 31))],
            notes="Embedsmændenes studierejse efter regionsrådets strategi fra juni 2012. Jiangsu foreslog en "
                "generel samarbejdsaftale, der skulle underskrives under et politisk besøg i 2013.",
        ),
        Delegation(
            "jiangsu-2013-business", "Politisk ledet erhvervsdelegation til Jiangsu", out,
            Purpose.BUSINESS_PROMOTION, _D(2013, 5, 13), _D(2013, 5, 18), "Jiangsu", "CN",
            ["health_care", "life_science", "environmental_tech"], "jiangsu-2013", _business("copenhagen-capacity"),
            participants=[
                _home("chair-hovedstaden", Role.LEADER, chair_why + " Underskriver samarbejdsaftalen."),
                _home("vice-chair-hovedstaden", Role.MEMBER,
                      "Formand for sundhedsudvalget; følger op på hospitalskontakterne i Nanjing."),
                _home("intl-head-hovedstaden"), _home("officer-hovedstaden"), _home("capacity-director"),
                _home("clean-director"), _home("nupo-export"), _home("liqtech-sales"),
                _partner("party-secretary-jiangsu"), _partner("fao-director-jiangsu"), _partner("simcere-bd"),
            ],
            programme=[
                _item(_D(2013, 5, 14), "10:00", "11:30", "Underskrift af samarbejdsaftalen", "Nanjing",
                      "jiangsu-fao"),
                _item(_D(2013, 5, 15), "09:00", "12:00", "Virksomhedsbesøg hos Simcere", "Nanjing", "simcere"),
                _item(_D(2013, 5, 16), "14:00", "17:00", "Seminar om miljøteknologi", "Wuxi", "kailoong"),
            ],
            costs=[_cost(_T, "DKK", 180000, 176400), _cost(_A, "DKK", 120000, 118950),
                   _cost(_H, "DKK", 45000, 51300), _cost(_G, "DKK", 12000, 9850),
                   _cost(_I, "DKK", 30000, 28500), _cost(CostCategory.OTHER, "DKK", 40000, 35000)],
            grip_decision=_grip(_D(2013, 4, 9), 211),
            follow_up_points=[
                _follow("Invitere partisekretæren til genbesøg i juni", "chair-hovedstaden", _D(2013, 5, 31)),
                _follow("Følge op på Simceres interesse for danske produkter", "capacity-director", _D(2013, 6, 30)),
            ],
            notes="Over 20 deltagere; registret viser dem, kontoret fulgte op på. Samarbejdsaftalen med "
                "Jiangsu blev underskrevet i Nanjing. Besøget hos Simcere førte til genbesøget i august og "
                "senere til partnerskabet mellem Nupo og Simceres datterselskab Simcare.",
        ),
        Delegation(
            "jiangsu-2013-party-secretary", "Genbesøg af Jiangsus partisekretær", inb, Purpose.POLITICAL,
            _D(2013, 6, 10), _D(2013, 6, 11), "Jiangsu", "CN", ["health_care", "innovation"], "jiangsu-2013",
            participants=[
                _home("chair-hovedstaden", Role.HOST, "Er vært for genbesøget som partisekretærens modpart."),
                _home("intl-head-hovedstaden"),
                _partner("party-secretary-jiangsu", Role.LEADER), _partner("fao-director-jiangsu", Role.MEMBER),
            ],
            programme=[
                _item(_D(2013, 6, 10), "12:00", "14:00", "Frokost med formanden som vært", "København"),
                _item(_D(2013, 6, 11), "09:00", "11:00", "Besøg på Hvidovre Hospital", "Hvidovre", "hvidovre-hospital"),
            ],
            costs=[_cost(_H, "DKK", 30000, 31500), _cost(_G, "DKK", 3000, 2500)],
            # Announced at short notice and decided afterwards: the decision criterion shows it.
            grip_decision=_grip(_D(2013, 6, 18), 264, note="Godkendt efterfølgende; besøget blev varslet med kort frist."),
            follow_up_points=[_follow("Sende fotos og den fælles erklæring til udenrigskontoret",
                                      "officer-hovedstaden", _D(2013, 6, 28))],
            notes="Partisekretæren gengældte majbesøget inden for en måned. Begge parter bekræftede sundhed "
                "og miljø som de første samarbejdsområder.",
        ),
        Delegation(
            "china-business-conference-2013", "Kina-erhvervskonference på Københavns Rådhus", inb,
            Purpose.TRADE_FAIR, _D(2013, 6, 12), _D(2013, 6, 12), "Jiangsu", "CN", ["life_science", "food"],
            initiator=_business("copenhagen-capacity", requested=False),
            participants=[_home("officer-hovedstaden", Role.HOST), _home("capacity-director"),
                          _partner("fao-director-jiangsu", Role.GUEST)],
            programme=[_item(_D(2013, 6, 12), "09:00", "16:00", "Konference: at gøre forretninger med Kina",
                             "Københavns Rådhus", "copenhagen-capacity")],
            costs=[_cost(_F, "DKK", 25000, 25000)],
            follow_up_points=[_follow("Dele deltagerlisten med operatørerne", "Center for Regional Udvikling",
                                      _D(2013, 6, 30))],
            notes="Arrangeret sammen med Copenhagen Capacity i forlængelse af partisekretærens besøg.",
        ),
        Delegation(
            "simcere-2013-visit", "Simceres genbesøg for at undersøge forretningsmuligheder i Danmark", inb,
            Purpose.BUSINESS_PROMOTION, _D(2013, 8, 26), _D(2013, 8, 28), "Jiangsu", "CN", ["health_care", "food"],
            initiator=_business("copenhagen-capacity", requested=False),
            participants=[_home("capacity-director", Role.HOST), _home("nupo-export"),
                          _partner("simcere-bd", Role.LEADER)],
            programme=[_item(_D(2013, 8, 27), "10:00", "15:00", "Matchmaking med danske sundheds- og fødevarevirksomheder",
                             "København", "simcere")],
            costs=[_cost(_H, "DKK", 6000, 6500)],
            follow_up_points=[_follow("Formidle en agentaftale mellem Nupo og Simcare", "Copenhagen Capacity",
                                      _D(2013, 12, 1))],
            notes="Simcere kom tilbage efter majdelegationens virksomhedsbesøg. Copenhagen Capacity "
                "formidlede partnerskabet: Simcare er nu agent for Nupo i Kina.",
        ),
        Delegation(
            "jiangsu-2015-business", "Formandens erhvervsdelegation til Jiangsu", out, Purpose.BUSINESS_PROMOTION,
            _D(2015, 1, 19), _D(2015, 1, 24), "Jiangsu", "CN", ["health_care", "health_tech", "environmental_tech"],
            "jiangsu-2013",
            # The focus paper calls it the chair's visit: politically initiated, which the bottom-up rule flags.
            Initiator(InitiatorKind.POLITICAL, None, None),
            participants=[
                _home("chair-hovedstaden", Role.LEADER, chair_why + " Underskriver aftalerne om sundhed og miljø."),
                _home("committee-chair-hovedstaden", Role.MEMBER,
                      "Formand for vækstudvalget, der finansierer operatørernes arbejde."),
                _home("intl-head-hovedstaden"), _home("officer-hovedstaden"), _home("chc-director"),
                _home("clean-director"), _home("capacity-director"),
                _partner("vice-governor-jiangsu"), _partner("fao-director-jiangsu"),
            ],
            programme=[
                _item(_D(2015, 1, 20), "10:00", "12:00", "Underskrift: sundhed/sundhedsteknologi og miljø/jord",
                      "Nanjing", "jiangsu-fao"),
                _item(_D(2015, 1, 21), "09:30", "12:00", "Rundbordssamtale om sundhedsteknologi", "Suzhou", "jitri"),
            ],
            costs=[_cost(_T, "DKK", 160000, 165000), _cost(_A, "DKK", 110000, 112500),
                   _cost(_H, "DKK", 40000, 38000), _cost(_G, "DKK", 10000, 8200),
                   _cost(_I, "DKK", 25000, 26300), _cost(_F, "DKK", 40000, 40000)],
            grip_decision=_grip(_D(2014, 12, 2), 1187),
            follow_up_points=[
                _follow("Give Copenhagen Healthtech Cluster ansvaret for dansk-kinesiske partnerskaber om "
                    "sundhedsteknologi",
                        "intl-head-hovedstaden", _D(2015, 3, 31)),
                _follow("Aftale KPI'er med CLEAN for sporet om miljø/jord", "Center for Regional Udvikling",
                        _D(2015, 4, 30)),
            ],
            notes="Over 20 deltagere. Aftaler om sundhed/sundhedsteknologi og om miljø/jord blev "
                "underskrevet, og samarbejdet blev konkretiseret inden for tre områder: sundheds- og "
                "velfærdsteknologi, miljø og sundhedssamarbejde.",
        ),
        Delegation(
            "jiangsu-2016-exchange-officials", "Udvekslingsembedsmænd fra Jiangsu", inb, Purpose.EXCHANGE,
            _D(2016, 3, 1), _D(2016, 5, 31), "Jiangsu", "CN", ["health_care", "innovation"], "jiangsu-2013",
            participants=[_home("officer-hovedstaden", Role.HOST), _partner("exchange-official-1", Role.GUEST),
                          _partner("exchange-official-2", Role.GUEST)],
            programme=[_item(_D(2016, 3, 1), "09:00", "12:00", "Velkomst og introduktion", "Hillerød",
                             "region-hovedstaden")],
            costs=[_cost(_H, "DKK", 70000, 72000)],
            follow_up_points=[_follow("Indsamle udvekslingsembedsmændenes rapporter", "officer-hovedstaden", _D(2016, 6, 30))],
            notes="Tredje runde af udvekslingsprogrammet: seks embedsmænd fra Jiangsu modtaget i 2-4 måneder "
                "i 2014, 2015 og 2016.",
        ),
        Delegation(
            "jiangsu-2016-health-inbound", "Jiangsu-delegation om sundhed og ældrepleje", inb, Purpose.OFFICIAL,
            _D(2016, 4, 18), _D(2016, 4, 20), "Jiangsu", "CN", ["health_care", "elderly_care", "health_tech"],
            "jiangsu-2015-health",
            participants=[
                _home("committee-chair-hovedstaden", Role.HOST,
                      "Leder modtagelsen som formand for udvalget med ansvar for vækst i sundhedsteknologi."),
                _home("officer-hovedstaden"), _home("hvidovre-midwife"), _home("wavecare-ceo"),
                _partner("suzhou-obstetrician", Role.LEADER), _partner("exchange-official-2", Role.MEMBER),
            ],
            programme=[
                _item(_D(2016, 4, 19), "09:00", "12:00", "De sansestimulerende fødestuer", "Hvidovre", "hvidovre-hospital"),
                _item(_D(2016, 4, 20), "10:00", "12:00", "Fremvisning af velfærdsteknologi til ældreplejen", "København",
                      "copenhagen-healthtech"),
            ],
            costs=[_cost(_H, "DKK", 12000, 14000)],
            grip_decision=_grip(_D(2016, 3, 15), 412),
            follow_up_points=[
                _follow("Sende WaveCares tilbud til Suzhou Municipal Hospital", "wavecare-ceo", _D(2016, 6, 1)),
                _follow("Bede hospitalerne begrænse ubetalte studiebesøg", "Center for Regional Udvikling",
                        _D(2016, 6, 30), _DROPPED),
            ],
            notes="En af de 5-6 Jiangsu-delegationer om året. Efter besøget på Hvidovre Hospital indrettede "
                "Suzhou Municipal Hospital en sansestimulerende fødestue leveret af WaveCare.",
        ),
        Delegation(
            "jiangsu-2016-food-environment", "Jiangsu-delegation om fødevarer og miljø", inb, Purpose.OFFICIAL,
            _D(2016, 6, 6), _D(2016, 6, 7), "Jiangsu", "CN", ["food", "environmental_tech"],
            participants=[_home("clean-manager", Role.HOST), _home("officer-hovedstaden"),
                          _partner("fao-director-jiangsu", Role.LEADER)],
            programme=[_item(_D(2016, 6, 6), "13:00", "16:00", "Cases om oprensning af jord og vand", "København", "clean")],
            costs=[_cost(_H, "DKK", 10000, 9500)],
            follow_up_points=[_follow("Sende CLEANs casekatalog på kinesisk", "clean-manager", _D(2016, 7, 1))],
            notes="CLEAN var vært som operatør for grøn vækst, og administrationen gav politisk opbakning.",
        ),
        Delegation(
            "innovation-house-opening-2016", "Åbning af Innovation House China-Denmark", inb,
            Purpose.BUSINESS_PROMOTION, _D(2016, 9, 22), _D(2016, 9, 23), "Jiangsu", "CN",
            ["innovation", "health_tech"], "jiangsu-2013", _business("innovation-house"),
            participants=[
                _home("chair-hovedstaden", Role.HOST, "Åbner Innovation House, som regionen medfinansierede med 0,5 mio. kr."),
                _home("innovation-house-ceo"), _home("capacity-investment"),
                _partner("jitri-vp", Role.GUEST), _partner("jitri-biomed", Role.GUEST),
            ],
            programme=[_item(_D(2016, 9, 22), "15:00", "17:00", "Åbningsceremoni", "Østerbro, København",
                             "innovation-house")],
            costs=[_cost(_H, "DKK", 20000, 22000)],
            grip_decision=_grip(_D(2016, 8, 30), 1033),
            follow_up_points=[_follow("Orientere regionsrådet om de første lejere", "intl-head-hovedstaden",
                                      _D(2016, 12, 31))],
            notes="Innovation House åbnede på Østerbro med JITRI og Hansong Technologies som medfinansierende "
                "stiftere; JITRI kom med gennem regionens kontakter i provinsadministrationen.",
        ),
        _jiangsu_2016(),
        Delegation(
            "jiangsu-2017-tourism-investment", "Jiangsu-delegation om turisme og investeringer", inb,
            Purpose.BUSINESS_PROMOTION, _D(2017, 3, 13), _D(2017, 3, 14), "Jiangsu", "CN", ["tourism", "investment"],
            initiator=_business("wonderful-copenhagen"),
            participants=[_home("woco-china", Role.HOST), _home("capacity-investment"),
                          _partner("fao-director-jiangsu", Role.LEADER)],
            programme=[_item(_D(2017, 3, 13), "10:00", "12:00", "China-ready-turisme: møde med rejsebranchen",
                             "København", "wonderful-copenhagen")],
            costs=[_cost(_H, "DKK", 8000, 7500)],
            follow_up_points=[_follow("Føje Jiangsus rejsearrangører til China-ready-programmet", "woco-china",
                                      _D(2017, 5, 1))],
            notes="Turisme og investeringer er blandt 2020-målene, men ligger uden for de prioriterede "
                "temaer, hvilket temakriteriet viser.",
        ),
    ]


def _jiangsu_2016() -> Delegation:
    """The evaluation's November 2016 delegation: over 20 participants, WaveCare pitching at JITRI."""
    operators_and_companies = [
        "clean-director", "clean-manager", "chc-director", "capacity-director", "capacity-investment",
        "woco-china", "innovation-house-ceo", "wavecare-cto", "nupo-export", "liqtech-sales", "hvidovre-midwife",
    ]
    first = _D(2016, 11, 14)
    return Delegation(
        "jiangsu-2016-business", "Politisk ledet erhvervsdelegation til Jiangsu, november 2016",
        Direction.OUTBOUND, Purpose.BUSINESS_PROMOTION, first, _D(2016, 11, 19), "Jiangsu", "CN",
        ["health_care", "health_tech", "environmental_tech", "innovation"], "jiangsu-2013",
        _business("copenhagen-capacity"),
        participants=[
            _home("chair-hovedstaden", Role.LEADER,
                  "Leder delegationen; mødes med viceguvernøren og overværer operatørernes aftaler."),
            _home("committee-chair-hovedstaden", Role.MEMBER,
                  "Taler ved seminaret om sundhedsteknologi i Suzhou som formand for vækstudvalget."),
            _home("intl-head-hovedstaden"), _home("officer-hovedstaden"), _home("wavecare-ceo"),
            *[_home(key) for key in operators_and_companies],
            _home("interpreter-zh", Role.INTERPRETER),
            _partner("vice-governor-jiangsu"), _partner("fao-director-jiangsu"),
            _partner("jitri-vp"), _partner("jitri-biomed"),
        ],
        programme=[
            _item(first, "08:30", "10:00", "Ankomst og transfer", "Nanjing Lukou International Airport"),
            _item(_D(2016, 11, 15), "10:00", "11:30", "Møde med viceguvernør 张建华", "Nanjing", "jiangsu-fao"),
            _item(_D(2016, 11, 15), "14:00", "17:00", "Virksomhedspitch hos JITRI, heriblandt WaveCare", "Nanjing",
                  "jitri"),
            _item(_D(2016, 11, 16), "09:00", "12:00", "JITRI's biomedicinske institut: søvnlaboratoriet", "Suzhou",
                  "jitri"),
            _item(_D(2016, 11, 16), "14:00", "16:00", "Suzhou Municipal Hospital", "Suzhou", "suzhou-hospital"),
            _item(_D(2016, 11, 17), "10:00", "12:00", "Underskrift: Copenhagen Capacity og kinesiske partnere", "Nanjing",
                  "jiangsu-fao"),
            _item(_D(2016, 11, 18), "09:30", "12:00", "Cases om vand- og luftfiltrering", "Wuxi", "kailoong"),
        ],
        costs=[_cost(_T, "DKK", 200000, 205000), _cost(_A, "DKK", 135000, 141000), _cost(_H, "DKK", 60000, 62500),
               _cost(_G, "DKK", 12000, 11500), _cost(_I, "DKK", 30000, 31000), _cost(_F, "DKK", 40000, 39000)],
        grip_decision=_grip(_D(2016, 10, 4), 1198, DecisionOutcome.APPROVED_WITH_CONDITIONS,
                            "Højst to politikere; operatørerne leder virksomhedsprogrammet."),
        follow_up_points=[
            _follow("Planlægge fælles test med JITRI's biomedicinske institut i dets søvnlaboratorium", "wavecare-ceo",
                    _D(2017, 3, 1)),
            _follow("Orientere regionsrådet om de aftaler, Copenhagen Capacity har underskrevet",
                    "intl-head-hovedstaden", _D(2017, 1, 31)),
            _follow("Overdrage sporet om sundhedsteknologi efter CHC's omstrukturering", "Center for Regional Udvikling",
                    _D(2017, 3, 31), _DROPPED),
        ],
        notes="Over 20 deltagere. Der blev underskrevet flere aftaler mellem erhvervsfremmeaktører, "
            "heriblandt Copenhagen Capacity og en stor kinesisk virksomhed. WaveCare pitchede hos "
            "JITRI, hvilket førte til fælles forskning med JITRI's biomedicinske institut i Suzhou. De "
            "tre politiske delegationer i 2013, 2015 og 2016 kostede i alt 1,3 mio. kr.",
    )



# fmt: on
