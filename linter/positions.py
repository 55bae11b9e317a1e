"""Mapping offsets in extracted text back to 1-based source lines and columns."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple


class Span(NamedTuple):
    """A source range: 1-based lines and columns, the end column exclusive. A named tuple:
    one is built for every link, footnote mark and finding."""

    line: int
    column: int
    end_line: int
    end_column: int


class OffsetMap:
    """Maps offsets in a text made of source pieces to their source positions.

    The text is built piece by piece; each piece is a run of characters copied from one source
    line starting at a known column, so offset -> (line, column) is a bisect away.
    """

    __slots__ = ("_columns", "_lines", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._lines: list[int] = []
        self._columns: list[int] = []

    def add(self, offset: int, line: int, column: int) -> None:
        self._starts.append(offset)
        self._lines.append(line)
        self._columns.append(column)

    def relocate(self, moves: list[tuple[int, int, int, int]]) -> None:
        """Each (start, end, line, column): the text from start to end comes from (line,
        column) on, and what follows end keeps its place (a wikilink's shown text, moved
        within the link's own width). Moves are sorted and disjoint; one pass for all of
        them, so a block with 100,000 wikilinks costs linear time."""
        starts, lines, columns = [], [], []
        index, count = 0, len(self._starts)
        for start, end, line, column in moves:
            after = self.position(end)
            while index < count and self._starts[index] < start:
                starts.append(self._starts[index])
                lines.append(self._lines[index])
                columns.append(self._columns[index])
                index += 1
            while index < count and self._starts[index] <= end:
                index += 1
            starts += (start, end)
            lines += (line, after[0])
            columns += (column, after[1])
        self._starts = starts + self._starts[index:]
        self._lines = lines + self._lines[index:]
        self._columns = columns + self._columns[index:]

    def position(self, offset: int) -> tuple[int, int]:
        index = max(bisect_right(self._starts, offset) - 1, 0)
        if not self._starts:
            return 1, 1
        return self._lines[index], self._columns[index] + offset - self._starts[index]

    def offset(self, line: int, column: int) -> int | None:
        """The text offset of a source position, or None when no piece of the text is there."""
        starts = self._starts
        for index in range(len(starts)):
            if self._lines[index] != line or column < self._columns[index]:
                continue
            offset = starts[index] + column - self._columns[index]
            if index + 1 == len(starts) or offset < starts[index + 1]:
                return offset
        return None

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        end_line, end_column = self.position(max(end - 1, start))
        return Span(line, column, end_line, end_column + (1 if end > start else 0))
