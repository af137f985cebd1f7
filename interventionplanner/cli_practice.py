"""The professional's commands: `profile show|set` and `defaults export|import`.

Kept apart from cli.py, which registers them (`add_commands`) and runs them through its
usual guard (exit 3 and a short report for a bug of ours, never a traceback). Exit codes as
everywhere: 0 done, 1 the data is wrong (a field too long, a logo or a file that cannot be
used: the message says what and where, and nothing is changed), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from interventionplanner.domain.practice import PROFILE_FIELDS
from interventionplanner.i18n import _

OK, DATA_WRONG, USAGE = 0, 1, 2

_FIELD_HELP = {
    "name": "your name",
    "credentials": "your credentials, e.g. LCADC",
    "practice_name": "your practice's name",
    "phone": "the practice's phone",
    "email": "the practice's e-mail address",
    "website": "the practice's website",
}


def add_commands(commands) -> None:
    """Add `profile` and `defaults` to cli.py's subcommands."""
    profile = commands.add_parser("profile", help="your practice profile (shown on packets)")
    actions = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the profile")
    show.add_argument("--json", action="store_true", help="print the result as JSON")
    change = actions.add_parser("set", help="change fields of the profile, or its logo")
    for name in PROFILE_FIELDS:
        change.add_argument(f"--{name.replace('_', '-')}", dest=name, help=_FIELD_HELP[name])
    logo = change.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FILE", help="a PNG, JPEG or SVG picture")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    change.add_argument("--json", action="store_true", help="print the result as JSON")

    defaults = commands.add_parser(
        "defaults", help="your practice's defaults for new plans, as one file to share"
    )
    actions = defaults.add_subparsers(dest="action", metavar="ACTION", required=True)
    for verb, helps in (
        ("export", "write your defaults to FILE"),
        ("import", "replace your defaults with FILE's, once it passes every check"),
    ):
        sub = actions.add_parser(verb, help=helps)
        sub.add_argument("file", type=Path)
        sub.add_argument("--json", action="store_true", help="print the result as JSON")
        if verb == "export":
            sub.add_argument("--force", action="store_true", help="replace an existing FILE")


def run_profile(args: argparse.Namespace, say, report) -> int:
    from interventionplanner.storage.checked import CheckedFileError
    from interventionplanner.storage.practice import (
        LogoError,
        load_practice,
        read_logo_file,
        save_practice,
        set_profile_fields,
    )

    try:
        practice = load_practice()
    except CheckedFileError as error:
        say(error, file=sys.stderr)
        return DATA_WRONG
    if args.action == "set":
        values = {n: getattr(args, n) for n in PROFILE_FIELDS if getattr(args, n) is not None}
        if not values and args.logo is None and not args.no_logo:
            say(_("Say what to change, e.g. --name or --logo FILE."), file=sys.stderr)
            return USAGE
        try:
            set_profile_fields(practice, values)
            if args.logo is not None:
                from interventionplanner.svg_render import render_svg

                practice.logo_png = read_logo_file(args.logo, render_svg)
            elif args.no_logo:
                practice.logo_png = b""
            save_practice(practice)
        except (LogoError, CheckedFileError) as error:
            say(_("The profile was not changed. {reason}").format(reason=error), file=sys.stderr)
            return DATA_WRONG
        except OSError as error:
            reason = (error.strerror or "?").lower()
            say(_("The profile could not be saved ({reason}).").format(reason=reason), sys.stderr)
            return DATA_WRONG
    data = _profile_data(practice)
    report(args, data, _profile_text(data))
    return OK


def _profile_data(practice) -> dict[str, Any]:
    from interventionplanner.storage.practice import logo_path, profile_path

    data: dict[str, Any] = {name: getattr(practice, name) for name in PROFILE_FIELDS}
    data["logo"] = str(logo_path()) if practice.logo_png else None
    data["file"] = str(profile_path())
    return data


def _profile_text(data: dict[str, Any]) -> str:
    labels = {
        "name": _("Name"),
        "credentials": _("Credentials"),
        "practice_name": _("Practice"),
        "phone": _("Phone"),
        "email": _("E-mail"),
        "website": _("Website"),
    }
    lines = [f"{labels[n]}: {' '.join(data[n].split()) or '—'}" for n in PROFILE_FIELDS]
    lines.append(_("Logo: {logo}").format(logo=_("yes") if data["logo"] else _("none")))
    return "\n".join(lines)


def run_defaults(args: argparse.Namespace, say, report) -> int:
    from interventionplanner.storage.checked import CheckedFileError
    from interventionplanner.storage.practice_defaults import export_defaults, import_defaults

    try:
        if args.action == "export":
            if args.file.exists() and not args.force:
                say(
                    _("“{name}” already exists; add --force to replace it.").format(name=args.file),
                    file=sys.stderr,
                )
                return DATA_WRONG
            export_defaults(args.file)
            text = _("Your defaults are in “{name}”.").format(name=args.file)
        else:
            defaults = import_defaults(args.file)
            text = _(
                "Your defaults now come from “{name}”: {items} checklist items, "
                "{objections} objections, {centres} centres."
            ).format(
                name=args.file.name,
                items=len(defaults.checklist),
                objections=len(defaults.objections),
                centres=len(defaults.centres),
            )
    except CheckedFileError as error:
        problems = [{"where": p.where, "message": p.message} for p in error.problems]
        if args.json:
            sys.stdout.write(_json({"ok": False, "problems": problems}) + "\n")
        say(_("Nothing was changed. {reason}").format(reason=error), file=sys.stderr)
        return DATA_WRONG
    except OSError as error:
        reason = (error.strerror or "?").lower()
        say(
            _("Nothing was changed: “{name}” ({reason}).").format(name=args.file, reason=reason),
            sys.stderr,
        )
        return DATA_WRONG
    report(args, {"ok": True, "file": str(args.file)}, text)
    return OK


def _json(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2)
