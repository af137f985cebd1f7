"""The one page that goes with a family's copy of a plan: how to open it.

Plain steps for someone who has never used the app, in the packet's fonts. It names the
file, never the password (which should travel another way: said aloud, or a text message),
and, when the professional chose to, how to reach them.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from interventionplanner.domain.practice import Practice
from interventionplanner.i18n import _

__all__ = ["guide_pdf", "guide_steps"]


def guide_steps(file_name: str) -> list[str]:
    return [
        _("Install Intervention Planner on your computer, if it is not there already."),
        _(
            "Save the file “{name}” somewhere you will find it, such as your Documents folder."
        ).format(name=file_name),
        _("Open Intervention Planner, choose File, then Open, and pick “{name}”.").format(
            name=file_name
        ),
        _(
            "Type the password you were given. It is not written here, on purpose: it came to "
            "you another way, so that this page alone opens nothing."
        ),
        _(
            "Your plan opens where it was left. Save your changes as you go; the file stays "
            "protected with the same password."
        ),
    ]


def guide_pdf(file_name: str, practice: Practice | None = None, paper: str | None = None) -> bytes:
    """The guide as PDF bytes, one page."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, Spacer

    from interventionplanner.output.packet import default_paper
    from interventionplanner.output.packet.document import plain_pdf
    from interventionplanner.output.packet.fonts import BOLD, REGULAR, glyphs, register_fonts
    from interventionplanner.output.packet.practice import logo_image
    from interventionplanner.output.packet.text import fit_to_fonts

    register_fonts()
    chars = glyphs()
    body = ParagraphStyle("guide-body", fontName=REGULAR, fontSize=12, leading=17, spaceAfter=8)
    title = ParagraphStyle("guide-title", parent=body, fontName=BOLD, fontSize=20, leading=26)

    def para(text: str, style=body) -> Paragraph:
        return Paragraph(escape(fit_to_fonts(text, chars)), style)

    story: list = [
        para(_("How to open your family's plan"), title),
        para(
            _(
                "This plan was prepared with you for a family meeting. It is protected with a "
                "password, so only the people you choose can read it."
            )
        ),
        ListFlowable(
            [ListItem(para(step), value=n) for n, step in enumerate(guide_steps(file_name), 1)],
            bulletType="1",
            bulletFontName=BOLD,
        ),
        para(
            _(
                "Please keep the file and the password apart, and keep both private: the plan "
                "holds your family's own words."
            )
        ),
    ]
    if practice is not None and not practice.is_empty:
        story += [Spacer(1, 12), para(_("If you need help opening it:"))]
        if practice.logo_png:
            story.append(logo_image(practice.logo_png))
        story += [para(line) for line in practice.lines()]
    return plain_pdf(story, paper or default_paper(), _("How to open your family's plan"))
