"""A demo register built from the history in the seed documents.

A new user should see a register that looks like their own at once: Region
Hovedstaden's Jiangsu delegations of 2013-2017, Region Skåne's Guangdong and
Tianjin relations, Region Midtjylland's Shanghai workshops, and three trips
placed relative to today (one in three weeks, one in two months, one just
finished with overdue follow-up points).

Organisations, agreements, events and cost totals trace to ``shared/seeds``
(the comments name the seed). The *people* are invented: the seeds name few
people, and a demo must not put words (justifications, follow-up duties) in the
mouths of real politicians. Where the seeds give only a year or a month, the day
is chosen plausibly.

A few records deliberately break a GRIP rule so that every criterion has
something to show: a politician's justification that is too short, a politically
initiated business delegation, a rejected decision, a decision dated after the
start, a large political delegation and a delegation outside the priority themes.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from delegation_planner.domain.enums import (
    AgreementScope,
    AgreementStatus,
    CostCategory,
    DecisionOutcome,
    Direction,
    FollowUpStatus,
    InitiatorKind,
    OrganisationKind,
    PersonKind,
    Purpose,
    Role,
    Side,
)
from delegation_planner.domain.records import (
    Agreement,
    CostLine,
    Delegation,
    FollowUpPoint,
    GripDecision,
    Initiator,
    Organisation,
    Participant,
    Person,
    ProgrammeItem,
    Register,
)
from delegation_planner.storage import checklists, repository
from delegation_planner.storage.database import default_database_path, open_database

DEMO_FILE_NAME = "demo-register.sqlite3"

# Where the trips relative to today land: one being prepared (its checklist is due now), one
# further off, and one just finished whose follow-up points have started to fall due.
UPCOMING_IN_DAYS = 21
LATER_IN_DAYS = 60
RECENT_ENDED_DAYS_AGO = 10

_D = dt.date
_OK = FollowUpStatus.DONE
_OPEN = FollowUpStatus.OPEN
_DROPPED = FollowUpStatus.DROPPED
_APPROVED = DecisionOutcome.APPROVED

# A short alias keeps the table of people below readable, one record a line or two.
_P = PersonKind


# --- public API ----------------------------------------------------------------------------


def default_demo_path() -> Path:
    """The demo beside the user's own register, never in place of it."""
    return default_database_path().parent / DEMO_FILE_NAME


def demo_register(today: dt.date | None = None) -> Register:
    """The demo as domain records; planned trips are placed relative to ``today``."""
    today = today or dt.date.today()
    delegations = [*_hovedstaden(), *_skane(), *_midtjylland(), *_planned(today)]
    for delegation in delegations:
        for point in delegation.follow_up_points:
            if point.status is not FollowUpStatus.OPEN and point.closed_on is None:
                # Closed around when due (never in the future), as a real office's points were.
                point.closed_on = min(point.due or delegation.end, today)
    return Register(
        organisations=_organisations(),
        people=_people(),
        agreements=_agreements(),
        delegations=delegations,
    )


def create_demo_database(path: Path, today: dt.date | None = None) -> None:
    """Write the demo into a new register file at ``path``.

    An existing non-empty file is refused: it may be someone's real register.
    If writing fails, the half-made file is removed so the next attempt starts clean.
    """
    path = Path(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise FileExistsError(f"{path} already exists; the demo is only written to a new file.")
    today = today or dt.date.today()
    register = demo_register(today)
    db = open_database(path)
    try:
        repository.merge_register(db, register)
        _give_checklists(db, register, today)
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()


def _give_checklists(db: Database, register: Register, today: dt.date) -> None:
    """The planned trips get their direction's checklist, with what is already done ticked:
    the items due more than twelve days ago, so that some are still open and some overdue."""
    for delegation in register.delegations:
        if delegation.start <= today:
            continue
        items = checklists.apply_template(db, delegation.id, delegation.direction)
        for item in items:
            item.done = item.auto is None and item.due(delegation.start) < today - dt.timedelta(days=12)
        checklists.save_checklist(db, delegation.id, items, today)


# --- helpers -------------------------------------------------------------------------------


def _org(
    key: str, name: str, kind: OrganisationKind, country: str, wants: str = "", gains: str = ""
) -> Organisation:
    return Organisation(key, name, kind, country, their_interests=wants, our_benefits=gains)


def _person(key: str, name: str, kind: PersonKind, title: str, org: str | None, email: str = "") -> Person:
    return Person(key, name, kind, title=title, organisation=org, email=email)


def _home(person: str, role: Role = Role.MEMBER, why: str = "") -> Participant:
    return Participant(person, Side.HOME, role, why)


def _partner(person: str, role: Role = Role.HOST) -> Participant:
    return Participant(person, Side.PARTNER, role)


def _item(
    day: dt.date, start: str, end: str | None, title: str, venue: str, counterpart: str | None = None
) -> ProgrammeItem:
    def at(hhmm: str) -> dt.datetime:
        return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))

    return ProgrammeItem(at(start), title, at(end) if end else None, venue, counterpart)


def _cost(category: CostCategory, currency: str, planned: float | None, actual: float | None) -> CostLine:
    return CostLine(category, currency, planned, actual)


def _grip(date: dt.date, number: int, outcome: DecisionOutcome = _APPROVED, note: str = "") -> GripDecision:
    # A diarienummer as the register office writes it: the year of registration and a serial.
    return GripDecision(date, outcome, f"Dnr {date.year}-{number:06d}", note)


def _follow(text: str, owner: str, due: dt.date, status: FollowUpStatus = _OK) -> FollowUpPoint:
    return FollowUpPoint(text, owner, due, status)


def _business(organisation: str, requested: bool = True) -> Initiator:
    """An initiator from below: the kind is the organisation's own, so the two cannot disagree."""
    return Initiator(InitiatorKind(_organisation_kinds()[organisation].value), organisation, requested)


@cache
def _organisation_kinds() -> dict[str, OrganisationKind]:
    return {o.id: o.kind for o in _organisations()}


# The rest of the module is data. The formatter would put every argument on a line of its own and
# triple the length; one record to a line or two reads like the register it fills.
# fmt: off

# --- organisations, people, agreements -------------------------------------------------------


def _organisations() -> list[Organisation]:
    g, c, op = OrganisationKind.GOVERNMENT, OrganisationKind.COMPANY, OrganisationKind.OPERATOR
    cl, u, other = OrganisationKind.CLUSTER, OrganisationKind.UNIVERSITY, OrganisationKind.OTHER
    return [
        _org("region-skane", "Region Skåne", OrganisationKind.REGION, "SE"),
        _org("region-hovedstaden", "Region Hovedstaden", OrganisationKind.REGION, "DK"),
        _org("region-midtjylland", "Region Midtjylland", OrganisationKind.REGION, "DK"),
        # Skåne strategy 2012: the business agencies, the health-care company, the university.
        _org("business-region-skane", "Business Region Skåne AB / Invest in Skåne", OrganisationKind.BUSINESS_ORG, "SE"),
        _org("skane-care", "Skåne Care AB", c, "SE",
             "Guangdong wants training in hospital administration, care processes and medical technology.",
             "Sales of Skåne's health-care know-how; a course already sold to Guangdong Health Department."),
        _org("lund-university", "Lunds universitet", u, "SE"),
        _org("medicon-valley", "Medicon Valley Alliance", cl, "SE"),
        _org("guangdong-fao", "Guangdong Provincial People's Government, Foreign Affairs Office (广东省人民政府外事办公室)",
             g, "CN",
             "A long-standing sister-province relation; Nordic health care and environmental technology.",
             "Doors opened for Skåne's companies and universities in Guangdong (agreement since 1995)."),
        _org("guangdong-health", "Guangdong Health Department (广东省卫生厅)", g, "CN",
             "Training in health-care administration, care processes and medical technology.",
             "A public buyer for Skåne Care AB and the region's hospitals."),
        # Tianjin is a new contact in 2012: what each side wants is still to be recorded.
        _org("tianjin-gov", "Tianjin Municipal People's Government (天津市人民政府)", g, "CN"),
        _org("tianjin-cancer", "Tianjin Medical University Cancer Institute and Hospital", u, "CN"),
        # Hovedstaden evaluation 2012-2017 and focus paper 2016.
        _org("jiangsu-fao", "Jiangsu Provincial People's Government, Foreign Affairs Office (江苏省人民政府外事办公室)",
             g, "CN",
             "Investment, technology and talent from Denmark; exchange officials in the Danish administration.",
             "High-level access in the Chinese system for Danish operators and companies."),
        _org("jitri", "Jiangsu Industrial Technology Research Institute (JITRI, 江苏省产业技术研究院)", g, "CN",
             "Technology and research partners abroad; a foothold in Denmark through Innovation House.",
             "Co-founder and co-financier of Innovation House China-Denmark; test beds in Suzhou for "
             "Danish health-tech firms."),
        _org("innovation-house", "Innovation House China-Denmark", op, "DK",
             "A soft-landing platform for small Chinese companies in Denmark.",
             "Chinese companies settle in the capital region; tenants doubled from 12 to 24 in 2017."),
        _org("hansong", "Hansong Technologies", c, "CN"),
        _org("clean", "CLEAN", cl, "DK"),
        _org("copenhagen-healthtech", "Copenhagen Healthtech Cluster", cl, "DK"),
        _org("copenhagen-capacity", "Copenhagen Capacity", op, "DK",
             "Chinese investors and talent for Greater Copenhagen.",
             "Partnerships such as Nupo–Simcare and agreements with large Chinese companies."),
        _org("wonderful-copenhagen", "Wonderful Copenhagen", op, "DK"),
        _org("wavecare", "WaveCare", c, "DK",
             "Hospitals in Jiangsu as customers; research with JITRI's biomedical institute.",
             "Proof of value: a sensory delivery room at Suzhou Municipal Hospital after the 2016 visits."),
        _org("nupo", "Nupo", c, "DK"),
        _org("simcere", "Simcere Pharmaceutical (先声药业)", c, "CN",
             "Danish products for its subsidiary Simcare to sell in China.",
             "Simcare became agent for Nupo after the 2013 delegation's visit."),
        _org("liqtech", "LiqTech", c, "DK"),
        _org("kailoong", "Kailoong (Wuxi)", c, "CN"),
        _org("hvidovre-hospital", "Hvidovre Hospital", other, "DK"),
        _org("suzhou-hospital", "Suzhou Municipal Hospital (苏州市立医院)", other, "CN"),
        # Midtjylland Shanghai paper: the commission it names and the ministry's innovation centre.
        _org("sstc", "Shanghai Science and Technology Commission (上海市科学技术委员会)", g, "CN",
             "Research and development partners in Danish universities and companies; co-funded projects.",
             "Central Denmark's companies reach Chinese research, PhDs and the growth market."),
        _org("icdk-shanghai", "Innovation Centre Denmark, Shanghai", g, "DK"),
        _org("aarhus-university", "Aarhus Universitet", u, "DK"),
        _org("alexandra-institute", "Alexandra Instituttet", other, "DK"),
        _org("it-forum", "IT-Forum Midtjylland", OrganisationKind.BUSINESS_ORG, "DK"),
    ]


def _people() -> list[Person]:
    pol, off, bus, res = _P.POLITICIAN, _P.OFFICIAL, _P.BUSINESS, _P.RESEARCHER
    return [
        # Region Skåne
        _person("chair-skane", "Margareta Lindström", pol, "Ordförande i regionstyrelsen och i GRIP", "region-skane"),
        _person("vice-chair-skane", "Jörgen Åkesson", pol, "Vice ordförande i regionstyrelsen", "region-skane"),
        _person("grip-member-skane", "Birgitta Ödman", pol, "Ledamot i GRIP", "region-skane"),
        _person("opposition-skane", "Håkan Sjöström", pol, "Oppositionsråd", "region-skane"),
        _person("head-interregional-skane", "Annika Holmqvist", off, "Chef, Enheten för interregionalt samarbete",
                "region-skane", "annika.holmqvist@example.org"),
        _person("officer-skane", "Lars Ekström", off, "Handläggare Kina, Enheten för interregionalt samarbete",
                "region-skane", "lars.ekstrom@example.org"),
        _person("brs-advisor", "Emma Öberg", bus, "Senior rådgivare, Kina", "business-region-skane"),
        _person("skane-care-ceo", "Görel Nyström", bus, "VD", "skane-care"),
        _person("lund-oncologist", "Sven Åberg", res, "Professor i onkologi", "lund-university"),
        _person("mva-director", "Karin Dahlqvist", bus, "Director, international relations", "medicon-valley"),
        # Region Hovedstaden and its operators
        _person("chair-hovedstaden", "Mette Kjærgaard", pol, "Regionsrådsformand", "region-hovedstaden"),
        _person("vice-chair-hovedstaden", "Søren Bæk Østergaard", pol, "Næstformand i regionsrådet",
                "region-hovedstaden"),
        _person("committee-chair-hovedstaden", "Jens Løvgreen", pol, "Formand for erhvervs- og vækstudvalget",
                "region-hovedstaden"),
        _person("intl-head-hovedstaden", "Birthe Frølund", off, "Chefkonsulent, Center for Regional Udvikling",
                "region-hovedstaden", "birthe.frolund@example.org"),
        _person("officer-hovedstaden", "Rasmus Høj", off, "Specialkonsulent, Kina", "region-hovedstaden"),
        _person("clean-director", "Anders Kjær Møller", bus, "Director, international projects", "clean"),
        _person("clean-manager", "Signe Dørup", bus, "Project manager, China", "clean"),
        _person("chc-director", "Lærke Thøgersen", bus, "Director", "copenhagen-healthtech"),
        _person("capacity-director", "Niels Brøndum", bus, "Director, China desk", "copenhagen-capacity"),
        _person("capacity-investment", "Maja Sørensen", bus, "Investment manager", "copenhagen-capacity"),
        _person("woco-china", "Sofie Lindhøj", bus, "China market manager", "wonderful-copenhagen"),
        _person("innovation-house-ceo", "Kasper Dyrløv", bus, "CEO", "innovation-house"),
        _person("wavecare-ceo", "Ida Wæver", bus, "CEO and co-founder", "wavecare"),
        _person("wavecare-cto", "Mads Krøyer", bus, "CTO", "wavecare"),
        _person("nupo-export", "Thomas Skøtt", bus, "Export manager, Asia", "nupo"),
        _person("liqtech-sales", "Peter Ærø", bus, "Sales director, China", "liqtech"),
        _person("hvidovre-midwife", "Dorthe Bækgaard", res, "Udviklingsjordemoder", "hvidovre-hospital"),
        _person("interpreter-zh", "Anne Møller Zhou", _P.OTHER, "Tolk (dansk/svensk–kinesisk)", None),
        # Region Midtjylland and its partners
        _person("chair-midtjylland", "Hans Peder Østergård", pol, "Regionsrådsformand", "region-midtjylland"),
        _person("intl-office-midtjylland", "Kirsten Mølgaard", off, "International chef, Regional Udvikling",
                "region-midtjylland"),
        _person("au-researcher", "Jakob Sønderskov", res, "Lektor, datalogi", "aarhus-university"),
        _person("alexandra-researcher", "Mette Højbjerg", res, "Seniorforsker", "alexandra-institute"),
        _person("itforum-rep", "Bo Kræmer", bus, "Sekretariatsleder", "it-forum"),
        _person("icdk-attache", "Line Søgaard", off, "Innovation attaché", "icdk-shanghai"),
        # Partner side, Jiangsu. The vice governor and the party secretary are politicians of the
        # partner: GRIP never counts them, and the demo lets a user see that.
        _person("vice-governor-jiangsu", "张建华", pol, "Vice Governor of Jiangsu Province", "jiangsu-fao"),
        _person("party-secretary-jiangsu", "李国平", pol, "Party Secretary of Jiangsu Province", "jiangsu-fao"),
        _person("fao-director-jiangsu", "周丽", off, "Director-General, Foreign Affairs Office of Jiangsu",
                "jiangsu-fao"),
        _person("exchange-official-1", "孙婷", off, "Exchange official, Jiangsu Department of Commerce", "jiangsu-fao"),
        _person("exchange-official-2", "徐磊", off, "Exchange official, Jiangsu Health Commission", "jiangsu-fao"),
        _person("jitri-vp", "王海燕", off, "Vice President, JITRI", "jitri"),
        _person("jitri-biomed", "陈志强", res, "Director, JITRI Institute of Biomedical Engineering, Suzhou", "jitri"),
        _person("simcere-bd", "刘洋", bus, "Business development director, Simcare", "simcere"),
        _person("suzhou-obstetrician", "吴静", res, "Chief obstetrician", "suzhou-hospital"),
        # Partner side, Guangdong, Tianjin and Shanghai
        _person("vice-governor-guangdong", "郑晓东", pol, "Vice Governor of Guangdong Province", "guangdong-fao"),
        _person("fao-guangdong", "黄伟", off, "Deputy Director-General, Foreign Affairs Office of Guangdong",
                "guangdong-fao"),
        _person("health-guangdong", "林梅", off, "Division Chief, Guangdong Health Department", "guangdong-health"),
        _person("tianjin-oncologist", "赵敏", res, "Professor of oncology", "tianjin-cancer"),
        _person("sstc-director", "钱军", off, "Division Director, International Cooperation", "sstc"),
    ]


def _agreements() -> list[Agreement]:
    active, general, thematic = AgreementStatus.ACTIVE, AgreementScope.GENERAL, AgreementScope.THEMATIC
    return [
        # Skåne 2012: signed 1995 by Malmöhus county, now Region Skåne's; the main priority, with at
        # least two official-level visits a year. The seed gives the year only.
        Agreement("guangdong-1995", "Guangdong", _D(1995, 3, 1), general,
                  ["health_care", "medical_research", "life_science", "innovation"], 2, active),
        # Skåne 2012: a life-science agreement (cancer research with Lunds universitet) being prepared.
        Agreement("tianjin-life-science", "Tianjin", None, thematic, ["life_science", "medical_research"],
                  None, AgreementStatus.DRAFT),
        # Hovedstaden: "Maj 2013 ... Samarbejdsaftale underskrives", made concrete in January 2015.
        Agreement("jiangsu-2013", "Jiangsu", _D(2013, 5, 14), general,
                  ["health_care", "health_tech", "environmental_tech", "innovation"], None, active),
        # Hovedstaden: January 2015, agreements on health/health-tech (and on environment/soil).
        Agreement("jiangsu-2015-health", "Jiangsu", _D(2015, 1, 20), thematic, ["health_care", "health_tech"],
                  None, active),
        # Midtjylland: letter of intent March 2008, binding agreement with SSTC February 2009, pool 2009-2011.
        Agreement("shanghai-sstc-2009", "Shanghai", _D(2009, 2, 24), thematic,
                  ["ict", "environmental_tech", "health_care", "life_science"], None, AgreementStatus.EXPIRED),
    ]


# --- Region Hovedstaden and Jiangsu (evaluation 2012-2017, focus paper 2016) -------------------

_T, _A, _H = CostCategory.TRAVEL, CostCategory.ACCOMMODATION, CostCategory.HOSTING
_G, _I, _F = CostCategory.GIFTS, CostCategory.INTERPRETATION, CostCategory.FEES


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
            notes="Tourism and investment are among the 2020 goals but outside the GRIP priority themes, which the "
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
