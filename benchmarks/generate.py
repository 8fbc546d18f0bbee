"""A synthetic multi-outlet corpus with known truth, for the scale benchmark.

    python benchmarks/generate.py 400 /tmp/corpus400 [--seed 7]

writes ``N`` articles (``00001_outlet-name.txt`` ...), ``briefing.toml`` (two
positions with cues, and an outlet for every file) and ``truth.json``:

    {"quotes": {"Q00001": {"speaker": "Ilse Marrowby", "text": "...",
                           "files": ["00003_....txt", ...],
                           "printed": {"00003_....txt": "<the words as that file prints them>"}}},
     "speakers": {...}, "stories": [...], "files": [...], "articles": N, "seed": S}

The corpus imitates agency copy picked up by many outlets:

* several distinct stories (one per ~25 articles), each with its own place,
  project, institution and about six speakers (invented full names, a role,
  a stance: for, against or neutral);
* every speaker has a pool of quote sentences; an article quotes two or three
  speakers of its story (some articles are round-ups that add a second
  story), introducing each as ``Role Name said: "..."``, then
  ``"...," Surname said.`` and ``He added: "..."``;
* popular quotes are reprinted by many outlets, others by one or two; each
  reprint may carry small edits: one word swapped, a hyphen dropped, a
  trailing clause cut, and the outlet's own quote marks (curly or straight);
* every article also has its own narrative sentences (unique across the
  corpus, checked), an occasional reported-speech line, and page furniture
  (headline, byline, date line, "Listen to this article", "Read more: ...",
  "Advertisement", a copyright line).

Quotes are built from phrase templates filled from word lists; a speaker never
uses the same template twice, and every new quote is checked against every
other quote of its story with rapidfuzz (ratio < 70, partial ratio < 80), so
two different quotes never read alike, even once an outlet has cut them; across stories no two quotes share their main clause. Both checks read a
word the generator itself swaps (``generate_words.SWAPS``) as any of its swaps, so no two
quotes differ only by one. Output is a pure function of (N, seed).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import generate_words as vocab
from rapidfuzz import fuzz, process

# ------------------------------------------------------------------ records


@dataclass
class Speaker:
    name: str
    surname: str
    role: str
    pronoun: str
    stance: str
    story: int
    quotes: list[str] = field(default_factory=list)   # quote ids
    used_templates: set[str] = field(default_factory=set)


@dataclass
class Quote:
    qid: str
    speaker: str
    main: str
    trail: str | None
    printed: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return f"{self.main}, {self.trail}" if self.trail else self.main


@dataclass
class Story:
    index: int
    place: str
    place2: str
    project: str
    institution: str
    company: str
    street: str
    speakers: list[Speaker] = field(default_factory=list)
    narrative: list[str] = field(default_factory=list)
    quote_texts: list[str] = field(default_factory=list)


def _near(text: str, others: list[str], ratio: float = 80, partial: float = 85) -> bool:
    """Whether ``text`` reads like one of ``others``: fuzz.ratio >= ``ratio``,
    or fuzz.partial_ratio >= ``partial`` (the shorter one inside the longer).
    partial_ratio is computed only where the ratio allows it: a partial score
    p needs ratio >= 2 * p/(2 - p) * shorter / (shorter + longer)."""
    scores = process.cdist([text], others, scorer=fuzz.ratio)[0]
    p = partial / 100
    for other, score in zip(others, scores):
        if score >= ratio:
            return True
        short, long = sorted((len(text), len(other)))
        if score >= 200 * p / (2 - p) * short / (short + long) and fuzz.partial_ratio(text, other) >= partial:
            return True
    return False


class Generator:
    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed * 1_000_003 + n)
        self.speakers: dict[str, Speaker] = {}
        self.quotes: dict[str, Quote] = {}
        self.used_surnames: set[str] = set()
        self.seen_norm: set[str] = set()
        # Main clauses of every quote: two speakers of two stories never say
        # the same clause, one of them with a trailing clause added (the
        # engine rightly reads that as one quote reprinted and cut).
        self.seen_main: set[str] = set()
        self.stories: list[Story] = []
        self._zipf: dict[int, tuple[list[str], list[float]]] = {}
        self.story_names: set[str] = set()

    # -------------------------------------------------------------- helpers

    def pick(self, items):
        return self.rng.choice(items)

    def zipf(self, items: list[str]) -> str:
        """One of ``items`` (shuffled once per corpus), the k-th with weight 1/k."""
        key = id(items)
        if key not in self._zipf:
            order = list(items)
            random.Random(self.seed).shuffle(order)
            weights = [1.0 / (k + 1) for k in range(len(order))]
            self._zipf[key] = (order, list(itertools.accumulate(weights)))
        order, cumulative = self._zipf[key]
        return self.rng.choices(order, cum_weights=cumulative)[0]

    def place(self) -> str:
        """One of about 1,150 place names: two stories never share one, and
        there are two per story (400 stories at 10,000 articles)."""
        stem = self.pick(vocab.PLACE_STEM)
        form = self.rng.random()
        if form < 0.3:
            return f"{self.pick(vocab.PLACE_HEAD)} {stem}"
        return f"{stem} {self.pick(vocab.PLACE_TAIL)}" if form < 0.5 else stem

    def surname(self) -> str:
        while True:
            name = self.pick(vocab.SURNAME_HEAD) + self.pick(vocab.SURNAME_LINK) + self.pick(vocab.SURNAME_TAIL)
            if name not in self.used_surnames and name not in vocab.PLACE_STEM:
                self.used_surnames.add(name)
                return name

    def fill(self, template: str, story: Story, extra: dict[str, str] | None = None) -> str:
        values = {
            "place": story.place, "place2": story.place2, "project": story.project,
            "institution": story.institution, "company": story.company, "street": story.street,
        }
        values.update(extra or {})
        last_detail = [""]

        def detail() -> str:
            word = self.zipf(vocab.DETAIL_NOUNS).replace("-", " ")
            while word == last_detail[0]:
                word = self.zipf(vocab.DETAIL_NOUNS).replace("-", " ")
            last_detail[0] = word
            return word

        def one(match: re.Match[str]) -> str:
            key = match.group(1)
            if key in values:
                return values[key]
            low = key.lower()
            word = {
                "group": lambda: self.pick(vocab.GROUPS), "group2": lambda: self.pick(vocab.GROUPS),
                "noun": lambda: self.pick(vocab.NOUNS), "noun2": lambda: self.pick(vocab.NOUNS),
                "adj": lambda: self.pick(vocab.ADJECTIVES), "adj2": lambda: self.pick(vocab.ADJECTIVES),
                "verb": lambda: self.pick(vocab.VERBS), "verb_past": lambda: self.pick(vocab.VERBS_PAST),
                "verbing": lambda: self.pick(vocab.VERBS_ING), "num": lambda: self.pick(vocab.NUMBER_WORDS),
                "span": lambda: self.pick(vocab.TIMESPANS), "weekday": lambda: self.pick(vocab.WEEKDAYS),
                "period": lambda: self.pick(vocab.PERIODS), "venue": lambda: self.pick(vocab.VENUES),
                "ordinal": lambda: self.pick(vocab.ORDINALS), "month": lambda: self.pick(vocab.MONTHS),
                "obstacle": lambda: self.pick(vocab.OBSTACLES), "event": lambda: self.pick(vocab.EVENTS),
                "landmark": lambda: self.pick(vocab.LANDMARKS), "group_sing": lambda: self.pick(vocab.GROUP_SING),
                "amount": lambda: f"£{self.rng.randint(2, 950)}.{self.rng.randint(1, 9)}m",
                "dnoun": detail,
                "dnoun2": detail,
                "dadj": lambda: self.zipf(vocab.DETAIL_ADJ),
            }[low]()
            return word[:1].upper() + word[1:] if key[:1].isupper() else word

        return re.sub(r"\{(\w+)\}", one, template)

    # -------------------------------------------------------------- the world

    def make_story(self, index: int) -> Story:
        def unique(make) -> str:
            """A name no other story uses, so that two stories never share their places."""
            while True:
                name = make()
                if name not in self.story_names:
                    self.story_names.add(name)
                    return name

        story = Story(
            index=index,
            place=unique(self.place),
            place2=unique(self.place),
            project=self.pick(vocab.PROJECTS),
            institution=self.pick(vocab.INSTITUTIONS),
            company=unique(lambda: f"{self.place()} {self.pick(vocab.COMPANY_TAIL)}"),
            street=unique(lambda: f"{self.place()} {self.pick(vocab.STREET_KINDS)}"),
        )
        stances = ["for", "for", "against", "against", "neutral", self.pick(["for", "against"])]
        for stance in stances:
            female = self.rng.random() < 0.5
            first = self.pick(vocab.FIRST_FEMALE if female else vocab.FIRST_MALE)
            surname = self.surname()
            head = self.pick(vocab.ROLE_HEADS_FEMALE if female else vocab.ROLE_HEADS_MALE)
            role = f"{self.pick(vocab.ROLE_FIELDS)} {head}"
            speaker = Speaker(f"{first} {surname}", surname, role, "She" if female else "He", stance, index)
            self.speakers[speaker.name] = speaker
            story.speakers.append(speaker)
            for k in range(8):
                self.make_quote(speaker, story, stance_quote=(k < 2 and stance != "neutral"))
        return story

    def make_quote(self, speaker: Speaker, story: Story, stance_quote: bool) -> Quote:
        others = story.quote_texts  # every quote of the story, whoever said it
        for _ in range(200):
            if stance_quote:
                options = [t for t in vocab.STANCE_TEMPLATES[speaker.stance] if t not in speaker.used_templates]
                template = self.pick(options)
                main = self.fill(template, story)
            else:
                options = [t for t in vocab.MAIN_TEMPLATES if t not in speaker.used_templates]
                template = self.pick(options)
                main = self.fill(template, story)
            trail_template = None
            trail = None
            if self.rng.random() < 0.6:
                trails = [t for t in vocab.TRAIL_TEMPLATES if t not in speaker.used_templates]
                trail_template = self.pick(trails)
                trail = self.fill(trail_template, story)
            text = f"{main}, {trail}" if trail else main
            key = vocab.key(text)
            if key in self.seen_norm or vocab.key(main) in self.seen_main:
                continue
            if others and (
                process.extractOne(text, others, scorer=fuzz.ratio, score_cutoff=70)
                or process.extractOne(text, others, scorer=fuzz.partial_ratio, score_cutoff=80)
            ):
                continue
            break
        else:  # pragma: no cover - the word lists are far larger than a speaker's pool
            raise RuntimeError("could not make a distinct quote")
        speaker.used_templates.add(template)
        if trail_template:
            speaker.used_templates.add(trail_template)
        self.seen_norm.add(key)
        self.seen_main.add(vocab.key(main))
        story.quote_texts.append(text)
        qid = f"Q{len(self.quotes) + 1:05d}"
        quote = Quote(qid, speaker.name, main, trail)
        self.quotes[qid] = quote
        speaker.quotes.append(qid)
        return quote

    def narrative(self, story: Story) -> str:
        for _ in range(200):
            parts = [self.fill(self.pick(vocab.NARR_SUBJECTS), story), self.pick(vocab.NARR_VERBS)]
            adjuncts = self.rng.sample(vocab.NARR_ADJUNCTS, 2)
            parts += [self.fill(a, story) for a in adjuncts]
            if self.rng.random() < 0.35:
                parts.append(
                    f"with {self.rng.randint(12, 4800):,} {self.pick(['objections', 'signatures', 'letters', 'jobs', 'homes', 'vehicles a day'])} "
                    f"on record"
                )
            if self.rng.random() < 0.3:
                parts.append(f"and fresh questions about {self.pick(vocab.TOPIC_WORDS)} in {self.place()}")
            if self.rng.random() < 0.6:
                parts.append(self.fill(self.pick(vocab.DETAIL_TEMPLATES), story))
            sentence = " ".join(parts) + "."
            sentence = sentence[0].upper() + sentence[1:]
            key = vocab.norm(sentence)
            if key in self.seen_norm:
                continue
            if story.narrative and _near(sentence, story.narrative):
                continue
            self.seen_norm.add(key)
            story.narrative.append(sentence)
            return sentence
        raise RuntimeError("could not make a distinct narrative sentence")  # pragma: no cover

    # -------------------------------------------------------------- edits

    def edited(self, quote: Quote) -> str:
        """The words as one outlet prints them (no quote marks yet)."""
        text = quote.text
        roll = self.rng.random()
        wanted = 0 if roll < 0.35 else 1 if roll < 0.8 else 2
        kinds = ["swap", "hyphen", "cut"]
        self.rng.shuffle(kinds)
        done = 0
        for kind in kinds:
            if done == wanted:
                break
            before = text
            if kind == "cut" and quote.trail and text.endswith(quote.trail) and len(quote.main.split()) >= 6:
                text = text[: -len(quote.trail) - 2]
            elif kind == "hyphen":
                hyphened = re.findall(r"\b\w+-\w+\b", text)
                if hyphened:
                    word = self.pick(hyphened)
                    text = text.replace(word, word.replace("-", self.pick([" ", ""])), 1)
            elif kind == "swap":
                words = text.split(" ")
                spots = [i for i, w in enumerate(words) if i > 0 and w.lower().strip(",") in vocab.SWAPS]
                if spots:
                    i = self.pick(spots)
                    bare = words[i].rstrip(",")
                    words[i] = vocab.SWAPS[bare.lower()] + words[i][len(bare):]
                    text = " ".join(words)
            done += text != before
        return text

    # -------------------------------------------------------------- articles

    def article(self, number: int, story: Story, second: Story | None, outlet: str) -> tuple[str, str]:
        rng = self.rng
        file = f"{number:05d}_{re.sub(r'[^a-z0-9]+', '-', outlet.lower()).strip('-')}.txt"
        curly = rng.random() < 0.6
        oq, cq = ("“", "”") if curly else ('"', '"')

        def marks(words: str) -> str:
            return words.replace("'", "’") if curly else words

        lines: list[str] = []
        lines.append(f"{story.place} {story.project}: {self.pick(['row deepens', 'vote looms', 'fresh doubts', 'what happens next', 'costs questioned', 'decision day'])}")
        if rng.random() < 0.7:
            reporter = f"{self.pick(vocab.FIRST_FEMALE + vocab.FIRST_MALE)} {self.pick(vocab.SURNAME_HEAD)}{self.pick(vocab.SURNAME_TAIL)}"
            lines.append(f"By {reporter}")
        lines.append(f"{rng.randint(1, 28)} {self.pick(vocab.MONTHS)} 2025")
        if rng.random() < 0.4:
            lines.append(self.pick(vocab.FURNITURE))
        body: list[str] = []

        def narrative_paragraphs(block_story: Story, low: int, high: int) -> None:
            for _ in range(rng.randint(low, high)):
                body.append(" ".join(self.narrative(block_story) for _ in range(rng.randint(1, 3))))

        narrative_paragraphs(story, 1, 2)
        for s, block_story in enumerate([story] + ([second] if second else [])):
            if s == 1:
                narrative_paragraphs(block_story, 1, 2)
            count = rng.choice([2, 3, 3]) if s == 0 else 1
            speakers = rng.sample(block_story.speakers, count)
            for speaker in speakers:
                body.extend(self.speaker_paragraphs(speaker, file, oq, cq, marks))
                narrative_paragraphs(block_story, 0, 2)
        if rng.random() < 0.5:
            body.insert(rng.randint(1, len(body)), f"Read more: {self.place()} {self.pick(vocab.PROJECTS)} {self.pick(['row', 'vote', 'explained'])}")
        if rng.random() < 0.3:
            body.insert(rng.randint(1, len(body)), "Advertisement")
        narrative_paragraphs(story, 1, 2)
        lines.extend(body)
        lines.append(f"© 2025 {outlet}. All rights reserved.")
        return file, "\n\n".join(lines) + "\n"

    def speaker_paragraphs(self, speaker: Speaker, file: str, oq: str, cq: str, marks) -> list[str]:
        rng = self.rng
        pool = speaker.quotes
        # Zipf-like popularity: the first quotes of a pool are the agency's lead quotes.
        weights = [1.0 / (k + 1) ** 0.9 for k in range(len(pool))]
        count = rng.choice([1, 2, 2, 3, 3])
        chosen: list[str] = []
        while len(chosen) < count:
            q = rng.choices(pool, weights)[0]
            if q not in chosen:
                chosen.append(q)
        printed = []
        for q in chosen:
            words = self.edited(self.quotes[q])
            self.quotes[q].printed[file] = words
            printed.append(marks(words))
        role = speaker.role[0].upper() + speaker.role[1:]
        paragraphs = []
        if len(printed) >= 2 and rng.random() < 0.2:
            # Two sentences inside one quotation.
            paragraphs.append(f"{role} {speaker.name} said: {oq}{printed[0]}. {printed[1]}.{cq}")
            rest = printed[2:]
        else:
            paragraphs.append(f"{role} {speaker.name} said: {oq}{printed[0]}.{cq}")
            rest = printed[1:]
        if rest:
            paragraphs.append(f"{oq}{rest[0]},{cq} {speaker.surname} said.")
        if len(rest) > 1:
            paragraphs.append(f"{speaker.pronoun} added: {oq}{rest[1]}.{cq}")
        if rng.random() < 0.15:
            words = self.quotes[chosen[0]].main.split()
            if len(words) >= 6:
                start = rng.randint(1, len(words) - 4)
                fragment = marks(" ".join(words[start:start + rng.randint(3, 4)])).strip(",")
                paragraphs.append(f"{speaker.surname} also said the {self.pick(vocab.NOUNS)} was {oq}{fragment}{cq}.")
        return paragraphs

    # -------------------------------------------------------------- the corpus

    def build(self, out: Path) -> dict:
        stories = max(3, round(self.n / 25))
        self.stories = [self.make_story(i) for i in range(stories)]
        outlets = sorted({f"{t} {m}" for t in vocab.OUTLET_TOWN for m in vocab.OUTLET_MAST})
        files: list[str] = []
        sources = []
        for number in range(1, self.n + 1):
            story = self.stories[(number - 1) % stories] if number <= stories else self.pick(self.stories)
            second = None
            if self.rng.random() < 0.1:
                second = self.pick([s for s in self.stories if s is not story])
            outlet = self.pick(outlets)
            file, text = self.article(number, story, second, outlet)
            (out / file).write_text(text, encoding="utf-8")
            files.append(file)
            sources.append((file, outlet))
        (out / "briefing.toml").write_text(self.spec(sources), encoding="utf-8")
        truth = {
            "articles": self.n,
            "seed": self.seed,
            "files": files,
            "stories": [
                {"place": s.place, "project": s.project, "institution": s.institution,
                 "speakers": [sp.name for sp in s.speakers]}
                for s in self.stories
            ],
            "speakers": {
                sp.name: {"role": sp.role, "stance": sp.stance, "story": sp.story} for sp in self.speakers.values()
            },
            "quotes": {
                q.qid: {"speaker": q.speaker, "text": q.text, "files": sorted(q.printed), "printed": dict(sorted(q.printed.items()))}
                for q in self.quotes.values()
                if q.printed
            },
        }
        (out / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")
        return truth

    def spec(self, sources: list[tuple[str, str]]) -> str:
        def toml_list(items: list[str]) -> str:
            return "[" + ", ".join(json.dumps(i) for i in items) + "]"

        lines = [
            "# Generated by benchmarks/generate.py",
            f'title = "Synthetic corpus: {self.n} articles, {len(self.stories)} stories"',
            'question = "Should the proposals go ahead?"',
            "",
            "[[positions]]",
            'id = "for"',
            'label = "For the proposals"',
            f"cues = {toml_list(vocab.FOR_CUES)}",
            "",
            "[[positions]]",
            'id = "against"',
            'label = "Against the proposals"',
            f"cues = {toml_list(vocab.AGAINST_CUES)}",
        ]
        for file, outlet in sources:
            lines += ["", "[[sources]]", f"path = {json.dumps(file)}", f"outlet = {json.dumps(outlet)}"]
        return "\n".join(lines) + "\n"


def generate(n: int, out: Path, seed: int = 7) -> dict:
    """Write the corpus for ``n`` articles into ``out`` (emptied first); returns the truth."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    return Generator(n, seed).build(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder to write (emptied first)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    truth = generate(args.n, args.out, args.seed)
    pairs = sum(math.comb(len(q["files"]), 2) for q in truth["quotes"].values())
    occurrences = sum(len(q["files"]) for q in truth["quotes"].values())
    print(
        f"{args.n} articles, {len(truth['stories'])} stories, {len(truth['speakers'])} speakers, "
        f"{len(truth['quotes'])} quotes printed {occurrences} times ({pairs} same-quote pairs) -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
