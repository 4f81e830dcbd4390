"""Errors the core raises for bad input; each names where the problem is, in the language
of journey_designer.messages at the time it is raised (or, for a Problem, shown)."""

from __future__ import annotations

from dataclasses import dataclass

from journey_designer import messages


def _t(text: str) -> str:
    return messages.translate("Errors", text)


class JourneyError(Exception):
    """Base of every error the program reports to a user as a message."""


class ProjectFileError(JourneyError):
    """A file could not be read or written as a project; nothing was changed."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(_t("{path}: {problem}").format(path=self.path, problem=problem))


@dataclass(frozen=True)
class Problem:
    """One validation problem: where it is (human-readable) and what is wrong."""

    where: str
    message: str

    def __str__(self) -> str:
        if not self.where:
            return self.message
        return _t("{where}: {problem}").format(where=self.where, problem=self.message)


class InvalidProjectError(JourneyError):
    """A project that breaks the model's rules; carries every problem found."""

    def __init__(self, source: object, problems: list[Problem]) -> None:
        self.source = str(source)
        self.problems = problems
        first = str(problems[0]) if problems else _t("invalid project")
        more = _t(" (and {count} more)").format(count=len(problems) - 1) if len(problems) > 1 else ""
        super().__init__(_t("{path}: {problem}").format(path=self.source, problem=first + more))
