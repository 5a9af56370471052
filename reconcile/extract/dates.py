"""Date mentions: full dates, months, years, quarters, halves, seasons, parts of periods,
decades, ranges, fiscal years and relative expressions, as inclusive day intervals.

Choices (documented so that readers and tests agree):

* ``7/2/2024`` is read month-first (US) and marked ``ambiguous`` when day and month could swap;
  ``13/2/2024`` is unambiguously day-first.
* A date without a year ("July 2", "in June", "the first quarter") takes its year from an
  explicit date earlier in the same sentence, else from the publication date: the most recent
  such date not after publication (the next one when the sentence speaks of the future: "will",
  "next", "scheduled"), with ``relative=True`` and ``anchor="published 2024-07-02"``. A month-day
  up to half a year after a day-precise publication date is upcoming ("a hearing on March 26" in
  a March 4 story), unless the sentence is in the past tense ("was", "were", "had", "did") or a
  past verb comes shortly before the date ("the attack occurred Aug. 5"). A bare month
  needs a marker ("in", "since", "by", "last", ...) or to be the subject of a verb ("May was").
  Without a publication date precise enough (month level for months and month-days) it stays
  unresolved.
* Ranges ("between June 2024 and Dec. 2024", "from 2019 to 2021", "2019-21", "June to
  December") are ONE mention with precision ``range``, spanning from "between"/"from" to the
  end of the second date; a missing year on the first end is taken from the second.
* Parts of periods (one table, ``PARTS``): early/beginning/start, mid/middle, late/end/close.
  Of a year: Jan-Apr, May-Aug, Sep-Dec ("the beginning/end of" a year: Jan-Mar / Oct-Dec).
  Of a month: days 1-10, 11-20, 21-end. Of a decade: years 0-3, 4-6, 7-9.
* Seasons are meteorological, northern hemisphere: spring Mar-May, summer Jun-Aug, fall/autumn
  Sep-Nov, winter Y = Dec (Y-1) to Feb Y, marked ``ambiguous``.
* A date after "around", "about", "circa" keeps its interval and is flagged ``approximate``.
* Fiscal years are named by the calendar year they end in (US federal: FY2023 =
  2022-10-01..2023-09-30); ``fiscal_year_start=1`` makes them calendar years. "the last
  financial year" is the last full fiscal year before the one publication falls in, not the
  past twelve months; "this" and "next" fiscal year count from that one too.
* Weekdays ("on Friday", "Tuesday") are the most recent such day on or before publication
  ("last Friday": the week before's, never one of the publication's own week, as news style
  names those bare; "next Friday": strictly after); they need a day-precise publication date.
* Offsets from another date in the same sentence ("nearly two years after", "five years later",
  "three months earlier") use the hedge table of :mod:`reconcile.extract.hedges` on the duration;
  "X after/before <event>" dates the event (anchor minus/plus X), "X later/earlier" dates the
  clause (anchor plus/minus X). "the previous year" / "the following year" shift the anchor by
  one (a fiscal anchor gives a fiscal year). Without an anchor in the sentence they stay
  unresolved. "a decade ago" is read as about ten years ("approx" hedge).
* Trailing spans run to publication: "the past five years", "the last two months", "so far this
  year", "earlier this year"; "the next decade" runs ten years from publication.
* Years are 1600-2099 and need context: a marker or determiner before ("in 2023", "a 2022
  report", "Tavira's 2024 campaign"), the sentence start, or punctuation, "'s" or a capitalized
  word after ("2015,").
  "2,160", "$2023" and "2000 people" after a verb are not years. Years before 1600 need a word
  of time before them ("in 1412", "completed around 1390", "circa 1290") and nothing counted
  after them ("from 1200 to 1500 members" are counts).
"""


from __future__ import annotations

import datetime as dt
import re

from reconcile.extract._build import date_value, mention
from reconcile.extract.dateparts import (
    _C,
    _ORDN,
    _WEEKDAYS,
    PARTS,
    Published,
    _add_months,
    _Ctx,
    _eom,
    _fiscal,
    _future_at,
    _md,
    _mon,
    _rel,
    _year2,
    _year_c,
)
from reconcile.extract.hedges import HEDGES, words_before
from reconcile.extract.quantities import NUMBER_WORDS, ORDINAL_WORDS
from reconcile.extract.relative import (
    _SPAN_N,
    _THE_BEFORE,
    _offset,
    _part,
    _pending,
    _period,
    _rel_month,
    _resolve_pending,
    _rfiscal,
    _rmod,
    _rrel,
    _rspan,
    _season,
)
from reconcile.models import Mention

__all__ = ["find_dates", "Published", "PARTS"]


_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
    r"(?![a-z])"
)


_MONB = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)(?![a-z])"
)


_Y = r"(?:1[6-9]|20)\d\d"
# a year before 1600 ("built in about 1290", "completed around 1390"), read only with a time word
# before it and nothing it counts after it (see _OLD_YEAR_BEFORE)
_OLD_Y = r"1[0-5]\d\d"
# a year as written, 1600 to 2099 ("in 2011", "14 March 2019")
YEAR_WORD = re.compile(rf"\b{_Y}\b")


_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# a day of the month said in words ("the twenty-second of August"), as broadcasters write it
_DAY_WORDS = {w: n for w, n in ORDINAL_WORDS.items() if 1 <= n <= 31}
DAY_IN_WORDS = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))  # their alternation, longest first


_HEDGE_ALT = "|".join(re.escape(k) for k in sorted(HEDGES, key=len, reverse=True))


_NUMW_ONE = r"\d+(?:\.\d+)?|a few|a couple of|several|one and a half|half an?|an?|" + "|".join(
    w for w, n in NUMBER_WORDS.items() if n)
# "two and a half years ago"; "a year and a half ago" puts the half after its unit (_OFF_TAIL)
_NUMW = rf"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+half|{_NUMW_ONE}"


_UNIT = r"(?:years?|months?|weeks?|days?|decades?)"


# the words after "nineteen" or "twenty" in a year said aloud: "oh five", a teen, or a tens word
# with its unit ("ninety-three"); the year is the sum of their values (NUMBER_WORDS)
_SPOKEN_UNIT = "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9)
_SPOKEN_REST = (rf"(?i:oh[\s-]+(?:{_SPOKEN_UNIT})|{'|'.join(w for w, n in NUMBER_WORDS.items() if 10 <= n <= 19)}"
                rf"|(?:{'|'.join(w for w, n in NUMBER_WORDS.items() if n >= 20)})(?:[\s-](?:{_SPOKEN_UNIT}))?)")


_DRE_SRC = (
    rf"(?P<iso>(?<![\d-])(?P<iso_y>{_Y})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\d-]))"
    rf"|(?P<slash>(?<![\d/.])(?P<sl_a>\d{{1,2}})/(?P<sl_b>\d{{1,2}})/(?P<sl_y>{_Y}|\d\d)(?![\d/]))"
    rf"|(?P<fy>\b(?:Q(?P<fy_q>[1-4])\s|(?P<fy_qn>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)"
    rf"[\s-]quarter\s+of\s+(?:the\s+)?)?(?:[Ff]iscal(?:[\s-]+[Yy]ear)?|[Ff]inancial[\s-]+[Yy]ear|FISCAL(?:\s+YEAR)?|"
    rf"FY|F\.Y\.)\s?['’]?"
    rf"(?P<fy_y>{_Y}|\d\d)\b(?:\s?[-–/]\s?(?P<fy_y2>{_Y}|\d\d)\b)?"
    # "the 2024 fiscal year", "the 2024/25 financial year": the year the fiscal year ends in
    rf"|\b(?P<fy_y3>{_Y})(?:\s?[-–/]\s?(?P<fy_y4>{_Y}|\d\d))?\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear\b)"
    rf"|(?P<bound>\b(?P<bd_w>[Bb]eginning|[Ss]tart|[Ee]nd|[Mm]iddle|[Cc]lose)\s+of\s+(?:"
    rf"(?P<bd_m>{_MON})(?:,?\s+(?P<bd_my>{_Y})\b)?|(?P<bd_y>{_Y})\b|(?P<bd_this>the|this|last|next)"
    rf"\s+(?P<bd_unit>year|month|decade)\b|(?:the\s+)?(?P<bd_qn>first|second|third|fourth|1st|2nd|3rd|"
    rf"4th)[\s-]quarter(?:\s+of\s+(?P<bd_qy>{_Y}))?\b))"
    rf"|(?P<part>\b(?P<pt_w>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?:(?P<pt_m>{_MONB})(?:,?\s+"
    rf"(?P<pt_my>{_Y})\b)?|(?P<pt_dec>(?:19|20)\d0)s\b|(?P<pt_y>{_Y})\b(?![-–]\d)"
    rf"|(?P<pt_rel>last|this|next)\s+year\b))"
    rf"|(?P<quarter>\b(?:(?P<qt_n>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|1st|2nd|3rd|4th)"
    rf"[\s-]quarter\b(?:(?:\s+of)?\s+(?P<qt_y>{_Y})\b|\s+of\s+(?P<qt_this>this|last|the)\s+year\b)?"
    rf"|Q(?P<qt_q>[1-4])(?:\s?(?:of\s)?(?P<qt_qy>{_Y})\b)?(?![\w-])"
    rf"|(?P<qt_q2>[1-4])Q\s?(?P<qt_qy2>{_Y}|\d\d)\b))"
    rf"|(?P<half>\b(?:(?P<hf_n>[Ff]irst|[Ss]econd|1st|2nd)[\s-]half\b(?:(?:\s+of)?\s+(?P<hf_y>{_Y})"
    rf"\b|\s+of\s+(?P<hf_this>this|last|the)\s+year\b)?|H(?P<hf_h>[12])\s?(?P<hf_hy>{_Y})\b))"
    rf"|(?P<season>\b(?:(?P<ss_rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+)?(?P<ss_n>[Ss]pring|[Ss]ummer"
    rf"|[Ff]all|[Aa]utumn|[Ww]inter)\b(?:\s+(?:of\s+)?(?P<ss_y>{_Y})\b)?)"
    rf"|(?P<decade>\b(?P<dc_y>(?:18|19|20)\d0)['’]?s\b|['’](?P<dc_s>\d0)s\b)"
    rf"|(?P<mdy>\b(?P<mdy_m>{_MON})\s+(?P<mdy_d>{_D})(?![\d:]|\s?(?:[ap]\.m|%|percent|million|"
    rf"billion|thousand))\b(?:(?:\s?[-–]\s?|\s+to\s+)(?P<mdy_d2>[12]\d|3[01]|0?[1-9])\b(?![:.,]\d|\s?(?:%|per|million|billion)))?"
    rf"(?:,?\s+(?P<mdy_y>{_Y})\b)?)"
    rf"|(?P<dmy>(?<![\d,.$])(?:(?P<dmy_d0>[12]\d|3[01]|0?[1-9])(?:\s?[-–]\s?|\s+(?:to|and)\s+)(?=\d))?"
    rf"(?P<dmy_d>{_D})\s+(?:of\s+)?(?P<dmy_m>{_MON})(?:,?\s+(?P<dmy_y>{_Y})\b)?)"
    rf"|(?P<sdm>\b(?P<sd_d>(?i:{DAY_IN_WORDS}))\s+of\s+(?P<sd_m>{_MON})(?:,?\s+(?P<sd_y>{_Y})\b)?)"
    rf"|(?P<ry>(?<![\w$€£.,/-])(?P<ry_a>{_Y})\s?[-–—]\s?(?P<ry_b>{_Y}|\d\d)\b(?![-–]\d|[.,]\d|\s?%|\s?per\s?cent))"
    rf"|(?P<my>\b(?P<my_m>{_MON})(?:\s+of)?,?\s+(?P<my_y>{_Y})\b)"
    rf"|(?P<mon>\b(?P<mo_m>{_MONB})(?!\s?\d))"
    rf"|(?P<rspan>\b(?:[Tt]he\s+)?(?:[Pp]ast|[Ll]ast|[Pp]revious)\s+(?P<sp_n>\d{{1,3}}|two|three|four|"
    rf"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several)\s+"
    rf"(?P<sp_u>years|months|weeks|days|decades)\b)"
    rf"|(?P<nmon>\b(?:[Tt]he\s+)?(?P<nm_w>[Ff]irst|[Ll]ast|[Ff]inal)\s+(?P<nm_n>two|three|four|five|six|seven|"
    rf"eight|nine|ten|eleven|\d{{1,2}})\s+months\s+of\s+(?:(?P<nm_y>{_Y})\b|(?P<nm_rel>the|this|last)\s+year\b))"
    rf"|(?P<rday>\b(?P<rd_w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b)"
    rf"|(?P<rmod>\b(?P<rm_w>[Ee]arlier|[Ll]ater)\s+(?:this|in\s+the)\s+(?P<rm_u>year|month|week)\b)"
    rf"|(?P<rprev>\b[Tt]he\s+(?:(?P<rp_w>previous|prior|preceding|following|next)\s+(?P<rp_u>year|month"
    rf"|week|day)|(?P<rp_u2>year|month|week|day)\s+(?P<rp_w2>before|earlier|after|later))\b)"
    rf"|(?P<rwkd>\b[Tt]he\s+weekend\b)"
    rf"|(?P<rrel>\b(?:the\s+)?(?P<rr_w>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?P<rr_f>(?:fiscal|financial)\s+)?"
    rf"(?P<rr_u>year|month|week|weekend|decade)\b)"
    rf"|(?P<wday>\b(?:(?P<wd_p>[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Pp]ast)\s+)?(?P<wd_n>Monday|Tuesday|"
    rf"Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # a year said aloud, in words no count is said in: "nineteen ninety-three", "twenty
    # fourteen", "twenty twenty-six", "twenty-twenty" ("twenty-five" is a count)
    rf"|(?P<syr>\b(?P<sy_c>[Nn]ineteen|[Tt]wenty)[\s-]+(?P<sy_r>{_SPOKEN_REST})\b(?![\s-]+(?:hundred|thousand|"
    rf"million|billion|percent|per\s+cent)\b))"
    rf"|(?P<yr>(?<![\w$€£¥.,/#-])(?P<yr_y>{_Y}|{_OLD_Y})(?![\w%]|,\d|\.\d|[-–/]\d|\s?(?:percent|per cent|"
    rf"million|billion|thousand|times|pc\b)))"
)


_TOP = ("iso slash fy bound part nmon quarter half season decade mdy dmy syr sdm ry my mon rspan rday "
        "rmod rprev rwkd rrel wday yr").split()


_ALTS = {
    re.match(r"\(\?P<(\w+)>", piece).group(1): piece  # type: ignore[union-attr]
    for piece in re.split(r"\|(?=\(\?P<(?:" + "|".join(_TOP) + r")>)", _DRE_SRC)
}


_DRE = re.compile("|".join(_ALTS[n] for n in _TOP))  # the whole grammar, for reference


def _sub(*names: str) -> re.Pattern[str]:
    return re.compile("|".join(_ALTS[n] for n in _TOP if n in names))


# Scanning: a cheap trigger finds word starts that can open a date (a digit, a capitalized
# word, a quote, or one of a few lower-case words); the first word picks the few alternatives
# that can start with it, tried with one anchored match. Most words never reach the grammar.
_TRIGGER = re.compile(
    r"(?<![\w'’])(?:\d|['’](?=\d0s)|[A-Z]|e(?:arl(?:y|ier)|nd)|m(?:id|iddle)|l(?:ate|ater|ast)"
    r"|beginning|s(?:tart|econd|pring|ummer)|close|f(?:i(?:rst|nal|scal|nancial)|ourth|all)"
    r"|t(?:hird|o(?:day|morrow|night)|his|he)|autumn|winter|yesterday|next|past"
    r"|(?:fif|six|seven|eigh|nin|ten|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twentie|thirtie)th\b|(?:twenty|thirty)-|(?:[Nn]ineteen|[Tt]wenty)(?=[\s-]))"
)


_WORD_AT = re.compile(r"[A-Za-z]+|\d|['’]")


_BY_DIGIT = _sub("iso", "slash", "fy", "quarter", "half", "decade", "dmy", "ry", "yr")


_BY_MONTH = _sub("mdy", "my", "mon")


_BY_ORD = _sub("fy", "nmon", "quarter", "half", "sdm")


_BY_REL = _sub("nmon", "season", "rspan", "rrel", "wday")


_DISPATCH: dict[str, re.Pattern[str]] = {
    "'": _sub("decade"), "’": _sub("decade"),
    "early": _sub("part"), "mid": _sub("part"), "late": _sub("part"),
    "beginning": _sub("bound"), "start": _sub("bound"), "end": _sub("bound"),
    "middle": _sub("bound"), "close": _sub("bound"),
    "first": _BY_ORD, "second": _BY_ORD, "third": _BY_ORD, "fourth": _BY_ORD, "final": _BY_ORD,
    "q": _sub("fy", "quarter"), "h": _sub("half"), "fy": _sub("fy"), "fiscal": _sub("fy"),
    "financial": _sub("fy"),
    "f": _sub("fy"),
    "spring": _sub("season"), "summer": _sub("season"), "fall": _sub("season"),
    "autumn": _sub("season"), "winter": _sub("season"),
    "last": _BY_REL, "this": _BY_REL, "next": _BY_REL, "past": _BY_REL,
    "today": _sub("rday"), "yesterday": _sub("rday"), "tomorrow": _sub("rday"),
    "tonight": _sub("rday"), "earlier": _sub("rmod"), "later": _sub("rmod"),
    "the": _sub("nmon", "rspan", "rprev", "rwkd", "rrel"), "previous": _sub("rspan"),
    **{d: _sub("wday") for d in _WEEKDAYS},
    **{w.split("-")[0]: _sub("sdm") for w in _DAY_WORDS
       if w.split("-")[0] not in ("first", "second", "third", "fourth")},
    "nineteen": _sub("syr"), "twenty": _sub("syr", "sdm"),
    **{k: _BY_MONTH for k in ("january", "february", "march", "april", "may", "june", "july",
                              "august", "september", "october", "november", "december", "jan",
                              "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                              "nov", "dec")},
}  # fmt: skip


def _scan(text: str, start: int, end: int) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    last = start
    for t in _TRIGGER.finditer(text, start, end):
        pos = t.start()
        if pos < last:
            continue
        w = _WORD_AT.match(text, pos, end)
        if w is None:
            continue
        key = w.group()
        rx = _BY_DIGIT if key.isdigit() else _DISPATCH.get(key.lower())
        if rx is None:
            continue
        m = rx.match(text, pos, end)
        if m is not None and m.end() > m.start():
            out.append(m)
            last = m.end()
    return out


# Offsets are found from their tail ("years ago", "months after"), then their head (hedge and
# amount) is matched backwards: the tail is rare, the head alternation is long.
_OFF_TAIL = re.compile(
    r"(?i)\b(?P<u>years?|months?|weeks?|days?|decades?|summers?|winters?|springs?|autumns?)"
    r"(?P<half>\s+and\s+a\s+half)?\s+"
    r"(?P<d>ago|after|later|before|earlier|afterwards?|prior)\b(?P<today>\s+today\b)?"
)


_TAIL_WORDS = (" ago", " after", " later", " before", " earlier", " prior", "afterward")


# "It's three years now since the first turbine went in", "it has been five years since the
# last flood", "six years on from his first world title": years counted back from the day of
# writing, as "ago" is; not a span that frames a figure ("in the three years since the merger",
# "for two years since 2019")
_SINCE_TAIL = re.compile(r"(?i)\b(?P<u>years?|decades?)(?:\s+now)?\s+(?P<d>since|on\s+from)\s+(?![\d(]|"
                         + r"(?:January|February|March|April|May|June|July|August|September|October|"
                         + r"November|December)\b)")
_SPAN_BEFORE_COUNT = re.compile(r"(?i)\b(?:the|past|last|first|next|over|in|for|within|during|some|those|these)\s+\Z")


_OFF_HEAD = re.compile(rf"(?i)(?<![\w-])(?:(?P<h>{_HEDGE_ALT})\s+)?(?P<n>{_NUMW})\s+\Z")


_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|since|by|until|till|through|thru|during|from|to|and|or|between|of|for|"
    r"before|after|around|circa|early|late|mid|year|years|the|a|an|its|his|her|their|this|that|"
    r"spring|summer|fall|autumn|winter|fiscal|calendar|season|class|than|as|on|at|per|each|"
    r"every|vs\.?|versus)\s+|[\w.]['’]s\s+|[-–(\[\"“*_]\s?|mid-)\Z"
)


_YEAR_AFTER = re.compile(r"\s*(?:[,.;:)\]!?\"”*_]|['’]s\b|\Z|\s+[A-Z]|\s+(?:and|or|to|when|as|in|"
                         r"with|after|before|until|for|through|compared|versus|vs)\b)")  # fmt: skip


# "1600 Pennsylvania Avenue", "1901 North Main St": a house number before a street's name
_STREET_AFTER = re.compile(r"(?:\s+[A-Z][\w.'’-]*){1,3}\s+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|"
                           r"Drive|Dr|Lane|Ln|Way|Place|Pl|Square|Court|Ct|Parkway|Pkwy|Highway|Hwy)\b")

# "in about 1150", "completed around 1390", "dates from c. 1290", "since 1412"
_OLD_YEAR_BEFORE = re.compile(r"(?i)(?:\b(?:in|since|from|until|till|before|after|during)\s+"
                              r"(?:(?:about|around|circa|c\.|approximately|roughly)\s+)?"
                              r"|\b(?:[a-z]+ed|built|begun|made|written|dug|laid|rebuilt|stolen|born)\s+"
                              r"(?:about|around|circa|c\.|approximately|roughly)\s+"
                              r"|(?<![\w.])(?-i:c)\.\s*|\bcirca\s+)\Z")  # not "8 U.S.C. 1326"
_OLD_YEAR_AFTER = re.compile(r"\s*(?:[,.;:)\]!?\"”]|\Z"
                             r"|\s+(?:when|as|under|during|by|and\s+(?:was|is|has|had|the)\b|[A-Z]))")
_TIME_PREP_BEFORE = re.compile(r"(?i)\b(?:in|since|until|during|before|after|circa|by)\s+\Z")

_MONTH_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|until|till|through|thru|during|from|to|and|or|between|of|before|"
    r"after|early|late|mid|last|this|next|since|starting|beginning|ending|around|as of|"
    r"until|over|throughout|into|for)\s+(?:(?:early|late|mid)[\s-]+)?\Z|\bmid-\Z"
)


_CHANGE_BEFORE = re.compile(r"(?i)\b(?:up|down|by|rose|fell|gained|lost|dropped|added|climbed|slid)\s+\Z")
_DAY_BEFORE = re.compile(r"(?i)(?:\b(?:on|by|until|till|from|to|and|since|before|after|of|dated|the|its|their|"
                         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+|\()\Z")


_MONTH_REL = re.compile(r"\b([Ll]ast|[Nn]ext|[Tt]his)\s+\Z")


# "May was the wettest month": a month as the subject of one of these verbs
_MONTH_VERB_AFTER = re.compile(r"\s+(?:was|is|saw|has|had|marked|brought|ended|began|became|"
                               r"remains|remained|will\s+(?:be|bring|see|mark))\b")


_EACH_BEFORE = re.compile(r"(?i)\b(?:each|every)\s+\Z")


_WDAY_DATE_AFTER = re.compile(rf",?\s+(?:{_MON}\s+\d|\d{{1,2}}\s+{_MON})")


# A capitalized word right before a capitalized "Today" that does not open the sentence
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w&'’-]*\s+\Z")


# "the day after the collapse": what follows is an event named by a noun phrase, not a date
_EVENT_AFTER = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|that)\s+[a-z]")


_RANGE_GAP = re.compile(r"\A,?\s*(?:(?P<dash>[-–—])|(?P<word>to|through|thru|until|till|and))\s*\Z")


_DATE_HEDGES = frozenset({"around", "about", "circa", "approximately", "roughly", "c"})
_FROM_BEFORE = re.compile(r"(?i)\b(?P<w>between|from)\s+(?:the\s+)?\Z")


def _handle(ctx: _Ctx, m: re.Match[str]) -> _C | None:  # noqa: C901 - a dispatch table
    g = m.group
    kind = m.lastgroup
    start, end = m.start(), m.end()
    text, pub = ctx.text, ctx.pub
    if kind == "iso":
        try:
            d = dt.date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        except ValueError:
            return None
        return _C(start, end, d, d, "day")
    if kind == "slash":
        a, b, y = int(g("sl_a")), int(g("sl_b")), _year2(g("sl_y"))
        amb = a <= 12 and b <= 12 and a != b
        mon, day = (a, b) if a <= 12 else (b, a)
        try:
            d = dt.date(y, mon, day)
        except ValueError:
            return None
        return _C(start, end, d, d, "day", ambiguous=amb)
    if kind == "fy":
        y = _year2(g("fy_y2") or g("fy_y") or g("fy_y4") or g("fy_y3"))
        q = int(g("fy_q")) if g("fy_q") else _ORDN[g("fy_qn").lower()] if g("fy_qn") else None
        a2, b2 = _fiscal(y, ctx.fys, q)
        return _C(start, end, a2, b2, "quarter" if q else "year", fiscal=True)
    if kind == "bound" and g("bd_qn"):
        # "the end of the first quarter": the quarter's last month (first for beginning/start)
        base = _period(ctx, start, end, _ORDN[g("bd_qn").lower()], 3, g("bd_qy"), None,
                       "quarter")
        if base is None or base.earliest is None:
            return base
        k = {"beginning": 0, "start": 0, "middle": 1, "end": 2, "close": 2}[g("bd_w").lower()]
        first_day = _add_months(base.earliest, k)
        base.earliest, base.latest = first_day, _eom(first_day.year, first_day.month)
        base.precision, base.approximate = "month", True
        tb = _THE_BEFORE.search(text, max(ctx.s, start - 4), start)
        if tb:
            base.start = tb.start()
        return base
    if kind == "bound":
        return _part(ctx, start, end, g("bd_w").lower(), g("bd_m"), g("bd_my"), g("bd_y"), None,
                     g("bd_this"), g("bd_unit"))
    if kind == "part":
        return _part(ctx, start, end, g("pt_w").lower(), g("pt_m"), g("pt_my"), g("pt_y"),
                     g("pt_dec"), g("pt_rel"), "year" if g("pt_rel") else None)
    if kind == "quarter":
        if g("qt_q") or g("qt_q2"):
            q = int(g("qt_q") or g("qt_q2"))
            ys = g("qt_qy") or g("qt_qy2")  # "1Q24": two-digit year
            this = None
        else:
            q = _ORDN[g("qt_n").lower()]
            ys = g("qt_y")
            this = g("qt_this")
        if _THE_BEFORE.search(text, max(ctx.s, start - 4), start) is None and not ys and \
                not this and not g("qt_q"):
            # "a second quarter" / "third quarter" w/o article: still a quarter, resolved below
            pass
        return _period(ctx, start, end, q, 3, ys, this, "quarter")
    if kind == "half":
        if g("hf_h"):
            return _period(ctx, start, end, int(g("hf_h")), 6, g("hf_hy"), None, "half")
        return _period(ctx, start, end, _ORDN[g("hf_n").lower()], 6, g("hf_y"), g("hf_this"),
                       "half")
    if kind == "season":
        return _season(ctx, m)
    if kind == "decade":
        if g("dc_y"):
            y = int(g("dc_y"))
        else:
            y = int(g("dc_s"))
            y += 1900 if y >= 30 else 2000
        return _C(start, end, dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade")
    if kind == "mdy":
        day = int(re.match(r"\d+", g("mdy_d")).group())  # type: ignore[union-attr]
        yr: int | None = int(g("mdy_y")) if g("mdy_y") else None
        c = _md(ctx, start, end, _mon(g("mdy_m")), day, yr)
        if c is not None and g("mdy_d2") and c.latest is not None:
            d2 = int(g("mdy_d2"))
            if d2 <= day:
                return None  # "May 20-3" is no day range
            try:
                c.latest = c.latest.replace(day=d2)  # "May 20-22": one range
            except ValueError:
                return None
            c.precision = "range"
        return c
    if kind == "sdm":
        yr = int(g("sd_y")) if g("sd_y") else None
        return _md(ctx, start, end, _mon(g("sd_m")), _DAY_WORDS[g("sd_d").lower()], yr)
    if kind == "dmy":
        day = int(re.match(r"\d+", g("dmy_d")).group())  # type: ignore[union-attr]
        yr = int(g("dmy_y")) if g("dmy_y") else None
        if yr is None and not g("dmy_d0") and not _DAY_BEFORE.search(text, max(ctx.s, start - 14), start) and \
                not re.match(r"\d+(?:st|nd|rd|th)", g("dmy_d")) and not (
                    len(g("dmy_m")) > 3 and not _CHANGE_BEFORE.search(text, max(ctx.s, start - 14), start)):
            # "5 May" without context or year is too weak ("up 8 Dec"); a month written out is
            # a date after any word but a change ("its fiscal year ends 30 June")
            return None
        c = _md(ctx, start, end, _mon(g("dmy_m")), day, yr)
        if c is not None and g("dmy_d0") and c.earliest is not None:
            range_from = int(g("dmy_d0"))
            if range_from >= day:
                return None  # "22 to 3 July" is no day range
            c.earliest = c.earliest.replace(day=range_from)  # "22 to 23 July", "20-22 May": one range
            c.precision = "range"
        return c
    if kind == "ry":
        a_y = int(g("ry_a"))
        b_s = g("ry_b")
        b_y = int(b_s) if len(b_s) == 4 else (a_y // 100) * 100 + int(b_s)
        if b_y <= a_y or b_y - a_y > 50:
            return None
        return _C(start, end, dt.date(a_y, 1, 1), dt.date(b_y, 12, 31), "range")
    if kind == "my":
        return _md(ctx, start, end, _mon(g("my_m")), None, int(g("my_y")), "month")
    if kind == "mon":
        if not _MONTH_BEFORE.search(text, max(ctx.s, start - 18), start) and \
                not _MONTH_VERB_AFTER.match(text, end, ctx.e):
            return None  # "May" the modal, "June" the name: a month needs a marker or a verb
        if _EACH_BEFORE.search(text, max(ctx.s, start - 8), start):
            return None
        pre = _MONTH_REL.search(text, max(ctx.s, start - 6), start)
        if pre:
            return _rel_month(ctx, pre.start(), end, _mon(g("mo_m")), pre.group(1).lower())
        return _md(ctx, start, end, _mon(g("mo_m")), None, None, "month")
    if kind == "nmon":
        # "the first five months of 2024": Jan 1 to the end of May
        n_s = g("nm_n").lower()
        n = int(n_s) if n_s.isdigit() else _SPAN_N.get(n_s, 0)
        if not 1 <= n <= 12:
            return None
        if g("nm_y"):
            year: int | None = int(g("nm_y"))
            rel_label = None
        else:
            rel = g("nm_rel").lower()
            year = None if pub.year is None else pub.year - (1 if rel == "last" else 0)
            rel_label = pub.label
        if year is None:
            return _rel(start, end, None, None, "range", None)
        if g("nm_w").lower() == "first":
            d0, d1 = dt.date(year, 1, 1), _eom(year, n)
        else:
            d0, d1 = dt.date(year, 13 - n, 1), dt.date(year, 12, 31)
        if rel_label:
            return _rel(start, end, d0, d1, "range", rel_label)
        return _C(start, end, d0, d1, "range")
    if kind == "rwkd":
        # "over the weekend": the most recent Saturday-Sunday (the next one in the future tense)
        if pub.day is None:
            return _rel(start, end, None, None, "week", None)
        wd = pub.day.weekday()
        if ctx.is_future():
            sat = pub.day + dt.timedelta(days=(5 - wd) % 7)
        else:
            sat = pub.day - dt.timedelta(days=(wd - 5) % 7)
        return _rel(start, end, sat, sat + dt.timedelta(days=1), "week", pub.label)
    if kind == "rspan":
        return _rspan(ctx, start, end, g("sp_n"), g("sp_u"))
    if kind == "rday":
        w = g("rd_w").lower()
        if g("rd_w")[0].isupper() and _NAME_BEFORE.search(text, max(ctx.s, start - 40), start):
            return None  # "USA Today", "Civil Works Today": the end of a name, not a day
        if pub.day is None:
            return _rel(start, end, None, None, "day", None)
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
        d = pub.day + dt.timedelta(days=off)
        return _rel(start, end, d, d, "day", pub.label)
    if kind == "rmod":
        return _rmod(ctx, start, end, g("rm_w").lower(), g("rm_u"))
    if kind == "rrel":
        if g("rr_f"):
            if g("rr_u") != "year":
                return None
            return _rfiscal(ctx, start, end, g("rr_w").lower())
        return _rrel(ctx, start, end, g("rr_w").lower(), g("rr_u"))
    if kind == "rprev":
        w = (g("rp_w") or g("rp_w2")).lower()
        u = g("rp_u") or g("rp_u2")
        if w in ("after", "before") and _EVENT_AFTER.match(text, end, ctx.e):
            # "on Wednesday, the day after the collapse": one unit from an event, which the
            # sentence's date then dates (the collapse was on Tuesday), as "two years after" does
            return _pending(start, end, "offset", None, 1.0, u.lower(), w)
        sign = -1 if w in ("previous", "prior", "preceding", "before", "earlier") else 1
        return _pending(start, end, "shift", sign, u)
    if kind == "wday":
        if _WDAY_DATE_AFTER.match(text, end, ctx.e):
            return None  # "Friday, Jan. 31, 2020": the date itself is the mention
        p = (g("wd_p") or "on").lower()
        if p == "on":
            start = m.start("wd_n")  # "on Friday": the date is "Friday"
        if pub.day is None:
            return _rel(start, end, None, None, "day", None)
        target = _WEEKDAYS[g("wd_n").lower()]
        delta = (pub.day.weekday() - target) % 7
        if p == "last" or p == "past":
            delta = delta or 7
            d = pub.day - dt.timedelta(days=delta)
            if p == "last" and d >= pub.day - dt.timedelta(days=pub.day.weekday()):
                # "last Wednesday" in a Thursday paper is the week before's: yesterday would be
                # "Wednesday" or "yesterday" (news style names days of the current week bare)
                d -= dt.timedelta(days=7)
        elif p == "next":
            d = pub.day + dt.timedelta(days=((target - pub.day.weekday()) % 7) or 7)
        elif p == "this":
            d = pub.day - dt.timedelta(days=pub.day.weekday()) + dt.timedelta(days=target)
        else:
            if _future_at(ctx, start):
                d = pub.day + dt.timedelta(days=(target - pub.day.weekday()) % 7)
            else:
                d = pub.day - dt.timedelta(days=delta)
        return _rel(start, end, d, d, "day", pub.label)
    if kind == "syr":
        tail = sum(NUMBER_WORDS.get(w, 0) for w in re.split(r"[\s-]+", g("sy_r").lower()))  # "oh" counts 0
        return _year_c(start, end, (1900 if g("sy_c").lower() == "nineteen" else 2000) + tail)
    if kind == "yr":
        if _STREET_AFTER.match(text, end) and not _TIME_PREP_BEFORE.search(text, max(ctx.s, start - 8), start):
            return None  # "at 1600 Pennsylvania Avenue": a street number ("in 1998 Oxford Street ...": a year)
        if int(g("yr_y")) < 1600:
            if not (_OLD_YEAR_BEFORE.search(text, max(ctx.s, start - 30), start)
                    and _OLD_YEAR_AFTER.match(text, end, ctx.e)):
                return None  # "from 1200 to 1500 members", "holds about 1200": counts without a comma
            return _year_c(start, end, int(g("yr_y")))
        if not (_YEAR_BEFORE.search(text, max(ctx.s, start - 12), start)
                or not text[ctx.s:start].strip(" \t\"“'‘(")
                or _YEAR_AFTER.match(text, end, ctx.e)):
            return None
        return _year_c(start, end, int(g("yr_y")))
    return None


def _merge_ranges(ctx: _Ctx) -> None:
    cands = ctx.cands
    i = 0
    while i < len(cands) - 1:
        a, b = cands[i], cands[i + 1]
        gm = _RANGE_GAP.match(ctx.text[a.end:b.start])
        if gm and b.earliest and a.earliest is not None or (gm and b.earliest and not a.year_given):
            fb = _FROM_BEFORE.search(ctx.text, max(ctx.s, a.start - 14), a.start)
            word = gm.group("word")
            ok = (word == "and" and fb and fb.group("w").lower() == "between") or \
                 (word in ("to", "through", "thru", "until", "till")) or \
                 (gm.group("dash") and a.tag == b.tag)
            if ok and not a.fiscal and not b.fiscal:
                today = ctx.pub.day
                if not a.year_given and not b.year_given and a.mon is not None and b.mon is not None \
                        and a.day is None and b.day is None and a.mon <= b.mon and today is not None \
                        and dt.date(today.year, a.mon, 1) <= today <= _eom(today.year, b.mon):
                    # "the plan for January to June" in March: the months under way, this year's
                    b.earliest, b.latest = dt.date(today.year, b.mon, 1), _eom(today.year, b.mon)
                if not a.year_given and a.mon is not None and b.single_year:
                    y = b.single_year
                    if b.mon is not None and a.mon > b.mon:
                        y -= 1
                    try:
                        if a.day is not None:
                            a.earliest = dt.date(y, a.mon, a.day)
                        else:
                            a.earliest = dt.date(y, a.mon, 1)
                    except ValueError:
                        i += 1
                        continue
                    a.relative = b.relative
                    a.anchor = b.anchor
                if a.earliest is not None and b.latest is not None and a.earliest <= b.latest:
                    start = fb.start() if fb else a.start
                    merged = _C(start, b.end, a.earliest, b.latest, "range",
                                approximate=a.approximate or b.approximate,
                                relative=a.relative or b.relative,
                                anchor=a.anchor or b.anchor, ambiguous=a.ambiguous or b.ambiguous)
                    cands[i:i + 2] = [merged]
                    continue
        i += 1


def find_dates(text: str, start: int, end: int, *, pub: Published, fiscal_year_start: int = 10,
               source: str = "") -> list[Mention]:
    """Return the date mentions of one sentence ``text[start:end]``, sorted by offset."""
    ctx = _Ctx(text, start, end, pub, fiscal_year_start)
    offsets: list[_C] = []
    low = text[start:end].lower()
    tails = any(w in low for w in _TAIL_WORDS) and _OFF_TAIL.finditer(text, start, end) or ()
    for t in tails:
        h = _OFF_HEAD.search(text, max(start, t.start() - 40), t.start())
        if h is None:
            continue
        # "a week ago today": the offset is counted from the day of writing; "today" is part of it
        tail_end = t.end() if t.group("d").lower() == "ago" else t.end("d")
        n = h.group("n") + (" and a half" if t.group("half") else "")  # "a year and a half ago"
        c = _offset(ctx, h.start(), tail_end, h.group("h"), n, t.group("u"), t.group("d").lower())
        if c is not None:
            c.tag = "offset"
            offsets.append(c)
    for t in _SINCE_TAIL.finditer(text, start, end) if " since " in low or " on from " in low else ():
        h = _OFF_HEAD.search(text, max(start, t.start() - 40), t.start())
        if h is None or _SPAN_BEFORE_COUNT.search(text, max(start, h.start() - 12), h.start()):
            continue
        c = _offset(ctx, h.start(), t.end("d"), h.group("h"), h.group("n"), t.group("u"), "ago")
        if c is not None:
            c.tag = "offset"
            offsets.append(c)
    offsets.sort(key=lambda c: c.start)
    k = 0  # offsets are in order: only the first one ending after a match can overlap it
    for m in _scan(text, start, end):
        if offsets:
            ms, me = m.start(), m.end()
            while k < len(offsets) and offsets[k].end <= ms:
                k += 1
            if k < len(offsets) and offsets[k].start < me:
                continue
        if ctx.cands and m.start() < ctx.cands[-1].end:
            continue  # inside a date that took in words after its match ("10 March this year")
        c = _handle(ctx, m)
        if c is not None and c.end > c.start:
            c.tag = m.lastgroup or ""
            ctx.cands.append(c)
    if offsets:
        ctx.cands = sorted(ctx.cands + offsets, key=lambda c: c.start)
    if any(c.pending is not None for c in ctx.cands):
        _resolve_pending(ctx)
    if len(ctx.cands) > 1:
        _merge_ranges(ctx)
    out: list[Mention] = []
    for c in ctx.cands:
        if not c.approximate:
            before = words_before(text, start, c.start, 1)
            if before and before[-1][1] in _DATE_HEDGES:
                c.approximate = True  # "around 2020": same interval, flagged approximate
        if c.earliest is not None and c.latest is not None and c.earliest > c.latest:
            continue
        value = date_value(
            c.earliest, c.latest, c.precision, fiscal=c.fiscal, ambiguous=c.ambiguous,
            approximate=c.approximate, relative=c.relative,
            anchor=c.anchor if c.relative else None,
        )
        out.append(mention(source, c.start, c.end, text[c.start:c.end], "date", value))
    return out
