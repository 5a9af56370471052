"""Quantity mentions: counts, money, percentages, ordinals, multipliers and changes.

One big alternation regex scans a sentence once; short anchored regexes then look just after a
figure (scale word, unit, "times") and just before it (hedge, currency, change verb).

Vague plural quantities (one documented table, ``VAGUE``):

=========================  ======================
phrase                     interval
=========================  ======================
dozens                     [24, 144]
hundreds                   [200, 999]
thousands                  [2,000, 9,999]
tens of thousands          [20,000, 99,999]
hundreds of thousands      [200,000, 999,999]
millions                   [2,000,000, 999,999,999]
tens of millions           [20,000,000, 99,999,999]
hundreds of millions       [200,000,000, 999,999,999]
billions                   [2e9, 999,999,999,999]
=========================  ======================

Fractions of a whole are percentages: "a third" = 33.3 %, "two-thirds" = 66.7 %, "a quarter
of" = 25 %, "three-quarters" = 75 %, "half of" = 50 %, and so are ratios: "one in eight" =
12.5 %, "3 out of 10" = 30 % (rounded by nature, so approximate). Bare "one" is not a mention (too
often a pronoun: "one of them", "no one").

Other choices:

* Temperatures: "41.3C", "106.3F", "35 °C", "95 degrees Fahrenheit" are counts in ``°C`` or
  ``°F`` as written (the frame stage converts Fahrenheit to Celsius); "Flat 4C" is a label.
* Units: ``%`` for percent/per cent/pc/pct, ``pp`` for percentage points (basis points are
  divided by 100), ``x`` for multipliers ("10 times the number", "doubled", "tenfold");
  "three times a week" is a count of occurrences. Currency signs, codes and words give ISO
  codes (``$`` is USD). Scale letters: m/bn/k/tn after any figure ("3.4m", "$61bn"), capital
  M/B/K only after a currency ("$5M"). A unit written against the digits ("178.5km", "120kg",
  "90km/h") leaves the figure as the digits and the unit as its counted noun; "the 200m
  freestyle" (a whole number after a determiner, before a singular word) is in metres.
* Times of day ("11:38 p.m.", "2338 local", "about 10:40 pm", "shortly after 22:40", "noon")
  are counts in minutes after midnight, unit ``time`` (``time UTC`` and so on for a named zone),
  their hedges read in minutes; the hours of a span ("open 9am-5pm") are not times of events.
* Numbers that are labels are not quantities: "Section 243(d)", "Flight 370", "No. 23",
  "B 1" visas, "8 U.S.C. 1326", ZIP codes, street numbers, phone numbers, "COVID-19", "I-95",
  versions.
* Signs: "-0.4%", "−8 °C" and "minus 12C" are negative, "+52" and "plus 42" positive, the sign in
  the span; a dash is a sign only when it stands alone before the digits ("COVID-19" and "3-2"
  are not signed), "minus" only after a word that takes a value ("of", "at", a copula, a hedge).
* "2.500" (three digits after one dot, ending in "00") and "1.234.567" are European thousands.
* Ranges: "between 2,000 and 3,000", "20 to 30 percent", "5-10%", "$1-2 billion" are one mention
  (``hedge="range"``); a bare "555-1234" or "3-2" is not. A tally after a verb that counts one
  ("passed 10-3", "beat Rovers 3-1", "the final score was 3-2") is two counts, for and against.
* Changes: a percentage after a change verb ("rose 8 percent", "was up 2pc"), any figure after
  "<verb> by" ("increased by $1,000"), or before a change noun ("a 62 percent decrease") has role
  ``change`` with ``direction``; "from X to Y", "to Y from X" and "X, up from Y" give ``from``/
  ``to`` roles sharing ``relation``. "make up 49%" is no change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation

from reconcile.extract._build import mention, number_value
from reconcile.extract.hedges import (
    HEDGES,
    POST_HEDGE_RE,
    apply_hedge,
    hedge_before,
    is_round,
    post_hedge_class,
    words_before,
)
from reconcile.models import Mention

__all__ = ["find_quantities", "VAGUE", "CURRENCIES"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = _UNITS  # number words and their values, for the other extractors
_SCALES = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "dozen": 12,
}  # fmt: skip
_ORD = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
# "twenty-first", "forty-first", "ninety-ninth": a tens word and a unit ordinal, hyphened
_ORD.update({f"{tens}-{unit}": _UNITS[tens] + _ORD[unit]
             for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
             for unit in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")})
ORDINAL_WORDS = _ORD  # ordinal words and their values, for the date extractor ("the twenty-second of August")
VAGUE: dict[str, tuple[int, int]] = {
    "dozens": (24, 144),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "millions": (2 * 10**6, 10**9 - 1),
    "tens of millions": (2 * 10**7, 10**8 - 1),
    "hundreds of millions": (2 * 10**8, 10**9 - 1),
    "billions": (2 * 10**9, 10**12 - 1),
}
_FRACTIONS = {
    "third": 33.3, "thirds": 66.7, "quarter": 25, "quarters": 75, "fifth": 20, "half": 50,
    "sixth": 16.7, "eighth": 12.5, "tenth": 10,
}  # fmt: skip
_FIFTHS = {"two": 40, "three": 60, "four": 80}
_BY_THE = frozenset({"hundred", "thousand", "million", "dozen"})  # "by the hundred(s)": as VAGUE's plurals
_BY_THE_BEFORE = re.compile(r"(?i)\bby the\s+\Z")
# "a third suspect", "a fifth victim": an ordinal, not a share; a share is followed by "of", by
# punctuation, or by a verb ("a third were injured", "cut by a third.")
_FRAC_AS_ORD = re.compile(r"(?:\s+(?!of\b|were\b|was\b|are\b|is\b|have\b|has\b|had\b|said\b|say\b|"
                          r"says\b|voted\b|will\b|would\b|could\b|may\b|might\b|did\b|do\b|"
                          r"went\b|came\b|live\b|lived\b|than\b|in\b|on\b|to\b|from\b|and\b|"
                          r"or\b|since\b|over\b|last\b|this\b|a\b|the\b|its\b|their\b|between\b|after\b|"
                          r"before\b|at\b|by\b|for\b|with\b|during\b|as\b|per\b|while\b|when\b|"
                          r"but\b|compared\b|among\b|under\b|above\b|below\b|against\b|"
                          r"that\b|which\b|who\b|of\w*)[a-z]|-[a-z])")
CURRENCIES: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD",
    "nz$": "NZD", "s$": "SGD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
    "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "inr": "INR", "rs": "INR",
    "rs.": "INR", "chf": "CHF", "aud": "AUD", "cad": "CAD",
    # ISO codes written before a figure ("from NOK 78.40 to NOK 92.10")
    "nok": "NOK", "sek": "SEK", "dkk": "DKK", "isk": "ISK", "pln": "PLN", "czk": "CZK", "huf": "HUF",
    "sgd": "SGD", "nzd": "NZD", "hkd": "HKD", "zar": "ZAR", "brl": "BRL", "mxn": "MXN", "krw": "KRW",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "pound": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupees": "INR", "francs": "CHF",
    # the hundredth parts, kept in their own unit ("2.1p a share", "45 cents a litre")
    "pence": "pence", "cents": "cents",
}  # fmt: skip
_SCALE_SFX = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9,
              "tn": 10**12, "tr": 10**12}  # fmt: skip

_NUMWORD = "|".join(sorted(list(_UNITS) + list(_SCALES), key=len, reverse=True))
_DIGIT_WORD = "|".join(["zero", "oh", *(w for w, n in _UNITS.items() if 1 <= n <= 9)])  # after "point"
_SPOKEN_SCALE = "thousand|million|billion|trillion"
_PERCENT_WORD_AFTER = re.compile(r"\s*(?:per ?cent|percent|percentage[- ]points?)\b", re.I)
_SPOKEN_POINT = re.compile(r"(?:\s+|-)point\b", re.I)
_AT_ONE_POINT = re.compile(r"\b[Aa]t\s+\Z")
_HUNDRED_AFTER = re.compile(r"\s+hundred\b", re.I)
_SPOKEN_DECIMAL = re.compile(rf"(.+?)[\s-]+point[\s-]+((?:{_DIGIT_WORD})(?:[\s-]+(?:{_DIGIT_WORD}))*)"
                             rf"(?:[\s-]+({_SPOKEN_SCALE}))?")
_ORDWORD = "|".join(sorted(_ORD, key=len, reverse=True))
_CUR_PRE = (r"US\$|USD|A\$|C\$|HK\$|NZ\$|S\$|\$|€|EUR|£|GBP|¥|JPY|CNY|RMB|₹|INR|Rs\.?|CHF|AUD|CAD|"
            r"NOK|SEK|DKK|ISK|PLN|CZK|HUF|SGD|NZD|HKD|ZAR|BRL|MXN|KRW")

# A unit written against the digits ("178.5km", "5kg", "90km/h", "30mph"): the figure is the
# digits and the unit its counted noun (a bare "m" stays the scale: "3.4m" is 3.4 million).
_ATTACHED_UNIT = (r"(?:km/h|kms?|kgs?|mph|kph|kmh|mi|ft|cm|mm|kWh|MWh|GWh|TWh|kW|MW|GW|ha|lbs?)"
                  r"(?![A-Za-z])")

_QRE_SRC = (
    r"(?P<vague>\b(?:[Tt]ens of |[Hh]undreds of )?(?:[Dd]ozens|[Hh]undreds|[Tt]housands|"
    r"[Mm]illions|[Bb]illions)\b)"
    # "half a million", "a quarter of a million", "two-thirds of a billion": a part of a scale word
    r"|(?P<halfa>\b[Hh]alf an? (?:million|billion|trillion|dozen|percentage[ -]points?)\b"
    r"|\b(?:[Aa]|[Oo]ne|[Tt]hree)[ -]quarters? of an? (?:million|billion|trillion)\b"
    r"|\b(?:[Aa]|[Oo]ne|[Tt]wo)[ -]thirds? of an? (?:million|billion|trillion)\b"
    r"|\b[Aa] quarter(?: of an?)? percentage[ -]points?\b)"
    r"|(?P<frac>\b(?:[Aa]|[Oo]ne)[ -](?:third|fifth|sixth|eighth|tenth)\b"
    r"|\b(?:[Aa]|[Oo]ne)[ -]quarter(?= of\b(?! an? percentage))|\b(?:[Tt]wo|[Tt]hree|[Ff]our)[ -]fifths\b"
    r"|\b[Tt]wo[ -]thirds\b|\b[Tt]hree[ -]quarters\b|\b[Hh]alf\b(?!-)(?! (?:past|an?)\b))"
    r"|(?P<mult2>\b(?:double|triple|quadruple)\b(?!-))"
    r"|(?P<mult>\b(?:[Dd]oubl(?:ed|ing|es)|[Tt]ripl(?:ed|ing|es)|[Qq]uadrupl(?:ed|ing|es)|"
    r"[Hh]alv(?:ed|ing|es)|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Tt]welve|[Tt]wenty|[Hh]undred)fold|(?:[Tt]wice|[Dd]ouble|[Tt]riple|[Qq]uadruple)"
    r"(?= (?:as|the|its|their|that|what|his|her)\b))\b(?!-))"
    r"|(?P<ordscale>(?<![\w.,/:$€£¥-])\d{1,3}(?:\.\d+)?\s?-?(?:hundredth|thousandth|millionth|"
    r"billionth)\b)"
    r"|(?P<ratio>(?<![\w.,$€£¥-])(?P<ra>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<rb>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d{1,3})\b(?![.,]\d|%))"
    r"|(?P<times>\b[Tt](?:wice|hrice)\b(?!\s+(?:as|the|its|their|that|what|his|her|a|an|per)\b))"
    r"|(?P<temp>(?<![\w.,/:$€£¥])(?<![\w.,/:$€£¥)]-)(?P<tp_n>\d{1,3}(?:\.\d+)?)(?:\s?(?:°|º)\s?|\s?degrees?\s+)?"
    r"(?P<tp_u>C|F|Celsius|Fahrenheit|celsius|fahrenheit)\b(?![-/.]\w))"
    rf"|(?P<nr>(?<![\w.,/:$€£¥-])(?:(?P<nr_cur>{_CUR_PRE})\s?)?"
    r"(?P<nr_a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?[-–]\s?(?:[$€£¥]\s?)?"
    r"(?P<nr_b>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.,/:-]\d|[-–]\d|\.\d))"
    rf"|(?P<num>(?<![\w.,/:$€£¥])(?<![\w.,/:$€£¥)]-)(?:(?P<cur>{_CUR_PRE})\s?)?"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?|\.\d+)"
    r"(?:(?P<sfx>\s?(?:bn|mn|mln|tn|BN|MN|TN|Bn|Mn)|m|b|k|M|B|K|pc|%|x|p)(?!\w)|(?P<ord>st|nd|rd|th)\b)?"
    rf"(?!(?!{_ATTACHED_UNIT})[\w]|[.,]\d|/\d|-\d|\(\w{{1,3}}\)|:\d))"
    rf"|(?P<ordw>\b(?:{_ORDWORD})\b)"
    rf"|(?P<words>\b(?:[Aa]n? (?=hundred|thousand|million|billion|dozen))?"
    rf"(?i:{_NUMWORD})"
    # (a word hyphened to a noun right after a space starts a figure of its own: "two hundred and
    # seventy thousand eighteen-year-olds" are 270,000, not 270,018; "two hundred and
    # eighteen-year-old trees" are 218 years old)
    rf"(?:(?:-+|\s+and\s+|\s+(?!(?i:{_NUMWORD})-(?!(?i:{_NUMWORD})\b)[A-Za-z]))(?:{_NUMWORD})\b)*\b"
    # a decimal said aloud: "four point two billion", "one point five per cent"
    # ("a one-point-seven-billion-dollar investment": the same, hyphenated before a noun)
    rf"(?:(?:\s+|-)point(?:[\s-]+(?i:{_DIGIT_WORD}))+\b(?:[\s-]+(?i:{_SPOKEN_SCALE})\b)?)?)"
)
_QRE = re.compile(_QRE_SRC)  # the whole grammar, for reference
# A digit or currency token can only open a number (nr, num); a word token anything else.
_QRE_NUM = re.compile(_QRE_SRC[_QRE_SRC.index("(?P<ordscale>"):_QRE_SRC.index("|(?P<ordw>")])
_QRE_WORD = re.compile(_QRE_SRC[:_QRE_SRC.index("|(?P<nr>")]
                       + _QRE_SRC[_QRE_SRC.index("|(?P<ordw>"):])
# Scanning: tokens that can open a quantity (a digit, a currency sign, or a word from
# _FIRST_WORDS) get one anchored match of the grammar; other words are skipped in C-speed
# tokenization plus a set lookup.
_TOKEN = re.compile(r"(?<![\w.,/:$€£¥])(?<![\w.,/:$€£¥)]-)(?:[A-Za-z]+|[\d$€£¥₹]|\.\d)")
_FIRST_WORDS = frozenset(
    list(_UNITS) + list(_SCALES) + list(_ORD)
    + """a an half dozens hundreds thousands millions billions tens doubled doubling doubles
    tripled tripling triples quadrupled quadrupling quadruples halved halving halves twice thrice
    double triple quadruple us usd eur gbp jpy cny rmb inr rs chf aud cad c hk nz s twofold
    nok sek dkk isk pln czk huf sgd nzd hkd zar brl mxn krw
    threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold twelvefold
    twentyfold hundredfold""".split()
)
_CURRENCY_WORDS = frozenset("us usd eur gbp jpy cny rmb inr rs chf aud cad c hk nz s nok sek dkk isk pln czk huf sgd "
                            "nzd hkd zar brl mxn krw".split())
# (not "a 3-million-year-old fossil", but "a 1.7-billion-dollar deal")
_SCALE_WORD = re.compile(r"\s*-?\s?(hundred|thousand|million|billion|trillion)\b"
                         r"(?!-(?!(?:dollar|euro|pound|yen|yuan|rupee|franc)s?\b))")
_UNIT_AFTER = re.compile(
    r"(?:\s?(%)|\s*-?\s?(percentage[- ]points?|per ?cent(?:age)?|pct\b|pp\b|basis points?|bps\b"
    r"|times\b|-fold\b|fold\b|x\b)|(?:\s+|(?<=illion)-|(?<=housand)-)(US dollars|dollars|dollar|euros|euro|"
    r"pounds sterling|yuan|renminbi|yen|rupees|francs|pence|cents)\b"
    # "three point eight million pounds": a sum of money, where a weight would be "of" something
    # ("2 million pounds of beef"; but "780 million pounds of the total" is a sum) or small
    # ("weighed seven pounds"); "a four point two million pound enclosure" is one too, the
    # singular before the noun it prices
    r"|(?:(?<=illion)|(?<=housand))(?:\s+|-)(pounds\b(?!\s+of\s+(?!the\b|its\b|their\b|this\b|that\b))"
    r"|pound(?=\s+(?!of\b)[a-z])))",
    re.I,
)
# "three times a week" / "visited three times in 2023" count occurrences; otherwise a multiplier
_TIMES_COUNT = re.compile(
    # ("three times last year's £1.8 million" multiplies a base: "last year's" is its owner)
    r"\s*(?:[,.;:!?)]|\Z|(?:a|an|per|each|every|in|on|at|over|since|during|(?:this|last)(?!\s+\w+['’]s\b)|so|before|"
    r"after|and|or|but|while|when|until|to|from|with|without|for|now|already|since|daily|"
    r"weekly|yearly|annually|monthly|before|already|then|that year|a year|a day|a week)\b)"
)
_CHANGE_NOUN = re.compile(
    r"\s+(?:(increase|rise|jump|surge|gain|growth|hike|spike|climb|boost|uptick|upswing)s?"
    r"|(decrease|decline|drop|fall|cut|reduction|plunge|slump|dip|slide|loss|contraction"
    r"|downturn)s?)\b",
    re.I,
)
_CHANGE_NOUN_OF = re.compile(
    r"\b(?:(increase|rise|jump|surge|gain|growth|hike|spike|climb|boost|uptick)s?"
    r"|(decrease|decline|drop|fall|cut|reduction|plunge|slump|dip|slide|contraction)s?)"
    r"\s+of\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|just\s+over|just\s+under|"
    r"less\s+than|some|an\s+estimated|up\s+to|at\s+least)\s+)?\Z",
    re.I,
)
_UP_VERBS = (
    r"up|rose|rise|rises|rising|risen|increased|increase|increases|increasing|grew|grow|grows|"
    r"growing|grown|jumped|jumps|jumping|surged|surges|surging|climbed|climbs|climbing|soared|"
    r"soars|gained|gains|gaining|higher|more|boosted|raised|spiked|expanded|expands|swelled|"
    r"widened|widens|advanced|rallied|rebounded|accelerated|doubled|tripled"
)
_DOWN_VERBS = (
    r"down|fell|fall|falls|falling|fallen|dropped|drops|dropping|declined|declines|declining|"
    r"decreased|decreases|decreasing|slid|slides|sliding|plunged|plunges|plummeted|sank|sunk|"
    r"shrank|shrunk|shrinks|tumbled|slumped|lower|less|cut|reduced|lost|dipped|shed|contracted|"
    r"narrowed|narrows|eased|eases|slipped|slips|retreated|slowed|weakened|plunging|sinking"
)
_CHANGE_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<up>{_UP_VERBS})|(?P<down>{_DOWN_VERBS}))"
    r"(?:\s+(?:by|some|about|around|roughly|nearly|almost|more\s+than|over|just\s+over|"
    r"just\s+under|less\s+than|an\s+estimated|a|an|another|a\s+further))*\s+\Z"
)
_BY_VERB = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<up>{_UP_VERBS})|(?P<down>{_DOWN_VERBS}))\s+(?:[\w-]+\s+){{0,3}}"
    r"by\s+(?:\w+\s+){0,2}\Z"
)
# Numbers that are labels, not quantities: checked per digit figure (cheaper than scanning
# every sentence for every shape). A label word right before ("Section 243(d)", "Flight 370",
# "Boeing 737", "No. 23"), a single code letter ("B 1" visas), a state before a ZIP code, a
# street after a house number, a clock time, an area code in parentheses.
_LABEL_WORDS = frozenset(
    """section sections sec article articles title chapter rule form flight route interstate
    highway hwy amendment room suite apt number model version level phase gate platform exit
    precinct district ward order docket paragraph clause item schedule annex appendix table
    figure fig page volume vol issue episode terminal pier block building apollo boeing airbus
    galaxy iphone pixel windows python category class grade tier stage unit lot bay channel
    line proposition prop measure question no nos app covid s&p fortune russell ftse stoxx
    nikkei dax nasdaq cac""".split()
)
_LABEL_BEFORE = re.compile(r"(?:\b(?:No|Nos|Sec|Fig|Vol|Prop|Apt|Hwy)\.\s?|§§?\s?|#|\b[B-HJ-Z]\s"
                           r"|\b(?:U\.S\.C|C\.F\.R)\.\s?§?\s?"
                           r"|\b(?P<state>[A-Z]{2})\s)\Z")
_LABEL_AFTER = re.compile(
    r"\s?(?:[ap]\.m\.|[AP]M\b|[ap]m\b)|\)\s?\d{3}-\d{4}\b|\s+(?:U\.S\.C|C\.F\.R)\."
    r"|\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|"
    r"Boulevard|Blvd\.|Lane|Ln\.|Drive|Dr\.|Way|Place|Pl\.|Court|Ct\.|Parkway|Pkwy\.|Square|"
    r"Terrace|Plaza)\b"
)


_AFTER_LABEL_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZapAP")
# label words that are also verbs, lower case before a figure ("will measure 184,000 gross
# tonnes"): only the capitalized noun labels ("Measure 12" on a ballot)
_VERB_LABELS = frozenset({"measure", "measures"})


# "No. 2" is a rank after words that place someone in an order; after "Interstate" it labels.
_RANK_NO = re.compile(
    r"(?i)\b(?:world|ranked|seeded|rise|rises|rose|risen|climb|climbs|climbed|move|moves|moved|drop|"
    r"drops|dropped|fall|falls|fell|slip|slips|slipped|up|down|to|at|as|is|was|be|been|remain|remains|"
    r"remained|the|new|former|women's|men's)\s+No\.\s?\Z"
)


def _is_label(text: str, s: int, ms: int, me: int) -> bool:
    before = text[ms - 1] if ms > s else ""
    if before == " ":
        k = text.rfind(" ", max(s, ms - 24), ms - 1)
        prev = text[k + 1 if k >= 0 else max(s, ms - 24):ms - 1]
        if prev.rstrip(".").lower() in _LABEL_WORDS and prev not in _VERB_LABELS:
            return True
    if before in (" ", "#", "§", "\xa0"):
        lb = _LABEL_BEFORE.search(text, max(s, ms - 8), ms)
        if lb and (not lb.group("state") or (me - ms == 5 and text[ms:me].isdigit())):
            return True  # a state code only labels a five-digit ZIP
    after = text[me:me + 2]
    if not after or after[0] not in " )apAP\xa0" or (after[0] == " " and after[1:2] not in
                                                        _AFTER_LABEL_START):
        return False
    return _LABEL_AFTER.match(text, me) is not None


# Rare shapes, scanned only when their marker character is in the sentence.
_MASK_RARE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+|\]\([^)]*\)")
# Clock times in words: "a quarter to ten", "half past nine", "ten o'clock", "twenty past 6".
_CLOCK_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|\d{1,2})"
_CLOCK_WORDS = re.compile(
    rf"(?i)\b(?:(?:a\s+)?quarter|half|(?:twenty|ten|five)(?:-five)?(?:\s+minutes)?)\s+(?:to|past)\s+{_CLOCK_HOUR}\b"
    rf"|\b{_CLOCK_HOUR}\s+o['’]clock\b")
# The base of a rate: "412 cases per 100,000 people", "51 reports per 100,000 doses", "427 parts
# per million". The base belongs to the figure before it (a qualifier of what it measures), not a
# figure of its own.
_RATE_BASE = re.compile(
    r"(?i)\bper\s+(?:(?:a|one|ten|a\s+hundred|one\s+hundred)\s+(?:thousand|million)|"
    r"hundred|thousand|million|billion|10(?:0|0 000|0,000|,000|00)?|1(?:,000|000|,000,000)|100k|10k)\b")
# Phone numbers: "0800 555 0193", "01233 555 019", "+44 20 7946 0958", "(555) 123-4567",
# "555-123-4567". A figure never opens with a 0 followed by digits, a "+" or a bracket.
_PHONE_CUE = re.compile(r"(?<![\d.,])(?:\+\d|\(\d|0\d)|\d{3}[-.]\d{3}[-.]\d{4}")
_PHONE = re.compile(r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}"
                    r"|(?<![\w.,])\(?0\d{2,4}\)?(?:[ .-]\d{2,4}){1,3}(?![\d,.]\d)"
                    r"|\(\d{3}\)\s?\d{3}[-.]\d{4}|(?<![\w.-])\d{3}[-.]\d{3}[-.]\d{4}(?![\w-])")
# Lengths of time in clock notation or in several units: "2:04:12", "in 61:38", "2hr 05min 18sec",
# "one minute and 14 seconds", "6 min 40 s". One figure in seconds (unit "s"); a single unit
# ("74 seconds") stays a count of that unit, which the frame stage converts to seconds.
_DUR_NUM = rf"(?:\d{{1,3}}(?:\.\d+)?|(?i:{_NUMWORD})(?:[ -](?i:{_NUMWORD}))*)"
_DUR_SEP = r"(?:\s*,?\s*(?:and\s+)?)"
_DUR_H = r"\s?(?:hours?|hrs?|h)\b"
_DUR_M = r"\s?(?:minutes?|mins?|min|m)\b"
_DUR_S = r"\s?(?:seconds?|secs?|sec|s)\b"
_DURATION = re.compile(
    r"(?<![\d:.,])(?P<h3>\d{1,2}):(?P<m3>[0-5]\d):(?P<s3>[0-5]\d(?:\.\d+)?)(?![\d:])"
    r"|(?<![\d:.,])(?P<m2>\d{1,3}):(?P<s2>[0-5]\d(?:\.\d+)?)(?![\d:]|\s*(?:[ap]\.?m\b|GMT|BST|UTC|"
    r"local|hours?\b|h\b|o['’]clock))"
    rf"|(?<![\w$€£¥.,])(?P<hh>{_DUR_NUM}){_DUR_H}{_DUR_SEP}(?P<hm>{_DUR_NUM}){_DUR_M}"
    rf"(?:{_DUR_SEP}(?P<hs>{_DUR_NUM}){_DUR_S})?"
    rf"|(?<![\w$€£¥.,])(?P<mm>{_DUR_NUM}){_DUR_M}{_DUR_SEP}(?P<ms>{_DUR_NUM}){_DUR_S}"
)
_DURATION_CUE = re.compile(r"\d:[0-5]\d|\d\s?(?:hrs?|h|mins?|m)\b"
                           r"|\b(?:minutes?|hours?)[\s,]+(?:and\s+)?(?:\d|[a-z]+[ -])", re.I)
# A bare "61:38" is a length of time only after words that introduce one ("in", "of", "clocked").
_SPLIT_CUE = re.compile(r"(?:\b(?:in|of|clocked|timed|ran|run|split|best|record|time)|\w['’]s)\s+\Z", re.I)


# A superlative on the record is a rank: "the warmest year on record" is first, as "the
# second-warmest" is second. Without the record ("the biggest deal") it is no rank anyone counted.
_FIRST_ON_RECORD = re.compile(
    r"(?i)\b(?:the|its|their|his|her)\s+(?P<sup>[a-z]{3,}est|worst|best)\b"
    r"(?=[^.;:!?]{0,50}?\b(?:on\s+record|ever(?:\s+recorded|\s+measured|\s+seen)?\b|in\s+(?:its\s+|the\s+|"
    r"recorded\s+)?history|since\s+records\s+began|in\s+the\s+\d+-year\s+(?:series|record)"
    # "the biggest revision since the flash series began": since the count itself began
    r"|since\s+(?:the\s+|its\s+)?(?:[a-z]+\s+){0,2}(?:series|records?|data|statistics|survey|index)\s+"
    r"(?:began|started|was\s+(?:launched|created|introduced))))")
_NOT_SUPERLATIVE = frozenset("interest forest honest modest earnest harvest protest contest request "
                             "arrest latest west guest test chest nest rest quest manifest".split())


def _first_on_record(text: str, s: int, e: int, masks: list[tuple[int, int]]) -> list[_Q]:
    out = []
    for m in _FIRST_ON_RECORD.finditer(text, s, e):
        a, b = m.span("sup")
        if m.group("sup").lower() in _NOT_SUPERLATIVE or any(x < b and a < y for x, y in masks):
            continue
        if re.search(r"(?i)\bone\s+of\s+\Z", text[max(s, m.start() - 12):m.start()]):
            continue  # "one of the longest ever": among the first, not the first
        out.append(_Q(a, b, "ordinal", Decimal(1), None))
    return out


# "all but one of the 50 stocks", "all but two of its 14 stores": the whole less the exceptions
_ALL_BUT = re.compile(rf"(?i)\ball\s+but\s+(?P<n>one|two|three|four|five|\d{{1,3}})\s+of\s+(?:the|its|their|his|her)\s+"
                      rf"(?P<m>\d{{1,3}}(?:,\d{{3}})*|(?:{_NUMWORD})(?:[ -](?:{_NUMWORD}))?)\b")


def _all_but(text: str, s: int, e: int, masks: list[tuple[int, int]]) -> list[_Q]:
    out = []
    for m in _ALL_BUT.finditer(text, s, e):
        if any(x < m.end() and m.start() < y for x, y in masks):
            continue
        n_s, m_s = m.group("n").lower(), m.group("m").lower().replace(",", "")
        n = int(n_s) if n_s.isdigit() else _UNITS[n_s]
        whole = int(m_s) if m_s.isdigit() else _parse_words(m_s)
        if whole is None or not n < whole:
            continue
        out.append(_Q(m.start(), m.end(), "count", Decimal(int(whole) - n), None))
    return out


_AND_NOT_AFTER_SCALE = re.compile(
    r"(?i)(?<!hundred)(?<!thousand)(?<!million)(?<!billion)(?<!trillion)\s+and\s+")
# "up by nearly half", "a rise of more than half", "cut by half": a change of half of something
_BY_HALF = re.compile(r"\b(?:by|(?:rise|increase|fall|drop|decline|growth|jump|cut|reduction)\s+of)\s+"
                      r"(?:(?:more|less)\s+than|nearly|almost|about|around|roughly|over|under|just\s+over|"
                      r"just\s+under|some)?\s*\Z", re.I)
_MIXED_FRACTION = re.compile(r"(?i)\s+and\s+(a\s+half|a\s+quarter|three[ -]quarters?|one[ -]half)\b")
_MIXED_PARTS = {"a half": Decimal("0.5"), "a quarter": Decimal("0.25"), "three quarter": Decimal("0.75"),
                "one half": Decimal("0.5")}


# Times of day: "11:38 p.m.", "4 a.m.", "8.30am", "2338 local", "21:47:12 local time (20:47:12
# UTC)", "at 22:40", "noon". One figure in minutes after midnight, unit "time" for local (or
# unstated) clock time and "time UTC" / "time EST" for a named zone; a hedge before it reads in
# minutes ("about 10:40 pm" is 10:30 to 10:50, "shortly after 4 a.m." 4:00 to 4:30), so that
# "about 10:40 pm" and "around 9:40 pm" disagree although both are "about".
_ZONES = r"GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|AEST|AEDT|Z"


def _zone_name(n: str) -> str:
    """A zone after a time ("GMT", "local time"), its groups numbered ``n`` (one per shape)."""
    return rf"\s?(?:(?P<zone{n}>{_ZONES})\b|(?P<local{n}>local(?:\s+time)?)\b)"


_CLOCK_TIME = re.compile(
    r"(?<![\w:.,$€£¥])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?\s?"
    r"(?P<ap>[aApP])(?:\.\s?[mM]\.?|\s?[mM]\b)"
    rf"(?:{_zone_name('1')})?"
    rf"|(?<![\w:.,$€£¥-])(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d:])"
    rf"(?:{_zone_name('2')}|\s?(?:hours|hrs|h)\b)?"
    rf"|(?<![\w:.,$€£¥-])(?P<H4>[01]\d|2[0-3])(?P<M4>[0-5]\d)(?:{_zone_name('3')}|\s?(?:hours|hrs)\b)"
    r"|\b(?P<word>noon|midday|midnight)\b"
)
# Cheap test for a sentence that may hold a time of day at all.
_CLOCK_CUE = re.compile(r"\d\s?[aApP]\.?\s?[mM]|\d:\d|\d\d\s?(?:GMT|UTC|BST|[A-Z]{2}T|local|hours|hrs|Z\b)"
                        r"|noon|midday|midnight")
# A bare 24-hour "22:40" is a time of day only after a word that introduces one.
_AT_TIME = re.compile(r"(?i)\b(?:at|after|before|until|till|from|by|around|about|approximately|"
                      r"roughly|circa|since)\s+\Z")
_CLOCK_HEDGES: tuple[tuple[re.Pattern[str], int, int], ...] = tuple(
    (re.compile(rf"(?i)\b(?:{words})\s+\Z"), lo, hi) for words, lo, hi in (
        (r"(?:shortly|just|soon|moments|minutes)\s+after", 0, 30),
        (r"(?:shortly|just|moments|minutes)\s+before", -30, 0),
        (r"(?:about|around|approximately|roughly|circa|some)", -10, 10),
        (r"(?:nearly|almost)", -15, 0),
        (r"after", 0, 120),
        (r"before", -120, 0),
    ))


def _vague(start: int, end: int, key: str) -> _Q:
    """A vague count ("hundreds", "by the hundred") as the interval ``VAGUE[key]`` reads."""
    q = _Q(start, end, "count", None, None)
    q.low, q.high = VAGUE[key]
    q.approx, q.hedge = True, "vague"
    return q


def _unmasked(pattern: re.Pattern[str], text: str, s: int, e: int,
              masks: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text[s:e]`` that overlap no span of ``masks``."""
    for m in pattern.finditer(text, s, e):
        if not any(a < m.end() and m.start() < b for a, b in masks):
            yield m


def _clock_times(text: str, s: int, e: int, masks: list[tuple[int, int]]) -> list[_Q]:
    """The times of day in ``text[s:e]`` outside ``masks`` (see the module notes)."""
    out = []
    for m in _unmasked(_CLOCK_TIME, text, s, e, masks):
        g = m.groupdict()
        zone = g["zone1"] or g["zone2"] or g["zone3"]
        if g["h"] is not None:
            hour = int(g["h"]) % 12 + (12 if g["ap"] in "pP" else 0)
            minute, second = int(g["m"] or 0), int(g["s"] or 0)
        elif g["H"] is not None:
            if not (zone or g["local2"] or _AT_TIME.search(text, max(s, m.start() - 16), m.start())) \
                    or _SPLIT_CUE.search(text, max(s, m.start() - 12), m.start()):
                continue  # "won in 2:04:12", "a 3:1 win": not a time of day
            hour, minute, second = int(g["H"]), int(g["M"]), int(g["S"] or 0)
        elif g["H4"] is not None:
            hour, minute, second = int(g["H4"]), int(g["M4"]), 0
        else:
            hour, minute, second = (0 if g["word"].lower() == "midnight" else 12), 0, 0
        x = hour * 60 + minute + second / 60
        before = text[max(s, m.start() - 24):m.start()]
        low, high, hedge = x, x, None
        for pattern, lo, hi in _CLOCK_HEDGES:
            hm = pattern.search(before)
            if hm:
                low, high, hedge = x + lo, x + hi, " ".join(hm.group(0).lower().split())
                break
        if hedge is None or hedge in ("after", "before"):
            # a time on the hour is rounded to a quarter either way; on the quarter, to five minutes
            slack = 15 if minute == 0 and second == 0 else (5 if minute % 15 == 0 and second == 0 else 0)
            low, high = min(low, x - slack), max(high, x + slack)
        if g["word"] and g["word"].lower() == "midnight" and hedge is not None and low < 0:
            low, high, x = low + 1440, high + 1440, 1440.0  # "just before midnight"
        low, high = max(low, 0), min(high, 1440)
        q = _Q(m.start(), m.end(), "count", Decimal(str(round(x, 4))),
               "time" if not zone else ("time UTC" if zone in ("GMT", "UTC", "Z") else f"time {zone}"))
        q.low, q.high, q.hedge = _num(Decimal(str(round(low, 4)))), _num(Decimal(str(round(high, 4)))), hedge
        q.approx = hedge is not None
        q.role = "clock"
        out.append(q)
    # "open 9am-5pm", "a 2 a.m. to 5 a.m. restriction": hours of a span, not the time of an event
    spans = {i for i in range(len(out) - 1)
             if _CLOCK_SPAN.fullmatch(text, out[i].end, out[i + 1].start)}
    return [q for i, q in enumerate(out) if i not in spans and i - 1 not in spans]


_CLOCK_SPAN = re.compile(r"\s*(?:-|–|—|to|until|till)\s*")


def _duration_part(x: str | None) -> Decimal | None:
    if x is None:
        return Decimal(0)
    return _dec(x) if x[0].isdigit() else _parse_words(x)


def _durations(text: str, s: int, e: int, masks: list[tuple[int, int]]) -> list[_Q]:
    out = []
    for m in _unmasked(_DURATION, text, s, e, masks):
        g = m.groupdict()
        if g["m2"] is not None and not _SPLIT_CUE.search(text, max(s, m.start() - 12), m.start()):
            continue  # "at 10:30": a clock time
        if g["h3"] is not None:
            parts = (g["h3"], g["m3"], g["s3"])
        elif g["m2"] is not None:
            parts = (None, g["m2"], g["s2"])
        elif g["hh"] is not None:
            parts = (g["hh"], g["hm"], g["hs"])
        else:
            parts = (None, g["mm"], g["ms"])
        h, mi, se = (_duration_part(p) for p in parts)
        if h is None or mi is None or se is None:
            continue
        q = _Q(m.start(), m.end(), "count", h * 3600 + mi * 60 + se, "s")
        out.append(q)
    return out


_UP_FROM = re.compile(r"(?i)\A[^.;:!?]{0,60}?\b(up|down)\s+from\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?\Z")
# up to two words, a rate ("a day"), then a phrase of time or place ("before the attack")
# (a unit written onto the figure, "from 40MWh to 120MWh", may come first)
_GAP_HEAD = (r"(?i)\A[a-z]*(?:\s+[a-z][\w-]*){0,2}?"
             r"(?:\s+(?:a|an|per)\s+(?:day|week|month|year|hour|head|person|share))?"
             # (or a time said without a preposition: "fell to 310,000 tonnes last year from 365,000")
             r"(?:\s+(?:in|on|during|at|before|after)\s+(?:[^,;.]|,\s\d{4}\b){1,40}?"
             r"|\s+(?:last|this|the\s+previous|the\s+past)\s+(?:year|month|week|quarter|season|financial\s+year))?,?")
_TO_BETWEEN = re.compile(_GAP_HEAD + r"\s+to\s+(?:\w+\s+)?\Z")
_FROM_BETWEEN = re.compile(_GAP_HEAD + r"\s+from\s+\Z")
_RANGE_BETWEEN = re.compile(r"\A\s*(?:-|–|—|to)\s*\Z")
_BETWEEN_AND = re.compile(r"\A\s+and\s+\Z")
_MULT_PRE = re.compile(
    r"(?i)\b(?:will|to|almost|nearly|roughly|more\s+than|could|would|can|may|might|about|than|"
    r"should|did|does|nearly)\s+\Z"
)
_MULT_BE_PRE = re.compile(r"(?i)(?:,|\s[\u2013\u2014-]|\b(?:is|was|are|were|be|been))\s+\Z")
_MULT_THE_AFTER = re.compile(r"\s+(?:the|that|its|their|what)\b")
_NOT_THE = re.compile(r"(?i)\bnot\s+(?:the|its|their|his|her|our|my)\s+\Z")
_PRE_A = re.compile(r"(?i)(?:\b(?:per|split|every|one)\s+|\bfor\s+a\s+)\Z")


_EURO_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.\d00")


def _dec(s: str) -> Decimal | None:
    """The figure's value. Dots are decimal points, except in "1.234.567" and "2.500" (three
    digits after a single dot ending in "00"), which English would not write as decimals: those
    are read as European thousands separators."""
    if "." in s and "," not in s and _EURO_THOUSANDS.fullmatch(s):
        s = s.replace(".", "")
    try:
        return Decimal(s.replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def _num(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(round(d, 6))


def _parse_words(s: str) -> Decimal | None:
    spoken = _SPOKEN_DECIMAL.fullmatch(s.lower().strip())
    if spoken is not None:
        # "four point two billion": the whole part, the digits after the point, then the scale
        whole = _parse_words(spoken.group(1))
        digits = [{"oh": 0, "zero": 0}.get(w, _UNITS.get(w)) for w in spoken.group(2).split()]
        if whole is None or any(d is None or d > 9 for d in digits):
            return None
        x = whole + Decimal("0." + "".join(str(d) for d in digits))
        return x * _SCALES[spoken.group(3)] if spoken.group(3) else x
    total = 0
    current = 0
    seen = False
    for tok in re.split(r"[\s-]+", s.lower()):
        if tok in ("and", ""):
            continue
        if tok in ("a", "an"):
            current = 1
            seen = True
        elif tok in _UNITS:
            current += _UNITS[tok]
            seen = True
        elif tok in ("hundred", "dozen"):
            current = max(current, 1) * _SCALES[tok]
            seen = True
        elif tok in _SCALES:
            total += max(current, 1) * _SCALES[tok]
            current = 0
            seen = True
        else:
            return None
    return Decimal(total + current) if seen else None


class _Q:
    """A quantity found in a sentence, before it becomes a Mention."""

    __slots__ = ("start", "end", "kind", "low", "high", "unit", "stated", "hedge", "approx",
                 "role", "direction", "relation", "words")  # fmt: skip

    def __init__(self, start: int, end: int, kind: str, x: Decimal | None, unit: str | None):
        self.start, self.end, self.kind, self.unit = start, end, kind, unit
        self.stated: int | float | None = _num(x) if x is not None else None
        self.low: int | float | None = self.stated
        self.high: int | float | None = self.stated
        self.hedge: str | None = None
        self.approx = False
        self.role = "amount"
        self.direction: str | None = None
        self.relation: tuple[int, int] | None = None
        self.words: list[tuple[int, str]] = []  # the words right before, nearest last


def _scan(text: str, s: int, e: int, masks: list[tuple[int, int]]) -> list[_Q]:
    out: list[_Q] = []
    last_end = s
    masks = sorted(masks)
    j, nmask = 0, len(masks)
    for t in _TOKEN.finditer(text, s, e):
        pos = t.start()
        if nmask:  # tokens inside a date or label span never open a quantity
            while j < nmask and masks[j][1] <= pos:
                j += 1
            if j < nmask and masks[j][0] <= pos:
                continue
        tok = t.group()
        if tok[0].isalpha():
            low = tok.lower()
            if low not in _FIRST_WORDS:
                continue
            rx = _QRE_NUM if low in _CURRENCY_WORDS else _QRE_WORD
        else:
            rx = _QRE_NUM
        m = rx.match(text, pos, e)
        if m is None:
            continue
        kind = m.lastgroup
        ms, me = m.start(), m.end()
        if ms < last_end or (j < nmask and masks[j][0] < me):
            continue  # masks[j] is the first span ending after pos: the only one to overlap
        q: _Q | None = None
        if kind == "vague":
            key = m.group().lower()
            if key not in VAGUE:  # "hundreds of hundreds"
                continue
            q = _vague(ms, me, key)
        elif kind == "frac":
            *first, word = m.group().lower().replace("-", " ").split()
            pct = _FIFTHS.get(first[0]) if word == "fifths" else _FRACTIONS.get(word)
            if pct is None:
                continue
            if word == "half" and not re.match(r"\s+(?:of|the)\b", text[me:e]) \
                    and not _BY_HALF.search(text, max(0, ms - 40), ms):
                continue  # "half" is a share before "of"/"the", else only as a change: "a rise of more than half"
            if word in _ORD and _FRAC_AS_ORD.match(text, me, e):
                wstart = me - len(word)
                q = _Q(wstart, me, "ordinal", Decimal(_ORD[word]), None)  # "a third suspect"
                q.end = _ordinal_tail(text, me, e)
            else:
                q = _Q(ms, me, "percent", Decimal(str(pct)), "%")
                q.approx = word in ("third", "thirds", "sixth")
        elif kind == "ratio":
            # "one in eight of its employees": a share of a whole, 12.5%, as rounded as any ratio
            a, b = (_dec(t) if t.isdigit() else _parse_words(t) for t in (m.group("ra"), m.group("rb")))
            if not a or not b or a >= b:
                continue
            q = _Q(ms, me, "percent", Decimal(str(round(100 * a / b, 1))), "%")
            q.approx = True
        elif kind == "halfa":
            low = m.group().lower()
            if "percentage" in low:  # "half a percentage point", "a quarter percentage point"
                q = _Q(ms, me, "percent", Decimal("0.5") if low.startswith("half")
                       else Decimal("0.25"), "pp")
            else:
                part = (Decimal(3) / 4 if low.startswith("three") else Decimal(1) / 4 if "quarter" in low
                        else Decimal(2) / 3 if low.startswith("two") else Decimal(1) / 3 if "third" in low
                        else Decimal(1) / 2)
                q = _Q(ms, me, "count", (Decimal(_SCALES[low.split()[-1]]) * part).quantize(Decimal(1)), None)
                q.approx = True
        elif kind in ("mult", "mult2"):
            if kind == "mult2" and not _MULT_PRE.search(text, max(s, ms - 16), ms) and not (
                    # "18,600 complaints, triple the 3,100", "sales were double the 4,000": a figure's
                    # multiple of a base, after a comma or a verb to be
                    _MULT_BE_PRE.search(text, max(s, ms - 12), ms) and _MULT_THE_AFTER.match(text, m.end())):
                continue
            w = m.group().lower()
            factor: int | Decimal
            if w.endswith("fold"):
                factor = Decimal(_UNITS.get(w[:-4], _SCALES.get(w[:-4], 1)))
            else:
                factor = (
                    2 if w.startswith(("doub", "twice")) else 3 if w.startswith("tripl")
                    else 4 if w.startswith("quad") else Decimal("0.5")
                )  # fmt: skip
            q = _Q(ms, me, "count", Decimal(factor), "x")
            q.role = "multiplier"
            q.direction = "down" if w.startswith("halv") else "up"
        elif kind == "ordw":
            w = m.group().lower()
            if w == "second" and _PRE_A.search(text, max(0, ms - 8), ms):
                continue
            if _NOT_THE.search(text, max(0, ms - 16), ms):
                continue  # "It's not the first time the railroad has had trouble": no rank is given
            q = _Q(ms, me, "ordinal", Decimal(_ORD[w]), None)
            q.end = _ordinal_tail(text, me, e)
        elif kind == "words":
            bad_and = _AND_NOT_AFTER_SCALE.search(m.group())
            if bad_and:  # "three and three-quarter per cent": "and" joins only after a scale word
                me = ms + bad_and.start()
            point = _SPOKEN_POINT.search(text, ms, me)
            if point is not None and ((_AT_ONE_POINT.search(text, max(s, ms - 4), ms)
                                       and text[ms:point.start()].lower() == "one")
                                      or _HUNDRED_AFTER.match(text, me, e)):
                me = point.start()  # "At one point two hundred people gathered": no decimal
            x = _parse_words(text[ms:me])
            if x is None:
                continue
            mixed = _MIXED_FRACTION.match(text, me, e)
            if mixed:  # "two and a half per cent", "three and three-quarter per cent"
                x += _MIXED_PARTS[mixed.group(1).lower().replace("-", " ").rstrip("s")]
                me = mixed.end()
            low = m.group().lower()
            if low.rstrip("s") in _BY_THE and _BY_THE_BEFORE.search(text, max(s, ms - 8), ms):
                # "operators get these notices by the hundred": in great numbers, as "hundreds"
                q = _vague(ms, me, low.rstrip("s") + "s")
                out.append(q)
                last_end = me
                continue
            if (low in ("one", "zero", "a", "an") or (x == 1 and "hundred" not in low and "thousand"
                                                       not in low and "million" not in low
                                                       and "billion" not in low
                                                       and "dozen" not in low)) \
                    and not (low in ("one", "zero") and _PERCENT_WORD_AFTER.match(text, me, e)):
                continue  # (but "less than one per cent", "zero percent": a rate, no pronoun)
            q = _finish_number(text, ms, me, e, x, None, None, words=True)
        elif kind == "ordscale":
            num, word = re.match(r"([\d.]+)\s?-?([a-z]+)", m.group()).groups()  # type: ignore[union-attr]
            base = _dec(num)
            if base is None:
                continue
            q = _Q(ms, me, "ordinal", base * _SCALES[word[:-2]], None)  # "10 millionth"
        elif kind == "times":
            q = _Q(ms, me, "count", Decimal(2 if m.group().lower() == "twice" else 3), None)
        elif kind == "temp":
            # "41.3C", "106.3F", "35 °C", "95 degrees Fahrenheit": a temperature, in the unit written
            x = _dec(m.group("tp_n"))
            if x is None or _TEMP_LABEL_BEFORE.search(text, max(s, ms - 12), ms):
                continue  # "Flat 4C", "Gate 12F": a label
            q = _Q(ms, me, "count", x, "°F" if m.group("tp_u")[0] in "Ff" else "°C")
        elif kind == "nr":
            q = _num_range(text, ms, me, e, m)
            if q is None:
                tally = _tally(text, s, e, m)
                if tally:  # "passed 10-3", "beat Harwick Rovers 3-1": two figures, for and against
                    out.extend(tally)
                    last_end = tally[-1].end
                continue
        elif kind == "num":
            x = _dec(m.group("digits"))
            if x is not None and not m.group("cur") and _RANK_NO.search(text, max(s, ms - 40), ms):
                q = _Q(ms, me, "ordinal", x, None)  # "rise to world No. 2": a rank
                out.append(q)
                last_end = q.end
                continue
            if x is None or _is_label(text, s, ms, me):
                continue
            if _CLOCK.fullmatch(m.group("digits")) and _ZONE_AFTER.match(text, me, e):
                continue  # "2342 GMT", "0600 UTC": a time of day on a 24-hour clock
            if m.group("ord"):
                q = _Q(ms, me, "ordinal", x, None)
                q.end = _ordinal_tail(text, me, e)
            else:
                cur = m.group("cur")
                q = _finish_number(text, ms, me, e, x, cur, m.group("sfx"), words=False)
        if q is not None:
            out.append(q)
            last_end = q.end
    return out


_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|Z\b|hrs\b|local time\b)")


_TEMP_LABEL_BEFORE = re.compile(r"(?i)\b(?:flat|apartment|apt|room|unit|suite|gate|platform|block|grade|row|"
                                r"seat|bus|route|level|floor|terminal|pier|bay|stand)\s+\Z")


_UNIT_NEXT = re.compile(r"\s?(?:%|per ?cent|pc\b|pct\b|percentage|million|billion|trillion|"
                        r"bn\b|mn\b|m\b|k\b)", re.I)


def _num_range(text: str, ms: int, me: int, e: int, m: re.Match[str]) -> _Q | None:
    """"5-10%", "$1-2 billion", "3,000-4,000 people": one range. A bare "555-1234" is no
    range: it needs a currency, a unit or scale after, or thousands separators on both ends."""
    a, b = _dec(m.group("nr_a")), _dec(m.group("nr_b"))
    if a is None or b is None or not a < b:
        return None
    cur = m.group("nr_cur")
    unit_next = _UNIT_NEXT.match(text, me, e) is not None
    if not (cur or unit_next or ("," in m.group("nr_a") and "," in m.group("nr_b"))):
        return None
    q = _finish_number(text, ms, me, e, b, cur, None, words=False)
    if q is None or q.stated is None:
        return None
    scale = Decimal(str(q.stated)) / b if b else Decimal(1)
    q.low, q.high = _num(a * scale), q.stated
    q.stated = None
    q.hedge = "range"
    return q


# A tally: votes or goals for and against, written "10-3" after a verb that counts them.
TALLY_VERBS = (r"vot(?:e|es|ed|ing)|passed|approved|adopted|rejected|backed|split|margin|beat|beaten|won|"
               r"lost|defeated|ruled")  # words that count votes or goals (the frame stage uses them too)
_TALLY_BEFORE = re.compile(rf"(?i)\b(?:{TALLY_VERBS}|drew|draw|scored?|majority)\b[^.;:!?\d]{{0,30}}\Z")
_TALLY_AFTER = re.compile(r"(?i)\s+(?:vote|votes|win|victory|defeat|loss|draw|majority|decision|ruling)\b")


def _tally(text: str, s: int, e: int, m: re.Match[str]) -> list[_Q]:
    a, b = _dec(m.group("nr_a")), _dec(m.group("nr_b"))
    if a is None or b is None or a < b or a > 999 or m.group("nr_cur") or "," in m.group():
        return []
    if not (_TALLY_BEFORE.search(text, max(s, m.start() - 40), m.start()) or _TALLY_AFTER.match(text, m.end(), e)):
        return []
    first = _Q(m.start("nr_a"), m.end("nr_a"), "count", a, None)
    second = _Q(m.start("nr_b"), m.end("nr_b"), "count", b, None)
    return [first, second]


_ORD_TAIL = re.compile(r"-(?:largest|biggest|highest|lowest|most|least|best|worst|smallest|"
                       r"longest|fastest|richest|oldest|largest-ever|straight|place|ranked)\b")


def _ordinal_tail(text: str, pos: int, e: int) -> int:
    m = _ORD_TAIL.match(text, pos, e)
    return m.end() if m else pos


# First letters of the words that may follow a figure as its scale or unit (hundred, million,
# percent, points, times, fold, dollars, euros, yuan, ...): any other next word skips the checks.
_FOLLOW_START = frozenset("hHtTmMbBpPfFxXuUdDeEyYrRsScC%-")


def _may_follow(text: str, end: int) -> bool:
    nxt = text[end:end + 2]
    if not nxt:
        return False
    if nxt[0] in (" ", "\xa0"):
        return nxt[1:2] in _FOLLOW_START
    return nxt[0] in _FOLLOW_START


# After a bare "m": a word or a hyphenated compound, so the "m" may be metres ("200m freestyle").
_METRES = re.compile(r"(?:\s+[a-z]|-[a-z])")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|her|his|its|their|our)|['’]s)\s+\Z", re.I)
_DIMENSION_AFTER = re.compile(r"\s+(?:long|deep|high|tall|wide|thick|across|away|above|below|underground|"
                              r"under\s+water|in\s+(?:length|diameter|depth|height))\b")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]*[^s\W]s|people|men|women|children)\b")


def _finish_number(
    text: str, ms: int, me: int, e: int, x: Decimal, cur: str | None, sfx: str | None,
    *, words: bool,
) -> _Q | None:
    unit: str | None = CURRENCIES.get(cur.lower().strip()) if cur else None
    scaled = False
    end = me
    if sfx:
        sl = sfx.lower().strip()
        whole = sfx == "m" and not cur and "." not in text[ms:me]
        if whole and (_DETERMINER_BEFORE.search(text, max(0, ms - 12), ms) and _METRES.match(text, me)
                      and not _PLURAL_AFTER.match(text, me)
                      # "a snow bridge roughly 6m long", "a crevasse 30m deep", "a shelf at 3,460m":
                      # a size or a height in metres (a count of millions names what it counts, and
                      # is rarely written in thousands of millions without a currency)
                      or _DIMENSION_AFTER.match(text, me) or x >= 1000):
            # "the 200m freestyle", "a 50m pool", "a 100m-long barge": a modifier in whole metres,
            # which the counted noun "m" converts; "8m people", "raised 3.4m last year",
            # "the 1.2m households" and "Tresmark's 412.6m jackpot" stay millions
            q = _Q(ms, me - 1, "count", x, None)
            q.role = "amount"
            q.approx = False
            return q
        if sl in _SCALE_SFX:
            if sl in ("m", "b", "k") and (("." not in str(x) and not cur and x >= 1000)
                                          or (sfx.strip() in ("M", "B", "K") and not cur)):
                return None
            x = x * _SCALE_SFX[sl]
            scaled = True
        elif sl in ("%", "pc"):
            unit = "%"
        elif sl == "x":
            unit = "x"
        elif sl == "p" and not cur:
            unit = "pence"  # "2.1p a share"
    elif _may_follow(text, end):
        sm = _SCALE_WORD.match(text, end, e)
        if sm:
            x = x * _SCALES[sm.group(1).lower()]
            scaled = True
            end = sm.end()
            sm2 = _SCALE_WORD.match(text, end, e)  # "1.2 million" rarely chains; "a hundred thousand"
            if sm2 and sm2.group(1).lower() in ("thousand", "million", "billion"):
                x = x * _SCALES[sm2.group(1).lower()]
                end = sm2.end()
    kind = "count"
    role = "amount"
    if (unit is None or unit in CURRENCIES.values()) and _may_follow(text, end):
        um = _UNIT_AFTER.match(text, end, e)
        if um:
            tok = (um.group(1) or um.group(2) or um.group(3) or um.group(4) or "").lower()
            if (tok.startswith("percentage") and "point" in tok) or tok == "pp":
                unit, end = "pp", um.end()
            elif tok == "%" or tok.startswith(("per", "pct")):
                if unit is None:
                    unit = "%"
                    end = um.end()
            elif tok.startswith(("basis", "bps")):
                unit, end = "pp", um.end()
                x = x / 100
            elif tok == "times":
                if not _TIMES_COUNT.match(text, um.end(), e):
                    unit, end, role = "x", um.end(), "multiplier"
            elif tok in ("-fold", "fold", "x"):
                unit, end, role = "x", um.end(), "multiplier"
            elif unit is None and tok:
                unit, end = CURRENCIES.get(tok, "USD"), um.end()
    if unit == "%" or unit == "pp":
        kind = "percent"
    elif unit == "x":
        kind = "count"
        role = "multiplier"
    elif unit is not None:
        kind = "money"
    q = _Q(ms, end, kind, x, unit)
    q.role = role
    if role == "multiplier":
        q.direction = "down" if x < 1 else "up"
    q.approx = scaled or (kind in ("count", "money") and is_round(x))
    return q


def _apply_context(text: str, s: int, e: int, qs: list[_Q]) -> list[_Q]:
    """Hedges, change phrases, from/to pairs and ranges, in place; returns the list."""
    for q in qs:
        q.words = words = words_before(text, s, q.start, 7)
        if q.role == "clock":
            continue
        if q.hedge == "vague" or q.kind == "ordinal":
            if q.hedge == "vague":
                hb = hedge_before(text, s, q.start, words)
                if hb:
                    cls = HEDGES[hb[0]]
                    if cls in ("upto", "less"):
                        q.low = None
                    elif cls in ("more", "least"):
                        q.high = None
                    q.hedge = hb[0]
            continue
        x = Decimal(str(q.stated)) if q.stated is not None else None
        hb = hedge_before(text, s, q.start, words)
        if hb and x is not None:
            cls = HEDGES[hb[0]]
            q.low, q.high = apply_hedge(cls, x)
            q.hedge = hb[0]
            q.approx = q.approx or cls in ("approx", "nearly", "over")
        else:
            pm = POST_HEDGE_RE.match(text, q.end, e)
            if pm and x is not None:
                word = (pm.group(1) or pm.group(2) or "").lower()
                cls = post_hedge_class("-plus" if word in ("-plus", "+") else word)
                q.low, q.high = apply_hedge(cls, x)
                q.hedge = pm.group().strip().lower()
                q.approx = q.approx or cls == "approx"
        if q.role == "amount" and q.kind in ("percent", "count", "money"):
            cn = _CHANGE_NOUN.match(text, q.end, e)
            if cn:
                q.role = "change"
                q.direction = "up" if cn.group(1) else "down"
                q.relation = (q.start, cn.end())
                continue
            nb = _CHANGE_NOUN_OF.search(text, max(s, q.start - 60), q.start) \
                if "of" in text[max(s, q.start - 28):q.start] else None
            if nb:  # "an increase of 45%", "a fall of about 12 per cent"
                q.role = "change"
                q.direction = "up" if nb.group(1) else "down"
                q.relation = (nb.start(), q.end)
                continue
            found = _change_verb(words, q.kind == "percent")
            if found:
                q.role = "change"
                q.direction, vstart = found
                q.relation = (vstart, q.end)
    _pairs(text, s, e, qs)
    return qs


_UP = frozenset(_UP_VERBS.split("|"))
_DOWN = frozenset(_DOWN_VERBS.split("|"))


def direction_of(word: str) -> str | None:
    """"up" for a word of rising ("rose", "up", "higher"), "down" for one of falling, else None."""
    return "up" if word in _UP else "down" if word in _DOWN else None

_FILLER = frozenset("by some about around roughly nearly almost more than over just under less an "
                    "estimated a another further as much many at least most fewer well slightly "
                    "little only".split())


# "up"/"down" after these verbs are particles, not changes: "make up 49% of revenue"
_PHRASAL = frozenset("""make makes made making set sets setting pick picks picked add adds added
    sum sums summed back backs backed turn turns turned round rounds rounded
    break breaks broke broken take takes took taken taking put puts sign signs signed step
    steps stepped show shows showed shut shuts narrow narrows narrowed""".split())


def _change_verb(words: list[tuple[int, str]], percent: bool) -> tuple[str, int] | None:
    """("up"|"down", start) when a change verb governs the figure: "rose 5%" (percentages),
    "increased by 300" / "was cut by a third" (any figure, "by" required)."""
    i = len(words) - 1
    saw_by = False
    while i >= 0 and words[i][1] in _FILLER:
        saw_by = saw_by or words[i][1] == "by"
        i -= 1
    if i < 0:
        return None
    w = words[i][1]
    if w in ("up", "down") and i > 0 and words[i - 1][1] in _PHRASAL:
        return None
    direction = direction_of(w)
    if (percent or saw_by) and direction:
        return direction, words[i][0]
    if saw_by:  # "raised its key rate by": the verb may sit up to four words before "by"
        for j in range(i - 1, max(-1, i - 4), -1):
            direction = direction_of(words[j][1])
            if direction:
                return direction, words[j][0]
    return None


def _hedge_cls(word: str) -> str:
    from reconcile.extract.hedges import HEDGES

    return HEDGES.get(re.sub(r"\s+", " ", word.lower()), "approx")


_HEDGE_WORDS = frozenset("about around roughly nearly almost some approximately".split())


# "The total $4.2 billion price tag represents a premium of roughly 85% over the $1.8 billion
# valuation": a sum, the change it makes on another, and that other sum
_PREMIUM_BEFORE = re.compile(r"(?i)\b(?P<kind>premium|mark-?up|discount)\s+of\s+(?:(?:about|around|roughly|nearly|"
                             r"almost|some|approximately|more\s+than|over|just\s+over|just\s+under)\s+)?\Z")
_PREMIUM_AFTER = re.compile(r"(?i)\s*(?:over|above|on|to|below|under)\s+(?:the\s+|its\s+|their\s+|a\s+)?\Z")


def _premium(text: str, qs: list[_Q], i: int) -> bool:
    """Mark "A ... a premium of N% over B" (or a discount of N% to B): B where the change starts,
    A where it ends, N% the change; True when qs[i:i + 3] are such a triple."""
    if i + 2 >= len(qs):
        return False
    a, c, b = qs[i], qs[i + 1], qs[i + 2]
    if not (a.kind == b.kind == "money" and c.unit == "%" and a.unit == b.unit):
        return False
    kind = _PREMIUM_BEFORE.search(text[max(a.end, c.start - 60):c.start])
    if kind is None or _PREMIUM_AFTER.fullmatch(text[c.end:b.start]) is None \
            or re.search(r"[.;]", text[a.end:c.start]):
        return False
    direction = "down" if kind.group("kind").lower() == "discount" else "up"
    a.role, c.role, b.role = "to", "change", "from"
    a.direction = b.direction = c.direction = direction
    a.relation = b.relation = c.relation = (a.start, b.end)
    return True


def _pairs(text: str, s: int, e: int, qs: list[_Q]) -> None:
    """Mark "from X to Y" / "to Y from X" pairs; merge "between X and Y" / "X to Y" ranges."""
    i = 0
    while i < len(qs) - 1:
        if _premium(text, qs, i):
            i += 3
            continue
        a, b = qs[i], qs[i + 1]
        gap = text[a.end:b.start]
        last = a.words[-1][1] if a.words else ""
        # "41st, down from 33rd"; "lift Varland from fourth to second": a rank and the one before it
        ranks = a.kind == b.kind == "ordinal" and (
            _UP_FROM.match(gap) is not None or (last == "from" and _TO_BETWEEN.match(gap) is not None))
        if a.role not in ("amount", "change") or b.role not in ("amount", "change") or \
                ((a.kind == "ordinal" or b.kind == "ordinal") and not ranks):
            i += 1
            continue
        # "from about 120 million litres a day ... to 90 million": the hedge sits between
        hedged_from = a.hedge is not None and len(a.words) > 1 and a.words[-1][1] in _HEDGE_WORDS \
            and a.words[-2][1] == "from"
        if (last == "from" or hedged_from) and _TO_BETWEEN.match(gap):
            _mark_pair(text, s, a, b, (a.words[-2 if hedged_from else -1][0], b.end))
            i += 2
            continue
        if last == "to" and _FROM_BETWEEN.match(gap):
            verb = a.words[-2] if len(a.words) > 1 else (a.words[-1][0], "")
            direction = direction_of(verb[1])
            rel = (verb[0] if direction else a.words[-1][0], b.end)
            a.role, b.role = "to", "from"
            if direction is None and a.stated is not None and b.stated is not None:
                direction = "up" if a.stated > b.stated else "down"
            a.direction = b.direction = direction
            a.relation = b.relation = rel
            i += 2
            continue
        um = _UP_FROM.match(gap)
        if um and a.kind == b.kind and a.unit == b.unit:
            level = _level_before_threshold(text, qs, i) or _level_the_change_fits(text, qs, i, um.group(1).lower())
            if level is not None:
                a = level  # "1,215 patients had waited more than 52 weeks, up from 405": 1,215 rose
            # "3.2%, up from 3.1%": the first figure is where it went, the second where it was
            a.role, b.role = "to", "from"
            a.direction = b.direction = um.group(1).lower()
            a.relation = b.relation = (a.start, b.end)
            i += 2
            continue
        between = a.words[-1][0] if last == "between" else None
        if last == "by" and a.stated and b.stated is not None and b.stated >= 3 * a.stated \
                and (a.unit is not None or b.unit is None):
            # "rose by $12 million to $80 million", "fell by 1,200 to 8,800": the change, then the
            # level it reached (a range would not end three times as high as it starts; "by 2 to
            # 8 per cent" shares its unit and stays a range)
            i += 1
            continue
        if (between is not None and _BETWEEN_AND.match(gap)) or (_RANGE_BETWEEN.match(gap) and a.hedge is None
                                                      and (a.unit == b.unit or a.unit is None)):
            if a.stated is not None and b.stated is not None and a.stated <= b.stated:
                a.end = b.end
                a.low, a.high = a.stated, b.high
                a.stated = None  # a range is its ends ("between 5% and 10%"), as "5-10%" is
                a.unit = b.unit if a.unit is None else a.unit
                a.kind = b.kind
                a.hedge = "range"
                if between is not None:
                    a.start = between
                del qs[i + 1]
                continue
        i += 1


# a span of time a count is over, "waited more than 52 weeks", "delayed by over three hours"
_THRESHOLD_SPAN = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.I)


def _level_before_threshold(text: str, qs: list[_Q], i: int) -> _Q | None:
    """In "1,215 patients had waited more than 52 weeks, up from 405 in March", the figure before
    "up from" is a threshold of time the count is over, not the count that rose: the count is an
    earlier figure of the clause, one that measures no time itself."""
    a, b = qs[i], qs[i + 1]
    if a.hedge is None or not _THRESHOLD_SPAN.match(text, a.end) or _THRESHOLD_SPAN.match(text, b.end):
        return None
    return _earlier_level(text, qs, i, lambda c: not _THRESHOLD_SPAN.match(text, c.end))


def _level_the_change_fits(text: str, qs: list[_Q], i: int, direction: str) -> _Q | None:
    """In "reached 14,200 pupils from 131 schools, up from 4,700", the figure right before "up
    from" cannot have risen from the one after it: the level that did is an earlier figure of the
    clause that lies on the side of it the change says."""
    a, b = qs[i], qs[i + 1]

    def fits(c: _Q) -> bool:  # on the side of the figure after "up from" the change says
        return c.stated is not None and b.stated is not None and c.stated != b.stated \
            and (c.stated > b.stated) == (direction == "up")

    if a.stated is None or b.stated is None or a.stated == b.stated or fits(a):
        return None  # the figure right before "up from" may have moved so: it is the level
    return _earlier_level(text, qs, i, fits)


def _earlier_level(text: str, qs: list[_Q], i: int, fits: Callable[[_Q], bool]) -> _Q | None:
    """The nearest figure before ``qs[i]`` in its clause, of the kind and unit of the one after
    "up from" (``qs[i + 1]``), that ``fits``; None past the clause's start."""
    a, b = qs[i], qs[i + 1]
    for j in range(i - 1, -1, -1):
        c = qs[j]
        if re.search(r"[.;:!?]", text[c.end:a.start]):
            return None
        if c.role == "amount" and c.kind == b.kind and c.unit == b.unit and fits(c):
            return c
    return None


_VERB_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:(?P<up>{_UP_VERBS})|(?P<down>{_DOWN_VERBS}))\b")


def _mark_pair(text: str, s: int, a: _Q, b: _Q, rel: tuple[int, int]) -> None:
    a.role, b.role = "from", "to"
    if a.unit is None and b.unit is not None and a.kind == "count":
        a.unit, a.kind = b.unit, b.kind  # "from 40 to 60 percent": 40 percent
    direction = None
    window = text[max(s, rel[0] - 80):rel[0]]
    found = list(_VERB_BEFORE.finditer(window))
    if found:
        direction = "up" if found[-1].group("up") else "down"
    if direction is None and a.stated is not None and b.stated is not None:
        direction = "up" if b.stated > a.stated else "down" if b.stated < a.stated else None
    a.direction = b.direction = direction
    a.relation = b.relation = rel


def find_quantities(
    text: str, start: int, end: int, *, source: str = "",
    exclude: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Return quantity mentions in ``text[start:end]`` (one sentence), sorted by offset.

    ``exclude`` are spans already taken (dates): nothing overlapping them is a quantity.
    """
    chunk = text[start:end]
    masks: list[tuple[int, int]] = []
    if "@" in chunk or "://" in chunk or "www." in chunk or "](" in chunk:
        masks.extend((m.start(), m.end()) for m in _MASK_RARE.finditer(text, start, end))
    if "past" in chunk or "quarter" in chunk or "half" in chunk or "clock" in chunk:
        masks.extend((m.start(), m.end()) for m in _CLOCK_WORDS.finditer(text, start, end))
    if ("0" in chunk or "+" in chunk or "-" in chunk or "." in chunk) and _PHONE_CUE.search(chunk):
        masks.extend((m.start(), m.end()) for m in _PHONE.finditer(text, start, end))
    if "per " in chunk or "Per " in chunk:
        masks.extend((m.start(), m.end()) for m in _RATE_BASE.finditer(text, start, end))
    if exclude:
        masks.extend(exclude)
    # Shapes read before the token scan (cheap substring guards first): lengths of time and
    # superlatives on the record; the scan then skips their spans.
    clocks = _clock_times(text, start, end, masks) if _CLOCK_CUE.search(chunk) else []
    masks.extend((q.start, q.end) for q in clocks)
    prescanned = _durations(text, start, end, masks) if (":" in chunk or "min" in chunk or "hour" in chunk
                                                          or "hr" in chunk or "h " in chunk) \
        and _DURATION_CUE.search(chunk) else []
    prescanned += clocks
    if "record" in chunk or "ever" in chunk or "istory" in chunk or "-year" in chunk or "since" in chunk:
        prescanned += _first_on_record(text, start, end, masks)
    if "all but" in chunk or "All but" in chunk:
        prescanned += _all_but(text, start, end, masks)
    masks.extend((q.start, q.end) for q in prescanned)
    found = _scan(text, start, end, masks)
    if prescanned:
        found = sorted(found + prescanned, key=lambda q: q.start)
    qs = _apply_context(text, start, end, found)
    out: list[Mention] = []
    for q in qs:
        if q.end <= q.start:
            continue
        if q.kind in ("count", "percent", "money") and q.role == "amount":
            _apply_sign(text, start, q)
        value = number_value(q.low, q.high, q.unit, q.stated, q.hedge, q.approx)
        out.append(mention(source, q.start, q.end, text[q.start:q.end], q.kind, value,
                           "amount" if q.role == "clock" else q.role, q.direction, q.relation))
    return out


# A sign before a figure: "-3.5%", "−4C", "minus 12C", "a goal difference of +52" or "plus 42".
# A dash counts as a sign only when it stands alone before the digits ("COVID-19", "3-2" and
# "10-3" are not signed); "minus"/"plus" only after a word that takes a value ("of", "at", "to",
# a copula, a hedge) or at the start of a clause, not "the price minus 3%".
_SIGN_CHAR = re.compile(r"(?:(?<=[\s(\[])|^)([-−+])\Z")
_SIGN_WORD = re.compile(
    r"(?:(?:^|[(\[,:;\u2014]|\b(?:of|at|to|from|is|was|were|are|be|been|reached|hit|stood|about|"
    r"around|nearly|almost|roughly|some|approximately|as low as|as high as|lows? of|highs? of))\s*)"
    r"(minus|plus)\s+\Z", re.I)


def _apply_sign(text: str, start: int, q: _Q) -> None:
    """Take a sign written just before ``q`` into its span and value (in place)."""
    before = text[max(start, q.start - 40):q.start]
    m = _SIGN_CHAR.search(before)
    sign = m.group(1) if m else None
    width = 1
    if m is None:
        w = _SIGN_WORD.search(before)
        if w is None:
            return
        sign = "-" if w.group(1).lower() == "minus" else "+"
        width = len(before) - w.start(1)
    q.start -= width
    if sign == "+" or q.low is None or q.high is None:
        return
    q.low, q.high = -q.high, -q.low
    if q.stated is not None:
        q.stated = -q.stated

