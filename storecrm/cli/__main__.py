"""``python -m storecrm.cli``: the same as ``storecrm`` (as when this was one module)."""

import sys

from storecrm.cli import main

sys.exit(main())
