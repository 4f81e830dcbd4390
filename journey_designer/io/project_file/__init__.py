"""The project on disk: the `.journey` file (SQLite: schema, store, checks of what it may hold),
JSON in design.md's shape, atomic writes, the lock beside an open project, bundled samples."""
