"""The execution-plan workbook: export (sheet builders, the hidden base), three-way import
(reading each sheet back, merging with the base, the plan of changes) and the safety checks
every untrusted spreadsheet passes before a reader builds it (measured, read in a child)."""
