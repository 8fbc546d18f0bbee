"""The faster paths a big story takes give what the plain definitions give:
the JSON writer, a quote's test of the wordings it meets unquoted, the
grouping of a person's printed names, the no-spec title's phrases, the
words before a name and a sentence's tokens."""

import json
import re

from conftest import briefing_of

from briefing.candidates import Node, candidate_pairs
from briefing.corpus import Corpus, gathered, printed
from briefing.mapping import in_order
from briefing.model import Paragraph, Sentence, Span
from briefing.render import json as briefing_json
from briefing.resolver import _preceded, person_forms, preceded_matches
from briefing.saying import parse
from briefing.sentence_tokens import Token, _forms, tokens
from briefing.sentences import split
from briefing.title import neutral_title
from briefing.wording import normal


def test_the_json_writer_prints_what_json_dumps_prints_with_an_indent():
    data = {
        "title": "Pier “rebuilt” — at last\u00a0/ \\ \n\t\u2028",
        "empty": {},
        "none": [],
        "flags": [True, False, None],
        "figures": [0, -3, 2.5, 1e21, 10**20],
        "nested": [{"a": [{"b": []}, "c"]}, [[], [{}]]],
        "émigré": ["naïve", "日本"],
    }
    pieces: list[str] = []
    out = briefing_json.io.BytesIO()
    briefing_json._write(data, "\n", pieces, out)
    written = out.getvalue().decode("utf-8") + "".join(pieces)
    assert written == json.dumps(data, ensure_ascii=False, indent=2)


def test_a_briefing_is_written_as_json_dumps_writes_it(make_articles):
    folder = make_articles({
        "a.txt": 'Harbour master Ines Vohl said: "The pier will open to ferries in the spring."',
        "b.txt": 'Ines Vohl said: "The pier will open to ferries in spring." The pier cost 3.2 million.',
    })
    story = briefing_of(folder)
    expected = json.dumps(briefing_json.to_data(story), ensure_ascii=False, indent=2) + "\n"
    assert briefing_json.render(story, None) == expected.encode("utf-8")


QUOTE = "The harbour board will rebuild the eastern breakwater before the winter storms arrive"
UNQUOTED = [
    "Residents learned the harbour board will rebuild the eastern breakwater before the winter storms arrive next year",  # holds it all
    "The harbour board will rebuild the eastern breakwater before winter",  # shorter, all its words in the quote
    "The harbour board will rebuild the western breakwater before the winter storms arrive",  # one word another
    "Fishing crews said the winter storms arrive earlier every year on the eastern coast",  # shares a few words
]


def test_a_quote_meets_the_wordings_that_print_its_words_unquoted_and_no_other():
    nodes = [Node(("", "quote"), normal(QUOTE), (0,), frozenset({"S0"}))]
    nodes += [Node(("", "narrative"), normal(text), (n,), frozenset({f"S{n}"})) for n, text in enumerate(UNQUOTED, 1)]
    met = {b for a, rights in candidate_pairs(nodes) if a == 0 for b in rights}
    quote = nodes[0]

    def stands(other: Node) -> bool:  # the definition: the shorter's content words all in the longer
        if len(quote.key) == len(other.key):
            return quote.content <= other.words or other.content <= quote.words
        shorter, longer = sorted((quote, other), key=lambda n: len(n.key))
        return shorter.content <= longer.words

    assert met == {n for n in range(1, len(nodes)) if stands(nodes[n])} == {1, 2}


def test_a_short_given_name_joins_the_one_full_form_printed_with_its_surname():
    forms = person_forms(["Bob Roe", "Robert Roe", "Bob Hale", "Roberta Hale", "Bill Tarn", "Robert Tarn", "William Tarn"])
    grouped = sorted(sorted(names) for names in forms.values())
    assert ["Bob Roe", "Robert Roe"] in grouped
    assert ["Bob Hale"] in grouped  # Roberta is no full form of Bob
    assert ["Bill Tarn"] in grouped  # two full forms fit: neither is chosen


def test_the_no_spec_title_is_the_same_whichever_map_finds_the_phrases(make_articles):
    folder = make_articles({
        "a.txt": "The ferry timetable changes on Monday. Council leader Jo Marr said the ferry timetable was agreed.",
        "b.txt": "A new ferry timetable starts next week, the council said.",
        "c.txt": "Crews criticised the ferry timetable on Friday.",
    })
    story = briefing_of(folder)

    def reversed_map(work, items, progress=lambda done, total: None):
        return list(reversed([work(item) for item in reversed(items)]))

    title = neutral_title(story.sources, story.blocks, story.roles, in_order)
    assert title == neutral_title(story.sources, story.blocks, story.roles, reversed_map)
    assert title.startswith("Ferry timetable")


def test_the_words_before_a_name_are_those_the_plain_pattern_finds():
    sentences = [
        "State Senator Ivo Trell of Marwick said Ivo Trell would stand.",
        "Deputy Ivo Trell Ivo Trell spoke.",  # the words before the first printing run on to the second
        "Ivo Trell spoke first; council leader Ivo Trell spoke last.",  # the first printing has no words before it
        "Mayor Ivo Trell, and the deputy, met xIvo Trell and Ivo Pells.",  # a printing inside a word, and one before a longer word
        "Ivo Trell Ivo Trell",
        "one two three four five six seven Ivo Trell",
        "Trell,  Ivo Trell\ncouncillor  Ivo Trell",
        "No name here.",
    ]
    for text in sentences:
        for name in ("Ivo Trell", "Trell"):
            plain = [(m.span(), m.group(1)) for m in _preceded(name).finditer(text)]
            assert [(m.span(), m.group(1)) for m in preceded_matches(name, text)] == plain
    assert [m.group(1) for m in preceded_matches("Ivo Trell", sentences[1])] == ["Deputy Ivo Trell "]


def test_a_sentence_s_tokens_have_the_forms_a_token_made_alone_has():
    text = "Marwick’s mayor, Ivo Trell Jr., met the U.S. envoy and the drivers' union: “Marwick's Trell.”"
    quote = text.index("“")
    inside = re.search("“(.*)”", text)
    assert inside
    made = tokens(Sentence("a", 0, 0, text, (Span(inside.start(1), inside.end(1), True),)))
    for token in made:
        alone = Token.make(token.text, token.start, token.end, token.quote)
        assert token == alone
        assert (token.bare, token.low, token.possessive) == _forms(token.text)[:3]
    assert [t.bare for t in made if t.possessive] == ["Marwick", "drivers"]
    assert [t.quote for t in made if t.start > quote] == [0]


def test_each_token_stands_where_its_text_is_printed_also_when_a_word_recurs():
    # The same words again and again, a word inside a longer one before it
    # ("an" of "Dunan"), marks between tokens and a word after a quotation:
    # each token's text is the text at its place, in order, none overlapping.
    text = "Dunan an U.S. an (an) an—an, Jo Q. Roe's an; “an an” an sans' an."
    inside = re.search("“(.*)”", text)
    assert inside
    made = tokens(Sentence("a", 0, 0, text, (Span(inside.start(1), inside.end(1), True),)))
    assert all(text[t.start:t.end] == t.text for t in made)
    assert all(a.end <= b.start for a, b in zip(made, made[1:]))
    words = [t.text for t in made if t.quote < 0]
    assert words == ["Dunan", "an", "U.S.", "an", "(", "an", ")", "an", "—", "an", ",", "Jo", "Q.", "Roe's", "an", ";", "an", "sans'", "an"]


def test_the_corpus_gathers_the_words_each_article_prints_from_every_article():
    def article(name, *texts):
        return [parse(s) for s in split([Paragraph(name, i, t) for i, t in enumerate(texts)])]

    lower = article("a", "The talks at the pier lasted hours.")
    opening = article("b", "Hours later, Mayor Ivo Trell said the deal was done.")
    inside = article("c", "Crews met at the Hours depot, the union said.")
    corpus = Corpus.build([lower, opening])
    assert "hours" in corpus.ordinary  # printed in lower case by one article, capitalised only to open a sentence in the other
    assert "hours" not in Corpus.build([lower, opening, inside]).ordinary  # a third capitalises it after other words
    assert "talks" in corpus.common and "pell" not in corpus.lower
    read = gathered([printed(a) for a in (lower, opening, inside)])  # as the pipeline's workers read them
    assert Corpus.build([lower, opening, inside], read) == Corpus.build([lower, opening, inside])
