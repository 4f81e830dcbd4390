import sys

from journey_designer.main import main

sys.exit(main())
