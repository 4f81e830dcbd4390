"""Errors the core raises for bad input; each names where the problem is."""

from __future__ import annotations

from dataclasses import dataclass


class JourneyError(Exception):
    """Base of every error the program reports to a user as a message."""


class ProjectFileError(JourneyError):
    """A file could not be read or written as a project; nothing was changed."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class Problem:
    """One validation problem: where it is (human-readable) and what is wrong."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InvalidProjectError(JourneyError):
    """A project that breaks the model's rules; carries every problem found."""

    def __init__(self, source: object, problems: list[Problem]) -> None:
        self.source = str(source)
        self.problems = problems
        first = str(problems[0]) if problems else "invalid project"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{self.source}: {first}{more}")
