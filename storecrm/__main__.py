import sys

from storecrm.cli import main

sys.exit(main())
