"""What the program does with memory at start."""

from __future__ import annotations

import gc

from storecrm.gui.app import freeze_startup_objects


def test_what_is_loaded_at_start_is_left_out_of_garbage_collections() -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    freeze_startup_objects()
    try:
        # The modules and pypinyin's dictionaries: hundreds of thousands of objects that a
        # full collection would otherwise walk every time.
        assert gc.get_freeze_count() > 100_000
    finally:
        gc.unfreeze()
