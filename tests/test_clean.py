"""Page furniture rules, on lines written for these tests (not the seeds)."""

import pytest

from briefing.clean import clean, find_date, furniture_reason, header_lines, site_repeats, split_paragraphs, strip_inline
from briefing.model import Source


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this story",
        "Loading video...",
        "Advertisement",
        "Sign up to our morning newsletter",
        "Read more: Ministers face fresh questions over rail fares",
        "Related: Five things we learned from the budget",
        "Share this article",
        "Image caption: Protesters outside the town hall",
        "© 2024 Northern Post. All rights reserved",
        "To read the full report, click here",
        "The Breakfast Show with Amy Lee 6am - 10am",
        "Drive with Tom Ince 4pm–7pm",
        "Councillor Jo SmithCouncillor Jo Smith",
        "Donate now to keep our newsroom independent",
        "Republish this article under a free licence",
        "Reporting by Kim Lo; Editing by Sam Green",
        "This article was amended on 3 May 2024 to correct a date",
        "Kim Lo is the Gazette's health correspondent and has covered the NHS since 2015.",
        "Additional reporting by Sam Green; Tom Wu in Leeds contributed to this report.",
        "Appeared in the March 2, 2025, print edition.",
        "Sam Green contributed reporting from Leeds.",
        "This story originally appeared in the Valley Herald.",
        "The article was first published on the Coast Daily website.",
        # embedded posts
        "— Dana Poe (@danapoe) March 3, 2021",
        "The ferry is back and the harbour looks grand — Dana Poe (@danapoe) March 3, 2021",
        "Great day at the mill with the whole crew! pic.twitter.com/abc123XYZ",
        "View this post on Instagram",
        "A post shared by Valley Rowing Club",
        # related stories, in capitals or not, and a headline list in Title Case
        "RELATED: Town hall to close early for repairs",
        "READ MORE: Ferry fares rise for the third year",
        "SEE ALSO: Five walks near the coast",
        "MORE: Inside the fight over the harbour wall",
        "Will The Old Mill Ever Reopen?",
        # picture and video credits and captions, audio and video bars
        "Mayor Jo Roe speaks to staff at the depot on Friday. AP Photo/Kim Lo",
        "Crowds on the pier at dawn. Photo: Sam Green for the Herald",
        "Workers repair the sea wall. (Getty Images)",
        "CLOSE A look inside the new ferry terminal before it opens.",
        "LISTEN TO ARTICLE",
        "WATCH: Crowds gather at the pier for the regatta",
        "Play video",
        # author lines, promos and notes
        "Follow Kim Lo on Twitter",
        "Kim Lo is a Reporter for the Valley Herald. Follow her on Twitter at @kimlo_news.",
        "Email the author with tips",
        "Get our free Morning Brief newsletter",
        "Sign up for the newsletter to get it in your inbox every day.",
        "Subscribe to the Valley Herald today and save 40%.",
        "Make a contribution to keep local news free.",
        "Correction: An earlier version of this story misspelled the mayor's name.",
        "UPDATE — The vote has been moved to Thursday.",
        "This story has been updated with a statement from the port.",
    ],
)
def test_furniture_lines_are_recognised(line):
    assert furniture_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The council said the scheme would raise £12m a year from 6am to 10am traffic.",
        "Ms Lee told reporters she would read more of the report before deciding.",
        "Related businesses in the area have already reported a fall in trade.",
        "Dr Ann Lee is the trust's medical director and said the unit would close.",
        "Senators John Smith, Mary Jones and Bob Lee voted against the harbour bill.",
        "Is the bypass worth the money?",
        "She said more work was needed before the update could be published.",
        "The photo agency said it would appeal the fine.",
        "Follow-up checks found no damage to the sea wall.",
        "Volunteers contributed reporting tools and cameras to the school paper.",
        "The story first appeared to be a rumour, the mayor said.",
        # names and a quote that ends a sentence: prose, however many capitals
        "And Mayor Orr? “Ted Orr Is Ted Orr. He Knows Boats.”",
    ],
)
def test_article_sentences_are_kept(line):
    assert furniture_reason(line) is None


def test_title_date_and_furniture_from_a_page():
    text = "\n".join(
        [
            "Late Show with Ann Bell 10pm - 1am",
            "Town votes to close the old library",
            "4 March 2024, 09:10",
            "Listen to this article",
            "The town council voted on Tuesday to close the library.",
            "Sub-heading with no full stop",
            "The town council voted on Tuesday to close the library.",
            "Residents said they would appeal.",
        ]
    )
    cleaned = clean(Source("S1", "a.txt", text, "x"))
    assert cleaned.source.title == "Town votes to close the old library"
    assert cleaned.source.date == "2024-03-04"
    assert [p.text for p in cleaned.paragraphs] == [
        "The town council voted on Tuesday to close the library.",
        "Residents said they would appeal.",
    ]


def test_a_text_without_a_headline_has_no_title():
    cleaned = clean(Source("S1", "a.txt", "The mayor resigned on Friday.\nShe gave no reason.", "x"))
    assert cleaned.source.title is None


def test_hard_wrapped_prose_is_joined_but_line_per_paragraph_is_not():
    wrapped = "The council met on Monday evening to discuss\nthe budget for next year, which is expected\nto include cuts to the bus service."
    assert len(split_paragraphs(wrapped)) == 1
    lines = "The council met on Monday.\nIt discussed the budget.\nCuts are expected."
    assert len(split_paragraphs(lines)) == 3
    # A headline, a byline and a date line printed together are no wrapped prose.
    top = "Harbour wall repairs to cost more than first thought\nBy Ines Varga, Coastal Affairs Reporter\n4 February 2026\n\nThe wall failed."
    cleaned = clean(Source("S1", "a.txt", top, "x"))
    assert (cleaned.source.title, cleaned.source.date) == ("Harbour wall repairs to cost more than first thought", "2026-02-04")


def test_a_quotation_with_its_attribution_line_is_a_paragraph_of_its_own():
    # Lines that end with a dash and a name are not wrapped prose, even with no full stop after the name.
    listed = (
        "“The ferry is late every morning.”― Alma Brook\n"
        "“Nobody on the council takes the bus.” — Ivo Sand, a driver\n"
        "“We were promised a new timetable in May.”– Rhea Toll"
    )
    assert split_paragraphs(listed) == listed.split("\n")
    # The name printed on the line under the quotation, or in the next block, goes with it.
    under = "“The ferry is late every morning.”\n― Alma Brook\n\n“We were promised a timetable.”\n\n— Ivo Sand, a driver"
    assert split_paragraphs(under) == [
        "“The ferry is late every morning.” ― Alma Brook",
        "“We were promised a timetable.” — Ivo Sand, a driver",
    ]
    hyphen = '"The ferry is late every morning."\n\n-Alma Brook, Eastholm.\n\nThe council met on Monday.'
    assert split_paragraphs(hyphen) == ['"The ferry is late every morning." -Alma Brook, Eastholm.', "The council met on Monday."]
    # A list item that opens with a dash after a line that is not a quotation stays a paragraph.
    items = "The winners were:\n— Alma Brook of the Valley Herald"
    assert split_paragraphs(items) == ["The winners were:", "— Alma Brook of the Valley Herald"]


@pytest.mark.parametrize(
    "text,iso",
    [("12 January 2025, 13:30", "2025-01-12"), ("March 3, 2024", "2024-03-03"), ("2023-11-02", "2023-11-02"), ("31 February 2024", None)],
)
def test_dates(text, iso):
    assert find_date(text) == iso


def test_a_headline_that_opens_with_a_quote_is_the_title():
    text = '"We cannot wait": Residents demand action as river floods again\nThe river burst its banks on Monday.'
    cleaned = clean(Source("S1", "a.txt", text, "x"))
    assert cleaned.source.title.startswith('"We cannot wait"')
    assert [p.text for p in cleaned.paragraphs] == ["The river burst its banks on Monday."]


def test_name_cards_and_credits_run_into_a_paragraph_are_cut_out():
    card = "Sen. Jo Roe (R-Ohio) Josephine Ann RoeLawmakers clash over farm bill MORE said on Tuesday that the bill would pass."
    assert strip_inline(card) == "Sen. Jo Roe (R-Ohio) said on Tuesday that the bill would pass."
    assert strip_inline("The mayor spoke at the depot on Friday. (Photo: Kim Lo/Valley Herald)") == "The mayor spoke at the depot on Friday."
    plain = "Sen. Jo Roe (R-Ohio) said MORE funding was needed, calling it McDonald-style thinking."
    assert strip_inline(plain) == plain


def test_a_paragraph_other_articles_of_the_same_outlet_print_is_furniture():
    promo = "Jo Roe is the Valley Herald's rivers reporter."
    wire = "The port authority said the ferry would run again on Monday."

    def cleaned(sid, outlet, text):
        return clean(Source(sid, f"{sid}.txt", text, "x", outlet=outlet))

    out = site_repeats(
        [
            cleaned("S1", "Valley Herald", f"The river rose by a metre overnight.\n{promo}\n{wire}"),
            cleaned("S2", "Valley Herald", f"Ferry services were cancelled again.\n{promo}"),
            cleaned("S3", "Coast News", f"Ferries stopped for a second day.\n{wire}"),
        ]
    )
    texts = {c.source.id: [p.text for p in c.paragraphs] for c in out}
    assert promo not in texts["S1"] + texts["S2"]
    assert texts["S1"][0] == "The river rose by a metre overnight." and texts["S2"][0] == "Ferry services were cancelled again."
    assert wire in texts["S1"] and wire in texts["S3"]  # other outlets printing it is shared reporting


def test_a_byline_gives_the_author_and_a_title_case_first_line_is_the_title():
    top = "Ferry Operator Cuts Winter Crossings To Two A Day\nBy Ines Varga, Coastal Affairs Reporter\n4 February 2026\n\nThe operator cut the crossings."
    cleaned = clean(Source("S1", "a.txt", top, "x"))
    assert (cleaned.source.title, cleaned.source.author) == ("Ferry Operator Cuts Winter Crossings To Two A Day", "Ines Varga")
    assert [p.text for p in cleaned.paragraphs] == ["The operator cut the crossings."]
    # Front matter's author stands; "By" opening a sentence of the body is prose.
    given = clean(Source("S1", "a.md", top, "x", author="Tom Hale"))
    assert given.source.author == "Tom Hale"
    body = clean(Source("S1", "a.txt", "The pier closed.\nBy Friday the ferry had stopped.", "x"))
    assert body.source.author is None and len(body.paragraphs) == 2
    # Further down, a Title Case line is still furniture, not the title.
    assert clean(Source("S1", "a.txt", "Pier shut\nMore Stories From The Coast Today\nThe pier shut.", "x")).source.title == "Pier shut"


def test_the_name_shaped_lines_above_the_first_paragraph_are_offered_not_taken():
    top = "Pier shut for repairs\nBy Ines Varga\nHarbour Radio News\nstaff reporter\n4 February 2026\nThe pier shut on Monday.\nCoast Weekly"
    source = clean(Source("S1", "a.txt", top, "x")).source
    assert source.outlet is None and header_lines(source) == ["Harbour Radio News"]


def test_a_date_line_that_opens_with_published_gives_the_date():
    for line, day in (("Published May 15, 2026", "2026-05-15"), ("Posted on 3 March 2025, 14:02", "2025-03-03")):
        cleaned = clean(Source("S1", "a.txt", f"Pier shut for repairs\n{line}\nThe pier shut on Monday.", "x"))
        assert cleaned.source.date == day and [p.text for p in cleaned.paragraphs] == ["The pier shut on Monday."], line


def test_a_headline_that_ends_on_quoted_words_is_the_title():
    top = 'Council shelves the tram plan "for this year"\nDunmere Radio News\n4 May 2026 09:10\n\nThe council voted on Monday to shelve the plan.'
    source = clean(Source("S1", "a.txt", top, "x")).source
    assert source.title == 'Council shelves the tram plan "for this year"'
    assert header_lines(source) == ["Dunmere Radio News"]
    # Given as the title (a spec's [[sources]] entry), it is not read as text either.
    given = clean(Source("S1", "a.txt", top, "x", title=source.title))
    assert [p.text for p in given.paragraphs] == ["The council voted on Monday to shelve the plan."]
    # A line of prose that ends its quotation with a stop is no headline.
    prose = 'The mayor said the plan was "dead for this year."\nThe council met on Monday.'
    assert clean(Source("S1", "a.txt", prose, "x")).source.title is None


def test_a_bylines_job_title_is_no_outlet_but_a_wire_datelines_agency_is_offered():
    top = "Tram plan shelved\nBy Ines Varga\nStaff Writer\n4 May 2026\n\nDUNMERE, May 4 (Nordic Wire) - The council shelved the plan."
    assert header_lines(clean(Source("S1", "a.txt", top, "x")).source) == ["Nordic Wire"]
    # Under a byline, a name with no journalist's title in it may be the outlet.
    local = "Tram plan shelved\nBy Ines Varga\nDunmere Evening Post\n4 May 2026\n\nThe council shelved the plan."
    assert header_lines(clean(Source("S1", "a.txt", local, "x")).source) == ["Dunmere Evening Post"]


def test_a_short_sentence_that_gives_a_date_is_prose_and_a_date_line_is_not():
    for sentence in ("The new bridge opens on 2 June 2031.", "Repairs are due to finish May 4, 2029.", "Voting will close on June 30 2030."):
        assert furniture_reason(sentence) is None, sentence
    for line in ("2 June 2031", "First published on 2 June 2031", "Tuesday 2 June 2031."):
        assert furniture_reason(line) == "date line", line


def test_a_date_beside_other_furniture_after_a_separator_is_a_date_line():
    for line in ("4 March 2026 • 5 min read", "Opinion | 4 March 2026", "Coast · 4 March 2026"):
        cleaned = clean(Source("S1", "a.txt", f"Pier shut for repairs\n{line}\nThe pier shut on Monday.", "x"))
        assert cleaned.source.date == "2026-03-04" and [p.text for p in cleaned.paragraphs] == ["The pier shut on Monday."], line
    # A sentence that gives a date is prose, separator or not.
    prose = clean(Source("S1", "a.txt", "Pier shut for repairs\nThe pier shut on 4 March 2026 after a storm | more to come.", "x"))
    assert prose.source.date is None


def test_a_byline_in_capitals_or_with_a_bar_gives_the_author_and_offers_an_agency_after_it():
    for line, author, offered in (
        ("BY ODA KESSLER, HEALTH EDITOR", "ODA KESSLER", []),
        ("By Oda Kessler | Staff Writer", "Oda Kessler", []),
        ("By Oda Kessler, Nordic Wire", "Oda Kessler", ["Nordic Wire"]),
    ):
        source = clean(Source("S1", "a.txt", f"Pier shut for repairs\n{line}\n4 March 2026\nThe pier shut on Monday.", "x")).source
        assert (source.author, header_lines(source)) == (author, offered), line


def test_the_dateline_that_opens_an_article_is_cut_and_the_words_after_it_stay():
    def first(text: str) -> str:
        return clean(Source("S1", "a.txt", "Quarry reopens\n\n" + text + "\n\nWork starts in June.", "x")).paragraphs[0].text

    for line in (
        "BRACKLEY (Lowland Wire) — The quarry will reopen in June, the owners said.",
        "Brackley (Lowland Wire) – The quarry will reopen in June, the owners said.",
        "BRACKLEY, Kan. — The quarry will reopen in June, the owners said.",
        "Brackley, Kansas — The quarry will reopen in June, the owners said.",
        "Brackley, Kan., March 9 (LWN) - The quarry will reopen in June, the owners said.",
        "Brackley, Sept. 9 — The quarry will reopen in June, the owners said.",
    ):
        assert first(line) == "The quarry will reopen in June, the owners said.", line
    # A quotation, a name before a dash, an opening word and a comma are the sentence's own words.
    for line in (
        '"We will reopen in June," the owners said.',
        "Ada Brandt — the quarry's owner since 2019 — said work starts in June.",
        "Still, Brandt — who owns the quarry — said work starts in June.",
    ):
        assert first(line) == line, line
    # Only the article's opening carries a dateline: further down the words stay.
    later = clean(Source("S1", "a.txt", "The quarry will reopen.\n\nBRACKLEY (LWN) — more to come.", "x"))
    assert [p.text for p in later.paragraphs][1] == "BRACKLEY (LWN) — more to come."
