"""The demo's organisations, people and agreements.

Organisations and agreements trace to ``shared/seeds`` (the comments name the seed); the
people are invented (see the package's docstring).
"""

from __future__ import annotations

from functools import cache

from delegation_planner.demo.builders import _D, _P, _org, _person
from delegation_planner.domain.enums import (
    AgreementScope,
    AgreementStatus,
    InitiatorKind,
    OrganisationKind,
)
from delegation_planner.domain.records import Agreement, Initiator, Organisation, Person


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
             "Guangdong vill ha utbildning i sjukhusadministration, vårdprocesser och medicinsk teknik.",
             "Försäljning av Skånes kunnande inom hälso- och sjukvård; en kurs redan såld till Guangdongs hälsomyndighet."),
        _org("lund-university", "Lunds universitet", u, "SE"),
        _org("medicon-valley", "Medicon Valley Alliance", cl, "SE"),
        _org("guangdong-fao", "Guangdong Provincial People's Government, Foreign Affairs Office (广东省人民政府外事办公室)",
             g, "CN",
             "En långvarig vänprovinsrelation; nordisk hälso- och sjukvård och miljöteknik.",
             "Öppnade dörrar för Skånes företag och lärosäten i Guangdong (avtal sedan 1995)."),
        _org("guangdong-health", "Guangdong Health Department (广东省卫生厅)", g, "CN",
             "Utbildning i vårdadministration, vårdprocesser och medicinsk teknik.",
             "En offentlig köpare för Skåne Care AB och regionens sjukhus."),
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
        _person("mva-director", "Karin Dahlqvist", bus, "Chef för internationella relationer", "medicon-valley"),
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


# fmt: on
