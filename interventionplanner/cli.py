"""The headless command line: the same engine as the window, for scripts and checks.

Exit codes are stable: 0 all is well, 1 the plan's data is wrong (the message says what and
where), 2 the command was not used correctly, 3 something unexpected went wrong in the app.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interventionplanner import __version__, paths
from interventionplanner.domain.display import date_and_time, reading_time, word_count
from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.i18n import LANGUAGES, N_, _, in_language, language, ngettext, supported
from interventionplanner.output.kit_export import DEFAULT_FORMAT as DEFAULT_KIT_FORMAT
from interventionplanner.output.kit_export import FORMATS as KIT_FORMATS
from interventionplanner.output.kit_export import format_for as kit_format_for
from interventionplanner.output.kit_export import kit_name, write_kit_file, write_kits
from interventionplanner.output.kit_export import writers as kit_writers
from interventionplanner.output.kit_import import (
    OwnerUnknown,
    PartsUnclear,
    read_returned,
    read_returned_file,
)
from interventionplanner.output.letter_kit import LetterKitError, apply_import
from interventionplanner.storage import (
    LoadedPlan,
    PasswordNeededError,
    PlanFileError,
    PlanSaveError,
    is_protected,
    load_plan,
    protect_file,
    save_plan,
    unprotect_file,
)
from interventionplanner.storage.atomic import backup_path, real_path, stale_temps
from interventionplanner.storage.catalogue import load_catalogue
from interventionplanner.storage.defaults import new_plan
from interventionplanner.storage.example import example_plan
from interventionplanner.storage.limited import TooLargeError, read_limited, read_stream_limited
from interventionplanner.storage.migrations import SUFFIX
from interventionplanner.storage.planfile import UnsavablePlanError, check_plan
from interventionplanner.summary import summarise

if TYPE_CHECKING:  # the coach loads with its rules, for check-letter only
    from interventionplanner.domain.coach import CoachFinding

OK, DATA_WRONG, USAGE, INTERNAL = 0, 1, 2, 3
MAX_PASTED_BYTES = 25 * 1024 * 1024  # import-letter -: as for a returned file
MAX_LETTER_BYTES = 2 * 1024 * 1024  # check-letter: a letter is a few kB
PASSWORD_ENV = "INTERVENTIONPLANNER_PASSWORD"
_GIVE_PASSWORD = N_("Give it with --password-file or {env}.")
# Every command that reads a plan takes --password-file, so each opens a protected one.
_READS_A_PLAN = (
    "validate",
    "summary",
    "invitations",
    "letter-kit",
    "import-letter",
    "check-letter",
    "export",
    "protect",
    "unprotect",
)


# --- what reaches the terminal ------------------------------------------------------------
# Names and letters are the family's own text, and a file name is whatever it is: none of it
# may drive the terminal. Control characters (ESC, BEL, C1 codes such as CSI, DEL) and the
# bidirectional overrides that reorder what is shown are made visible instead of obeyed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ESC shows as ␛
    return "␡" if code == 0x7F else f"<U+{code:04X}>"


def safe_text(text: str) -> str:
    """`text` fit for a terminal: line breaks and tabs kept, every other control made
    visible (ESC as ␛), so nothing in a plan can retitle, clear or recolour the screen."""
    return _CONTROL.sub(_visible, text)


def _say(text: str, file=None) -> None:
    print(safe_text(str(text)), file=file or sys.stdout)


def _json_text(data: Any) -> str:
    """JSON with every control escaped: json.dumps escapes C0 itself; C1, DEL and the bidi
    controls become \\uXXXX too (valid JSON, invisible to a terminal)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _one_line(text: str) -> str:
    """A name or heading on one line: runs of whitespace (line breaks too) become a space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the computer's account asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG,
    as gettext reads them), if the app is written in it; else English."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def _language_in(argv: list[str]) -> str | None:
    """--language CODE (or --language=CODE) from the arguments, before they are parsed, so
    that the help and every message are in that language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--language="):
            return arg.split("=", 1)[1]
        if arg == "--language" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interventionplanner",
        description=_("Plan an intervention. With no command, the app's window opens."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        default=None,
        help=_(
            "the language of this command's messages (default: the computer's). The packet, "
            "invitations and letter kits follow the plan and each person's own language"
        ),
    )
    parser.add_argument("--demo", action="store_true", help=_("open the example plan"))
    parser.add_argument(
        "--open", type=Path, metavar="FILE", help=_("open this plan file in the window")
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help=_("add the app to your desktop's menu and open .ivplan files with it (Linux)"),
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help=_("remove the menu entry and the .ivplan file type again"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = commands.add_parser("new", help=_("write a new plan file"))
    new.add_argument("--demo", action="store_true", help=_("write the example plan"))
    new.add_argument("-o", "--output", type=Path, required=True, help=_("where to write it"))
    new.add_argument("--force", action="store_true", help=_("replace an existing file"))
    _add_today(new)

    validate = commands.add_parser("validate", help=_("check that a plan file opens"))
    validate.add_argument("file", type=Path)
    validate.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    summary = commands.add_parser("summary", help=_("the plan at a glance, with its checklist"))
    summary.add_argument("file", type=Path)
    summary.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    _add_today(summary)

    invite = commands.add_parser(
        "invitations", help=_("write an e-mail draft (.eml) per person and a calendar file")
    )
    invite.add_argument("file", type=Path)
    invite.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help=_("the folder to write to")
    )
    invite.add_argument(
        "--templates",
        type=Path,
        default=None,
        metavar="DIR",
        help=_(
            "a folder of your own templates, used instead of the built-in ones of the same "
            "name (default: your per-user templates folder, if there is one)"
        ),
    )
    invite.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    kit = commands.add_parser(
        "letter-kit",
        help=_("write a letter kit (Word by default) for one person, or for every writer"),
    )
    kit.add_argument("file", type=Path)
    who = kit.add_mutually_exclusive_group(required=True)
    who.add_argument("--participant", metavar="NAME", help=_("whose letter: their name or id"))
    who.add_argument("--all", action="store_true", help=_("a kit for everyone who writes a letter"))
    kit.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="KIT",
        help=_("the kit's file; with --all, the folder for the kits"),
    )
    kit.add_argument(
        "--format",
        choices=KIT_FORMATS,
        default=None,
        help=_(
            "docx (Word, the default), md (Markdown), txt (plain text) or worksheet "
            "(a PDF to write by hand); a single kit's file ending chooses it too"
        ),
    )
    kit.add_argument("--force", action="store_true", help=_("replace existing files"))
    kit.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    take = commands.add_parser(
        "import-letter",
        help=_("show what a returned letter (.docx, .odt, .md, .txt) changes; --yes saves it"),
    )
    take.add_argument("file", type=Path)
    take.add_argument("kit", type=Path, help=_('the returned letter, or "-" for pasted text'))
    take.add_argument(
        "--participant",
        metavar="NAME",
        help=_("whose letter it is, for a letter that does not say (text from an e-mail)"),
    )
    take.add_argument("--yes", action="store_true", help=_("save the kit's letter into the plan"))
    take.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    check = commands.add_parser(
        "check-letter", help=_("a letter's words, reading time and gentle wording suggestions")
    )
    check.add_argument(
        "file", metavar="FILE", help=_('a UTF-8 text file, or "-" for standard input')
    )
    check.add_argument(
        "--wpm",
        type=int,
        default=130,
        metavar="N",
        help=_("words read aloud a minute (default 130)"),
    )
    check.add_argument(
        "--plan",
        type=Path,
        metavar="PLAN",
        help=_(
            "a plan whose writer left some of the coach's notes as they are (with --participant)"
        ),
    )
    check.add_argument(
        "--participant", metavar="NAME", help=_("with --plan: whose letter it is, name or id")
    )
    check.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    export = commands.add_parser(
        "export", help=_("write the printable meeting packet (PDF), and reading copies if asked")
    )
    export.add_argument("file", type=Path)
    export.add_argument(
        "--pdf-password-file",
        type=Path,
        metavar="PATH",
        help=_(
            "lock the PDFs with the password on this file's first line (weaker than a "
            "protected plan)"
        ),
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="OUT.pdf", help=_("the packet (or a folder for it)")
    )
    export.add_argument(
        "--reading-copies", type=Path, metavar="DIR", help=_("also write one PDF per speaker here")
    )
    export.add_argument(
        "--paper", choices=("letter", "a4"), default=None, help=_("default: from your locale")
    )
    export.add_argument(
        "--no-bottom-lines",
        action="store_true",
        help=_(
            "a team copy: no bottom lines anywhere (by default the chairperson's copy, "
            "whose bottom lines go in a file of their own beside the packet)"
        ),
    )
    export.add_argument(
        "--bottom-lines",
        type=Path,
        default=None,
        metavar="OUT.pdf",
        help=_(
            "where to write the chairperson's bottom lines (default: beside the packet, "
            "NAME-bottom-lines.pdf)"
        ),
    )
    export.add_argument(
        "--templates",
        type=Path,
        default=None,
        metavar="DIR",
        help=_("your own letter templates (default: your per-user templates folder)"),
    )
    export.add_argument("--force", action="store_true", help=_("replace existing files"))
    _add_today(export)

    protect = commands.add_parser(
        "protect", help=_("protect a plan with a password (the password comes from a file or env)")
    )
    unprotect = commands.add_parser("unprotect", help=_("take the password off a protected plan"))
    for sub in (protect, unprotect):
        sub.add_argument("file", type=Path)
        sub.add_argument(
            "-o", "--output", type=Path, metavar="OUT", help=_("write here (default: in place)")
        )
        sub.add_argument("--force", action="store_true", help=_("replace an existing OUT"))
    for name in _READS_A_PLAN:
        commands.choices[name].add_argument(
            "--password-file",
            type=Path,
            metavar="PATH",
            help=_("a protected plan's password: this file's first line (or set {env})").format(
                env=PASSWORD_ENV
            ),
        )
        # Named, so that "--password SECRET" is refused instead of being taken as an
        # abbreviation of --password-file (and the password then shown as a file name).
        commands.choices[name].add_argument(
            "--password", nargs="?", action=_RefusePassword, help=argparse.SUPPRESS
        )
    from interventionplanner.cli_practice import add_commands

    add_commands(commands)  # profile, defaults
    for sub in commands.choices.values():  # --language also after the command's name
        sub.add_argument(
            "--language",
            choices=sorted(LANGUAGES),
            default=argparse.SUPPRESS,
            help=_("the language of this command's messages"),
        )
    return parser


class _RefusePassword(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None) -> None:
        parser.error(
            _(
                "a password is never taken on the command line, where others on this computer "
                "could see it. Use --password-file PATH or {env}."
            ).format(env=PASSWORD_ENV)
        )


def _add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help=_("the date to check the plan against (default: today)"),
    )


def _day(text: str) -> date:
    """--today: a date in the years a plan may hold (domain/limits.py), else a usage error."""
    from interventionplanner.domain.limits import MAX_YEAR, MIN_YEAR

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _('"{text}" is not a date like 2027-01-16').format(text=text)
        ) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date between the years {first} and {last}").format(
                text=text, first=MIN_YEAR, last=MAX_YEAR
            )
        )
    return day


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].endswith(SUFFIX):  # "interventionplanner plan.ivplan", from a file manager
        argv = ["--open", *argv]
    wanted = _language_in(argv)
    # For this command only, on this thread (main() may run many times in one process); the
    # window keeps the language the person chose in it.
    chosen = supported(wanted) if wanted in LANGUAGES else system_language()
    with in_language(chosen):
        args = build_parser().parse_args(argv)
    if args.command is None and not (args.install_desktop or args.uninstall_desktop):
        from interventionplanner.app import run_gui  # Qt loads only when a window is wanted

        # --language given here holds for this window only; otherwise its own setting.
        return run_gui(
            demo=args.demo, path=args.open, language=supported(wanted) if wanted else None
        )
    with in_language(chosen):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    if args.install_desktop or args.uninstall_desktop:
        from interventionplanner import desktop

        return desktop.run(install_it=args.install_desktop, say=_say)
    try:
        return _COMMANDS[args.command](args)
    except BrokenPipeError:  # the reader stopped early (e.g. `| head`): nothing went wrong
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python flushes stdout at exit)
        return OK
    except Exception as error:  # a bug of ours: say so plainly, never show a traceback
        return _internal(error, args.command)


def _internal(error: Exception, command: str) -> int:
    from interventionplanner.crash_report import write_report

    report = write_report(error, command)
    message = _(
        "Something unexpected went wrong inside Intervention Planner. Your plan file was not "
        "changed."
    )
    if report:
        message += " " + _('A short report for the developers is in "{path}".').format(path=report)
    _say(message, file=sys.stderr)
    return INTERNAL


def _new(args: argparse.Namespace) -> int:
    if args.output.exists() and not args.force:
        _say(_already_exists(args.output.name), file=sys.stderr)
        return DATA_WRONG
    plan = example_plan(args.today or date.today()) if args.demo else new_plan()
    try:
        with _writing(args.output):
            save_plan(plan, args.output)
    except (PlanSaveError, PlanFileError) as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    _say(_('Wrote "{path}".').format(path=args.output))
    return OK


def _already_exists(name: str) -> str:
    return _('"{name}" already exists. Choose another name, or add --force.').format(name=name)


@contextlib.contextmanager
def _writing(path: Path):
    """Hold the plan's write lock (the one the window holds) around a read-change-write.
    Raises PlanSaveError in plain words when it is open in a window, or cannot be locked."""
    from interventionplanner.storage import planlock  # Qt's QtCore, only for commands that write

    try:
        lock = planlock.acquire(path)
    except planlock.PlanInUseError as error:
        if error.by_command:
            reason = _("other commands are still changing it. Please try again in a moment.")
        else:
            reason = _(
                "it is open in Intervention Planner's window. Close it there (saving what "
                "you want to keep), then try again."
            )
        raise PlanSaveError(path, reason) from None
    except OSError:
        if not real_path(path).parent.is_dir():
            reason = _("the folder no longer exists. Please save somewhere else.")
        else:
            reason = _("this folder cannot be written to. Please save somewhere else.")
        raise PlanSaveError(path, reason) from None
    try:
        yield
    finally:
        lock.unlock()


def _tidy(path: Path) -> None:
    """A killed save can leave a temporary file beside the plan; remove it when nobody is
    saving now. Qt loads only if there is one."""
    if stale_temps(path):
        from interventionplanner.storage import planlock

        planlock.tidy(path)


def _validate(args: argparse.Namespace) -> int:
    try:
        loaded = _load(args)
    except PlanFileError as error:
        errors = [
            {"where": p.where or args.file.name, "message": p.message} for p in error.problems
        ]
        _report(args, {"ok": False, "errors": errors, "notes": []}, str(error), stream=sys.stderr)
        return DATA_WRONG
    text = "\n".join([_('"{name}" is a valid plan.').format(name=args.file.name), *loaded.notes])
    _report(args, {"ok": True, "errors": [], "notes": loaded.notes}, text)
    return OK


def _summary(args: argparse.Namespace) -> int:
    try:
        loaded = _load(args)
    except PlanFileError as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    # Substance names and safety notes in the command's language, as its own words are.
    catalogue = load_catalogue(language=language())
    summary = summarise(loaded.plan, catalogue, args.today or date.today())
    _report(args, summary, _summary_text(_one_lines(summary)))
    return OK


def _invitations(args: argparse.Namespace) -> int:
    # jinja2 and icalendar load only for the commands that need them: every command starts
    # faster (and two commands at once wait less for each other's lock).
    from interventionplanner.output.invitations import export_invitations
    from interventionplanner.output.templates import TemplateProblem

    try:
        plan = _load(args).plan
    except PlanFileError as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    try:
        written = export_invitations(
            plan, args.output, user_dir=_templates(args), practice=_practice(plan)
        )
    except TemplateProblem as error:
        _say(_("No invitations were written. {problem}").format(problem=error), file=sys.stderr)
        return DATA_WRONG
    except OSError as error:
        if args.output.exists() and not args.output.is_dir():
            reason = _("there is a file with that name, not a folder")
        else:
            reason = _why_not(error)
        _say(
            _(
                "No invitations were written or changed: could not write to that folder "
                '("{folder}"): {reason}.'
            ).format(folder=args.output, reason=reason),
            file=sys.stderr,
        )
        return DATA_WRONG
    if written:
        lines = [
            ngettext(
                'Wrote {n} file to "{folder}":', 'Wrote {n} files to "{folder}":', len(written)
            ).format(n=len(written), folder=args.output)
        ]
        lines += [f"  {path.name}" for path in written]
    else:
        lines = [_("Nothing to write yet: the plan has nobody to invite and no dates.")]
    text = "\n".join(lines)
    _report(args, {"written": [str(p) for p in written], "count": len(written)}, text)
    return OK


def _letter_kit(args: argparse.Namespace) -> int:
    try:
        plan = _load(args).plan
    except PlanFileError as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    if args.all:
        return _all_letter_kits(args, plan)
    person, problem = _find_participant(plan, args.participant)
    if person is None:
        _say(problem, file=sys.stderr)
        return DATA_WRONG
    fmt = args.format or kit_format_for(args.output) or DEFAULT_KIT_FORMAT
    if args.output.is_dir():
        _say(
            _(
                '"{folder}" is a folder. Give the kit a file name, such as "{example}", or '
                "use --all for every writer."
            ).format(folder=args.output, example=args.output / kit_name(person, fmt)),
            file=sys.stderr,
        )
        return DATA_WRONG
    if args.output.exists() and not args.force:
        _say(_already_exists(args.output.name), file=sys.stderr)
        return DATA_WRONG
    try:
        write_kit_file(plan, person, args.output, fmt)
    except LetterKitError as error:
        _say(_("The letter kit was not written. {problem}").format(problem=error), file=sys.stderr)
        return DATA_WRONG
    except OSError as error:
        reason = _why_not(error)
        _say(
            _('Could not write "{path}": {reason}.').format(path=args.output, reason=reason),
            file=sys.stderr,
        )
        return DATA_WRONG
    text = _('Wrote the letter kit for {name} to "{path}".').format(
        name=_name(person), path=args.output
    )
    _report(args, {"written": [str(args.output)], "format": fmt}, text)
    return OK


def _all_letter_kits(args: argparse.Namespace, plan: Plan) -> int:
    fmt = args.format or DEFAULT_KIT_FORMAT
    if args.output.exists() and not args.output.is_dir():
        _say(
            _('"{path}" is a file; --all writes one kit per person into a folder.').format(
                path=args.output
            ),
            file=sys.stderr,
        )
        return DATA_WRONG
    people = kit_writers(plan)
    if not people:
        _say(
            _("Nobody in this plan writes a letter yet, so no kits were written."),
            file=sys.stderr,
        )
        return DATA_WRONG
    try:
        written = write_kits(plan, args.output, fmt, people=people, replace=args.force)
    except LetterKitError as error:
        _say(f"{error} " + _("Add --force to replace them."), file=sys.stderr)
        return DATA_WRONG
    except OSError as error:
        reason = _why_not(error)
        _say(
            _('Could not write to that folder ("{folder}"): {reason}.').format(
                folder=args.output, reason=reason
            ),
            file=sys.stderr,
        )
        return DATA_WRONG
    lines = [
        ngettext(
            'Wrote {n} letter kit to "{folder}":',
            'Wrote {n} letter kits to "{folder}":',
            len(written),
        ).format(n=len(written), folder=args.output)
    ]
    pairs = list(zip(people, written, strict=True))
    lines += [f"  {path.name}  ({_name(person)})" for person, path in pairs]
    data = {
        "written": [str(path) for path in written],
        "format": fmt,
        "people": [{"id": p.id, "name": p.name, "file": path.name} for p, path in pairs],
    }
    _report(args, data, "\n".join(lines))
    return OK


def _find_participant(plan: Plan, wanted: str) -> tuple[Participant | None, str]:
    """The one person `wanted` names (their name in any case, or their id), or why not."""
    key = " ".join(wanted.split()).casefold()
    for person in plan.participants:
        if person.id.casefold() == key:
            return person, ""
    matches = [p for p in plan.participants if " ".join(p.name.split()).casefold() == key]
    if len(matches) == 1:
        return matches[0], ""
    if matches:
        ids = ", ".join(f"{_name(p)} ({p.id})" for p in matches)
        return None, _(
            'More than one person in this plan is called "{wanted}"; give the id of the one '
            "you mean: {ids}."
        ).format(wanted=wanted, ids=ids)
    if not plan.participants:
        return None, _("This plan has nobody in its team yet.")
    names = ", ".join(_name(p) for p in plan.participants)
    return None, _(
        'Nobody in this plan is called "{wanted}". The people in it are: {names}.'
    ).format(wanted=wanted, names=names)


def _name(person: Participant) -> str:
    return " ".join(person.name.split()) or _("(no name)")


def _import_letter(args: argparse.Namespace) -> int:
    if not args.yes:
        return _import_letter_locked(args)
    try:
        with _writing(args.file):
            return _import_letter_locked(args)
    except PlanSaveError as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG


def _import_letter_locked(args: argparse.Namespace) -> int:
    try:
        loaded = _load(args)
    except PlanFileError as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    chosen = None
    if args.participant is not None:
        chosen, problem = _find_participant(loaded.plan, args.participant)
        if chosen is None:
            _say(problem, file=sys.stderr)
            return DATA_WRONG
    try:
        if str(args.kit) == "-":  # pasted text, or a kit piped in: told apart by content
            stream = getattr(sys.stdin, "buffer", None)
            try:
                raw = (
                    read_stream_limited(stream, MAX_PASTED_BYTES)
                    if stream
                    else sys.stdin.read(MAX_PASTED_BYTES).encode()
                )
            except TooLargeError:
                raise LetterKitError(
                    N_("The text on standard input is far too large to be a letter.")
                ) from None
            returned = read_returned(loaded.plan, raw, chosen)
        else:
            returned = read_returned_file(loaded.plan, args.kit, chosen)
        kit_import = returned.compare()
    except OwnerUnknown as error:
        _say(f"{error} " + _("Say whose it is with --participant NAME."), file=sys.stderr)
        return DATA_WRONG
    except PartsUnclear as error:
        _say(
            f"{error} "
            + _(
                "Put the headings back, or bring the letter in on the window's Letters step, "
                "where you can place each part yourself."
            ),
            file=sys.stderr,
        )
        return DATA_WRONG
    except LetterKitError as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    person, emptied = kit_import.participant, set(kit_import.emptied_parts)
    changes = [
        {"field": field, "heading": heading, "emptied": field in emptied}
        for field, heading in zip(
            kit_import.changed_parts, kit_import.changed_headings, strict=True
        )
    ]
    saved = False
    if kit_import.has_changes:
        # Checked as reading the file back would check it, with or without --yes: a letter
        # that would make the plan fail to open is refused before anything is written.
        trial = loaded.plan if args.yes else copy.deepcopy(loaded.plan)
        person_in_trial = trial.participant(person.id)
        apply_import(replace(kit_import, participant=person_in_trial))
        try:
            check_plan(trial, args.file)
            if args.yes:
                save_plan(loaded.plan, args.file, password=_password_to_keep(args, loaded))
                saved = True
        except UnsavablePlanError as error:
            _say(_unsavable_letter(args, person, error), file=sys.stderr)
            return DATA_WRONG
        except PlanSaveError as error:
            _say(error, file=sys.stderr)
            return DATA_WRONG
    if not changes:
        lines = [
            _("The letter kit matches {name}'s letter in the plan: nothing to change.").format(
                name=_name(person)
            )
        ]
    else:
        if saved:
            lead = _("The letter kit holds {name}'s letter. These parts changed:")
        else:
            lead = _(
                "The letter kit holds {name}'s letter. If you apply it, these parts will change:"
            )
        lines = [lead.format(name=_name(person))]
        lines += [
            "  "
            + (_("{part} (left empty)").format(part=c["heading"]) if c["emptied"] else c["heading"])
            for c in changes
        ]
        if saved:
            backup = backup_path(real_path(args.file)).name
            lines.append(
                _(
                    'Saved "{name}" (the version before is kept as "{backup}"). The letter is '
                    "marked as a draft until it is read at the rehearsal."
                ).format(name=args.file.name, backup=backup)
            )
        else:
            lines.append(
                _(
                    "Nothing has been changed yet. To apply it, run the same command again "
                    "with --yes."
                )
            )
    lines += loaded.notes
    data = {
        "participant": {"id": person.id, "name": person.name},
        "changes": changes,
        "saved": saved,
        "status": str(person.letter.status),
        "notes": loaded.notes,
    }
    _report(args, data, "\n".join(lines))
    return OK


def _unsavable_letter(
    args: argparse.Namespace, person: Participant, error: UnsavablePlanError
) -> str:
    first = error.problems[0]
    what = f"{first.where} {first.message}" if first.where else first.message
    what = what.rstrip(".")
    return _(
        '{name}\'s letter from the kit cannot go into "{file}": with it, the plan would no '
        "longer open ({what}). Nothing was changed; shorten the letter in the kit and try again."
    ).format(name=_name(person), file=args.file.name, what=what)


def _report(args: argparse.Namespace, data: dict[str, Any], text: str, stream=None) -> None:
    if args.json:
        print(_json_text(data))
    else:
        _say(text, file=stream or sys.stdout)


def _one_lines(value: Any) -> Any:
    """Every text in `value` on one line, for the plain-text view (JSON keeps them whole)."""
    if isinstance(value, str):
        return _one_line(value)
    if isinstance(value, list):
        return [_one_lines(item) for item in value]
    if isinstance(value, dict):
        return {key: _one_lines(item) for key, item in value.items()}
    return value


def _summary_text(summary: dict[str, Any]) -> str:
    loved_one, meeting = summary["loved_one"], summary["meeting"]
    style = _(STYLE_WORDS.get(meeting["style"], meeting["style"]))
    lines = [
        _("For: {name}").format(name=loved_one["called"] or _("(not named yet)")),
        _("Substances: {names}").format(
            names=", ".join(loved_one["substances"]) or _("(none chosen yet)")
        ),
        ngettext(
            "Meeting: {when}, {style}, {n} minute planned",
            "Meeting: {when}, {style}, {n} minutes planned",
            meeting["length_minutes"],
        ).format(
            when=date_and_time(datetime.fromisoformat(meeting["starts_at"]))
            if meeting["starts_at"]
            else _("(no date yet)"),
            style=style,
            n=meeting["length_minutes"],
        ),
        "",
        _("Speakers, in order:"),
    ]
    for i, speaker in enumerate(summary["speakers"], start=1):
        name = speaker["name"]
        if speaker["reads_for"]:
            name = _("{reader} (reading for {writer})").format(
                reader=name, writer=speaker["reads_for"]
            )
        lines.append(f"  {i}. {name}: {word_count(speaker['words'])}, {speaker['length']}")
    lines += ["", *_run_of_show(summary), ""]
    lines += [_("Whole meeting: {length}").format(length=summary["total_length"]), ""]
    seating = summary["seating"]
    if seating and loved_one["called"]:
        line = _("Seating, clockwise from {name}'s left: {seats}").format(
            name=loved_one["called"], seats=", ".join(seating)
        )
        lines += [line, ""]
    elif seating:
        line = _("Seating, clockwise from the loved one's left: {seats}").format(
            seats=", ".join(seating)
        )
        lines += [line, ""]
    else:
        lines += [_("Seating: not decided yet."), ""]
    findings = summary["preflight"]
    lines.append(_("Before the day:") if findings else _("Before the day: nothing left to check."))
    lines += [f"  [{_(SEVERITY_WORDS[f['severity']])}] {f['message']}" for f in findings]
    return "\n".join(lines)


# The summary's fixed words (its --json keeps the English codes).
STYLE_WORDS = {"surprise": N_("surprise"), "invitational": N_("invitational")}
SEVERITY_WORDS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


def _why_not(error: OSError) -> str:
    """The system's reason a file could not be written, as the end of a sentence."""
    return (error.strerror or _("the system refused")).lower()


def _run_of_show(summary: dict[str, Any]) -> list[str]:
    """Each part of the meeting on a line: when it starts, what, who, how long."""
    timed = bool(summary["meeting"]["starts_at"])
    lines = [
        _("Run of show:") if timed else _("Run of show (no start time yet; times from the start):")
    ]
    width = max((len(entry["starts"]) for entry in summary["timeline"]), default=0)
    for entry in summary["timeline"]:
        who = entry["who"] or _("(no chairperson yet)")
        lines.append(f"  {entry['starts']:<{width}} {entry['what']} — {who} ({entry['length']})")
    return lines


def _check_letter(args: argparse.Namespace) -> int:
    """Advice, not a verdict: findings never change the exit code."""
    from interventionplanner.domain.settling import split as split_settled
    from interventionplanner.domain.speaking import count_words, speaking_seconds
    from interventionplanner.storage.coach_rules import load_coach

    if (args.plan is None) != (args.participant is None):
        _say(_("--plan and --participant go together."), file=sys.stderr)
        return USAGE
    if args.wpm <= 0:
        _say(_("The reading speed (--wpm) must be a positive number of words."), file=sys.stderr)
        return USAGE
    from_stdin = args.file == "-"
    name = _("The text on standard input") if from_stdin else f'"{args.file}"'
    try:
        if from_stdin:
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:  # a text stream someone handed in: still read with a ceiling
                raw = sys.stdin.read(MAX_LETTER_BYTES + 1).encode("utf-8")
                if len(raw) > MAX_LETTER_BYTES:
                    raise TooLargeError(MAX_LETTER_BYTES)
            else:
                raw = read_stream_limited(stream, MAX_LETTER_BYTES)
        else:
            raw = read_limited(args.file, MAX_LETTER_BYTES)
        text = raw.decode("utf-8")  # a BOM stays a character, so offsets match the input
    except TooLargeError:
        _say(
            _("{name} is far longer than a letter (over {mb} MB), so it was not checked.").format(
                name=name, mb=MAX_LETTER_BYTES >> 20
            ),
            file=sys.stderr,
        )
        return DATA_WRONG
    except UnicodeDecodeError:
        _say(
            _("{name} is not UTF-8 text; save it as UTF-8 and try again.").format(name=name),
            file=sys.stderr,
        )
        return DATA_WRONG
    except OSError as error:
        if isinstance(error, FileNotFoundError):
            reason = _("there is no file with that name")
        elif isinstance(error, IsADirectoryError):
            reason = _("that is a folder, not a file")
        elif isinstance(error, PermissionError):
            reason = _("permission to read it was refused")
        else:
            reason = _why_not(error)
        _say(
            _("Could not read {name}: {reason}.").format(name=name, reason=reason), file=sys.stderr
        )
        return DATA_WRONG
    try:
        letter_language, settled = _settled_for(args)
    except (PlanFileError, LookupError) as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    words = count_words(text)
    seconds = speaking_seconds(words, args.wpm)
    # A letter in its writer's language (with --plan), else in the command's.
    found = load_coach(letter_language or language()).find(text)
    findings, left = split_settled(text, found, settled)
    data = {
        "words": words,
        "seconds": seconds,
        "findings": [_finding_data(f) for f in findings],
        "settled": [_finding_data(f) for f in left],  # left as they are by the writer
    }
    lines = [
        _("{words}, {time} to read aloud at {wpm} a minute.").format(
            words=word_count(words), time=reading_time(seconds), wpm=args.wpm
        )
    ]
    if findings:
        lines.append(
            ngettext(
                "Gentle suggestions ({n}); the letter is yours to decide:",
                "Gentle suggestions ({n}); the letter is yours to decide:",
                len(findings),
            ).format(n=len(findings))
        )
    else:
        lines.append(_("No wording suggestions."))
    for f in findings:
        line = text.count("\n", 0, f.start) + 1
        column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        lines.append(f'  {line}:{column} "{_one_line(f.text)}" ({f.category}): {f.message}')
        if f.suggestion:
            lines.append("    " + _('Perhaps: "{words}"').format(words=_one_line(f.suggestion)))
    if left:
        lines.append(
            ngettext(
                "Left as they are by the writer ({n}):",
                "Left as they are by the writer ({n}):",
                len(left),
            ).format(n=len(left))
        )
        for f in left:
            line = text.count("\n", 0, f.start) + 1
            column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
            lines.append(f'  {line}:{column} "{_one_line(f.text)}" ({f.category})')
    _report(args, data, "\n".join(lines))
    return OK


def _finding_data(f: CoachFinding) -> dict[str, Any]:
    """A finding in --json, the same keys in "findings" and "settled"."""
    return {
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "category": f.category,
        "message": f.message,
        "suggestion": f.suggestion,
    }


def _settled_for(args: argparse.Namespace) -> tuple[str, set[tuple[str, str]]]:
    """With --plan and --participant: the letter's language and the coach's notes its
    writer left as they are (domain/settling.py). Raises LookupError naming who is not
    in the plan, PlanFileError for the plan itself."""
    from interventionplanner.domain.settling import keys

    if args.plan is None:
        return "", set()
    loaded = load_plan(args.plan, _password(args, args.plan))
    person, problem = _find_participant(loaded.plan, args.participant)
    if person is None:
        raise LookupError(problem)
    return loaded.plan.language_for(person), keys(person.letter)


def _export(args: argparse.Namespace) -> int:
    """The packet (and reading copies): every file written whole, or not at all."""
    from interventionplanner.output import packet
    from interventionplanner.output.templates import TemplateProblem

    if args.output is None and args.reading_copies is None and args.bottom_lines is None:
        _say(_("Say where to write: -o OUT.pdf, --reading-copies DIR, or both."), file=sys.stderr)
        return USAGE
    if args.bottom_lines is not None and args.no_bottom_lines:
        print(_("--bottom-lines and --no-bottom-lines cannot go together."), file=sys.stderr)
        return USAGE
    try:
        plan = _load(args).plan
        pdf_password = _pdf_password(args)
    except PlanFileError as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    full = not args.no_bottom_lines
    options = packet.PacketOptions(
        paper=args.paper or packet.default_paper(),
        full=full,
        today=args.today or date.today(),
        template_dir=_templates(args),
        pdf_password=pdf_password,
        practice=_practice(plan),
    )
    out = args.output
    if out is not None and out.is_dir():
        out = out / packet.packet_file_name(plan, full=full)
    targets = [out] if out is not None else []
    apart = args.bottom_lines
    if apart is None and full and out is not None:
        apart = packet.bottom_lines_file_name(out)
    if apart is not None and not any(p.letter.bottom_line.strip() for p in plan.participants):
        apart = None  # nobody wrote one: no file
    if apart is not None:
        targets.append(apart)
    if args.reading_copies is not None:
        targets += [
            args.reading_copies / packet.reading_copy_file_name(number, person)
            for number, person in enumerate(packet.reading_copy_readers(plan), start=1)
        ]
    existing = [path for path in targets if path.exists()]
    if existing and not args.force:
        _say(_already_exists(existing[0].name), file=sys.stderr)
        return DATA_WRONG
    folders = [out.parent] if out is not None else []
    folders += [args.reading_copies] if args.reading_copies is not None else []
    for folder in folders:  # every folder is tried before anything is written
        reason = _cannot_write_into(folder, create=folder == args.reading_copies)
        if reason:
            _say(
                _('Nothing was written: "{folder}" {reason}.').format(folder=folder, reason=reason),
                file=sys.stderr,
            )
            return DATA_WRONG
    lines = []
    writing = out
    try:
        if out is not None:
            packet.export_packet(plan, load_catalogue(), out, options)
            if full:
                wrote = _('Wrote the meeting packet (the chairperson\'s copy) to "{path}".')
            else:
                wrote = _(
                    'Wrote the meeting packet (a team copy, without bottom lines) to "{path}".'
                )
            lines.append(wrote.format(path=out))
        if apart is not None:
            writing = apart
            packet.export_bottom_lines(plan, load_catalogue(), apart, options)
            lines.append(
                _('Wrote the bottom lines, for the chairperson only, to "{path}".').format(
                    path=apart
                )
            )
        if args.reading_copies is not None:
            writing = args.reading_copies
            written = packet.export_reading_copies(
                plan, load_catalogue(), args.reading_copies, options
            )
            lines.append(
                ngettext(
                    'Wrote {n} reading copy to "{folder}":',
                    'Wrote {n} reading copies to "{folder}":',
                    len(written),
                ).format(n=len(written), folder=args.reading_copies)
            )
            lines += [f"  {path.name}" for path in written]
    except TemplateProblem as error:
        done = f"{lines[0]} " if lines else ""
        _say(
            done + _("The packet was not written. {problem}").format(problem=error), file=sys.stderr
        )
        return DATA_WRONG
    except OSError as error:
        reason = _why_not(error)
        if writing == args.reading_copies:
            could_not = _(
                'Could not write the reading copies to "{path}": {reason}. Any reading copies '
                "already there were left as they were."
            )
        else:
            could_not = _(
                'Could not write the packet to "{path}": {reason}. Any reading copies already '
                "there were left as they were."
            )
        done = lines[0] if lines else _("Nothing was written.")
        _say(f"{done} " + could_not.format(path=writing, reason=reason), file=sys.stderr)
        return DATA_WRONG
    missing = packet.unprintable_characters(plan)
    if missing:
        shown = " ".join(missing[:20]) + (" …" if len(missing) > 20 else "")
        lines.append(
            ngettext(
                "Note: {n} character cannot be printed with the packet's fonts and shows as "
                "□: {chars}",
                "Note: {n} characters cannot be printed with the packet's fonts and show as "
                "□: {chars}",
                len(missing),
            ).format(n=len(missing), chars=shown)
        )
    _say("\n".join(lines))
    return OK


def _cannot_write_into(folder: Path, *, create: bool) -> str:
    """Why nothing can be written into `folder` (made if missing and `create`), or "" if it
    can: tried with a file that has no name, or is removed at once."""
    if not create and not folder.is_dir():
        return _("does not exist") if not folder.exists() else _("is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except FileExistsError:
        return _("is a file, not a folder")
    except OSError as error:
        if isinstance(error, PermissionError) or error.errno == 30:  # EROFS
            return _("cannot be written to (this computer account is not allowed to)")
        return _("cannot be written to ({reason})").format(reason=_why_not(error))
    return ""


def _templates(args: argparse.Namespace) -> Path | None:
    """--templates, or else the per-user templates folder (README: "Where things live"),
    whose copies replace the built-in templates of the same name, as in the window."""
    if args.templates is not None:
        return args.templates
    folder = paths.user_templates_dir()
    return folder if folder.is_dir() else None


def _password(args: argparse.Namespace, path: Path) -> str | None:
    """From --password-file (its first line) or INTERVENTIONPLANNER_PASSWORD; never from an
    argument, which other accounts on the computer could see in the process list."""
    source = getattr(args, "password_file", None)
    if source is None:
        return os.environ.get(PASSWORD_ENV) or None
    try:
        with source.open("rb") as handle:
            first = handle.read(64 * 1024).decode("utf-8-sig").split("\n", 1)[0]
    except UnicodeDecodeError:
        raise PlanFileError(
            path, _('the password file "{name}" is not UTF-8 text.').format(name=source.name)
        ) from None
    except OSError as error:
        reason = _why_not(error)
        raise PlanFileError(
            path,
            _('the password file "{name}" could not be read ({reason}).').format(
                name=source.name, reason=reason
            ),
        ) from None
    password = first.removesuffix("\r")
    if not password:
        raise PlanFileError(
            path,
            _('the password file "{name}" is empty: its first line should be the password.').format(
                name=source.name
            ),
        )
    return password


def _pdf_password(args: argparse.Namespace) -> str | None:
    """The PDF's own password, read like a plan's: from a file, never from an argument."""
    if args.pdf_password_file is None:
        return None
    return _password(argparse.Namespace(password_file=args.pdf_password_file), args.file)


def _load(args: argparse.Namespace) -> LoadedPlan:
    """The one way a command reads its plan: protected or not. Raises PlanFileError."""
    _tidy(args.file)
    try:
        return load_plan(args.file, _password(args, args.file))
    except PasswordNeededError:
        raise PasswordNeededError(
            args.file,
            _(PasswordNeededError.MESSAGE) + " " + _(_GIVE_PASSWORD).format(env=PASSWORD_ENV),
        ) from None


def _password_to_keep(args: argparse.Namespace, loaded: LoadedPlan) -> str | None:
    """Save a protected plan protected again, with the password it was opened with."""
    return _password(args, args.file) if loaded.protected else None


def _protect(args: argparse.Namespace) -> int:
    if is_protected(args.file):
        _say(
            _(
                '"{name}" is already protected with a password. To change it, unprotect the '
                "plan, then protect it again with the new password."
            ).format(name=args.file.name),
            file=sys.stderr,
        )
        return DATA_WRONG
    return _change_protection(args, protect=True)


def _unprotect(args: argparse.Namespace) -> int:
    if args.file.is_file() and not is_protected(args.file):
        _say(
            _('"{name}" is not protected with a password: there is nothing to take off.').format(
                name=args.file.name
            ),
            file=sys.stderr,
        )
        return DATA_WRONG
    return _change_protection(args, protect=False)


def _change_protection(args: argparse.Namespace, *, protect: bool) -> int:
    source, target = args.file, args.output or args.file
    in_place = args.output is None or args.output.resolve() == source.resolve()
    if not in_place and target.exists() and not args.force:
        _say(_already_exists(target.name), file=sys.stderr)
        return DATA_WRONG
    try:
        if not source.exists():  # say so before asking for a password
            raise PlanFileError(source, _("there is no file with that name."))
        password = _password(args, source)
        if password is None:
            give = _(_GIVE_PASSWORD).format(env=PASSWORD_ENV)
            if protect:
                raise PlanFileError(source, _("this needs the new password.") + " " + give)
            raise PlanFileError(source, _("this needs its password.") + " " + give)
        with _writing(target):
            if protect:
                protect_file(source, password, output=None if in_place else target)
            else:
                unprotect_file(source, password, output=None if in_place else target)
    except (PlanFileError, PlanSaveError) as error:
        _say(error, file=sys.stderr)
        return DATA_WRONG
    backup = backup_path(real_path(target))
    if protect:
        from interventionplanner.storage.password import strength

        lines = [
            _(
                'Protected "{path}" with the password. Keep the password somewhere safe: if it '
                "is forgotten, the plan cannot be opened."
            ).format(path=target)
        ]
        score, hint = strength(password)
        if score < 2:
            lines.append(_("Note: this password is easy to guess.") + f" {hint}")
        if in_place and backup.exists():
            lines.append(
                _('The version before is kept as "{name}", protected too.').format(name=backup.name)
            )
        if not in_place:
            lines.append(
                _(
                    '"{name}" is still there without a password; delete it if nobody else '
                    "should read it."
                ).format(name=source.name)
            )
    else:
        lines = [
            _(
                'Took the password off "{path}". Anyone who can open the file can read the plan.'
            ).format(path=target)
        ]
        if in_place and backup.exists():
            lines.append(
                _('The protected version before is kept as "{name}".').format(name=backup.name)
            )

    _say("\n".join(lines))
    return OK


_COMMANDS = {
    "new": _new,
    "validate": _validate,
    "summary": _summary,
    "invitations": _invitations,
    "letter-kit": _letter_kit,
    "import-letter": _import_letter,
    "check-letter": _check_letter,
    "export": _export,
    "protect": _protect,
    "unprotect": _unprotect,
    "profile": lambda args: _practice_command("run_profile", args),
    "defaults": lambda args: _practice_command("run_defaults", args),
}


def _practice_command(name: str, args: argparse.Namespace) -> int:
    from interventionplanner import cli_practice

    return getattr(cli_practice, name)(args, _say, _report)


def _practice(plan: Plan):
    """This user's practice profile, when the plan shows it on its papers."""
    if not plan.show_practice:
        return None
    from interventionplanner.storage.practice import practice_for

    return practice_for(plan)
