"""Spreadsheets nobody here wrote (returned workbooks, customer data): the zip package and
each sheet's XML measured before any reader builds them, and the reading itself done in a
child process under a memory limit. Shared by the workbook import and the customer-data reader."""
