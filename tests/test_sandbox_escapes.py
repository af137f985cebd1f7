"""41 ways a template someone was sent might try to reach out of the sandbox, each stopped.

A user's own template renders in jinja2's immutable sandbox (output/templates.py). Each
attempt here must end in a TemplateProblem (plain words, exit 1 on the command line) or
render text that reveals nothing of the app: no class, function or module, no file's
content, no environment, and the data it was given unchanged.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interventionplanner.cli import main
from interventionplanner.output.templates import TemplateProblem, render

ESCAPES = {
    "class of a string": "{{ ''.__class__ }}",
    "method resolution order": "{{ ''.__class__.__mro__ }}",
    "every subclass": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "attr filter": "{{ x|attr('__class__') }}",
    "attr filter, escaped underscores": "{{ x|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "item lookup": "{{ x['__class__'] }}",
    "base class": "{{ x.__class__.__base__ }}",
    "cycler globals": "{{ cycler.__init__.__globals__ }}",
    "joiner globals": "{{ joiner.__init__.__globals__ }}",
    "namespace globals": "{{ namespace.__init__.__globals__ }}",
    "lipsum globals": "{{ lipsum.__globals__ }}",
    "os through lipsum": "{{ lipsum.__globals__.os.popen('id').read() }}",
    "range globals": "{{ range.__globals__ }}",
    "self": "{{ self.__init__ }}",
    "template context": "{{ self._TemplateReference__context }}",
    "flask config": "{{ config.items() }}",
    "flask request": "{{ request.application.__globals__ }}",
    "url_for globals": "{{ url_for.__globals__ }}",
    "import a module": "{% import 'os' as os %}{{ os }}",
    "include a system file": "{% include '/etc/passwd' %}",
    "include up the tree": "{% include '../../../../../../etc/passwd' %}",
    "extend a system file": "{% extends '/etc/hostname' %}",
    "import from up the tree": "{% from '../outside.txt.j2' import secret %}{{ secret }}",
    "str.format": "{{ '{0.__class__}'.format(x) }}",
    "str.format_map": "{{ '{a.__class__}'.format_map({'a': x}) }}",
    "format filter": "{{ '%s'|format(x.__class__) }}",
    "instance dict": "{{ x.__dict__ }}",
    "append to a list": "{{ people.append('Mallory') }}",
    "pop in a set": "{% set _ = people.pop() %}",
    "setitem": "{{ people.__setitem__(0, 'Mallory') }}",
    "update a dict": "{{ meeting.update(place='elsewhere') }}",
    "getattribute": "{{ x.__getattribute__('__class__') }}",
    "string filter then class": "{{ (x|string).__class__ }}",
    "reduce": "{{ x.__reduce_ex__(2) }}",
    "caller globals": "{% macro m() %}{{ caller.__globals__ }}{% endmacro %}{{ m() }}",
    "map attribute": "{{ people|map(attribute='__class__')|list }}",
    "map attr filter": "{{ people|map('attr', '__class__')|list }}",
    "sort by attribute": "{{ people|sort(attribute='__class__') }}",
    "huge repeat": "{{ 'a' * 10**9 }}",
    "huge power": "{{ 7 ** 99999999 }}",
    "huge range": "{{ range(10**9)|list }}",
}

# What no rendered text may hold: the app's insides, a file's content, the environment.
REVEALING = ("<class", "<function", "<module", "<built-in", "<bound", "uid=", "root:", "__")


def _context() -> dict:
    return {"x": "text", "people": ["Ana", "Ray"], "meeting": {"place": "home"}}


def test_there_are_41_kinds():
    assert len(ESCAPES) == 41


def _render(folder: Path, context: dict) -> tuple[str, TemplateProblem | None]:
    try:
        return render("escape.txt.j2", context, folder), None
    except TemplateProblem as problem:
        return "", problem


@pytest.mark.parametrize("source", ESCAPES.values(), ids=ESCAPES.keys())
def test_a_sandbox_escape_is_stopped(source, tmp_path):
    (tmp_path / "outside.txt.j2").write_text("{% set secret = 'outside' %}\n", "utf-8")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "escape.txt.j2").write_text(source + "\n", "utf-8")
    context = _context()
    text, problem = _render(folder, context)
    if problem is not None:
        assert type(problem) is TemplateProblem
        assert "your copy" in str(problem).lower() or "could not be found" in str(problem)
    else:
        assert not any(word in text for word in REVEALING), text[:200]
        assert "outside" not in text
        assert os.environ.get("HOME", "/nonexistent") not in text
    assert context == _context()  # nothing it was given was changed


def test_nested_loops_cannot_freeze_the_app(tmp_path):
    source = "{% for i in range(100000) %}{% for j in range(20) %}xxxxxxxxxx{% endfor %}"
    (tmp_path / "loops.txt.j2").write_text(source + "{% endfor %}\n", "utf-8")
    with pytest.raises(TemplateProblem):
        render("loops.txt.j2", {}, tmp_path)


def test_an_escape_in_a_users_invitation_is_exit_1_on_the_command_line(tmp_path, capsys):
    plan = tmp_path / "plan.ivplan"
    assert main(["new", "--demo", "-o", str(plan), "--today", "2026-11-27"]) == 0
    mine = tmp_path / "templates"
    mine.mkdir()
    for name in ("invitation_invitational.txt.j2", "invitation_surprise.txt.j2"):
        (mine / name).write_text(ESCAPES["os through lipsum"] + "\n", "utf-8")
    code = main(["invitations", str(plan), "-o", str(tmp_path / "out"), "--templates", str(mine)])
    err = capsys.readouterr().err
    assert code == 1
    assert "No invitations were written" in err  # lipsum is gone from the sandbox altogether
    assert "Traceback" not in err
    assert not any(Path(tmp_path / "out").glob("*.eml"))
