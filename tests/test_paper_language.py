"""A paper follows its reader: a mixed plan whose packet is in English and whose grandmother
reads Spanish. Her invitation, letter kit, worksheet and reading copy are read back with
outside tools (pypdf, the e-mail parser, python-docx) and must be in Spanish; the packet and
everyone else's papers stay English. Dates, times, numbers and plurals come from Babel and
the catalogue, in the language in force."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from email import policy
from email.parser import BytesParser

import pytest
from pypdf import PdfReader

from interventionplanner.domain import display
from interventionplanner.domain.plan import Participant, Plan, Role, Rsvp
from interventionplanner.domain.preflight import preflight
from interventionplanner.i18n import _, in_language, language, pgettext
from interventionplanner.output.invitations import export_invitations, mailto_url, render_invitation
from interventionplanner.output.kit_export import kit_bytes
from interventionplanner.output.kit_import import read_returned
from interventionplanner.output.letter_kit import export_kit, import_kit
from interventionplanner.output.packet import PacketOptions, build_packet, build_reading_copy
from interventionplanner.storage.example import example_plan

TODAY = date(2026, 11, 27)


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def grandmother(plan: Plan) -> Participant:
    return next(p for p in plan.participants if p.name == "Evelyn Doyle")


@pytest.fixture
def mixed() -> Plan:
    """The example, packet in English; Grandma Evelyn reads Spanish and comes to read her own
    letter (in the example someone reads it for her)."""
    plan = example_plan(TODAY)
    plan.language = "en"
    evelyn = grandmother(plan)
    evelyn.language = "es"
    evelyn.roles = [Role.SPEAKER]
    evelyn.read_by = None
    evelyn.rsvp = Rsvp.YES
    return plan


def test_the_chairs_packet_is_english(mixed, catalogue):
    text = flat(pdf_text(build_packet(mixed, catalogue, PacketOptions(today=TODAY))))
    for english in ("Meeting packet", "Run of show", "The meeting at a glance", "Page 1 of"):
        assert english in text
    for spanish in ("Carpeta de la reunión", "Programa de la reunión", "Página 1 de"):
        assert spanish not in text


def test_the_grandmothers_reading_copy_is_spanish(mixed, catalogue):
    data = build_reading_copy(mixed, catalogue, grandmother(mixed), PacketOptions(today=TODAY))
    text = flat(pdf_text(data))
    for spanish in (
        "Copia de lectura",
        "Para Evelyn Doyle",
        "Programa de la reunión",
        "de diciembre de 2026",  # Babel's Spanish date
        "Página 1 de",
        "Carta de Evelyn Doyle",
    ):
        assert spanish in text
    for english in ("Reading copy", "Run of show", "Page 1 of", "Letter from"):
        assert english not in text
    # Her letter is her own words, untouched by the paper's language.
    assert flat(grandmother(mixed).letter.love_and_memory)[:60] in text


def test_the_grandmothers_crisis_lines_and_facts_follow_her_language(mixed, catalogue):
    import inspect

    from interventionplanner.storage.catalogue import load_catalogue

    if "language" not in inspect.signature(load_catalogue).parameters:
        pytest.skip("the safety catalogue has no Spanish yet (load_catalogue(language=...))")
    spanish = load_catalogue(language="es")
    mine = flat(pdf_text(build_reading_copy(mixed, catalogue, grandmother(mixed))))
    assert flat(spanish.crisis_resources[0].name) in mine
    packet = flat(pdf_text(build_packet(mixed, catalogue, PacketOptions(today=TODAY))))
    assert flat(catalogue.crisis_resources[0].name) in packet
    assert flat(spanish.get("alprazolam").supervision_reason)[:50] not in packet


def test_the_packet_from_a_spanish_window_is_in_the_packets_language(mixed):
    """A Spanish window reads the catalogue in Spanish (ui/services.py); the chair's English
    packet still carries the English crisis lines and facts, the grandmother's copy hers."""
    from interventionplanner.storage.catalogue import load_catalogue

    english, spanish = load_catalogue(), load_catalogue(language="es")
    packet = flat(pdf_text(build_packet(mixed, spanish, PacketOptions(today=TODAY))))
    assert flat(english.crisis_resources[0].name) in packet
    assert flat(spanish.crisis_resources[0].name) not in packet
    mine = flat(pdf_text(build_reading_copy(mixed, spanish, grandmother(mixed))))
    assert flat(spanish.crisis_resources[0].name) in mine


def test_everyone_elses_reading_copy_stays_english(mixed, catalogue):
    ray = next(p for p in mixed.participants if p.name == "Ray Doyle")
    text = flat(pdf_text(build_reading_copy(mixed, catalogue, ray, PacketOptions())))
    assert "Reading copy" in text
    assert "Copia de lectura" not in text


def test_the_grandmothers_invitation_is_spanish_in_the_eml(mixed, tmp_path):
    written = export_invitations(mixed, tmp_path)
    messages = {
        path.name: BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        for path in written
        if path.suffix == ".eml"
    }
    hers = next(m for name, m in messages.items() if "evelyn" in name)
    body = hers.get_body(preferencelist=("plain",)).get_content()
    assert hers["Subject"].startswith("Una reunión familiar el ")
    assert "Hola, Evelyn Doyle:" in body
    assert "Cómo escribir su carta" in body
    # Babel's Spanish date, not "Wednesday 9 December 2026"
    assert re.search(
        r"Cuándo: (lunes|martes|miércoles|jueves|viernes|sábado|domingo), "
        r"\d+ de diciembre de 2026, 10:00",
        body,
    )
    assert "aproximadamente 1 hora" in body  # the catalogue's plural, not "1 hour"
    assert "Dear" not in body
    assert "to be decided" not in body
    margarets = next(m for name, m in messages.items() if "margaret" in name)
    assert margarets["Subject"].startswith("A family meeting on ")
    assert "Dear Margaret Marsh" in margarets.get_body(preferencelist=("plain",)).get_content()


def test_a_shortened_mailto_keeps_its_readers_language(mixed):
    invitation = render_invitation(mixed, grandmother(mixed))
    assert invitation.language == "es"
    link = mailto_url(invitation, max_body=600)
    assert "El%20texto%20completo" in link
    assert "The%20full%20text" not in link


def test_the_grandmothers_word_kit_is_spanish_and_reads_back(mixed):
    from docx import Document

    evelyn = grandmother(mixed)
    data = kit_bytes(mixed, evelyn, "docx")
    paragraphs = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    assert "Kit de carta para Evelyn Doyle" in paragraphs
    assert "1. Cariño y un recuerdo" in paragraphs
    assert "5. Límite (se guarda aparte)" in paragraphs
    assert not any("Letter kit for" in p or "Love and a memory" in p for p in paragraphs)
    # Brought back in, whatever the app's own language: the parts are found by their
    # Spanish headings, the Spanish prompts and first page left out.
    returned = read_returned(mixed, data, None)
    assert returned.certain
    assert returned.parts()["love_and_memory"] == evelyn.letter.love_and_memory.strip()


def test_the_grandmothers_markdown_kit_round_trips_in_spanish(mixed):
    evelyn = grandmother(mixed)
    kit = export_kit(mixed, evelyn)
    assert "# Kit de carta para Evelyn Doyle" in kit
    assert "## 2. Lo que he visto" in kit
    edited = kit.replace("## 3. Mi esperanza\n", "## 3. Mi esperanza\n\nQuiero verte sano.\n", 1)
    found = import_kit(mixed, edited)
    assert found.changed_parts == ["my_hope"]
    assert found.incoming.my_hope.startswith("Quiero verte sano.")


def test_the_grandmothers_worksheet_is_spanish(mixed):
    text = flat(pdf_text(kit_bytes(mixed, grandmother(mixed), "worksheet")))
    assert "Una carta para la reunión, de Evelyn Doyle" in text
    assert "Cómo usar estas hojas" in text
    assert "A letter for the meeting" not in text


def test_the_kit_code_line_is_recognised_in_spanish(mixed):
    from interventionplanner.output.kit_sections import _is_intro

    assert _is_intro("Código del kit: LK-ABCD-EFGH. (cambiado)", [])


# --- what Babel and the catalogue give ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "english", "spanish"),
    [(1, "1 word", "1 palabra"), (2, "2 words", "2 palabras"), (0, "0 words", "0 palabras")],
)
def test_plurals_follow_the_language(words, english, spanish):
    assert display.word_count(words) == english
    with in_language("es"):
        assert display.word_count(words) == spanish


def test_dates_times_and_numbers_come_from_babel():
    moment = datetime(2027, 1, 16, 13, 5)
    assert display.long_date(moment.date()) == "Saturday 16 January 2027"
    assert display.clock(moment) == "1:05 p.m."
    assert display.word_count(1200) == "1,200 words"
    with in_language("es"):
        assert display.long_date(moment.date()) == "sábado, 16 de enero de 2027"
        assert display.short_date(moment.date()) == "16 ene 2027"
        assert display.clock(moment).replace("\u202f", " ") == "1:05 p.m."
        assert display.page_estimate(390) == "aproximadamente 1.5 páginas"
        assert display.length_in_words(90) == "1 hora 30 minutos"
        assert display.zone_words("America/New_York") == "Nueva York"
    assert display.zone_words("America/New_York") == "America/New York"
    assert language() == "en"  # in_language leaves nothing behind


def test_preflight_findings_are_worded_in_the_language_in_force(mixed, catalogue):
    mixed.chairperson.roles = [Role.SPEAKER]
    with in_language("es"):
        found = {f.code: f.message for f in preflight(mixed, catalogue, TODAY)}
    assert found["no_chairperson"].startswith("Todavía nadie coordina la reunión.")
    english = {f.code: f.message for f in preflight(mixed, catalogue, TODAY)}
    assert english["no_chairperson"].startswith("Nobody is chairperson yet.")


# --- the catalogue itself ----------------------------------------------------------------------

# Spanish words that are the same as their English source, on purpose.
# Words, or only placeholders and punctuation, that Spanish writes the same way.
SAME_IN_SPANISH = {"Error", "{name}: {to_look}.", "{name}: {to_look}, {kept}."}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _paper_catalogue():
    from babel.messages.pofile import read_po

    from interventionplanner.paths import resource

    with (resource("locale") / "es" / "LC_MESSAGES" / "paper.po").open("rb") as po:
        return read_po(po)


def test_every_paper_string_is_translated_with_its_placeholders():
    untranslated, same, placeholders = [], [], []
    catalogue = _paper_catalogue()
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(s.strip() for s in strings):
            untranslated.append(ids[0])
            continue
        if (
            any(s == i for s, i in zip(strings, ids, strict=False))
            and ids[0] not in SAME_IN_SPANISH
        ):
            same.append(ids[0])
        wanted = sorted(PLACEHOLDER.findall(ids[-1]))  # each one, as often as the English
        if any(sorted(PLACEHOLDER.findall(s)) != wanted for s in strings):
            placeholders.append(ids[0])
    assert len(catalogue) > 400
    assert untranslated == []
    assert same == []
    assert placeholders == []


def test_our_table_labels_are_whole_words_in_the_spanish_packet(mixed, catalogue):
    """Spanish is longer: a heading too wide for its column would be split mid-word."""
    mixed.language = "es"
    text = pdf_text(build_packet(mixed, catalogue, PacketOptions(today=TODAY)))
    words = set(re.findall(r"\w+", text))
    with in_language("es"):
        labels = [
            _(label)
            for label in ("Who", "Name", "Relationship", "Role", "Phone", "When", "Where")
            + ("Style", "Rehearsal", "Who drives", "Medicine", "Dose")
        ] + [pgettext("run of show", "Time"), pgettext("run of show", "Length")]
    split = [label for label in labels if not set(re.findall(r"\w+", label)) <= words]
    assert split == []


# --- the command line ---------------------------------------------------------------------------


def test_the_cli_speaks_the_language_asked_for_and_keeps_its_json_keys(tmp_path, capsys):
    import json

    from interventionplanner.cli import main

    plan_file = tmp_path / "plan.ivplan"
    assert main(["new", "--demo", "-o", str(plan_file), "--today", "2026-11-27"]) == 0
    capsys.readouterr()
    assert main(["--language", "es", "summary", str(plan_file), "--today", "2026-11-27"]) == 0
    out = capsys.readouterr().out
    assert "Quienes leen, en orden:" in out
    assert "Programa de la reunión:" in out
    assert "Speakers, in order:" not in out
    assert language() == "en"  # for that command only
    assert (
        main(["summary", str(plan_file), "--today", "2026-11-27", "--language=es", "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert {"loved_one", "meeting", "speakers", "timeline", "preflight"} <= set(data)
    assert main(["summary", str(plan_file), "--today", "2026-11-27", "--language", "en"]) == 0
    assert "Speakers, in order:" in capsys.readouterr().out


def test_the_cli_summary_names_substances_in_its_language(tmp_path, capsys):
    import json

    from interventionplanner.cli import main
    from interventionplanner.storage.catalogue import load_catalogue
    from interventionplanner.storage.planfile import load_plan, save_plan

    plan_file = tmp_path / "plan.ivplan"
    assert main(["new", "--demo", "-o", str(plan_file), "--today", "2026-11-27"]) == 0
    plan = load_plan(plan_file).plan
    plan.loved_one.substances = ["barbiturates"]
    save_plan(plan, plan_file)
    capsys.readouterr()
    asked = ["summary", str(plan_file), "--today", "2026-11-27", "--json"]
    assert main(["--language", "es", *asked]) == 0
    spanish = json.loads(capsys.readouterr().out)["loved_one"]["substances"]
    assert spanish == [load_catalogue(language="es").get("barbiturates").label]
    assert main(["--language", "en", *asked]) == 0
    english = json.loads(capsys.readouterr().out)["loved_one"]["substances"]
    assert english == [load_catalogue().get("barbiturates").label] != spanish


def test_the_computers_language_is_the_cli_default():
    from interventionplanner.cli import system_language

    assert system_language({"LANG": "es_MX.UTF-8"}) == "es"
    assert system_language({"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}) == "es"
    assert system_language({"LANG": "fr_FR.UTF-8"}) == "en"  # not written in French yet
    assert system_language({"LANG": "C.UTF-8"}) == "en"
    assert system_language({}) == "en"


# --- templates a language ---------------------------------------------------------------------


def test_a_readers_language_outranks_a_users_english_copy_and_their_own_spanish_copy_wins(
    mixed, tmp_path
):
    from interventionplanner.output.letters import render_letter

    evelyn = grandmother(mixed)
    (tmp_path / "letter.txt.j2").write_text("MY ENGLISH COPY {{ writer }}\n", "utf-8")
    with in_language("es"):
        assert render_letter(mixed, evelyn, tmp_path).startswith("Carta de Evelyn Doyle")
    assert render_letter(mixed, evelyn, tmp_path).startswith("MY ENGLISH COPY")
    (tmp_path / "es").mkdir()
    (tmp_path / "es" / "letter.txt.j2").write_text("MI COPIA {{ writer }}\n", "utf-8")
    with in_language("es"):
        assert render_letter(mixed, evelyn, tmp_path).startswith("MI COPIA Evelyn Doyle")


def test_a_language_without_templates_of_its_own_uses_the_english_ones(mixed):
    from interventionplanner.output.letters import render_letter

    with in_language("pseudo"):
        text = render_letter(mixed, grandmother(mixed))
    assert text.startswith("Letter from Evelyn Doyle")


def test_a_plan_that_will_not_open_says_why_in_spanish(tmp_path, capsys):
    from interventionplanner.cli import main

    broken = tmp_path / "cortado.ivplan"
    broken.write_bytes(b'{"format": "intervention-planner", "version": "1.4", "plan": {"lov')
    assert main(["--language", "es", "validate", str(broken)]) == 1
    said = capsys.readouterr().err
    assert said.startswith('No se pudo abrir "cortado.ivplan": el archivo termina antes de tiempo.')
    assert main(["validate", str(broken)]) == 1
    assert "could not be opened: the file ends too early" in capsys.readouterr().err


def test_the_password_hint_follows_the_language():
    from interventionplanner.storage.password import strength

    with in_language("es"):
        assert strength("password")[1].startswith("Demasiado fácil de adivinar.")
    assert strength("password")[1].startswith("Too easy to guess.")


def test_a_new_plans_checklist_and_suggested_answers_follow_the_language(catalogue):
    from interventionplanner.domain.checklist import is_done
    from interventionplanner.storage.defaults import (
        default_objections,
        default_tasks,
        new_plan,
        task_links,
    )

    with in_language("es"):
        plan = new_plan()
        answers = default_objections()
    assert plan.tasks[0].item == "Elegir el centro de tratamiento"
    assert default_tasks()[0].item == "Choose the treatment centre"
    assert any("[quién]" in o.answer for o in answers)  # a blank preflight still finds
    plan.treatment.facility = "Centro Esperanza"
    assert is_done(plan, plan.tasks[0], task_links())  # ticked by the plan, in Spanish too


# --- nothing bypasses translation -------------------------------------------------------------


def _scrubbed(plan: Plan) -> Plan:
    """Every word the family typed replaced by a token ("Qq12"), so any plain English left in
    the packet is ours."""
    import dataclasses
    import itertools
    from enum import Enum

    counter = itertools.count()
    keep = {"id", "time_zone", "language", "substances", "speaker_order", "seating"}

    def scrub(obj) -> None:
        for field in dataclasses.fields(obj):
            value = getattr(obj, field.name)
            if field.name in keep or field.name.endswith(("_id", "_uid", "_by", "_details")):
                continue
            if isinstance(value, str) and not isinstance(value, Enum) and value.strip():
                setattr(obj, field.name, f"Qq{next(counter)}")
            elif dataclasses.is_dataclass(value):
                scrub(value)
            elif isinstance(value, list):
                for item in value:
                    if dataclasses.is_dataclass(item):
                        scrub(item)

    scrub(plan)
    return plan


def test_no_word_of_ours_in_the_packet_or_a_reading_copy_bypasses_translation(catalogue):
    """In the pseudo-language every word we write is accented and bracketed; the family's
    words are tokens. Plain English left over can only be the safety catalogue's own words
    (data with its sources), Babel's English dates and the letter template's headings (a
    template a language, and the pseudo-language has none)."""
    import calendar

    from interventionplanner.output.letters import render_bottom_line, render_letter

    plan = _scrubbed(example_plan(TODAY))
    plan.language = "pseudo"
    text = flat(pdf_text(build_packet(plan, catalogue, PacketOptions(today=TODAY))))
    text += " " + flat(pdf_text(build_reading_copy(plan, catalogue, plan.chairperson)))
    data = [plan.meeting.time_zone.replace("_", " ")]
    for resource in catalogue.crisis_resources:
        data += [resource.name, resource.contact, resource.when, resource.source, resource.url]
    for substance in catalogue.substances:
        data += [substance.label, substance.name, substance.supervision_reason]
        data += [part for fact in substance.all_facts for part in (fact.text, fact.source)]
    with in_language("pseudo"):
        for writer in plan.speaking_order():
            data.append(render_letter(plan, writer).splitlines()[0])
            data += render_bottom_line(plan, writer).splitlines()[:2]
    for words in sorted(filter(None, data), key=len, reverse=True):
        text = text.replace(flat(words), " ")
    dates = set(calendar.day_name) | set(calendar.month_name) | set(calendar.month_abbr)
    tokens = (token.strip("()[],.;:·“”\"'") for token in text.split())
    plain = {t for t in tokens if re.fullmatch(r"[A-Za-z]{3,}", t) and not t.startswith("Qq")}
    assert plain - dates == set()


def test_words_the_window_and_the_paper_share_are_translated_alike():
    """Both catalogues are searched for every message, the window's first: a string in both
    prints on paper as the window's catalogue says. So where they share a string they must
    agree; where the paper needs its own words (a narrow column), it uses a context."""
    from interventionplanner.paths import resource

    window = resource("locale") / "es" / "LC_MESSAGES" / "window.po"
    if not window.exists():
        pytest.skip("no window.po in this checkout yet (the window's catalogue)")
    from babel.messages.pofile import read_po

    with window.open("rb") as po:
        theirs = {(m.context, m.id): m.string for m in read_po(po) if m.id}
    differ = [
        (m.id, m.string, theirs[(m.context, m.id)])
        for m in _paper_catalogue()
        if m.id and (m.context, m.id) in theirs and theirs[(m.context, m.id)] != m.string
    ]
    assert differ == []
