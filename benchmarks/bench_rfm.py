"""Read transactions and derive tiers from the real RFM files (../shared/realdata/rfm).

    .venv/bin/python benchmarks/bench_rfm.py [--xlsx]

Targets: CDNOW (69,659 rows) read well under 1 s; the 20 Online Retail CSVs in a few
seconds. --xlsx also writes CDNOW to a workbook (openpyxl, once) and times reading that.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from record import record  # noqa: E402

from journey_designer.analysis.rfm import assign_by_share, compute_rfm, summarize  # noqa: E402
from journey_designer.io.customer_data import Transactions, read_transactions  # noqa: E402

RFM = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "rfm"
ROUNDS = 5


def best_of(fn: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float, object]:
    """Best and median seconds over `rounds` calls, and the last result."""
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def bench(label: str, source: Path | list[Path]) -> None:
    read_best, read_median, tx = best_of(lambda: read_transactions(source))
    assert isinstance(tx, Transactions)
    tiers = ["Gold", "Silver", "Bronze"]
    rfm_best, rfm_median, _ = best_of(lambda: summarize(assign_by_share(compute_rfm(tx), tiers, [0.2, 0.3])))
    print(f"{label}: {tx.cleaning.rows:,} rows, {len(tx.customers):,} customers, "
          f"revenue {tx.revenue:,.2f}")
    print(f"  read                  best {read_best * 1000:7.1f} ms   median {read_median * 1000:7.1f} ms")
    print(f"  RFM + split + summary best {rfm_best * 1000:7.1f} ms   median {rfm_median * 1000:7.1f} ms")
    size = f"{tx.cleaning.rows:,} rows, {len(tx.customers):,} customers"
    record(f"read transactions: {label}", size, read_best)
    record(f"RFM + tier split: {label}", size, rfm_best)


def bench_workbook(cdnow: Path) -> None:
    import openpyxl

    tx = read_transactions(cdnow)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cdnow.xlsx"
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("CDNOW")
        sheet.append(["customer_id", "date", "dollar_value"])
        for customer, day, amount in tx.rows():
            sheet.append([customer, day, amount])
        book.save(path)
        bench("CDNOW as .xlsx (python-calamine)", path)


def main() -> int:
    if not RFM.is_dir():
        print(f"real files not found: {RFM}")
        return 1
    cdnow = RFM / "cdnow_lifetimes" / "CDNOW_master.txt"
    bench("CDNOW_master.txt", cdnow)
    bench("Online Retail Dec 2010, 20 CSVs", sorted((RFM / "online_retail_uci_dec2010").glob("*.csv")))
    if "--xlsx" in sys.argv:
        bench_workbook(cdnow)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
