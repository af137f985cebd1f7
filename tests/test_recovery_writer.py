"""The safety copy is written off the window's thread: one write at a time, the newest
snapshot wins, and quitting while one is written loses nothing. Every step is ordered by
events (a gate the test opens), never by time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from interventionplanner.storage.recovery import RecoveryStore
from interventionplanner.ui.document import PlanDocument

pytestmark = pytest.mark.gui


class GatedStore(RecoveryStore):
    """A store whose writes wait at a gate, recording each write's name and thread, and
    how many were under way at once."""

    def __init__(self, folder) -> None:
        super().__init__(folder)
        self.gate = threading.Event()
        self.started = threading.Event()
        self.written: list[str] = []
        self.threads: list[threading.Thread] = []
        self.under_way = 0
        self.most_at_once = 0
        self._count = threading.Lock()

    def write(self, session, plan, original, password=None) -> None:
        with self._count:
            self.under_way += 1
            self.most_at_once = max(self.most_at_once, self.under_way)
        self.threads.append(threading.current_thread())
        self.started.set()
        try:
            self.gate.wait(30)
            super().write(session, plan, original, password)
            self.written.append(plan.loved_one.name)
        finally:
            with self._count:
                self.under_way -= 1


@pytest.fixture
def store(tmp_path):
    return GatedStore(tmp_path / "recovery")


@pytest.fixture
def document(qtbot, store):
    document = PlanDocument(store)
    document.new_plan()
    yield document
    store.gate.set()
    document.close()


def name_it(document: PlanDocument, name: str) -> None:
    document.set("loved_one/name", name)


def begin_writing(qtbot, document: PlanDocument, store, name: str) -> None:
    """A copy of the plan named `name` is being written, held at the store's gate."""
    name_it(document, name)
    document.write_recovery()
    qtbot.waitUntil(store.started.is_set)


def left_by_a_crash(store: RecoveryStore):
    """The copy a crashed session "crashed" left: a plan named "from the crash"."""
    left = PlanDocument(store)
    left.new_plan()
    name_it(left, "from the crash")
    store.write("crashed", left.plan, None)
    (entry,) = store.entries()
    return entry


def copy_on_disk(store: RecoveryStore) -> str:
    (entry,) = store.entries()
    return store.load(entry).loved_one.name


def test_the_copy_is_written_on_a_worker(qtbot, document, store):
    begin_writing(qtbot, document, store, "Ana")
    assert store.threads[0] is not threading.main_thread()
    store.gate.set()
    qtbot.waitUntil(lambda: store.written == ["Ana"])
    assert copy_on_disk(store) == "Ana"


def test_snapshots_taken_during_a_write_wait_and_only_the_newest_is_written(qtbot, document, store):
    begin_writing(qtbot, document, store, "first")
    for name in ("second", "third", "fourth"):
        name_it(document, name)
        document.write_recovery()
    name_it(document, "typed after the last snapshot")  # not yet asked for: not written
    store.gate.set()
    qtbot.waitUntil(lambda: len(store.written) == 2)
    qtbot.waitUntil(lambda: document._writing is None)
    assert store.written == ["first", "fourth"]  # second and third were dropped
    assert store.most_at_once == 1  # never two writes racing
    assert copy_on_disk(store) == "fourth"


def test_a_snapshot_is_the_plan_as_it_was_when_asked_for(qtbot, document, store):
    begin_writing(qtbot, document, store, "as it was")
    name_it(document, "changed while being written")
    store.gate.set()
    qtbot.waitUntil(lambda: store.written == ["as it was"])
    assert copy_on_disk(store) == "as it was"


def test_quitting_during_a_write_keeps_the_newest_words(qtbot, document, store):
    begin_writing(qtbot, document, store, "being written")
    name_it(document, "the last words")  # typed, its autosave not yet due
    assert document._writing is not None  # the quit comes while the write is under way
    quitting = threading.Event()
    # Opens the gate once the quit has begun: the write in flight ends during the quit.
    threading.Thread(target=lambda: (quitting.wait(30), store.gate.set()), daemon=True).start()
    quitting.set()
    QCoreApplication.instance().aboutToQuit.emit()
    assert store.written == ["being written", "the last words"]  # in order, one at a time
    assert store.threads[1] is threading.main_thread()  # the last one before the app ends
    assert store.most_at_once == 1
    assert copy_on_disk(store) == "the last words"


def test_quitting_with_nothing_new_writes_nothing_more(qtbot, document, store):
    name_it(document, "Ana")
    store.gate.set()
    document.write_recovery()
    qtbot.waitUntil(lambda: document._writing is None)
    QCoreApplication.instance().aboutToQuit.emit()
    assert store.written == ["Ana"]


def test_saving_during_a_write_leaves_no_copy_behind(qtbot, document, store, tmp_path):
    begin_writing(qtbot, document, store, "Ana")
    document.save_as(tmp_path / "plan.ivplan")
    store.gate.set()
    qtbot.waitUntil(lambda: store.written == ["Ana"])
    qtbot.waitUntil(lambda: document._writing is None)
    assert store.entries() == []


def test_a_failed_write_is_told_and_the_next_one_still_goes(qtbot, document, store):
    failures, real_write = [], RecoveryStore.write
    calls = []

    def fail_once(self, *args):
        calls.append(1)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        real_write(self, *args)

    store.write = fail_once.__get__(store)
    document.recoveryFailed.connect(failures.append)
    name_it(document, "lost")
    document.write_recovery()
    qtbot.waitUntil(lambda: bool(failures))
    name_it(document, "kept")
    document.write_recovery()
    qtbot.waitUntil(lambda: document._writing is None and len(calls) == 2)
    assert copy_on_disk(store) == "kept"


def test_restoring_writes_the_new_copy_before_the_old_one_goes(qtbot, tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    entry = left_by_a_crash(store)
    document = PlanDocument(store)
    document.restore(entry)  # written on this thread: there at once, no waiting
    assert [e.session for e in store.entries()] == [document._session]
    assert copy_on_disk(store) == "from the crash"
    document.close()


def test_restoring_keeps_the_old_copy_when_the_new_one_cannot_be_written(
    qtbot, tmp_path, monkeypatch
):
    store = RecoveryStore(tmp_path / "recovery")
    entry = left_by_a_crash(store)
    document, failures = PlanDocument(store), []
    document.recoveryFailed.connect(failures.append)

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "write", full_disk)
    document.restore(entry)
    assert failures
    assert [e.session for e in store.entries()] == ["crashed"]
    assert document.plan.loved_one.name == "from the crash"  # and the plan is open
    document.close()
