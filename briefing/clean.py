"""Cleaning: a ``Source`` in, its body paragraphs (and any title or date the
text plainly carries) out.

Page furniture is recognised by general rules, never by strings copied from
one article:

* known furniture shapes that every news site prints (player and audio
  bars, promo, sign-up and donation lines, "Read more:"/"Related:"/"See
  also:" teasers, picture credits and captions, copyright lines, follow
  lines and author bios, reporting credits, correction, update and
  syndication notes);
* embedded posts: a line with a post's link ("pic.twitter.com/..."), an
  author line with a handle and a date ("— Name (@handle) May 2, 2024"),
  an embed's prompt ("View this post on ...");
* line shape: a programme-schedule line (a name and a time range), a caption
  printed twice back to back, a short line with no sentence punctuation
  (headline, sub-heading, caption, byline, name card), a headline in Title
  Case even with a question mark, a date line;
* inside a paragraph: a name card (a name run into a teaser headline and a
  "MORE" link) and a "(Photo: ...)" credit are cut out;
* the dateline that opens the first paragraph ("DUNMORE, Vt. (Harbour
  Wire) — ") is cut from it: where the outlet filed from, no part of
  what happened nor of anyone's words;
* repetition: a paragraph the article already printed, and a short one that
  other articles of the same outlet print too (``site_repeats``).

An article that quotes with single marks, as British outlets may, has its
marks swapped to double ones (``quotes.single_quoted``): the words unchanged.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace

from .decoding import CharMap
from .model import Paragraph, Source
from .not_names import dateline_end
from .patterns import DATES, MONTHS, TIME, Needs
from .quotes import QUOTE_MARKS, SINGLE_MARKS, single_quoted

_INVISIBLE = CharMap(dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff")))
_SPACES = CharMap(dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\t"), " "))

# Lines whose opening words mark them as site furniture wherever they appear.
_FURNITURE_START = re.compile(
    r"""^(?:
        listen\ to\ (?:this\ |the\ )?(?:article|story|podcast)|loading(?:\ audio|\ video)?\b|
        play\ (?:video|audio)\b|now\ playing\b|up\ next\b|video\ duration\b|
        view\ (?:this|the)\ post\ on\b|a\ post\ shared\ by\b|
        (?:more|also|trending|popular|related\ coverage)\s*:|
        follow\ (?:\w+\ ){0,3}on\ (?:twitter|x|facebook|instagram|threads|bluesky)\b|
        (?:email|contact|reach)\ (?:the\ )?(?:author|reporter|writer|him|her|them)\b|
        (?:correction|clarification|update|updated|editor['’]?s\ note)\s*[:—–-]|
        this\ (?:story|article|post)\ has\ been\ (?:updated|corrected|amended)|
        make\ a\ (?:contribution|donation|gift)\b|get\ (?:our|the)\ (?:\w+\ ){0,3}newsletter\b|
        advertisement\b|sponsored\b|promoted\ content|
        share\ (?:this|the)\ (?:article|story|page)|share\ on\b|
        sign\ up\b|subscribe\b|follow\ us\b|download\ (?:the|our)\ app|
        (?:read\ more|read\ next|related|see\ also|also\ read|recommended)(?:\ (?:stories|articles|content))?\s*(?::|$)|
        more\ on\ this\ story|most\ read\b|
        watch\b\s*:|listen\b\s*:|video\b\s*:|
        image\ (?:source|caption|credit)|photo(?:graph)?\b\s*:|picture\b\s*:|caption\b\s*:|
        (?:getty|pa|ap|reuters|afp)\ images?\b|
        copyright\b|\(c\)\ |©|all\ rights\ reserved|
        skip\ to\b|cookie|donate\b|republish\b|support\ (?:our|independent|local)\ journalism|
        become\ a\ (?:member|subscriber|supporter)|this\ (?:story|article)\ was\ (?:amended|updated|corrected|originally)|
        (?:this|the)\ (?:story|article|post)\ (?:was\ )?(?:originally|first)\ (?:appeared|published|ran)\ (?:in|on|at)\b|
        reporting\ by\b|editing\ by\b|additional\ reporting\b|by\ [A-Z][\w'’.-]+(?:\ [A-Z][\w'’.-]+){0,3}$|
        (?:published|updated|last\ updated|posted)\b\s*:?
    )""",
    re.I | re.X,
)


# Furniture that may stand anywhere in a short line.
_FURNITURE_ANYWHERE = Needs(re.compile(
    r"click(?:ing)? here|all rights reserved|sign up (?:to|for) (?:our|the)\b|"
    r"this article (?:contains|includes) affiliate|"
    r"contributed (?:to )?this (?:report|article|story)|\bcontributed reporting(?=\s*(?:from\b|[.;,]|$))|"
    r"earn (?:a|an) (?:small )?(?:commission|fee)|\bprint edition\b|^our standards\b|^pin this\b|"
    r"\bnewsletter\b.*\b(?:inbox|subscribe|sign up)\b|\bsubscribe (?:to|for|now|today)\b|"
    r"\bfollow (?:\w+ ){0,3}on (?:twitter|x|facebook|instagram|threads|bluesky)\b",
    re.I,
), (
    "click", "all rights reserved", "sign up", "affiliate", "contributed", "earn a", "print edition",
    "our standards", "pin this", "newsletter", "subscribe", "follow ",
))
# An embedded post: its link, or its author line "— Name (@handle) May 2, 2024".
_EMBED = Needs(
    re.compile(r"pic\.twitter\.com/|\bt\.co/\w|^\s*[—–-]\s*[^()]{1,80}\(@\w{1,30}\)|\(@\w{1,30}\)\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"),
    ("pic.twitter.com/", "t.co/", "(@"),
)
# A picture or video credit or caption: "(Photo: Jo Roe/Agency)", "AP Photo/Jo Roe",
# "Getty Images", and a video caption opening with its "CLOSE" button.
_CREDIT = Needs(re.compile(
    r"\((?:[A-Z]{2,}\s+)?(?:photo|image|video|picture)s?(?:\s+by)?\s*[:/]?[^()]{0,80}\)|\b(?:AP|AFP|Reuters|EPA|PA)\s+Photo\b|"
    r"\bGetty\s+Images\b|\bPhoto(?:graph)?\s+(?:by|credit)\b|\b(?:Photo|Image|Credit)\s*:\s|^CLOSE\b",
    re.I,
), ("photo", "image", "video", "picture", "getty", "credit"), starts=("close",))
_CREDIT_INLINE = re.compile(r"\s*\((?:[A-Z]{2,}\s+)?(?:photo|image|video|picture)s?(?:\s+by)?\s*[:/][^()]{0,80}\)", re.I)
# A name card run into the text: a name, a teaser headline joined to it
# without a space ("Jo RoeCouncil votes ..."), and a "MORE" link.
_NAME_CARD = re.compile(r"(?<=\))(?:\s+[A-Z(][\w.'’()-]*){0,4}?\s+[A-Z][\w.'’-]*?[a-z](?=[A-Z])[^" + QUOTE_MARKS + r"]{0,200}?\sMORE\b")
# A headline in Title Case: most of its longer words capitalised.
_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
# A lower-case word of three letters or more: prose, where a label is one word.
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}")
# An author's bio line: "Jane Roe is the Post's education editor."
_JOURNALIST = r"(?i:reporter|editor|correspondent|writer|columnist|journalist|contributor|critic|blogger)s?\b"
_BIO = re.compile(r"^[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3} (?:is|was|writes|covers|reports)\b.{0,120}?\b" + _JOURNALIST)
# A byline's job title on a line of its own under it ("Staff Writer", "Health
# Correspondent"): the author's, not the outlet's name.
_JOB_TITLE = re.compile(r".*\b" + _JOURNALIST + r"\s*$")
# A wire story's dateline: the place in capitals, a date, the agency in
# brackets, a dash ("OSLO, May 3 (Nordic Wire) - "); the agency is named there.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^()]{0,30}\(([A-Z][\w&.' -]{1,40})\)\s*[-–—]")
_SEPARATOR = re.compile(r"\s+[•|·]\s+")
_SCHEDULE = re.compile(rf"(?:{TIME})\s*(?:-|–|—|to|until)\s*(?:{TIME})", re.I)
# A dash and the name of who said the quotation before it: "― Jo Roe", "—
# Jo Roe, a nurse in Hull", "-Jo Roe, Leeds." (readers' comments, pull
# quotes, epigraphs). A line also ends there; printed as a line of its own,
# it goes with the quotation above it.
_DASH_NAME = r"(?:[―—–]|--?)\s*[A-Z][^!?" + QUOTE_MARKS + r"―—–]{0,80}$"
_ATTRIBUTION_LINE = re.compile(_DASH_NAME)
_MARK = f"[{QUOTE_MARKS}{SINGLE_MARKS}]"
# A headline that ends on a few quoted words ("Minister rules out a takeover
# 'for now'"): its closing quote mark ends no sentence, as no stop is inside it.
_QUOTED_WORDS_END = re.compile(rf"(?<=\w){_MARK}\s*$")
_SENTENCE_END = re.compile(rf"[.!?…:;](?:{_MARK}|[)\]])*\s*$|{_MARK}\s*$|{_MARK}\s*" + _DASH_NAME)
# A full stop at the end, also inside closing quotes or brackets: prose, never a headline.
_FULL_STOP_END = re.compile(rf"\.(?:{_MARK}|[)\]])*\s*$")
# A byline above the first paragraph: "By Jo Bloggs", "By Jo Bloggs, Health Editor"
# (the author is what comes before a comma: the rest is a job title).
_BYLINE = re.compile(r"^(?i:by)\s+([A-Z][^,;|]*?)\s*(?:[,|]\s*(.*))?$")


@dataclass(frozen=True)
class Cleaned:
    """A source with what the text told about it, and its body paragraphs."""

    source: Source
    paragraphs: tuple[Paragraph, ...]


def normalise_text(text: str) -> str:
    """Invisible characters out, odd spaces to plain ones; nothing else."""
    return _SPACES(_INVISIBLE(text))


def find_date(line: str) -> str | None:
    """An ISO date for the first date written in ``line``, if it is valid."""
    for pattern in DATES:
        match = pattern.search(line)
        if not match:
            continue
        month = match.group("month")
        month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        try:
            return _dt.date(int(match.group("year")), month_number, int(match.group("day"))).isoformat()
        except ValueError:
            continue
    return None


def _words(line: str) -> int:
    return len(line.split())


def _is_doubled(line: str) -> bool:
    """A caption printed twice back to back: "Jo BloggsJo Bloggs"."""
    compact = line.strip()
    half, odd = divmod(len(compact), 2)
    if len(compact) < 6:
        return False
    if not odd and compact[:half] == compact[half:]:
        return True
    return bool(odd and compact[:half] == compact[half + 1:] and compact[half] in " |-–")


def _is_date_line(line: str) -> bool:
    if _words(line) > 8 or find_date(line) is None or _SENTENCE_END.search(line.rstrip(". ")):
        return False
    # A date set beside other furniture by a separator ("4 March 2026 • 5 min
    # read", "Opinion | 4 March 2026"): the part that holds it is the date line.
    parts = _SEPARATOR.split(line)
    if len(parts) > 1:
        return any(_is_date_line(part) for part in parts)
    # A short sentence that gives a date ("Work begins on 1 March 2027.")
    # has words of its own around it; a date line has at most a label
    # ("Updated", "First published on") and no full stop after it.
    rest = line
    for pattern in DATES:
        rest = pattern.sub(" ", rest)
    return len(_PROSE_WORD.findall(rest)) < (1 if _FULL_STOP_END.search(line) else 2)


def furniture_reason(line: str) -> str | None:
    """Why ``line`` is page furniture, or None when it is article text."""
    words = _words(line)
    # the word count first: it is cheap, and the searches are not
    if words <= 30 and _FURNITURE_START.match(line):
        return "site furniture"
    if words <= 40 and _FURNITURE_ANYWHERE.search(line):
        return "promotion"
    if words <= 40 and _BIO.match(line):
        return "author's bio"
    if words <= 12 and _SCHEDULE.search(line) and not _SENTENCE_END.search(line):
        return "programme schedule"
    if (words <= 80 and _EMBED.search(line)) or (words <= 6 and line.lstrip().startswith("@")):
        return "embedded post"
    if words <= 40 and _CREDIT.search(line):
        return "picture credit or caption"
    if _is_doubled(line):
        return "caption printed twice"
    if _is_title_case(line):
        return "headline"
    if _is_date_line(line):
        return "date line"
    return None


def _is_title_case(line: str) -> bool:
    """A headline in Title Case, which prose never is: 4-16 words, no full
    stop at the end (nor one before a closing quote: a line of names
    and a quote is prose), four in five longer words capitalised."""
    long_words: list[str] = _LONG_WORD.findall(line)
    if not 4 <= _words(line) <= 16 or len(long_words) < 3 or _FULL_STOP_END.search(line):
        return False
    return sum(w[0].isupper() for w in long_words) * 5 >= len(long_words) * 4


def strip_inline(line: str) -> str:
    """A paragraph without the name cards and picture credits run into it."""
    if ")" not in line:  # each follows a closing bracket: most lines have none, and the two scans are slow
        return line.strip()
    return _CREDIT_INLINE.sub("", _NAME_CARD.sub("", line)).strip()


def is_heading(line: str) -> bool:
    """A line with no sentence punctuation: headline, sub-heading or caption."""
    has_quote = any(ch in line for ch in QUOTE_MARKS)
    return not _SENTENCE_END.search(line) and (_words(line) <= 14 or (_words(line) <= 30 and not has_quote))


_BLANK_LINE = re.compile(r"\n\s*\n")
_SPACE_RUN = re.compile(r" {2,}")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs from blank-line blocks; inside a block, lines are paragraphs
    of their own unless the block is hard-wrapped prose."""
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) > 1:
            open_ended = sum(1 for line in lines[:-1] if not _SENTENCE_END.search(line))
            # Two lines are one wrapped paragraph only when the second carries
            # on in lower case; a headline over a first paragraph is two, and
            # a headline over a byline and a date line is three.
            wrapped = (len(lines) > 2 or lines[1][:1].islower()) and not any(map(_is_date_line, lines))
            if wrapped and open_ended * 2 > len(lines) - 1 and min(len(line) for line in lines[:-1]) >= 30:
                lines = [" ".join(lines)]
        for line in lines:
            line = _SPACE_RUN.sub(" ", line)
            if paragraphs and _ATTRIBUTION_LINE.match(line) and paragraphs[-1].endswith(tuple(QUOTE_MARKS)):
                paragraphs[-1] += " " + line  # the quotation's speaker, printed under it
            else:
                paragraphs.append(line)
    return paragraphs


def _byline(line: str) -> str | None:
    """The author a short "By ..." line names, or None."""
    found = _BYLINE.match(line.strip())
    return found.group(1) if found and _words(line) <= 10 and is_heading(line) else None


def _byline_rest(line: str) -> str | None:
    """What a byline prints after its author that is no job title, as
    "Nordic Wire" of "By Jo Roe, Nordic Wire": often the agency or outlet."""
    found = _BYLINE.match(line.strip())
    rest = (found.group(2) or "").strip() if found and _byline(line) else ""
    return rest if rest and not _JOB_TITLE.match(rest) and all(w[0].isupper() or w == "&" for w in rest.split()) else None


def header_lines(source: Source) -> list[str]:
    """The lines a plain-text article prints above its first paragraph
    that are shaped like a name (up to six words, each capitalised or a
    figure) and were not read as its title, date or byline, nor a byline's
    job title under it ("Staff Writer"); what a byline names after its
    author that is no job title, and the agency a wire dateline names: an outlet's name ("Harbour Radio News"), which the tool does not
    take as the outlet, as a person's name is printed the same way."""
    lines: list[str] = []
    previous = ""
    for line in split_paragraphs(normalise_text(source.text)):
        line = line.strip()
        if line != source.title and not is_heading(line) and not _is_date_line(line):
            agency = _WIRE_DATELINE.match(line)
            return lines + [agency.group(1).strip()] if agency and agency.group(1).strip() not in lines else lines
        words = line.split()
        named = len(words) <= 6 and all(w[0].isupper() or w[0].isdigit() or w == "&" for w in words)
        job = _byline(previous) is not None and _JOB_TITLE.match(line) is not None
        if named and line != source.title and not _is_date_line(line) and not _byline(line) and not job:
            lines.append(line)
        elif rest := _byline_rest(line):
            lines.append(rest)
        previous = line
    return lines


def clean(source: Source) -> Cleaned:
    """Body paragraphs of ``source``; a plainly printed title, date and
    byline are taken into the source when its metadata lacks them."""
    title, date, author = source.title, source.date, source.author
    kept: list[str] = []
    seen: set[str] = set()
    for line in split_paragraphs(normalise_text(source.text)):
        line = strip_inline(line) or line
        reason = furniture_reason(line)
        # "Published 15 May 2026" is site furniture and a date line both: its date counts.
        if date is None and (reason == "date line" or (reason == "site furniture" and _is_date_line(line))):
            date = find_date(line)
        if not kept and author is None and (byline := _byline(line)):
            author = byline
            continue
        if not kept and line.strip() == (title or "").strip():
            continue  # the title given (a spec's [[sources]], front matter) printed over the text
        headline = not kept and not _SENTENCE_END.search(_QUOTED_WORDS_END.sub("", line)) and _words(line) <= 30
        # A headline in Title Case is furniture further down, but the first line's is the title.
        if reason in (None, "headline") and (is_heading(line) or (title is None and headline)):
            if title is None and not kept:
                title = line.strip()  # the first line, unpunctuated: a headline, quotes and all
                continue
            reason = "heading or caption"
        if reason is None and line.casefold() in seen:
            reason = "repeated paragraph"
        if reason:
            continue
        seen.add(line.casefold())
        if not kept:
            line = line[dateline_end(line) :]  # where the outlet filed from is no part of what happened
        kept.append(line)
    paragraphs = tuple(Paragraph(source.id, i, text) for i, text in enumerate(single_quoted(kept)))
    return Cleaned(replace(source, title=title, date=date, author=author), paragraphs)


def site_repeats(cleaned: list[Cleaned], most_words: int = 30) -> list[Cleaned]:
    """Short paragraphs that two or more articles of the same outlet print
    (a promo, a bio, a standing note) are that site's furniture: out of
    every one of them. Other outlets printing the same words is shared
    reporting, and stays."""
    seen: dict[tuple[str, str], set[str]] = {}
    for c in cleaned:
        if c.source.outlet:
            for p in c.paragraphs:
                if _words(p.text) <= most_words:
                    seen.setdefault((c.source.outlet, p.text.casefold()), set()).add(c.source.id)
    repeated = {key for key, ids in seen.items() if len(ids) > 1}
    out = []
    for c in cleaned:
        drop = [p for p in c.paragraphs if (c.source.outlet or "", p.text.casefold()) in repeated]
        if not drop:
            out.append(c)
            continue
        kept = [p.text for p in c.paragraphs if p not in drop]
        paragraphs = tuple(Paragraph(c.source.id, i, text) for i, text in enumerate(kept))
        out.append(Cleaned(c.source, paragraphs))
    return out
