"""Journey Designer: customer journey maps and tiered care plans, offline."""

__version__ = "0.1.0"
