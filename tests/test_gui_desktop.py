"""The window on the desktop: its icon, and no plan in the desktop's recent-documents list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from interventionplanner import app as app_module

pytestmark = pytest.mark.gui
NATIVE_OFF = Qt.ApplicationAttribute.AA_DontUseNativeDialogs


@pytest.fixture
def qapp_attribute_restored(qapp):
    before = qapp.testAttribute(NATIVE_OFF)
    yield qapp
    qapp.setAttribute(NATIVE_OFF, before)


def test_the_app_icon_comes_in_every_packaged_size(qapp):
    icon = app_module.app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert not icon.pixmap(64, 64).toImage().isNull()


def test_file_dialogs_keep_no_recent_list_unless_recent_plans_are_on(
    window, qapp_attribute_restored
):
    app = QApplication.instance()
    assert not window.settings.remember_recent  # off by default
    app_module.keep_plans_off_the_desktops_recent_list(app, window)
    assert app.testAttribute(NATIVE_OFF)  # Qt's own dialog: it tells the desktop nothing

    window.remember_action.trigger()
    assert window.settings.remember_recent
    assert not app.testAttribute(NATIVE_OFF)  # the system's dialog, recent list and all

    window.remember_action.trigger()
    assert app.testAttribute(NATIVE_OFF)


def test_the_title_names_the_file_never_the_person_in_it(window, tmp_path):
    """Window titles reach task bars and window switchers: the file's name, not the plan's."""
    from interventionplanner import cli

    path = tmp_path / "plan.ivplan"
    assert cli.main(["new", "--demo", "-o", str(path)]) == cli.OK
    assert window.open_path(path)
    loved_one = window.document.plan.loved_one
    assert loved_one.name
    assert "plan.ivplan" in window.windowTitle()
    for name in (loved_one.name, loved_one.preferred_name, *loved_one.name.split()):
        if name:
            assert name not in window.windowTitle()
