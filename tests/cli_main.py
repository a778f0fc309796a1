"""``python -m tests.cli_main ARGS``: the ``storecrm`` command as the CLI tests run it.

The same program, with the scrypt floor lowered to the cheap parameters of the stores that the
tests make in-process (``tests/conftest.py``); nothing else differs. Child processes of other
tests call :func:`lower_floor` first for the same reason.
"""

from __future__ import annotations

import sys

from storecrm.data import keyring

FAST_N = 2**10  # tests/conftest.py FAST_SCRYPT


def lower_floor() -> None:
    keyring.MIN_SCRYPT_N = FAST_N


if __name__ == "__main__":
    lower_floor()
    from storecrm.cli import main

    sys.exit(main(sys.argv[1:]))
