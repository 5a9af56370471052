"""Seeded generator of realistic multi-source news stories, for benchmarks at any scale.

Each story is 3-8 articles by different outlets about one event (a disaster, a deal, an election,
a court case, an outbreak, a match), published over a few days. The articles share the story's
facts (dates, counts, money, percents, ordinals) but word them differently: rounded ("about
1,200"), hedged ("an estimated", "at least"), in other formats ("8 July", "$2.4 billion",
"35 per cent"), with figures that grow over the days (look-alikes), some scoped to a part
("in Ostmere alone"), and with page furniture (share lines, photo credits, copyright). Some
stories get an injected contradiction: one article misreports one fact.

Every story uses its own generated names (place, person, companies) so that blocking by entity
keeps linking near linear, as it would be in a real corpus; a few shared region names stand in
for the common entities of real news. The output is deterministic for a seed, and a corpus of N
articles is a prefix of a larger one with the same seed (story by story).

    python bench/gen_stories.py 1000 /tmp/corpus --seed 7

writes ``/tmp/corpus/<bucket>/st000123-2.md`` files and ``/tmp/corpus/manifest.json`` (topics,
articles and the injected contradictions of every story).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TOPICS = ("disaster", "deal", "election", "court", "health", "sport")

# Name pools. A story's index is mapped to a syllable triple by a bijection (an odd multiplier
# modulo 32 ** 3), so no two of the first 32,768 stories share a name: no onset is a prefix of
# another and every middle syllable has two letters, so a name splits back one way only.
_ON = ("Kar", "Ost", "Bel", "Dun", "Fal", "Gor", "Hal", "Jor", "Kel", "Lam", "Mar", "Nor", "Pel",
       "Quen", "Ral", "Sor", "Tal", "Ull", "Var", "Wen", "Yar", "Zel", "Brin", "Cael", "Dray", "Eld",
       "Fen", "Grav", "Hest", "Ivar", "Lorn", "Mav")
_MID = ("al", "el", "id", "om", "uv", "ar", "en", "il", "or", "un", "ev", "ad", "im", "os", "ul", "er",
        "an", "is", "ov", "ak", "em", "ir", "ol", "as", "et", "in", "ob", "ur", "ey", "au", "es", "ag")
_END = ("ton", "ford", "mere", "vale", "by", "wick", "stead", "moor", "field", "haven", "ridge",
        "brook", "dale", "port", "bury", "holm", "gate", "well", "wood", "shaw", "croft", "minster",
        "thorpe", "cliff", "burn", "mouth", "ley", "ham", "worth", "stow", "more", "fell")
_SUR_END = ("vic", "sen", "ski", "ard", "ley", "man", "etti", "ova", "son", "quist", "ez", "ado",
            "berg", "ine", "ler", "enko", "as", "ini", "ow", "ik", "ström", "oza", "ani", "ot",
            "elli", "by", "on", "ert", "ack", "ian", "ier", "us")
_CO_END = ("ex", "ix", "ora", "ium", "ant", "ica", "eon", "yx", "ara", "ent", "on", "is", "ova",
           "era", "ux", "ane", "oda", "ite", "ino", "ast", "uma", "elo", "ida", "ark", "ula", "ion",
           "ato", "ene", "axa", "ori", "ys", "ea")
_FIRST = ("Maria", "Daniel", "Aisha", "Tomas", "Elena", "Samuel", "Priya", "Jonas", "Lucia", "Omar",
          "Hannah", "Victor", "Ingrid", "Mateo", "Grace", "Felix", "Nadia", "Arjun", "Clara", "Hugo")
_CO_KIND = ("Holdings", "Group", "Systems", "Energy", "Foods", "Logistics", "Bank", "Therapeutics",
            "Motors", "Networks")
_REGIONS = ("Northern Province", "Eastern Cape", "Central Valley", "Lake District", "High Plains",
            "Southern Coast", "River Delta", "Western Uplands")
_OUTLETS = ("The Daily Ledger", "Metro Herald", "Continental Press", "The Evening Post",
            "Regional Times", "Coastal Courier", "The Morning Star", "National Wire", "City Observer",
            "The Tribune", "Valley Gazette", "World Report Service")
_MODULUS = 32 ** 3


def _triple(index: int, multiplier: int) -> tuple[int, int, int]:
    k = (index * multiplier + multiplier // 7) % _MODULUS
    return k % 32, (k // 32) % 32, k // 1024


@dataclass(frozen=True)
class Names:
    """The generated names of one story."""

    place: str
    subplace: str
    surname: str
    first: str
    company: str
    rival: str
    region: str

    @property
    def person(self) -> str:
        return f"{self.first} {self.surname}"


def story_names(index: int, rng: random.Random) -> Names:
    a, b, c = _triple(index, 7_919)
    d, e, f = _triple(index, 104_729)
    g, h, i = _triple(index, 1_299_709)
    j, k, m = _triple(index, 15_485_863)
    p, q, r = _triple(index, 32_452_843)
    return Names(
        place=_ON[a] + _MID[b] + _END[c],
        subplace=_ON[j] + _MID[k] + _END[m],
        surname=_ON[d] + _MID[e] + _SUR_END[f],
        first=rng.choice(_FIRST),
        company=f"{_ON[g]}{_MID[h]}{_CO_END[i]} {rng.choice(_CO_KIND)}",
        rival=f"{_ON[p]}{_MID[q]}{_CO_END[r]} {rng.choice(_CO_KIND)}",
        region=rng.choice(_REGIONS),
    )


# --- values as a reporter writes them --------------------------------------------------------

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _round_nice(x: float) -> int:
    if x < 20:
        return round(x)
    digits = len(str(int(x))) - 2
    step = 10 ** max(0, digits)
    return int(round(x / step) * step)


def say_count(n: int, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45 or n < 20:
        return f"{n:,}"
    nice = _round_nice(n)
    if roll < 0.6:
        return f"about {nice:,}"
    if roll < 0.7:
        return f"nearly {nice:,}" if nice >= n else f"more than {nice:,}"
    if roll < 0.8:
        return f"an estimated {n:,}"
    if roll < 0.9:
        return f"at least {n:,}"
    return f"some {nice:,}"


def say_money(amount: float, rng: random.Random) -> str:
    if amount >= 1e9:
        value, unit = amount / 1e9, "billion"
    else:
        value, unit = amount / 1e6, "million"
    roll = rng.random()
    if roll < 0.5:
        return f"${value:.2f} {unit}".replace(".00 ", " ")
    if roll < 0.8:
        return f"${value:.1f} {unit}".replace(".0 ", " ")
    if roll < 0.9:
        return f"about ${round(value):,} {unit}"
    return f"{value:.1f} billion dollars".replace(".0 ", " ") if unit == "billion" else f"${value:.1f}m"


def say_percent(p: float, rng: random.Random) -> str:
    text = f"{p:.1f}".removesuffix(".0") if rng.random() < 0.5 else str(round(p))
    return rng.choice((f"{text}%", f"{text} percent", f"{text} per cent"))


def say_date(d: dt.date, published: dt.date, rng: random.Random) -> str:
    gap = (published - d).days
    roll = rng.random()
    if 0 < gap < 6 and roll < 0.3:
        return f"on {_WEEKDAYS[d.weekday()]}"
    if roll < 0.6:
        return f"on {_MONTHS[d.month - 1]} {d.day}"
    if roll < 0.8:
        return f"on {d.day} {_MONTHS[d.month - 1]}"
    return f"on {_MONTHS[d.month - 1]} {d.day}, {d.year}"


def say_ordinal(k: int, rng: random.Random) -> str:
    if rng.random() < 0.8:
        return _ORDINALS[k - 1]
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(k, f"{k}th")


# --- facts --------------------------------------------------------------------------------------


@dataclass
class FactSpec:
    """One fact of a story: its true value, how it is said, and sentences that carry it."""

    key: str
    kind: str  # date, count, money, percent, ordinal
    value: object
    templates: tuple[str, ...]
    evolving: bool = False  # grows with the days (a look-alike across articles)
    scoped: str | None = None  # a smaller figure for a part ("in Ostmere alone")


@dataclass
class Story:
    index: int
    topic: str
    names: Names
    start: dt.date
    title: str
    facts: list[FactSpec]
    filler: tuple[str, ...]
    contradiction: dict[str, object] | None = None
    articles: list[dict[str, object]] = field(default_factory=list)


def _disaster(n: Names, rng: random.Random, start: dt.date) -> tuple[str, list[FactSpec], tuple[str, ...]]:
    kind = rng.choice(("Fire", "Flood", "Storm", "Landslide"))
    ev = f"the {n.place} {kind}"
    facts = [
        FactSpec("start", "date", start, (
            f"{ev.capitalize()} began {{v}} near {n.place}, officials said.",
            f"The disaster in {n.place} started {{v}}, according to {n.surname}, the emergency director.",
        )),
        FactSpec("deaths", "count", rng.randint(3, 90), (
            f"{ev.capitalize()} has killed {{v}} people in {n.place}.",
            f"Officials in {n.place} said {{v}} people had died.",
        )),
        FactSpec("homes", "count", rng.randint(120, 6000), (
            f"{ev.capitalize()} destroyed {{v}} homes across {n.place}.",
            f"In {n.place}, {{v}} homes were destroyed, {n.surname} told reporters.",
        ), scoped=n.subplace),
        FactSpec("evacuated", "count", rng.randint(1500, 60000), (
            f"Authorities in {n.place} ordered {{v}} residents to evacuate.",
            f"{{V}} people were evacuated from {n.place} in the {n.region} region.",
        ), evolving=True),
        FactSpec("damage", "money", rng.randint(20, 3000) * 1e6, (
            f"{n.company} put insured losses from {ev} at {{v}}.",
            f"Damage in {n.place} was estimated at {{v}} by {n.company}.",
        )),
        FactSpec("contained", "percent", float(rng.randint(5, 60)), (
            f"{ev.capitalize()} was {{v}} contained, the {n.place} fire service said.",
            f"Crews in {n.place} had the blaze {{v}} contained.",
        ), evolving=True),
        FactSpec("rank", "ordinal", rng.randint(2, 5), (
            f"It is the {{v}}-largest disaster in the history of {n.place}.",
            f"{n.surname} called it the {{v}}-worst emergency {n.place} has seen.",
        )),
    ]
    filler = (
        f"\"It came over the hill so fast,\" said {n.person}, who fled with her family.",
        f"Roads around {n.place} remained closed and schools were shut.",
        f"Volunteers handed out water and blankets at a shelter in {n.subplace}.",
        "Forecasters warned that the weather could worsen before it improves.",
        f"{n.surname} urged residents to follow evacuation orders without delay.",
        "The cause is under investigation.",
    )
    return f"{kind} in {n.place} leaves trail of destruction", facts, filler


def _deal(n: Names, rng: random.Random, start: dt.date) -> tuple[str, list[FactSpec], tuple[str, ...]]:
    facts = [
        FactSpec("announced", "date", start, (
            f"{n.company} announced {{v}} that it would buy {n.rival}.",
            f"The agreement between {n.company} and {n.rival} was disclosed {{v}}.",
        )),
        FactSpec("price", "money", rng.randint(300, 40000) * 1e6, (
            f"{n.company} agreed to pay {{v}} for {n.rival}.",
            f"The deal values {n.rival} at {{v}}, including debt.",
        )),
        FactSpec("premium", "percent", float(rng.randint(12, 65)), (
            f"The offer is a premium of {{v}} to {n.rival}'s last closing price.",
            f"{n.rival} shareholders will receive a {{v}} premium.",
        )),
        FactSpec("jobs", "count", rng.randint(200, 9000), (
            f"{n.company} plans to cut {{v}} jobs after the merger with {n.rival}.",
            f"About the merger, {n.surname} said {{v}} jobs at {n.rival} would go.",
        ), scoped=n.place),
        FactSpec("stores", "count", rng.randint(40, 1500), (
            f"{n.rival} runs {{v}} sites, many of them in {n.region}.",
            f"The combined {n.company} group will operate {{v}} sites.",
        )),
        FactSpec("rank", "ordinal", rng.randint(2, 6), (
            f"It is the {{v}}-biggest takeover announced this year, after the deal for {n.place} Power.",
            f"Analysts at {n.place} Capital called it the {{v}}-largest deal of the year.",
        )),
    ]
    filler = (
        f"\"This is a transformational moment for both companies,\" said {n.person}, chief executive of {n.company}.",
        f"The boards of {n.company} and {n.rival} have both approved the transaction.",
        "The deal still needs approval from regulators.",
        f"Shares of {n.rival} jumped in early trading.",
        "Analysts said the combination would face scrutiny from competition authorities.",
    )
    return f"{n.company} to buy {n.rival}", facts, filler


def _election(n: Names, rng: random.Random, start: dt.date) -> tuple[str, list[FactSpec], tuple[str, ...]]:
    share = float(rng.randint(380, 690)) / 10
    facts = [
        FactSpec("held", "date", start, (
            f"Voters in {n.place} went to the polls {{v}}.",
            f"The {n.place} mayoral election was held {{v}}.",
        )),
        FactSpec("share", "percent", share, (
            f"{n.surname} won {{v}} of the vote in {n.place}.",
            f"With {{v}} of ballots, {n.person} defeated the incumbent in {n.place}.",
        )),
        FactSpec("turnout", "percent", float(rng.randint(310, 780)) / 10, (
            f"Turnout in {n.place} was {{v}}, election officials said.",
            f"Officials put turnout across {n.place} at {{v}}.",
        )),
        FactSpec("votes", "count", rng.randint(20000, 900000), (
            f"{n.surname} received {{v}} votes in {n.place}.",
            f"In total {n.person} won {{v}} votes, according to the {n.place} election board.",
        ), evolving=True),
        FactSpec("seats", "count", rng.randint(8, 60), (
            f"{n.surname}'s party took {{v}} seats on the {n.place} council.",
            f"The {n.place} council now has {{v}} members from {n.surname}'s party.",
        )),
        FactSpec("term", "ordinal", rng.randint(2, 4), (
            f"It is the {{v}} term for {n.surname} as mayor of {n.place}.",
            f"{n.surname} begins a {{v}} term leading {n.place}.",
        )),
    ]
    filler = (
        f"\"The people of {n.place} have spoken,\" {n.surname} told supporters.",
        f"Her opponent conceded late in the evening in {n.subplace}.",
        "Campaigning focused on housing costs and public transport.",
        f"Observers said the vote in {n.place} was orderly.",
    )
    return f"{n.surname} wins {n.place} election", facts, filler


def _court(n: Names, rng: random.Random, start: dt.date) -> tuple[str, list[FactSpec], tuple[str, ...]]:
    facts = [
        FactSpec("verdict", "date", start, (
            f"A jury in {n.place} found {n.person} guilty {{v}}.",
            f"{n.surname} was convicted of fraud {{v}} in {n.place}.",
        )),
        FactSpec("fine", "money", rng.randint(2, 900) * 1e6, (
            f"The court ordered {n.company} to pay {{v}} in penalties.",
            f"{n.company} was fined {{v}} by the {n.place} court.",
        )),
        FactSpec("years", "count", rng.randint(2, 25), (
            f"{n.surname} was sentenced to {{v}} years in prison in {n.place}.",
            f"The judge in {n.place} gave {n.surname} {{v}} years.",
        )),
        FactSpec("investors", "count", rng.randint(300, 40000), (
            f"Prosecutors said {n.company} had defrauded {{v}} investors.",
            f"The scheme run by {n.surname} affected {{v}} investors.",
        )),
        FactSpec("stake", "percent", float(rng.randint(5, 49)), (
            f"{n.surname} held {{v}} of {n.company} at the time.",
            f"At the time, {n.surname} owned {{v}} of {n.company}.",
        )),
        FactSpec("trial", "ordinal", rng.randint(2, 3), (
            f"It was the {{v}} trial of {n.surname} in {n.place}.",
            f"{n.surname} faced a {{v}} trial after an appeal in {n.place}.",
        )),
    ]
    filler = (
        f"Lawyers for {n.surname} said they would appeal.",
        f"\"Justice has been done,\" said a spokesperson for the {n.place} prosecutor.",
        f"{n.surname} showed no emotion as the verdict was read.",
        "The case drew wide attention from investors and regulators.",
    )
    return f"{n.person} convicted in {n.place}", facts, filler


def _health(n: Names, rng: random.Random, start: dt.date) -> tuple[str, list[FactSpec], tuple[str, ...]]:
    disease = rng.choice(("measles", "cholera", "dengue", "influenza"))
    facts = [
        FactSpec("first", "date", start, (
            f"The first {disease} case in {n.place} was confirmed {{v}}.",
            f"Health officials in {n.place} detected the outbreak {{v}}.",
        )),
        FactSpec("cases", "count", rng.randint(80, 12000), (
            f"{n.place} has recorded {{v}} cases of {disease}.",
            f"The {n.place} health agency counted {{v}} cases.",
        ), evolving=True, scoped=n.subplace),
        FactSpec("hospital", "count", rng.randint(10, 900), (
            f"{{V}} patients were in hospital in {n.place}, {n.surname} said.",
            f"Hospitals in {n.place} were treating {{v}} patients.",
        ), evolving=True),
        FactSpec("deaths", "count", rng.randint(2, 70), (
            f"The {disease} outbreak has killed {{v}} people in {n.place}.",
            f"{n.surname} said {{v}} deaths had been recorded in {n.place}.",
        )),
        FactSpec("vaccinated", "percent", float(rng.randint(40, 95)), (
            f"Only {{v}} of children in {n.place} are vaccinated.",
            f"Vaccination coverage in {n.place} stands at {{v}}.",
        )),
        FactSpec("funding", "money", rng.randint(2, 400) * 1e6, (
            f"The {n.region} government released {{v}} to fight the outbreak in {n.place}.",
            f"{n.company} pledged {{v}} for the response in {n.place}.",
        )),
    ]
    filler = (
        f"\"We are doing everything we can,\" said {n.person}, the {n.place} health director.",
        "Clinics extended their opening hours.",
        f"Schools in {n.subplace} asked parents to keep sick children at home.",
        "Doctors urged residents to wash their hands and seek care early.",
    )
    return f"{disease.capitalize()} outbreak spreads in {n.place}", facts, filler


def _sport(n: Names, rng: random.Random, start: dt.date) -> tuple[str, list[FactSpec], tuple[str, ...]]:
    home, away = f"{n.place} Rovers", f"{n.subplace} United"
    facts = [
        FactSpec("final", "date", start, (
            f"{home} beat {away} in the cup final {{v}}.",
            f"The final between {home} and {away} was played {{v}}.",
        )),
        FactSpec("crowd", "count", rng.randint(8000, 90000), (
            f"A crowd of {{v}} watched {home} at the {n.place} Stadium.",
            f"{{V}} fans packed the {n.place} Stadium.",
        )),
        FactSpec("prize", "money", rng.randint(1, 60) * 1e6, (
            f"{home} collect {{v}} in prize money.",
            f"The win is worth {{v}} to {home}.",
        )),
        FactSpec("possession", "percent", float(rng.randint(51, 72)), (
            f"{home} had {{v}} of possession against {away}.",
            f"{home} dominated {away} with {{v}} of possession.",
        )),
        FactSpec("title", "ordinal", rng.randint(2, 9), (
            f"It is the {{v}} title for {home}.",
            f"{home} won the cup for the {{v}} time.",
        )),
        FactSpec("goals", "count", rng.randint(12, 40), (
            f"{n.surname} has scored {{v}} goals for {home} this season.",
            f"{n.person} took his tally for {home} to {{v}} goals.",
        )),
    ]
    filler = (
        f"\"This is for the people of {n.place},\" said {n.person} after the match.",
        f"{away} had chances early but could not convert them.",
        "The second half was delayed by ten minutes after a pitch invasion.",
        f"Fans celebrated late into the night in {n.place}.",
    )
    return f"{home} lift the cup", facts, filler


_BUILDERS: dict[str, Callable[[Names, random.Random, dt.date],
                              tuple[str, list[FactSpec], tuple[str, ...]]]] = {
    "disaster": _disaster, "deal": _deal, "election": _election, "court": _court,
    "health": _health, "sport": _sport,
}


def make_story(index: int, seed: int) -> Story:
    """Story ``index`` of the corpus for ``seed`` (independent of the corpus size)."""
    rng = random.Random(f"{seed}:{index}")
    names = story_names(index, rng)
    topic = TOPICS[(index + seed) % len(TOPICS)]  # every six stories cover every topic
    start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    title, facts, filler = _BUILDERS[topic](names, rng, start)
    story = Story(index, topic, names, start, title, facts, filler)
    if rng.random() < 0.45:
        fact = rng.choice([f for f in facts if not f.evolving])
        story.contradiction = {"fact": fact.key, "kind": fact.kind}
    return story


def _wrong(fact: FactSpec, rng: random.Random) -> object:
    v = fact.value
    if fact.kind == "date":
        assert isinstance(v, dt.date)
        return v + dt.timedelta(days=rng.choice((-1, 1)))
    if fact.kind == "ordinal":
        assert isinstance(v, int)
        return v + 1
    if fact.kind == "count":
        assert isinstance(v, int)
        s = str(v)
        if len(s) >= 3 and s[-2] != s[-3] and rng.random() < 0.5:  # transposed digits
            return int(s[:-3] + s[-2] + s[-3] + s[-1])
        return max(1, round(v * rng.choice((0.7, 0.8, 1.25, 1.5))))
    if fact.kind == "money":
        assert isinstance(v, float)
        return v * rng.choice((0.5, 0.75, 1.5, 2.0))
    assert isinstance(v, float)
    return round(v + rng.choice((-8, -5, 5, 8)), 1)


def _say(kind: str, value: object, published: dt.date, rng: random.Random) -> str:
    if kind == "date":
        assert isinstance(value, dt.date)
        return say_date(value, published, rng)
    if kind == "count":
        assert isinstance(value, int)
        return say_count(value, rng)
    if kind == "money":
        assert isinstance(value, float)
        return say_money(value, rng)
    if kind == "percent":
        assert isinstance(value, float)
        return say_percent(value, rng)
    assert isinstance(value, int)
    return say_ordinal(value, rng)


def _fill(template: str, text: str) -> str:
    return template.replace("{V}", text[:1].upper() + text[1:]).replace("{v}", text)


_FURNITURE_TOP = ("Share this article", "Listen", "Advertisement", "Skip to main content")


def write_article(story: Story, k: int, n_articles: int, rng: random.Random) -> tuple[str, dict[str, object]]:
    """Article ``k`` of a story: its Markdown text and what it states (for the manifest)."""
    names = story.names
    outlet = _OUTLETS[(story.index * 5 + k * 7) % len(_OUTLETS)]
    day = min(k, 4) + rng.randint(0, 1)
    published = story.start + dt.timedelta(days=1 + day)
    wrong_here = story.contradiction is not None and k == n_articles - 1
    chosen = [f for f in story.facts if rng.random() < 0.75] or story.facts[:3]
    target = rng.randint(150, 400)
    sentences: list[str] = []
    stated: dict[str, object] = {}
    for fact in chosen:
        value: object = fact.value
        if fact.evolving and isinstance(value, int | float):
            grown = value * (1 + 0.35 * day)
            value = round(grown, 1) if fact.kind == "percent" else int(grown)
            if fact.kind == "percent":
                value = min(float(value), 99.0)
        if wrong_here and story.contradiction and story.contradiction["fact"] == fact.key:
            value = _wrong(fact, rng)
        stated[fact.key] = value.isoformat() if isinstance(value, dt.date) else value
        template = rng.choice(fact.templates)
        sentences.append(_fill(template, _say(fact.kind, value, published, rng)))
        if fact.scoped and isinstance(value, int) and rng.random() < 0.3:
            part = max(1, int(value * rng.uniform(0.2, 0.6)))
            sentences.append(f"In {fact.scoped} alone, the figure was {say_count(part, rng)}.")
    rng.shuffle(sentences)
    lead = sentences[:2]
    rest = sentences[2:]
    filler = list(story.filler)
    rng.shuffle(filler)
    paragraphs: list[str] = []
    place = names.place.upper()
    paragraphs.append(f"{place} — " + " ".join(lead))
    words = sum(len(s.split()) for s in lead)
    queue = rest + filler
    while queue:
        take = queue[:rng.randint(1, 3)]
        queue = queue[len(take):]
        paragraphs.append(" ".join(take))
        words += sum(len(s.split()) for s in take)
        if words >= target and not any(s in rest for s in queue):
            break
    generic = [
        f"Officials in {names.place} said more details would be released in the coming days.",
        f"Residents of {names.place} said they were waiting for clearer information from the authorities.",
        f"The situation in {names.place} was being monitored closely, {names.surname} said.",
        f"Local leaders in {names.subplace} called for calm and patience while the facts were established.",
        "It was not immediately clear what would happen next, and several questions remained unanswered.",
        "Further updates are expected later in the week, once officials have reviewed the latest reports.",
        f"Community groups in {names.place} organised meetings to share information and support neighbours.",
        f"Critics said the response in {names.place} had been slow and poorly coordinated from the start.",
        f"{names.surname} rejected that criticism, saying staff had worked around the clock.",
        f"Business owners in {names.subplace} said the past days had been among the hardest they could remember.",
        "Experts cautioned against drawing firm conclusions before all the information was available.",
        f"The events have dominated conversation in {names.place}, from cafes to council meetings.",
        "Several people who spoke to reporters asked not to be named because they were not authorised to comment.",
        f"A spokesperson for {names.company} declined to comment further when contacted by phone.",
        f"Neighbouring towns in the {names.region} region offered help and resources.",
        "Reporters at the scene described long queues and a mood of uncertainty.",
    ]
    rng.shuffle(generic)
    for s in generic:
        if words >= target:
            break
        paragraphs.append(s)
        words += len(s.split())
    lines: list[str] = []
    if rng.random() < 0.5:
        lines.append(rng.choice(_FURNITURE_TOP))
        lines.append("")
    for i, para in enumerate(paragraphs):
        lines.append(para)
        lines.append("")
        if i == 1 and rng.random() < 0.4:
            lines.append(f"Photo: {names.first} {names.surname[:3]}ley/{outlet}")
            lines.append("")
    tail = rng.random()
    if tail < 0.4:
        lines.append(f"Copyright © {published.year} {outlet}. All rights reserved.")
    elif tail < 0.6:
        lines.append("Sign up for our free newsletter >>")
    elif tail < 0.75:
        lines.append("Related Stories")
        lines.append(f"{names.place} council meets on budget")
        lines.append(f"{published.year - 1} in review: the year in {names.region}")
    slug = story.title.lower().replace(" ", "-").replace("'", "")
    url = f"https://news.example.com/{published.isoformat()}/{slug}-{story.index}-{k}"
    title = story.title if k == 0 else f"{story.title}: {rng.choice(('latest', 'what we know', 'update', 'live'))}"
    front = (
        "---\n"
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        f"outlet: {json.dumps(outlet)}\n"
        f"url: {json.dumps(url)}\n"
        f"published: \"{published.isoformat()}\"\n"
        "---\n"
    )
    text = front + "\n".join(lines).rstrip() + "\n"
    return text, {"outlet": outlet, "published": published.isoformat(), "stated": stated,
                  "misreports": story.contradiction["fact"] if wrong_here and story.contradiction else None}


def story_sizes(n_articles: int, seed: int) -> list[int]:
    """Articles per story (3-8 each), summing to ``n_articles``."""
    sizes: list[int] = []
    total = 0
    index = 0
    while total < n_articles:
        size = random.Random(f"{seed}:size:{index}").randint(3, 8)
        size = min(size, n_articles - total)
        sizes.append(size)
        total += size
        index += 1
    if len(sizes) > 1 and sizes[-1] < 3:
        last = sizes.pop()
        sizes[-1] += last
    return sizes


def generate(n_articles: int, out: Path, *, seed: int = 0) -> list[Path]:
    """Write ``n_articles`` articles (and ``manifest.json``) under ``out``; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    manifest: list[dict[str, object]] = []
    for index, size in enumerate(story_sizes(n_articles, seed)):
        story = make_story(index, seed)
        folder = out / f"b{index // 1000:03d}"
        folder.mkdir(exist_ok=True)
        entry: dict[str, object] = {"story": index, "topic": story.topic, "title": story.title,
                                    "contradiction": story.contradiction, "articles": []}
        for k in range(size):
            rng = random.Random(f"{seed}:{index}:{k}")
            text, info = write_article(story, k, size, rng)
            path = folder / f"st{index:06d}-{k}.md"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
            entry["articles"].append({"id": path.stem, **info})  # type: ignore[attr-defined]
        manifest.append(entry)
    (out / "manifest.json").write_text(json.dumps({"seed": seed, "articles": n_articles,
                                                   "stories": manifest}, indent=1) + "\n",
                                       encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("articles", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = generate(args.articles, args.out, seed=args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
