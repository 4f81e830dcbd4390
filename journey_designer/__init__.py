"""Journey Designer: customer journey maps and tiered care plans, offline."""

import os as _os

# numpy's OpenBLAS would start a thread per core for each small dense solve (a journey's
# expected visits): on a busy machine the threads wait for one another and a 200-touchpoint
# solve takes 175 ms instead of 1 ms. One thread unless the user sets it (before numpy loads).
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
