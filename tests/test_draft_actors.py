"""The ``[actors]`` table of `briefing init`'s draft: who is listed where, and with which words."""

from briefing.draft_actors import _actor_lines, actor_table, unnamed, voices_and_misread
from briefing.model import Block


def _said(n: int, speaker: str, text: str, sources: tuple[str, ...] = ("S1",), kind: str = "quote") -> Block:
    return Block(f"B{n}", kind, speaker, text, sources, (0, n, 0, 0))


def test_a_description_or_a_group_is_no_name():
    capitalised = {"skellby", "keelside", "wendel", "northmoor"}  # words the texts capitalise inside a sentence
    lower = {"residents", "critics", "state", "the", "local", "rose", "former", "replied"}  # words they print in lower case
    voices = ("officials", "the ferry operator's office", "staff at Northmoor", "Skellby group", "State inspectors", "Residents", "Porters")
    for voice in (*voices, "Critics of Keelside Marina", "Local Residents", "Former Treasurer", "Replied Wendel"):
        assert unnamed(voice, capitalised, lower), voice
    # a person, a body, an abbreviation, a surname the texts print inside a sentence,
    # a longer name whose first word the texts print only where a sentence opens but never in lower case,
    # or in lower case too ("prices rose") before a surname
    for name in ("Ilse Wendel", "Keelside Traders Association", "RNLI", "Wendel", "Dunlin Ferries", "Northmoor", "Rose Quennock"):
        assert not unnamed(name, capitalised, lower), name


def test_the_draft_lists_unnamed_voices_after_the_named_and_a_spokesperson_after_whom_they_speak_for():
    ranked = [
        ("Ilse Wendel", [_said(1, "Ilse Wendel", "The slipway must be rebuilt before the autumn gales.", ("S1", "S2"))]),
        ("Residents", [_said(2, "Residents", "Residents said the slipway floods at every spring tide.", kind="statement")]),
        ("Corin Hask", [_said(3, "Corin Hask", "The harbour fund cannot pay for a new slipway this year.", ("S1", "S2"))]),
        ("Mara Olawunmi", [_said(4, "Mara Olawunmi", "Ms Wendel will answer the harbour board in writing.")]),
        ("the harbour board's office", [_said(5, "the harbour board's office", "The board meets again in March.")]),
    ]
    roles = {"Mara Olawunmi": "spokeswoman for Ilse Wendel", "Corin Hask": "treasurer"}
    voices, _ = voices_and_misread(ranked, roles, ["On Monday residents of Skellby met Ilse Wendel and Corin Hask at the quay."])
    assert voices == {"Residents", "the harbour board's office"}
    lines = actor_table(ranked, roles, {"Ilse Wendel": 1, "Corin Hask": 2, "Mara Olawunmi": 1}, voices)
    keys = [line.split(" = ")[0][2:] for line in lines if line.startswith('# "')]
    assert keys == ['"Ilse Wendel"', '"Mara Olawunmi"', '"Corin Hask"', '"Residents"', '"the harbour board\'s office"'], lines
    unnamed_at = next(i for i, line in enumerate(lines) if line.startswith("# Unnamed voices"))
    assert lines.index('# "Corin Hask" = "position-2"') < unnamed_at < lines.index('# "Residents" = ""  # no group guessed: their words lean to neither')


def test_no_heading_for_unnamed_voices_when_every_speaker_is_named():
    ranked = [("Ilse Wendel", [_said(1, "Ilse Wendel", "The slipway must be rebuilt before the autumn gales.")])]
    assert not [line for line in actor_table(ranked, {}, {}) if "Unnamed" in line]


def test_a_spokesperson_quoted_more_than_whom_they_speak_for_is_listed_after_them():
    ranked = [
        ("Mara Olawunmi", [_said(1, "Mara Olawunmi", "Mr Hask will answer the harbour board in writing.", ("S1", "S2"))]),
        ("Ilse Wendel", [_said(2, "Ilse Wendel", "The slipway must be rebuilt before the autumn gales.")]),
        ("Corin Hask", [_said(3, "Corin Hask", "The harbour fund cannot pay for a new slipway this year.")]),
    ]
    lines = actor_table(ranked, {"Mara Olawunmi": "spokeswoman for Corin Hask"}, {})
    keys = [line.split(" = ")[0][2:] for line in lines if line.startswith('# "')]
    assert keys == ['"Ilse Wendel"', '"Corin Hask"', '"Mara Olawunmi"'], lines


def test_a_speakers_words_shown_are_a_quotation_long_enough_to_hold_a_view():
    # The one-word title, though more widely reported, says nothing a reader could place.
    said = [
        _said(1, "Pask Oteng", "Tidewatch", ("S1", "S2", "S3")),
        _said(2, "Pask Oteng", "Nobody asked the fishermen before the nets were banned.", ("S1",)),
    ]
    assert _actor_lines("Pask Oteng", said, "presenter", None)[1] == "#   “Nobody asked the fishermen before the nets were banned.”"
    # With no longer quotation, the short one is shown.
    assert _actor_lines("Pask Oteng", said[:1], "presenter", None)[1] == "#   “Tidewatch”"


def test_a_named_spokesperson_for_an_unnamed_voice_stays_among_the_named():
    ranked = [
        ("Ilse Wendel", [_said(1, "Ilse Wendel", "The slipway must be rebuilt before the autumn gales.", ("S1", "S2"))]),
        ("the harbour board", [_said(2, "the harbour board", "The board will decide in March.")]),
        ("Tam Rusk", [_said(3, "Tam Rusk", "The board has no money for a slipway.")]),
    ]
    lines = actor_table(ranked, {"Tam Rusk": "spokesman for the harbour board"}, {}, {"the harbour board"})
    keys = [line.split(" = ")[0][2:] for line in lines if line.startswith('# "')]
    assert keys == ['"Ilse Wendel"', '"Tam Rusk"', '"the harbour board"'], lines
    assert "#   speaks for the harbour board: a line for the harbour board places these words too" in lines


def test_an_unnamed_voice_neither_seeds_a_draft_position_nor_names_the_title_however_widely_quoted():
    from briefing.draft import draft_spec
    from briefing.model import Source

    text = "Residents packed the hall. Ilse Wendel and Corin Hask spoke after residents of Skellby.\n"
    blocks = [
        _said(1, "Residents", "The slipway floods at every spring tide and nobody repairs it.", ("S1", "S2", "S3")),
        _said(2, "Ilse Wendel", "The slipway must be rebuilt before the autumn gales.", ("S1", "S2")),
        _said(3, "Corin Hask", "The harbour fund cannot pay for new concrete this year.", ("S1", "S2")),
    ]
    draft = draft_spec([Source(f"S{n}", f"{n}.txt", text, str(n)) for n in (1, 2, 3)], blocks, [])
    labels = [line for line in draft.splitlines() if line.startswith("label = ")]
    assert labels == ['label = "Draft position 1: the view of Ilse Wendel"', 'label = "Draft position 2: the view of Corin Hask"'], labels
    # nor names the title
    assert 'title = "Statements by Ilse Wendel, Corin Hask and others"' in draft.splitlines()


def test_words_read_as_a_speakers_name_are_not_listed():
    from briefing.draft_actors import _misread

    reported = [_said(1, "x", "The slipway was closed after the storm.", kind="statement")]
    capitalised = {"wendel", "tolvik", "harbour"}  # words the texts capitalise inside a sentence
    lower = {"afterwards", "residents", "people", "harbour", "day-trippers"}  # words they print in lower case
    # a day of the week ends no name, nor a function word a description;
    # a word the texts print in lower case, capitalised only opening a sentence, is a word, not a name
    for name in ("Ilse Wendel Tuesday", "the quarrel over", "all but", "Afterwards"):
        assert _misread(name, reported, None, capitalised, lower), name
    # a person, a body, a group (of people by a plural not in the word lists too), a
    # surname the texts print inside a sentence, one in capitals, a body named by its place,
    # a name never printed in lower case nor inside a sentence
    for name in ("Ilse Wendel", "Tolvik Harbour Trust", "the council", "Critics of the slipway", "Wendel", "UN", "the US",
                 "Residents", "people", "ferry fans", "the harbour", "Skellbyite", "SlipwayWatch.org", "the ferry's new ad", "day-trippers"):
        assert not _misread(name, reported, None, capitalised, lower), name
    # a role read, or words of their own long enough to hold a view, make a speaker
    assert not _misread("the quarrel over", reported, "harbour master", capitalised, lower)
    assert not _misread("Afterwards", [_said(2, "x", "Nobody mends the slipway any more.")], None, capitalised, lower)
    assert _misread("Afterwards", [_said(2, "x", "Closed.")], None, capitalised, lower)


def test_the_office_one_named_speaker_holds_is_listed_beside_them_and_in_their_group():
    from briefing.draft_actors import role_holders

    names = ["Ilse Wendel", "Corin Hask", "Tam Rusk", "the harbour master", "the treasurer", "the councillor"]
    roles = {"Ilse Wendel": "Skellby harbour master", "Corin Hask": "treasurer of the harbour board", "Tam Rusk": "former councillor"}
    voices = {"the harbour master", "the treasurer", "the councillor"}
    assert role_holders(voices, names, roles) == {"the harbour master": "Ilse Wendel", "the treasurer": "Corin Hask"}
    # never when two named speakers hold it
    roles["Tam Rusk"] = "treasurer"
    assert role_holders(voices, names, roles) == {"the harbour master": "Ilse Wendel"}
    ranked = [
        ("Ilse Wendel", [_said(1, "Ilse Wendel", "The slipway must be rebuilt before the autumn gales.", ("S1", "S2"))]),
        ("Corin Hask", [_said(2, "Corin Hask", "The harbour fund cannot pay for a new slipway this year.")]),
        ("the harbour master", [_said(3, "the harbour master", "The harbour master said the gales came early.", kind="statement")]),
    ]
    lines = actor_table(ranked, roles, {"Ilse Wendel": 1, "Corin Hask": 2}, {"the harbour master"}, {"the harbour master": "Ilse Wendel"})
    keys = [line.split(" = ")[0][2:] for line in lines if line.startswith('# "')]
    assert keys == ['"Ilse Wendel"', '"the harbour master"', '"Corin Hask"'] and not [line for line in lines if "Unnamed" in line], lines
    assert '#   perhaps the same as "Ilse Wendel", listed too: if so, give both lines the same position' in lines


def test_a_voice_that_is_one_speakers_office_joins_their_group():
    from briefing.draft import _groups

    ranked = [
        ("Ilse Wendel", [_said(1, "Ilse Wendel", "The slipway must be rebuilt before the autumn gales.")]),
        ("Corin Hask", [_said(2, "Corin Hask", "The harbour fund cannot pay for a new slipway this year.")]),
        ("Ada Brun", [_said(3, "Ada Brun", "Ferries left the quay at dawn.")]),
        ("Ivo Tarn", [_said(4, "Ivo Tarn", "Gulls nest on the old pier.")]),
        ("the harbour master", [_said(5, "the harbour master", "The fund cannot pay for concrete.")]),
    ]
    # by its words, with Corin Hask; as the office Ilse Wendel holds, with her
    assert "the harbour master" in _groups(ranked, {})[1]
    groups = _groups(ranked, {}, joins={"the harbour master": "Ilse Wendel"})
    assert "the harbour master" in groups[0] and "the harbour master" not in groups[1], groups


def test_a_name_read_with_a_title_before_it_may_be_the_same_speaker():
    from briefing.draft_actors import same_as

    # "Sen.", "Reps" (the plural before two names), "Dr": the name after the title is compared
    assert same_as("Sen. Ola Brask", ["Ola Brask", "Sen. Ola Brask"]) == "Ola Brask"
    assert same_as("Reps Tom Vell", ["Thomas Vell", "Reps Tom Vell"]) == "Thomas Vell"
    assert same_as("Dr Brask", ["Ola Brask", "Dr Brask"]) == "Ola Brask"
    # another first name after the title is another person
    assert same_as("Sen. Ida Brask", ["Ola Brask", "Sen. Ida Brask"]) is None
    # a title word written out is one before a full name; before one word it starts a body's name
    assert same_as("Judge Ida Brask", ["Ida Brask", "Judge Ida Brask"]) == "Ida Brask"
    assert same_as("General Ferries", ["Skellby Ferries", "General Ferries"]) is None
    assert same_as("Justice Board", ["Harbour Board", "Justice Board"]) is None
    # an office printed as a title before a full name: the name of two words is compared
    assert same_as("Quay Warden Ida Brask", ["Ida Brask", "Quay Warden Ida Brask"]) == "Ida Brask"
    assert same_as("Ida Brask", ["Quay Warden Ida Brask", "Ida Brask"]) == "Quay Warden Ida Brask"
    assert same_as("Quay Warden Ida Brask", ["Ola Brask", "Quay Warden Ida Brask"]) is None


# Two speakers apart by their words (Ola Brask, Corin Hask) and two with no cue, in two sources.
_HARBOUR = [
        _said(1, "Ola Brask", "The slipway must be rebuilt before the autumn gales.", ("S1", "S2")),
        _said(2, "Ola Brask", "Gales wreck the old slipway every winter.", ("S1", "S2")),
        _said(3, "Corin Hask", "The harbour fund cannot pay for concrete this year.", ("S1", "S2")),
        _said(4, "Ada Brun", "Ferries left the quay at dawn."),
        _said(5, "Ivo Tarn", "Gulls nest on the old pier."),
]


def test_a_speaker_who_may_be_one_listed_before_is_guessed_into_their_group():
    from briefing.draft import draft_spec
    from briefing.model import Source

    # By words, "Sen. Ola Brask" shares Corin Hask's point; the draft says they may be Ola Brask, so guesses her side.
    said = [
        *_HARBOUR,
        _said(6, "Sen. Ola Brask", "The harbour fund cannot pay for everything."),
    ]
    text = "Ola Brask spoke. Corin Hask spoke. Ada Brun and Ivo Tarn listened.\n"
    draft = draft_spec([Source(f"S{n}", f"{n}.txt", text, str(n)) for n in (1, 2)], said, [])
    assert '# "Ola Brask" = "position-1"' in draft and '# "Sen. Ola Brask" = "position-1"' in draft, draft


def test_the_draft_leaves_out_words_misread_as_a_name_and_groups_an_office_with_its_holder():
    from briefing.draft import draft_spec
    from briefing.model import Source

    said = [
        *_HARBOUR,
        _said(6, "the harbour master", "The harbour fund cannot pay for everything.", kind="statement"),
        _said(7, "Afterwards", "Closed.", kind="statement"),
    ]
    text = "Ola Brask spoke. Corin Hask spoke. Ada Brun and Ivo Tarn listened, and went home afterwards.\n"
    draft = draft_spec([Source(f"S{n}", f"{n}.txt", text, str(n)) for n in (1, 2)], said, [("Ola Brask", "harbour master")])
    # "Afterwards" is a word of the text, no speaker; the harbour master is listed, and grouped, with Ola Brask
    assert '"Afterwards"' not in draft, draft
    assert '# "Ola Brask" = "position-1"\n# the harbour master' in draft and '# "the harbour master" = "position-1"' in draft, draft


def test_a_role_read_as_a_piece_of_a_clause_is_not_shown():
    from briefing.draft_actors import clause_role

    # opens on a subordinator, a preposition or one half of a pair, or ends on the sentence's verb
    for role in ("if elected mayor", "though columnist", "like", "neither warden nor", "about the levy", "harbour staff confirmed"):
        assert clause_role(role), role
    # an office, a description, one that opens on a participle or holds one before a preposition, one
    # that opens on "of" (what the speaker belongs to), one whose relative clause ends on a past tense
    for role in ("treasurer", "spokeswoman for the harbour board", "retired ferry captain", "who runs the chandlery",
                 "councillor elected in May", "the board's chair",
                 "of the Quay and Allied Workers' Union", "resident whose cellar flooded",
                 "a grower whose orchard burned", "skipper who retired", "the warden, who resigned",
                 "lawyer for the accused", "the red-bearded"):
        assert not clause_role(role), role


def test_the_draft_shows_the_outlets_sentence_for_a_speaker_whose_role_is_a_clause():
    from briefing.draft import draft_spec
    from briefing.model import Source

    text = "Ilse Wendel, though columnist, said the slipway was unsafe.\n"
    sources = [Source("S1", "a.txt", text, "0"), Source("S2", "b.txt", text, "0")]
    blocks = [
        _said(1, "Ilse Wendel", "The slipway is unsafe for every boat on the quay.", ("S1", "S2")),
        _said(2, "Ilse Wendel", "Ilse Wendel said the slipway was unsafe.", ("S1",), kind="statement"),
    ]
    draft = draft_spec(sources, blocks, [("Ilse Wendel", "though columnist")])
    assert "though columnist" not in draft
    assert "#   reported: Ilse Wendel said the slipway was unsafe." in draft, draft


def test_an_outlet_or_report_the_articles_cite_is_guessed_into_no_group():
    from briefing.draft import draft_spec
    from briefing.headlines import reporters
    from briefing.model import Source

    ranked = [
        ("Quayside Courier", [_said(1, "Quayside Courier", "The Quayside Courier reported on Friday that the slipway had cracked.", kind="statement")]),
        ("Tide Weekly", [_said(2, "Tide Weekly", "Tide Weekly reports that the slipway will cost twice as much.", kind="statement")]),
        # a claim "according to" a campaign is theirs
        ("Slipway Friends", [_said(6, "Slipway Friends", "The old slipway is the county's oldest, according to Slipway Friends.", kind="statement")]),
        # quoted, or reported with another verb: a side may be theirs
        ("Ola Brask", [_said(3, "Ola Brask", "Ola Brask reported the crack to the council.", kind="statement"), _said(4, "Ola Brask", "The slipway is finished.")]),
        ("Corin Hask", [_said(5, "Corin Hask", "Corin Hask said the slipway was sound.", kind="statement")]),
    ]
    # journalists the article cites, named together before "report"
    ranked.append(("Tom Oast", [_said(7, "Tom Oast", "As our correspondents Lena Marr and Tom Oast report from the quay, the slipway has cracked.", kind="statement")]))
    assert reporters(ranked) == {"Quayside Courier", "Tide Weekly", "Tom Oast"}
    ranked.pop()
    # The Courier's sentence shares Ola Brask's words: by words alone, it would join her group.
    text = "The Quayside Courier reported on Friday that the autumn gales had wrecked the slipway.\n"
    blocks = [
        _said(1, "Ola Brask", "The slipway must be rebuilt before the autumn gales.", ("S1", "S2")),
        _said(2, "Corin Hask", "The harbour fund cannot pay for concrete this year.", ("S1", "S2")),
        _said(3, "Ada Brun", "Ferries left the quay at dawn."),
        _said(4, "Quayside Courier", text.strip(), ("S1", "S2"), kind="statement"),
    ]
    draft = draft_spec([Source(f"S{n}", f"{n}.txt", text, str(n)) for n in (1, 2)], blocks, [])
    assert '# "Quayside Courier" = ""  # no group: an outlet, or one the articles cite as reporting' in draft, draft
    assert '# "Ola Brask" = "position-1"' in draft and '# "Corin Hask" = "position-2"' in draft, draft


def test_an_outlet_of_the_sources_is_guessed_into_no_group_and_the_draft_says_why():
    from briefing.draft import draft_spec
    from briefing.model import Source

    text = "The Skerry Gazette said the slipway had cracked.\n"
    blocks = [
        _said(1, "Ola Brask", "The slipway must be rebuilt before the autumn gales.", ("S1", "S2")),
        _said(2, "Corin Hask", "The harbour fund cannot pay for concrete this year.", ("S1", "S2")),
        # quoted, so no reporter only: an outlet of the sources all the same
        _said(3, "Skerry Gazette", "We saw the slipway crack before the autumn gales.", ("S1",)),
    ]
    sources = [Source(f"S{n}", f"{n}.txt", text, str(n), outlet=outlet) for n, outlet in ((1, "The Skerry Gazette"), (2, "Tide Weekly"))]
    draft = draft_spec(sources, blocks, [])
    assert '# "Skerry Gazette" = ""  # no group: an outlet' in draft, draft
    assert "Skerry Gazette" not in draft.split("\n[actors]")[0], draft  # nor in the title, nor a group's label
