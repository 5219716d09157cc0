"""ISO code lists the register checks against (ISO 4217 currencies, ISO 3166-1 alpha-2).

The currencies stay a fixed list: the contract accepts codes ISO has since withdrawn (CUC, SLL),
which registers already hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

CURRENCIES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD
    BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP
    DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR
    IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD
    MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB
    PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD
    SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS
    VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA
    XXX YER ZAR ZMW ZWG ZWL
    """.split()
)

if TYPE_CHECKING:
    # ISO 3166-1 alpha-2 from pycountry (kept current upstream), and Kosovo's user-assigned XK,
    # which offices travel to and which ISO has not yet assigned.
    COUNTRIES: frozenset[str]


def __getattr__(name: str) -> frozenset[str]:
    # ``COUNTRIES`` is read from pycountry when first asked for: importing pycountry loads
    # importlib.metadata and the email package (30-60 ms), which a command that checks no
    # country code (a report, a memo) does not need.
    if name != "COUNTRIES":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import pycountry

    countries = frozenset(country.alpha_2 for country in pycountry.countries) | {"XK"}
    globals()["COUNTRIES"] = countries
    return countries
