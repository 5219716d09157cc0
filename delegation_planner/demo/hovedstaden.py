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
    chair_why = "Leads the delegation and meets the provincial leadership; opens doors for the operators."
    return [
        Delegation(
            "jiangsu-2012-officials", "Official study trip to Jiangsu", out, Purpose.OFFICIAL,
            _D(2012, 11, 12), _D(2012, 11, 16), "Jiangsu", "CN", ["health_care", "environmental_tech"],
            participants=[_home("intl-head-hovedstaden", Role.LEADER), _home("officer-hovedstaden"),
                          _partner("fao-director-jiangsu")],
            programme=[_item(_D(2012, 11, 13), "09:30", "12:00", "Talks on a cooperation agreement", "Nanjing",
                             "jiangsu-fao")],
            costs=[_cost(_T, "DKK", 60000, 58200), _cost(_A, "DKK", 30000, 28600), _cost(_I, "CNY", 8000, 8400)],
            follow_up_points=[_follow("Draft the cooperation agreement for the chair's visit in May",
                                      "intl-head-hovedstaden", _D(2013, 1, 31))],
            notes="Officials' study trip after the regional council's strategy of June 2012. Jiangsu proposed a "
            "general cooperation agreement to be signed during a political visit in 2013.",
        ),
        Delegation(
            "jiangsu-2013-business", "Politically led business delegation to Jiangsu", out,
            Purpose.BUSINESS_PROMOTION, _D(2013, 5, 13), _D(2013, 5, 18), "Jiangsu", "CN",
            ["health_care", "life_science", "environmental_tech"], "jiangsu-2013", _business("copenhagen-capacity"),
            participants=[
                _home("chair-hovedstaden", Role.LEADER, chair_why + " Signs the cooperation agreement."),
                _home("vice-chair-hovedstaden", Role.MEMBER,
                      "Chairs the health committee; follows up the hospital contacts in Nanjing."),
                _home("intl-head-hovedstaden"), _home("officer-hovedstaden"), _home("capacity-director"),
                _home("clean-director"), _home("nupo-export"), _home("liqtech-sales"),
                _partner("party-secretary-jiangsu"), _partner("fao-director-jiangsu"), _partner("simcere-bd"),
            ],
            programme=[
                _item(_D(2013, 5, 14), "10:00", "11:30", "Signing of the cooperation agreement", "Nanjing",
                      "jiangsu-fao"),
                _item(_D(2013, 5, 15), "09:00", "12:00", "Company visit at Simcere", "Nanjing", "simcere"),
                _item(_D(2013, 5, 16), "14:00", "17:00", "Environmental technology seminar", "Wuxi", "kailoong"),
            ],
            costs=[_cost(_T, "DKK", 180000, 176400), _cost(_A, "DKK", 120000, 118950),
                   _cost(_H, "DKK", 45000, 51300), _cost(_G, "DKK", 12000, 9850),
                   _cost(_I, "DKK", 30000, 28500), _cost(CostCategory.OTHER, "DKK", 40000, 35000)],
            grip_decision=_grip(_D(2013, 4, 9), 211),
            follow_up_points=[
                _follow("Invite the party secretary for a return visit in June", "chair-hovedstaden", _D(2013, 5, 31)),
                _follow("Follow up Simcere's interest in Danish products", "capacity-director", _D(2013, 6, 30)),
            ],
            notes="Over 20 participants; the register lists those the office followed up. The cooperation "
            "agreement with Jiangsu was signed in Nanjing. The visit to Simcere led to its return visit in August "
            "and later to the partnership between Nupo and Simcere's subsidiary Simcare.",
        ),
        Delegation(
            "jiangsu-2013-party-secretary", "Return visit of Jiangsu's party secretary", inb, Purpose.POLITICAL,
            _D(2013, 6, 10), _D(2013, 6, 11), "Jiangsu", "CN", ["health_care", "innovation"], "jiangsu-2013",
            participants=[
                _home("chair-hovedstaden", Role.HOST, "Hosts the return visit as the party secretary's counterpart."),
                _home("intl-head-hovedstaden"),
                _partner("party-secretary-jiangsu", Role.LEADER), _partner("fao-director-jiangsu", Role.MEMBER),
            ],
            programme=[
                _item(_D(2013, 6, 10), "12:00", "14:00", "Lunch hosted by the chair", "Copenhagen"),
                _item(_D(2013, 6, 11), "09:00", "11:00", "Visit to Hvidovre Hospital", "Hvidovre", "hvidovre-hospital"),
            ],
            costs=[_cost(_H, "DKK", 30000, 31500), _cost(_G, "DKK", 3000, 2500)],
            # Announced at short notice and decided afterwards: the decision criterion shows it.
            grip_decision=_grip(_D(2013, 6, 18), 264, note="Approved afterwards; the visit was announced at short notice."),
            follow_up_points=[_follow("Send photos and the joint statement to the Foreign Affairs Office",
                                      "officer-hovedstaden", _D(2013, 6, 28))],
            notes="The party secretary returned the May visit within a month. Both sides confirmed health care and "
            "environment as the first areas of cooperation.",
        ),
        Delegation(
            "china-business-conference-2013", "China business conference at Copenhagen City Hall", inb,
            Purpose.TRADE_FAIR, _D(2013, 6, 12), _D(2013, 6, 12), "Jiangsu", "CN", ["life_science", "food"],
            initiator=_business("copenhagen-capacity", requested=False),
            participants=[_home("officer-hovedstaden", Role.HOST), _home("capacity-director"),
                          _partner("fao-director-jiangsu", Role.GUEST)],
            programme=[_item(_D(2013, 6, 12), "09:00", "16:00", "Conference: doing business with China",
                             "Københavns Rådhus", "copenhagen-capacity")],
            costs=[_cost(_F, "DKK", 25000, 25000)],
            follow_up_points=[_follow("Share the participant list with the operators", "Center for Regional Udvikling",
                                      _D(2013, 6, 30))],
            notes="Co-organised with Copenhagen Capacity, back to back with the party secretary's visit.",
        ),
        Delegation(
            "simcere-2013-visit", "Simcere's return visit to explore business in Denmark", inb,
            Purpose.BUSINESS_PROMOTION, _D(2013, 8, 26), _D(2013, 8, 28), "Jiangsu", "CN", ["health_care", "food"],
            initiator=_business("copenhagen-capacity", requested=False),
            participants=[_home("capacity-director", Role.HOST), _home("nupo-export"),
                          _partner("simcere-bd", Role.LEADER)],
            programme=[_item(_D(2013, 8, 27), "10:00", "15:00", "Matchmaking with Danish health and food companies",
                             "Copenhagen", "simcere")],
            costs=[_cost(_H, "DKK", 6000, 6500)],
            follow_up_points=[_follow("Broker an agency agreement between Nupo and Simcare", "Copenhagen Capacity",
                                      _D(2013, 12, 1))],
            notes="Simcere came back after the May delegation's company visit. Copenhagen Capacity brokered the "
            "partnership: Simcare is now agent for Nupo in China.",
        ),
        Delegation(
            "jiangsu-2015-business", "Chair's business delegation to Jiangsu", out, Purpose.BUSINESS_PROMOTION,
            _D(2015, 1, 19), _D(2015, 1, 24), "Jiangsu", "CN", ["health_care", "health_tech", "environmental_tech"],
            "jiangsu-2013",
            # The focus paper calls it the chair's visit: politically initiated, which the bottom-up rule flags.
            Initiator(InitiatorKind.POLITICAL, None, None),
            participants=[
                _home("chair-hovedstaden", Role.LEADER, chair_why + " Signs the health and environment agreements."),
                _home("committee-chair-hovedstaden", Role.MEMBER,
                      "Chairs the growth committee that funds the operators' work."),
                _home("intl-head-hovedstaden"), _home("officer-hovedstaden"), _home("chc-director"),
                _home("clean-director"), _home("capacity-director"),
                _partner("vice-governor-jiangsu"), _partner("fao-director-jiangsu"),
            ],
            programme=[
                _item(_D(2015, 1, 20), "10:00", "12:00", "Signing: health/health-tech and environment/soil",
                      "Nanjing", "jiangsu-fao"),
                _item(_D(2015, 1, 21), "09:30", "12:00", "Health-tech round table", "Suzhou", "jitri"),
            ],
            costs=[_cost(_T, "DKK", 160000, 165000), _cost(_A, "DKK", 110000, 112500),
                   _cost(_H, "DKK", 40000, 38000), _cost(_G, "DKK", 10000, 8200),
                   _cost(_I, "DKK", 25000, 26300), _cost(_F, "DKK", 40000, 40000)],
            grip_decision=_grip(_D(2014, 12, 2), 1187),
            follow_up_points=[
                _follow("Give Copenhagen Healthtech Cluster the lead on Danish-Chinese health-tech partnerships",
                        "intl-head-hovedstaden", _D(2015, 3, 31)),
                _follow("Agree KPIs with CLEAN for the environment/soil track", "Center for Regional Udvikling",
                        _D(2015, 4, 30)),
            ],
            notes="Over 20 participants. Agreements on health/health-tech and on environment/soil were signed, and "
            "the cooperation was made concrete in three areas: health and welfare technology, environment, health care.",
        ),
        Delegation(
            "jiangsu-2016-exchange-officials", "Exchange officials from Jiangsu", inb, Purpose.EXCHANGE,
            _D(2016, 3, 1), _D(2016, 5, 31), "Jiangsu", "CN", ["health_care", "innovation"], "jiangsu-2013",
            participants=[_home("officer-hovedstaden", Role.HOST), _partner("exchange-official-1", Role.GUEST),
                          _partner("exchange-official-2", Role.GUEST)],
            programme=[_item(_D(2016, 3, 1), "09:00", "12:00", "Welcome and introduction", "Hillerød",
                             "region-hovedstaden")],
            costs=[_cost(_H, "DKK", 70000, 72000)],
            follow_up_points=[_follow("Collect the exchange officials' reports", "officer-hovedstaden", _D(2016, 6, 30))],
            notes="Third round of the exchange official programme: six officials from Jiangsu hosted for 2-4 months "
            "in 2014, 2015 and 2016.",
        ),
        Delegation(
            "jiangsu-2016-health-inbound", "Jiangsu health and elderly-care delegation", inb, Purpose.OFFICIAL,
            _D(2016, 4, 18), _D(2016, 4, 20), "Jiangsu", "CN", ["health_care", "elderly_care", "health_tech"],
            "jiangsu-2015-health",
            participants=[
                _home("committee-chair-hovedstaden", Role.HOST,
                      "Leads the reception as chair of the committee responsible for health-tech growth."),
                _home("officer-hovedstaden"), _home("hvidovre-midwife"), _home("wavecare-ceo"),
                _partner("suzhou-obstetrician", Role.LEADER), _partner("exchange-official-2", Role.MEMBER),
            ],
            programme=[
                _item(_D(2016, 4, 19), "09:00", "12:00", "The sensory delivery rooms", "Hvidovre", "hvidovre-hospital"),
                _item(_D(2016, 4, 20), "10:00", "12:00", "Elderly-care technology showcase", "Copenhagen",
                      "copenhagen-healthtech"),
            ],
            costs=[_cost(_H, "DKK", 12000, 14000)],
            grip_decision=_grip(_D(2016, 3, 15), 412),
            follow_up_points=[
                _follow("Send WaveCare's offer to Suzhou Municipal Hospital", "wavecare-ceo", _D(2016, 6, 1)),
                _follow("Ask the hospitals to limit unpaid study visits", "Center for Regional Udvikling",
                        _D(2016, 6, 30), _DROPPED),
            ],
            notes="One of the 5-6 Jiangsu delegations a year. After the visit to Hvidovre Hospital, Suzhou Municipal "
            "Hospital installed a sensory delivery room supplied by WaveCare.",
        ),
        Delegation(
            "jiangsu-2016-food-environment", "Jiangsu food and environment delegation", inb, Purpose.OFFICIAL,
            _D(2016, 6, 6), _D(2016, 6, 7), "Jiangsu", "CN", ["food", "environmental_tech"],
            participants=[_home("clean-manager", Role.HOST), _home("officer-hovedstaden"),
                          _partner("fao-director-jiangsu", Role.LEADER)],
            programme=[_item(_D(2016, 6, 6), "13:00", "16:00", "Soil and water remediation cases", "Copenhagen", "clean")],
            costs=[_cost(_H, "DKK", 10000, 9500)],
            follow_up_points=[_follow("Send CLEAN's case catalogue in Chinese", "clean-manager", _D(2016, 7, 1))],
            notes="Hosted by CLEAN as the operator for green growth, with the administration giving political backing.",
        ),
        Delegation(
            "innovation-house-opening-2016", "Opening of Innovation House China-Denmark", inb,
            Purpose.BUSINESS_PROMOTION, _D(2016, 9, 22), _D(2016, 9, 23), "Jiangsu", "CN",
            ["innovation", "health_tech"], "jiangsu-2013", _business("innovation-house"),
            participants=[
                _home("chair-hovedstaden", Role.HOST, "Opens Innovation House, which the region co-financed with 0.5 m DKK."),
                _home("innovation-house-ceo"), _home("capacity-investment"),
                _partner("jitri-vp", Role.GUEST), _partner("jitri-biomed", Role.GUEST),
            ],
            programme=[_item(_D(2016, 9, 22), "15:00", "17:00", "Opening ceremony", "Østerbro, Copenhagen",
                             "innovation-house")],
            costs=[_cost(_H, "DKK", 20000, 22000)],
            grip_decision=_grip(_D(2016, 8, 30), 1033),
            follow_up_points=[_follow("Report the first tenants to the regional council", "intl-head-hovedstaden",
                                      _D(2016, 12, 31))],
            notes="Innovation House opened on Østerbro with JITRI and Hansong Technologies as co-financing founders; "
            "JITRI was brought in through the region's contacts in the provincial administration.",
        ),
        _jiangsu_2016(),
        Delegation(
            "jiangsu-2017-tourism-investment", "Jiangsu tourism and investment delegation", inb,
            Purpose.BUSINESS_PROMOTION, _D(2017, 3, 13), _D(2017, 3, 14), "Jiangsu", "CN", ["tourism", "investment"],
            initiator=_business("wonderful-copenhagen"),
            participants=[_home("woco-china", Role.HOST), _home("capacity-investment"),
                          _partner("fao-director-jiangsu", Role.LEADER)],
            programme=[_item(_D(2017, 3, 13), "10:00", "12:00", "China-ready tourism: meeting the travel trade",
                             "Copenhagen", "wonderful-copenhagen")],
            costs=[_cost(_H, "DKK", 8000, 7500)],
            follow_up_points=[_follow("Add Jiangsu tour operators to the China-ready programme", "woco-china",
                                      _D(2017, 5, 1))],
            notes="Tourism and investment are among the 2020 goals but outside the priority themes, which the "
            "theme criterion shows.",
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
        "jiangsu-2016-business", "Politically led business delegation to Jiangsu, November 2016",
        Direction.OUTBOUND, Purpose.BUSINESS_PROMOTION, first, _D(2016, 11, 19), "Jiangsu", "CN",
        ["health_care", "health_tech", "environmental_tech", "innovation"], "jiangsu-2013",
        _business("copenhagen-capacity"),
        participants=[
            _home("chair-hovedstaden", Role.LEADER,
                  "Leads the delegation; meets the vice governor and witnesses the operators' agreements."),
            _home("committee-chair-hovedstaden", Role.MEMBER,
                  "Speaks at the health-tech seminar in Suzhou as chair of the growth committee."),
            _home("intl-head-hovedstaden"), _home("officer-hovedstaden"), _home("wavecare-ceo"),
            *[_home(key) for key in operators_and_companies],
            _home("interpreter-zh", Role.INTERPRETER),
            _partner("vice-governor-jiangsu"), _partner("fao-director-jiangsu"),
            _partner("jitri-vp"), _partner("jitri-biomed"),
        ],
        programme=[
            _item(first, "08:30", "10:00", "Arrival and transfer", "Nanjing Lukou International Airport"),
            _item(_D(2016, 11, 15), "10:00", "11:30", "Meeting with Vice Governor 张建华", "Nanjing", "jiangsu-fao"),
            _item(_D(2016, 11, 15), "14:00", "17:00", "Company pitches at JITRI, WaveCare among them", "Nanjing",
                  "jitri"),
            _item(_D(2016, 11, 16), "09:00", "12:00", "JITRI biomedical institute: the sleep laboratory", "Suzhou",
                  "jitri"),
            _item(_D(2016, 11, 16), "14:00", "16:00", "Suzhou Municipal Hospital", "Suzhou", "suzhou-hospital"),
            _item(_D(2016, 11, 17), "10:00", "12:00", "Signing: Copenhagen Capacity and Chinese partners", "Nanjing",
                  "jiangsu-fao"),
            _item(_D(2016, 11, 18), "09:30", "12:00", "Water and air filtration cases", "Wuxi", "kailoong"),
        ],
        costs=[_cost(_T, "DKK", 200000, 205000), _cost(_A, "DKK", 135000, 141000), _cost(_H, "DKK", 60000, 62500),
               _cost(_G, "DKK", 12000, 11500), _cost(_I, "DKK", 30000, 31000), _cost(_F, "DKK", 40000, 39000)],
        grip_decision=_grip(_D(2016, 10, 4), 1198, DecisionOutcome.APPROVED_WITH_CONDITIONS,
                            "At most two politicians; the operators lead the company programme."),
        follow_up_points=[
            _follow("Plan joint testing with JITRI's biomedical institute in its sleep laboratory", "wavecare-ceo",
                    _D(2017, 3, 1)),
            _follow("Report the agreements signed by Copenhagen Capacity to the regional council",
                    "intl-head-hovedstaden", _D(2017, 1, 31)),
            _follow("Hand the health-tech track on after CHC's restructuring", "Center for Regional Udvikling",
                    _D(2017, 3, 31), _DROPPED),
        ],
        notes="Over 20 participants. Several agreements were signed between business promotion bodies, among "
        "them Copenhagen Capacity and a large Chinese company. WaveCare pitched at JITRI, which led to joint "
        "research with JITRI's biomedical institute in Suzhou. The three political delegations of 2013, 2015 and "
        "2016 cost 1.3 m DKK in all.",
    )



# fmt: on
