import sys

from alexclaw.cli import main

sys.exit(main())
