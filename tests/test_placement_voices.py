"""Placement by whom a speaker speaks for: a spokesperson, an office or a lawyer
voices their principal (named in their role, by title, by a title's adjective,
or as the head of the firm or body); a member takes the side of their body's
side-takers or of a body the spec lists; a minister or ministry is of the
government, a speaker of the opposition takes the other side; a role one of
the holders a label names takes that position; who opens on a side-taker's
view answers it."""



from placing import SPECS, make_block

from briefing.bodies import body
from briefing.model import Block, Paragraph, PositionSpec, Spec
from briefing.pipeline import build
from briefing.positions import place, principal, voices
from briefing.saying import parse
from briefing.sentences import split


def test_a_spokesperson_for_a_body_carries_the_stance_of_the_one_whose_role_names_it():
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {"Pia Landa": "spokeswoman for the trust", "Tobias Wren": "chair of the Coastal Rail Trust"}) == "Tobias Wren"
    # Two who could head it, or a role that only works there, name no principal.
    two = {"Pia Landa": "spokeswoman for the trust", "Tobias Wren": "chair of the Coastal Rail Trust", "Ada Corr": "chair of the Valley Trust"}
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren", "Ada Corr"], two) is None
    assert principal("Pia Landa", ["Pia Landa", "Ada Corr"], {"Pia Landa": "spokeswoman for the trust", "Ada Corr": "nurse at the trust"}) is None


def test_an_office_carries_its_principals_stance():
    spec = Spec("T", None, SPECS)
    blocks = [make_block("It is a waste of money.", "Tobias Wren", n=1), make_block("The minister will reply in writing.", "minister's office", n=2)]
    placed = place(blocks, spec, roles=(("Tobias Wren", "minister"),)).blocks
    assert placed[1].position == "no" and "Tobias Wren" in placed[1].reason
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {"Hal Grey": "spokesman for Tobias Wren"}) == "Tobias Wren"
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {"Hal Grey": "engineer"}) is None


def test_a_spokesperson_for_an_office_voices_its_holders_stance(make_articles):
    # "A spokesman for the Police Commissioner, Ada Lunn,": Ada Lunn's spokesperson, whose role names the office,
    # so "The commissioner supports ..." in their words is a stance, as "we support" is.
    said = 'A spokesman for the Police Commissioner, Ada Lunn, said: "The commissioner supports the tunnel and will say so at the inquiry."'
    spec = (
        'title = "T"\n[[positions]]\nid = "yes"\nlabel = "For the tunnel"\ncues = ["faster trains"]\n'
        '[[positions]]\nid = "no"\nlabel = "Against the tunnel"\ncues = ["waste of money"]\n'
    )
    placed = build([str(make_articles({"a.txt": said}, spec=spec))]).briefing.blocks
    assert [(b.speaker, b.speaker_role, b.position) for b in placed] == [("Ada Lunn's spokesperson", "spokesman for the Police Commissioner", "yes")]


def test_a_spokesperson_for_a_principal_named_with_a_title_speaks_for_that_principal():
    roles = {"Hal Grey": "spokesman for Mayor Tobias Wren", "Tobias Wren": "mayor of Brintow"}
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], roles) == "Tobias Wren"
    spec = Spec("T", None, SPECS)
    blocks = [make_block("It is a waste of money.", "Tobias Wren", n=1), make_block("The mayor has made her view plain.", "Hal Grey", n=2)]
    placed = place(blocks, spec, roles=tuple(roles.items())).blocks[1]
    assert placed.position == "no" and placed.reason.startswith("speaks for Tobias Wren")
    # A title the principal's role does not hold, or another person of the same surname: no principal.
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {**roles, "Tobias Wren": "harbour pilot"}) is None
    assert principal("Hal Grey", ["Hal Grey", "Ada Wren"], {**roles, "Ada Wren": "mayor"}) is None


def test_a_spokesperson_named_with_their_principal_carries_the_principals_stance():
    text = 'Mayor Vera Dunn\'s spokeswoman, Pia Landa, said: "The mayor will answer on Friday."'
    roles = dict(parse(split([Paragraph("s", 0, text)])[0]).roles)
    assert principal("Pia Landa", ["Pia Landa", "Vera Dunn", "Ivo Trell"], roles) == "Vera Dunn"
    spec = Spec("T", None, SPECS)
    blocks = [make_block("It is a waste of money.", "Vera Dunn", n=1), make_block("The mayor will answer on Friday.", "Pia Landa", n=2)]
    assert place(blocks, spec, roles=tuple(roles.items())).blocks[1].position == "no"


def test_a_spokesperson_named_by_a_titles_adjective_speaks_for_its_holder():
    roles = {"Hal Grey": "mayoral spokesman", "Tobias Wren": "mayor"}
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], roles) == "Tobias Wren"
    assert principal("Hal Grey", ["Hal Grey", "Ada Corr"], {"Hal Grey": "presidential spokesman", "Ada Corr": "president"}) == "Ada Corr"
    # Another title, or no holder of it among the speakers: no principal.
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {**roles, "Tobias Wren": "deputy mayor"}) is None
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {**roles, "Tobias Wren": "harbour pilot"}) is None
    assert _voiced(roles, "Tobias Wren", "Hal Grey").position == "yes"


def _voiced(roles: dict[str, str], head: str, spokes: str) -> Block:
    """The spokesperson's words, placed after their principal says a cue of "yes"."""
    said = [make_block("It means faster trains.", head, n=1), make_block("Our engineers start in May.", spokes, n=2)]
    return place(said, Spec("T", None, SPECS), roles=tuple(roles.items())).blocks[1]


def test_a_spokesperson_for_the_company_speaks_for_the_head_of_the_firm_the_story_names():
    roles = {"Pia Landa": "spokeswoman for the company", "Tobias Wren": "chief executive of Quenby Water"}
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], roles) == "Tobias Wren"
    placed = _voiced(roles, "Tobias Wren", "Pia Landa")
    assert placed.position == "yes" and placed.reason.startswith("speaks for Tobias Wren"), placed.reason
    # Not an interest group's head, a worker of the firm, a title with no body, nor a spokesperson for another body.
    for head in ("chief executive of the Quenby Hauliers' Association", "engineer at Quenby Water", "chief executive"):
        assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {**roles, "Tobias Wren": head}) is None, head
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {**roles, "Pia Landa": "spokeswoman for the council"}) is None


def test_a_spokesperson_for_a_firm_named_in_full_speaks_for_the_companys_head_and_in_their_words():
    roles = {"Pia Landa": "spokeswoman for Keldby Gravel", "Tobias Wren": "the company's managing director"}
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], roles) == "Tobias Wren"
    # The firm, a speaker itself, and its head are one principal: the one with a side.
    assert principal("Pia Landa", ["Keldby Gravel", "Pia Landa", "Tobias Wren"], roles, {"Tobias Wren": "yes"}) == "Tobias Wren"
    # Not an interest group's spokesperson, nor a head of another kind of body.
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {**roles, "Pia Landa": "spokeswoman for the Keldby Residents' Association"}) is None
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {**roles, "Tobias Wren": "the trust's chair"}) is None
    # The spokesperson's one cue of the other side names that side's point, answered in the principal's words.
    spec = Spec("T", None, SPECS)
    head = make_block("It means faster trains and fewer lorries.", "Tobias Wren", n=1)
    lone = make_block("The water that will flood the valley will be measured every hour.", "Pia Landa", n=2)
    placed = place([head, lone], spec, roles=tuple(roles.items())).blocks[1]
    assert placed.position == "yes" and "Pia Landa speaks for Tobias Wren, whose words clearly match" in placed.reason, placed.reason
    # With no principal found, the cue places the block on its own side.
    alone = {**roles, "Tobias Wren": "the trust's chair"}
    assert place([head, lone], spec, roles=tuple(alone.items())).blocks[1].position == "no"


def test_a_spokesperson_with_no_principal_found_voices_the_side_taker_they_name_by_title():
    spec = Spec("T", None, SPECS)
    roles = (("Ona Brisk", "harbour master"), ("Ivo Renk", "port spokesman"))
    brisk = make_block("It is a waste of money. It will flood the valley.", "Ona Brisk", n=1)
    voiced = make_block("The harbour master believes the pier comes first.", "Ivo Renk", n=2)
    placed = place([brisk, voiced], spec, roles=roles).blocks[1]
    assert placed.position == "no" and placed.reason.startswith("speaks for Ona Brisk, opening on their view ('The harbour master believes")
    # Not a spokesperson, a holder named by body rather than title, or a principal found: not so placed.
    assert place([brisk, voiced], spec, roles=(roles[0], ("Ivo Renk", "port engineer"))).blocks[1].position == "yes"
    guild = (("Ona Brisk", "chair of the Ferry Guild"), roles[1])
    assert place([brisk, make_block("The guild believes the pier comes first.", "Ivo Renk", n=2)], spec, roles=guild).blocks[1].position == "context"
    own = (*roles, ("Ada Corr", "chair of the port"))
    story = [brisk, make_block("It means faster trains and fewer lorries.", "Ada Corr", n=3), voiced]
    assert place(story, spec, roles=own).blocks[2].position == "yes"


def test_a_lawyer_speaks_for_the_client_and_a_body_with_its_head_is_one_principal():
    spec = Spec("T", None, SPECS)
    roles = (("Ivo Renk", "the union's lawyer"), ("Ada Corr", "general secretary of the Porters' Union"))
    blocks = [
        make_block("It means faster trains.", "Ada Corr", n=1),
        make_block("It means fewer lorries.", "Porters' union", n=2),
        make_block("The board's case rests on a fiction.", "Ivo Renk", n=3),
    ]
    placed = place(blocks, spec, roles=roles).blocks[2]
    assert placed.position == "yes" and "speaks for Ada Corr" in placed.reason
    # A body and its head on different sides leave the lawyer in context; a lawyer by trade speaks for no one.
    split = [blocks[0], make_block("It is a waste of money. It will flood the valley.", "Porters' union", n=2), blocks[2]]
    assert place(split, spec, roles=roles).blocks[2].position == "context"
    trade = (("Ivo Renk", "employment lawyer"), roles[1])
    assert place(blocks, spec, roles=trade).blocks[2].position == "context"


def test_a_speaker_with_no_cue_takes_the_side_of_their_bodys_side_takers():
    spec = Spec("T", None, SPECS)
    roles = (("Ada Corr", "surveyor at Varnholt Rail Works"), ("Ivo Renk", "welder on the night shift at Varnholt Rail"))
    blocks = [make_block("It means faster trains.", "Ada Corr", n=1), make_block("Our orders book is full to next spring.", "Ivo Renk", n=2)]
    placed = place(blocks, spec, roles=roles).blocks[1]
    assert placed.position == "yes" and "same body ('varnholt rail') as Ada Corr" in placed.reason
    # A body whose side-takers differ, a one-word body, a university, or a cue of one's own: no side carried.
    split = [*blocks, make_block("It will flood the valley.", "Pia Landa", n=3)]
    both = (*roles, ("Pia Landa", "planner at Varnholt Rail Works"))
    assert place(split, spec, roles=both).blocks[1].position == "context"
    assert body("Ivo Renk", "the council's head of parks") == ()
    assert body("Ivo Renk", "lecturer at Varnholt University") == ()
    own = place([blocks[0], make_block("It is hard to say. It is a waste of money. It means fewer lorries.", "Ivo Renk", n=2)], spec, roles=roles).blocks[1]
    assert "same body" not in own.reason


def test_a_member_of_an_interest_group_named_by_its_head_noun_takes_the_side_of_its_side_takers():
    spec = Spec("T", None, SPECS)
    chair = make_block("The tunnel is a waste of money, and our members know it.", "Ida Strand", n=1)
    member = make_block("My haulage bills went up again this year.", "Nils Bragg", n=2)
    roles = {"Ida Strand": "chair of the Vell Hauliers' Association", "Nils Bragg": "a member of the association"}
    placed = place([chair, member], spec, roles=tuple(roles.items())).blocks
    assert placed[1].position == "no" and "vell hauliers association" in placed[1].reason, placed[1].reason
    listed = place([chair, member], Spec("T", None, SPECS, actors=(("Ida Strand", "no"),)), roles=tuple(roles.items())).blocks[1]
    assert listed.reason == "of the same body ('vell hauliers association') as Ida Strand, whom the spec lists as 'Against the tunnel'"
    # A body whose members vote and differ, a body named with no "the", or two such bodies on both sides: no side.
    for role in ("a member of the council", "a member of an association"):
        council = {"Ida Strand": "chair of the Vell District Council", "Nils Bragg": role} if "council" in role else {**roles, "Nils Bragg": role}
        assert place([chair, member], spec, roles=tuple(council.items())).blocks[1].position == "context", role
    other = make_block("It means faster trains for our members.", "Tor Lund", n=3)
    both = {**roles, "Tor Lund": "head of the Vell Rail Users' Association"}
    assert place([chair, member, other], spec, roles=tuple(both.items())).blocks[1].position == "context"


def test_a_body_the_spec_lists_carries_its_side_to_its_members_and_spokespeople(make_articles):
    spec = Spec("T", None, SPECS, actors=(("Varnholt Rail Union", "no"),))
    roles = (("Ivo Renk", "branch secretary of the Varnholt Rail Union"), ("Pia Landa", "spokeswoman for the union"), ("Ada Corr", "guard at Varnholt Rail Works"))
    blocks = [
        make_block("Our members have voted twice.", "Ivo Renk", n=1),
        make_block("The ballot papers went out in March.", "Pia Landa", n=2),
        make_block("I have driven this line for years.", "Ada Corr", n=3),
        make_block("I like my job. It means faster trains.", "Ivo Renk", n=4),
    ]
    placed = place(blocks[:3], spec, roles=roles).blocks
    assert [b.position for b in placed] == ["no", "no", "context"]
    assert "a member of Varnholt Rail Union, which the spec lists as 'Against the tunnel'" in placed[0].reason
    assert "speaks for Varnholt Rail Union, which the spec lists as 'Against the tunnel'" in placed[1].reason
    # A member's own cues decide for them.
    assert place([blocks[3]], spec, roles=roles).blocks[0].position == "yes"
    # The body is no speaker, yet the spec's line has an effect: no warning that it is unused.
    folder = make_articles(
        {"a.txt": 'Ivo Renk, branch secretary of the Varnholt Rail Union, said: "Our members have voted twice."'},
        spec='title = "T"\n[[positions]]\nid = "yes"\nlabel = "Y"\ncues = ["faster trains"]\n[[positions]]\nid = "no"\nlabel = "N"\ncues = ["waste of money"]\n'
        '[actors]\n"Varnholt Rail Union" = "no"\n"Odo Finch" = "yes"\n',
    )
    result = build([str(folder)])
    assert [b.position for b in result.briefing.blocks if b.speaker == "Ivo Renk"] == ["no"]
    assert [w for w in result.warnings if "[actors]" in w] == [w for w in result.warnings if "Odo Finch" in w] != []


def test_a_minister_or_a_ministry_takes_the_governments_side_but_not_the_oppositions():
    spec = Spec("T", None, SPECS)
    roles = (("Tobias Wren", "Finance minister"), ("Hal Grey", "Housing minister"))
    said = (
        ("Tobias Wren", "It is a waste of money. It will flood the valley."),
        ("Hal Grey", "Building starts where the need is greatest."),
        ("Works Ministry's spokesperson", "The sums have been checked twice."),
        ("Ada Corr", "We have read the report."),
    )
    blocks = [make_block(text, who, n=n) for n, (who, text) in enumerate(said, 1)]
    placed = place(blocks, spec, roles=(*roles, ("Ada Corr", "shadow housing minister"))).blocks
    # The shadow minister is of the opposition, not the government: the other side.
    assert [b.position for b in placed] == ["no", "no", "no", "yes"] and "of the opposition" in placed[3].reason
    assert "same body ('government') as Tobias Wren" in placed[1].reason
    # A ministry's timetable stays in context, like a side-taker's own.
    dated = place([blocks[0], make_block("The minister will reply on Friday.", "Works Ministry's spokesperson", n=2)], spec, roles=roles).blocks[1]
    assert dated.position == "context" and "timetable" in dated.reason


def test_a_department_named_as_a_ministry_is_of_the_government():
    assert body("Department for Coastal Affairs's spokesperson", "") == ("government",)
    assert body("Lena Holt", "spokeswoman for the Department of Transport") == ("government",)
    # A police department, a department in lower case, or a university's department: not the government.
    assert body("Lena Holt", "chief of the Vell Police Department") == ("vell", "police", "department")
    assert body("Lena Holt", "head of the department of history") == ()
    assert body("Lena Holt", "head of the Department of History at Vell University") == ()
    spec = Spec("T", None, SPECS)
    said = [make_block("It is a waste of money.", "Tobias Wren", n=1), make_block("The panel's advice was clear.", "Department for Coastal Affairs's spokesperson", n=2)]
    placed = place(said, spec, roles=(("Tobias Wren", "coastal affairs minister"),)).blocks[1]
    assert placed.position == "no" and "'government'" in placed.reason, placed.reason


def test_a_speaker_of_the_opposition_with_no_cue_takes_the_side_the_government_does_not():
    spec = Spec("T", None, SPECS)
    minister = make_block("It means faster trains.", "Tobias Wren", n=1)
    stunt = make_block("This is a stunt for the cameras.", "Ada Corr", n=2)
    office = make_block("She has read every page of it.", "Ada Corr's office", n=3)
    roles = (("Tobias Wren", "transport minister"), ("Ada Corr", "who speaks on transport for the opposition"))
    placed = place([minister, stunt, office], spec, roles=roles).blocks
    assert [b.position for b in placed] == ["yes", "no", "no"] and "of the opposition" in placed[1].reason
    assert placed[2].reason == "speaks for Ada Corr, who is placed with 'Against the tunnel'"
    shadow = (roles[0], ("Ada Corr", "shadow transport minister"))
    assert place([minister, stunt], spec, roles=shadow).blocks[1].position == "no"
    # No minister with a side, ministers on both sides, or a cue of one's own: no side from the opposition.
    mayor = (("Tobias Wren", "mayor"), roles[1])
    assert place([minister, stunt], spec, roles=mayor).blocks[1].position == "context"
    split = [minister, make_block("It is a waste of money.", "Pia Landa", n=4), stunt]
    both = (*roles, ("Pia Landa", "finance minister"))
    assert place(split, spec, roles=both).blocks[2].position == "context"
    own = [minister, make_block("It will mean fewer lorries.", "Ada Corr", n=2), make_block("We have said so for years.", "Ada Corr", n=3)]
    assert place(own, spec, roles=roles).blocks[2].position == "yes"
    # With three positions, opposing the government says nothing of which other side the speaker takes.
    three = Spec("T", None, (*SPECS, PositionSpec("later", "Decide later", ("more study",))))
    assert place([minister, stunt], three, roles=roles).blocks[1].position == "context"


def test_a_speaker_with_no_cue_whose_role_is_one_of_the_holders_a_label_names_takes_that_position():
    specs = (
        PositionSpec("walkout", "Behind the porters' walkout", ("fair pay",)),
        PositionSpec("end", "End the walkout on the board's terms", ("back to work",)),
    )
    spec = Spec("T", None, specs)
    said = [make_block("I have worked nights at Pendry General for ten years.", "Ivo Renk", n=1)]
    placed = place(said, spec, roles=(("Ivo Renk", "hospital porter for ten years"),)).blocks[0]
    assert placed.position == "walkout" and "one of the porters" in placed.reason
    # Not the role's head noun, a singular possessive ("the board's"), or a cue of one's own: not so placed.
    for role in ("porter liaison officer", "member of the board", "chair of the porters' union"):
        assert place(said, spec, roles=(("Ivo Renk", role),)).blocks[0].position == "context", role
    own = [*said, make_block("We must go back to work.", "Ivo Renk", n=2)]
    assert [b.position for b in place(own, spec, roles=(("Ivo Renk", "porter"),)).blocks] == ["end", "end"]
    # A group both labels name places no one.
    both = Spec("T", None, (specs[0], PositionSpec("end", "End the porters' walkout", ("back to work",))))
    assert place(said, both, roles=(("Ivo Renk", "porter"),)).blocks[0].position == "context"


def test_who_opens_on_the_view_of_a_side_taker_they_name_by_body_or_role_answers_it():
    spec = Spec("T", None, SPECS)
    roles = (("Ona Brisk", "chair of the Coastal Ferry Guild"), ("Ivo Renk", "harbour pilot"))
    brisk = make_block("It is a waste of money. It will flood the valley.", "Ona Brisk", n=1)
    for text in ("The ferry guild says the tunnel will take their trade. My boat sits idle half the year.", "I sail daily. The guild tells us to wait. We have waited ten years!"):
        placed = place([brisk, make_block(text, "Ivo Renk", n=2), make_block("We will meet the board on Friday.", "Ivo Renk", n=3)], spec, roles=roles).blocks
        assert placed[1].position == "yes" and "answers Ona Brisk" in placed[1].reason, text
        assert placed[2].position == "context" and "timetable" in placed[2].reason
    # A holder no side-taker is known by, "our" people, or the speaker's own body: no side.
    for text in ("Some people say it will ruin them.", "Our guild says we must wait."):
        assert place([brisk, make_block(text, "Ivo Renk", n=2)], spec, roles=roles).blocks[1].position == "context", text
    member = (roles[0], ("Ivo Renk", "member of the Ferry Guild"))
    assert place([brisk, make_block("The guild says we must wait.", "Ivo Renk", n=2)], spec, roles=member).blocks[1].position == "context"
    # A spokesperson voices a principal's view: opening on one answers no one.
    voice = (roles[0], ("Ivo Renk", "harbour spokesman"))
    assert place([brisk, make_block("The guild believes the pier comes first.", "Ivo Renk", n=2)], spec, roles=voice).blocks[1].position == "context"


def test_a_role_that_names_the_body_before_its_title_is_of_that_body():
    # "ferry trust chair" is the chair of the ferry trust, as "chair of the ferry trust" is.
    speakers = ["a ferry trust spokeswoman", "Tobias Wren"]
    assert principal("a ferry trust spokeswoman", speakers, {"Tobias Wren": "ferry trust chair"}) == "Tobias Wren"
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {"Pia Landa": "the ferry trust's spokeswoman", "Tobias Wren": "ferry trust chair"}) == "Tobias Wren"
    # The body itself, a speaker of the story, is the principal before its head so named.
    both = ["ferry trust's spokeswoman", "the ferry trust", "Tobias Wren"]
    assert principal("ferry trust's spokeswoman", both, {"Tobias Wren": "ferry trust chair"}) == "the ferry trust"
    # Another body's title, or a title alone: not its principal.
    assert principal("a ferry trust spokeswoman", speakers, {"Tobias Wren": "ferry union chair"}) is None
    assert principal("a ferry trust spokeswoman", speakers, {"Tobias Wren": "chair"}) is None


def test_staff_whose_title_speaks_for_another_speaker_carry_their_stance():
    # Press secretary, communications director, chief of staff, campaign manager, aide, adviser
    # ("speaking_staff"), of any rank, after "to"/"for"/"of" or a possessive, by the principal's name or role.
    heads = {"Marit Solvang": "councillor", "Dov Arkle": "harbour master"}
    for role, head in (
        ("campaign manager for Marit Solvang", "Marit Solvang"),
        ("press secretary to Councillor Marit Solvang", "Marit Solvang"),
        ("Marit Solvang's press secretary", "Marit Solvang"),
        ("chief of staff to the harbour master", "Dov Arkle"),
        ("senior communications director for Dov Arkle", "Dov Arkle"),
        ("the harbour master's deputy campaign manager", "Dov Arkle"),
        ("a top adviser to Marit Solvang", "Marit Solvang"),
    ):
        assert principal("Rune Yelt", ["Rune Yelt", *heads], {**heads, "Rune Yelt": role}) == head, role
    assert principal("an aide to the councillor", ["an aide to the councillor", *heads], heads) == "Marit Solvang"
    placed = _voiced({"Marit Solvang": "councillor", "Rune Yelt": "campaign manager for Marit Solvang"}, "Marit Solvang", "Rune Yelt")
    assert placed.position == "yes" and placed.reason.startswith("speaks for Marit Solvang"), placed.reason


def test_staff_words_count_for_their_principal():
    # The chief of staff's cue is the councillor's stance, so her own words with no cue follow it.
    roles = {"Marit Solvang": "councillor", "Rune Yelt": "chief of staff to Marit Solvang"}
    said = [make_block("My answer has not changed.", "Marit Solvang", n=1), make_block("It is a waste of money.", "Rune Yelt", n=2)]
    assert voices(said, roles) == {"Rune Yelt": "Marit Solvang"}
    assert place(said, Spec("T", None, SPECS), roles=tuple(roles.items())).blocks[0].position == "no"


def test_staff_who_work_for_a_body_or_no_longer_serve_do_not_carry_its_stance():
    # Only a title whose job is to speak for the principal: not an engineer for the council, a nurse at
    # the hospital, nor a former or an ex- aide; and only for another speaker of the story.
    heads = {"Marit Solvang": "leader of the council", "Dov Arkle": "chief executive of the hospital"}
    for role in (
        "an engineer for the council",
        "a nurse at the hospital",
        "a former chief of staff to Marit Solvang",
        "Dov Arkle's former press secretary",
        "an ex-aide to Marit Solvang",
        "campaign manager for Ebba Tarn",
    ):
        assert principal("Rune Yelt", ["Rune Yelt", *heads], {**heads, "Rune Yelt": role}) is None, role
    placed = _voiced({"Marit Solvang": "leader of the council", "Rune Yelt": "engineer for the council"}, "Marit Solvang", "Rune Yelt")
    assert placed.position == "context", placed.reason


def test_staff_named_in_a_role_after_their_words_carry_the_principals_stance(make_articles):
    said = (
        'Councillor Marit Solvang said: "The tunnel is a waste of money."\n\n'
        '"She will vote on Monday," said Rune Yelt, communications director for Marit Solvang.'
    )
    spec = (
        'title = "T"\n[[positions]]\nid = "yes"\nlabel = "For the tunnel"\ncues = ["faster trains"]\n'
        '[[positions]]\nid = "no"\nlabel = "Against the tunnel"\ncues = ["waste of money"]\n'
    )
    placed = build([str(make_articles({"a.txt": said}, spec=spec))]).briefing.blocks
    assert [(b.speaker, b.position) for b in placed] == [("Marit Solvang", "no"), ("Rune Yelt", "no")]
