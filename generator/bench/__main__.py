"""`python -m generator.bench`: see generator/bench/__init__.py."""

import sys

from generator.bench import main

if __name__ == "__main__":
    sys.exit(main())
