"""Corrections: a sentence that corrects an earlier report, and the value it withdraws or gives.

"Correction: An earlier report gave the number of cameras as 124" withdraws 124; "It was laid
in 1931, not 1913 as reported" gives 1931; "...; the trial ran at 143 sites in 14 countries"
gives 14. Suggestions weigh a value a correction gives above the copies of the report it
corrects, and take a value a notice withdraws as no support for it. (Leaving withdrawn values out
of extraction altogether was tried: it regrouped other claims of the notice, one real item gained,
two explained items turned into errors and three suggestions went wrong on the gold stories.)
"""

from __future__ import annotations

import re
from typing import Literal

from reconcile.models import ClaimRef

# A correction notice: "Correction: ...", "An earlier version of this article said ...", "This
# story has been updated to correct ..." (not "corrected" alone: "the corrected software").
_NOTICE = re.compile(
    r"(?i)(?:^|[*_(\[]\s*)correction\b"
    r"|\ban? (?:earlier|previous|initial) (?:\w+ ){0,2}(?:version|report|story|article)\b"
    # "Some early reports, including our own, gave the euro sum as"
    r"|\b(?:some|several|many|the)\s+(?:early|earlier|previous|initial|first)\s+(?:reports|stories|articles|versions)\b"
    r"|\b(?:has been|was) (?:updated|amended|corrected) to correct\b"
    # the outlet's own earlier report, dated: "In our report on April 20, the premium was given as"
    r"|\bour\s+(?:earlier\s+|previous\s+|first\s+)?(?:report|story|article|bulletin|broadcast)\s+(?:on|of)\s+"
    r"(?-i:(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+)\b"
    # another outlet's report of a value, set beside the article's own: "A Meridian Press story on
    # May 19 gave the loss as $2.14 billion"
    r"|\ban? (?:[A-Z][\w'’.&-]*\s+){1,3}(?:story|report|article|bulletin|broadcast)\b"
    r"(?=[^.;]{0,40}\b(?:gave|put|had)\b[^.;]{0,40}\b(?:as|at)\b)")
# A value set against the one first given: "close 47 stores, not 74 as stated in a report that
# day", "laid in 1931, not 1913 as reported".
_NOT_AS_REPORTED = re.compile(r"(?i)\bnot\s+[^.;]{1,40}?\s+as\s+(?:\w+\s+){0,2}"
                              r"(?:reported|stated|said|published|printed|given)\b")
_CONTRAST_AFTER = re.compile(r"[^.;]{0,40}?,?\s+(?:not|rather than|instead of)\s+\S*\d")
# In a notice, the words before a value that say it is the one given in error ("An earlier version
# said the trial lasted five weeks") ...
_WITHDRAWN = re.compile(
    r"(?i)(?:\b(?:said|says|stated|gave|give|given|put|reported|described|called|listed)|\bmis(?:stated|reported|quoted)"
    r"|\b(?:incorrectly|wrongly|mistakenly|erroneously))\b(?P<gap>[^;]{0,80})\Z")
# ... and the turn after which a notice gives the right one ("; the trial ran at 143 sites").
_RIGHT_AFTER = re.compile(r"(?i);|\bwhen\b|\bbut\b|\bwhereas\b|\bin fact\b|\bactually\b|\bthe correct\b"
                          r"|\b(?:it|this|that|they|he|she) (?:is|was|were|has|had)\b")


def correction_role(sentence: str, start: int, end: int) -> Literal["gives", "withdraws"] | None:
    """``"gives"`` when the sentence corrects an earlier report and states the value at
    ``sentence[start:end]`` as the right one, ``"withdraws"`` when a correction notice names it
    as the one given in error, else None."""
    if not 0 <= start <= end <= len(sentence):
        return None
    if _NOT_AS_REPORTED.search(sentence) and _CONTRAST_AFTER.match(sentence, end):
        return "gives"
    notice = _NOTICE.search(sentence, 0, start)
    if notice is None:
        return None
    before = sentence[notice.end():start]
    withdrawn = _WITHDRAWN.search(before)
    if withdrawn is not None and not _RIGHT_AFTER.search(withdrawn.group("gap")):
        return "withdraws"
    return "gives" if _RIGHT_AFTER.search(before) else None


def quoted_correction_role(ref: ClaimRef) -> Literal["gives", "withdraws"] | None:
    """:func:`correction_role` of a claim as a conflict side quotes it (its sentence and span)."""
    start = ref.start - ref.sentence_start
    return correction_role(ref.sentence, start, start + (ref.end - ref.start))
