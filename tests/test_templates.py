"""The template engine: built-ins, the user's own copies, the sandbox, and plain errors."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import jinja2
import pytest

from interventionplanner import paths
from interventionplanner.output.invitations import invitation_context
from interventionplanner.output.templates import TemplateProblem, render

INVITATIONAL = "invitation_invitational.txt.j2"
SURPRISE = "invitation_surprise.txt.j2"


@pytest.fixture
def context(demo_plan) -> dict:
    return invitation_context(demo_plan, demo_plan.participants[0])


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_jinja_is_recent_enough_for_its_sandbox_fixes():
    version = tuple(int(part) for part in jinja2.__version__.split(".")[:3])
    assert version >= (3, 1, 6)


@pytest.mark.parametrize("name", [INVITATIONAL, SURPRISE])
def test_each_built_in_template_renders(name, context):
    assert (paths.templates_dir() / name).is_file()
    text = render(name, context)
    assert text.splitlines()[0].startswith("A family meeting on ")
    assert f"Dear {context['name']}," in text
    assert "{{" not in text
    assert "{%" not in text


def test_a_missing_value_is_a_template_problem_naming_the_template(context):
    del context["loved_one"]
    with pytest.raises(TemplateProblem) as caught:
        render(INVITATIONAL, context)
    message = str(caught.value)
    assert f'"{INVITATIONAL}"' in message
    assert "does not provide" in message
    assert "loved_one" in message
    assert "your copy" not in message.lower()
    assert caught.value.user_copy is False
    assert caught.value.line is not None


def test_a_template_that_does_not_exist(tmp_path):
    with pytest.raises(TemplateProblem, match='no template called "nowhere.txt.j2"'):
        render("nowhere.txt.j2", {}, tmp_path)


def test_the_users_copy_wins_and_only_for_that_file(tmp_path, context):
    write(tmp_path, INVITATIONAL, "Hello {{ greeting_name }}\n\nFrom my own copy.\n")
    assert (
        render(INVITATIONAL, context, tmp_path) == f"Hello {context['name']}\n\nFrom my own copy.\n"
    )
    built_in = render(SURPRISE, context, tmp_path)
    assert "From my own copy" not in built_in
    assert built_in == render(SURPRISE, context)


def test_an_edited_user_copy_is_read_again(tmp_path):
    path = write(tmp_path, "note.txt.j2", "first\n")
    assert render("note.txt.j2", {}, tmp_path) == "first\n"
    path.write_text("second\n", encoding="utf-8")
    later = path.stat().st_mtime + 5
    os.utime(path, (later, later))
    assert render("note.txt.j2", {}, tmp_path) == "second\n"


def test_a_user_template_may_include_a_built_in_one(tmp_path, context):
    write(tmp_path, "wrapper.txt.j2", "Before\n{% include '" + SURPRISE + "' %}")
    text = render("wrapper.txt.j2", context, tmp_path)
    assert text.startswith("Before\nA family meeting on ")


def test_a_syntax_error_in_the_users_copy_gives_the_line(tmp_path):
    write(tmp_path, "mine.txt.j2", "Subject\n\nDear {{ name }},\n{% if name %}\nno end\n")
    with pytest.raises(TemplateProblem) as caught:
        render("mine.txt.j2", {"name": "Ana"}, tmp_path)
    message = str(caught.value)
    assert "your copy" in message.lower()
    assert '"mine.txt.j2"' in message
    assert "line " in message
    assert caught.value.line == 5
    assert f"line {caught.value.line}" in message
    assert caught.value.user_copy is True


def test_an_undefined_value_in_the_users_copy_gives_the_line(tmp_path):
    write(tmp_path, "mine.txt.j2", "one\ntwo\n{{ nickname }}\n")
    with pytest.raises(TemplateProblem, match="line 3") as caught:
        render("mine.txt.j2", {}, tmp_path)
    assert "your copy" in str(caught.value).lower()


@pytest.mark.parametrize(
    "escape",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ x|attr('__class__') }}",
        "{{ x.__class__.__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
    ],
)
def test_a_sandbox_escape_in_a_user_template_is_stopped(tmp_path, escape):
    write(tmp_path, "escape.txt.j2", escape + "\n")
    with pytest.raises(TemplateProblem) as caught:
        render("escape.txt.j2", {"x": "text"}, tmp_path)
    assert type(caught.value) is TemplateProblem
    assert "not allowed" in str(caught.value)
    assert "your copy" in str(caught.value).lower()


def test_the_sandbox_refuses_to_modify_what_it_is_given(tmp_path):
    write(tmp_path, "mutate.txt.j2", "{{ people.append('x') }}\n")
    people = ["Ana"]
    with pytest.raises(TemplateProblem):
        render("mutate.txt.j2", {"people": people}, tmp_path)
    assert people == ["Ana"]


@pytest.mark.parametrize(
    "expression", ["'a' * 10**9", "7 ** 99999999", "[1] * 10**9", "range(10**9)|list"]
)
def test_a_user_template_cannot_freeze_the_app(tmp_path, expression):
    write(tmp_path, "huge.txt.j2", "{{ " + expression + " }}\n")
    with pytest.raises(TemplateProblem):
        render("huge.txt.j2", {}, tmp_path)


def test_any_other_failure_in_a_user_template_is_a_template_problem(tmp_path):
    write(tmp_path, "divide.txt.j2", "line one\n{{ 1 / 0 }}\n")
    with pytest.raises(TemplateProblem, match="line 2"):
        render("divide.txt.j2", {}, tmp_path)


def test_a_user_template_cannot_reach_outside_its_folder(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    write(tmp_path, "outside.txt.j2", "outside\n")
    with pytest.raises(TemplateProblem):
        render("../outside.txt.j2", {}, folder)


def test_templates_take_plain_data_only(context):
    @dataclass
    class Person:
        name: str

    with pytest.raises(TypeError, match="plain data"):
        render(INVITATIONAL, {**context, "person": Person("Ana")})


def test_text_is_not_html_escaped(tmp_path):
    write(tmp_path, "plain.txt.j2", "{{ place }}\n")
    assert render("plain.txt.j2", {"place": "Bo & Jo's <home>"}, tmp_path) == "Bo & Jo's <home>\n"
