"""Real files from a real office suite: the Word kit through LibreOffice and back.

LibreOffice (headless) converts an edited Word kit to .odt, the .odt back to .docx, and
re-saves the .docx as it would on "Keep current format". Every letter part must arrive
intact, in order, with no prompt text in it. Skipped, with the reason, without LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import kit_editing as edit
import pytest

from interventionplanner.domain.letter_parts import ALL_PARTS
from interventionplanner.output.kit_export import kit_bytes
from interventionplanner.output.kit_import import read_returned

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)",
)

WORDS = {
    1: ["Mum, you taught me to swim in the cold lake.", "You never let go too early."],
    2: ["At Easter you fell asleep at the table.", "I felt scared for you."],
    3: ["I hope we walk the dog again on Sundays."],
    4: ["Will you accept the help that is ready today?"],
    5: ["If you say no, I will stop lending you money."],
}
FIELDS = [part.field for part in ALL_PARTS]


def convert(files: list[Path], to: str, out: Path, profile: Path) -> None:
    """One LibreOffice run for several files (starting it is the slow part)."""
    out.mkdir(exist_ok=True)
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def converted(tmp_path_factory, request):
    """The kits, edited, then through LibreOffice: {name: bytes of what came back}."""
    from datetime import date

    from interventionplanner.storage.example import example_plan

    plan = example_plan(date(2026, 11, 27))
    person = plan.participants[1]
    data = kit_bytes(plan, person, "docx")
    for number, paragraphs in WORDS.items():
        data = edit.write_part(data, number, paragraphs)
    edited = {
        "plain": data,
        "google": edit.blank_paragraphs_added(edit.prompts_removed(edit.like_google_docs(data))),
        "tracked": edit.tracked_changes(data, 3, " And to laugh again.", " GONE"),
        "table": edit.table_inserted(data, 2, [["Easter", "at the table"]]),
        "bare": edit.properties_stripped(edit.first_page_deleted(data)),
    }
    work = tmp_path_factory.mktemp("libreoffice")
    profile = work / "profile"
    sources = []
    for name, content in edited.items():
        (work / f"{name}.docx").write_bytes(content)
        sources.append(work / f"{name}.docx")
    convert(sources, "odt", work / "odt", profile)
    convert([work / "odt" / "plain.odt"], "docx:MS Word 2007 XML", work / "back", profile)
    convert([work / "plain.docx"], "docx:MS Word 2007 XML", work / "resaved", profile)
    came_back = {f"{name}.odt": (work / "odt" / f"{name}.odt").read_bytes() for name in edited}
    came_back["odt then docx"] = (work / "back" / "plain.docx").read_bytes()
    came_back["docx saved by LibreOffice"] = (work / "resaved" / "plain.docx").read_bytes()
    return plan, person, came_back


def expected(**changes: str) -> dict[str, str]:
    words = {FIELDS[n - 1]: "\n\n".join(paragraphs) for n, paragraphs in WORDS.items()}
    return {**words, **changes}


@pytest.mark.parametrize(
    "name",
    ["plain.odt", "google.odt", "bare.odt", "odt then docx", "docx saved by LibreOffice"],
)
def test_every_part_comes_back_through_libreoffice(converted, name):
    plan, person, came_back = converted
    returned = read_returned(plan, came_back[name])
    assert returned.participant is person  # by the properties, or the code in the footer
    assert returned.certain, returned.placement.why_unclear()
    parts = returned.parts()
    assert list(parts) == FIELDS
    assert parts == expected()
    for text in parts.values():
        for part in ALL_PARTS:
            assert part.prompt[:40] not in text


def test_tracked_changes_survive_libreoffice_as_accepted(converted):
    plan, _, came_back = converted
    parts = read_returned(plan, came_back["tracked.odt"]).parts()
    assert parts == expected(my_hope=WORDS[3][0] + " And to laugh again.")


def test_a_table_survives_libreoffice_in_its_part(converted):
    plan, _, came_back = converted
    parts = read_returned(plan, came_back["table.odt"]).parts()
    assert parts["what_i_have_seen"] == "\n\n".join([*WORDS[2], "Easter", "at the table"])
