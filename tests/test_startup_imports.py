"""Start-up stays light: the PDF machinery and templates load only when first needed."""

import subprocess
import sys


def test_opening_the_window_imports_no_pdf_or_template_machinery():
    probe = (
        "import sys; import interventionplanner.app; "
        "heavy = ('reportlab', 'PySide6.QtPdf', 'jinja2', 'icalendar'); "
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
