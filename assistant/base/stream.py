"""Question input, read as it arrives: one line at a time, in whatever encoding it came in.

`crosswalk run -` used to read all of standard input before answering, so `tail -f questions |
crosswalk run -` never answered and `yes QUESTION | crosswalk run -` grew without end and could not
be interrupted. Here lines are decoded and handed on one by one, each at most `MAX_LINE_CHARS`
long (memory is bounded by that, not by the input), and a blocking read is where Ctrl-C lands.

The encoding is told from the first bytes: a UTF-8 byte-order mark is dropped (it would turn the
first `#` comment into a question), UTF-16 (a byte-order mark, or mostly ASCII text with every
other byte zero) is read as UTF-16, anything else is UTF-8 with undecodable bytes shown as U+FFFD. A line
holding nothing but control characters (a line of NULs, a lone escape sequence) is no question.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterable, Iterator
from typing import IO, BinaryIO

from .files import MAX_TEXT_BYTES, FileProblem, NotRegular, kind_of, read_bytes, shown
from .text import clean

MAX_LINE_CHARS = 100_000  # far more than a question (the parser reads 600 characters of one)
SAMPLE_BYTES = 4096
COMMENT = "#"


class InputProblem(Exception):
    """Input that cannot be read as questions (too long a line, a read error): one line, exit 2."""


def _utf16(sample: bytes, codec: str) -> bool:
    """Whether `sample` reads as UTF-16 text in `codec`: it decodes, and every newline byte sits
    where UTF-16 puts a newline's low byte (bytes that only happen to start with a byte-order mark
    have their newlines at any offset)."""
    even = sample[: len(sample) // 2 * 2]
    try:
        text = even.decode(codec)
    except UnicodeDecodeError:
        return False
    if not text:
        return False
    little = codec == "utf-16-le" or (codec == "utf-16" and sample.startswith(b"\xff\xfe"))
    low = 0 if little else 1
    offsets = [i for i, byte in enumerate(even) if byte == 0x0A]
    return all(i % 2 == low for i in offsets) and ("\n" in text or not offsets)


def encoding_of(sample: bytes) -> str:
    """The codec for input starting with `sample` (see the module's docstring)."""
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) and _utf16(sample, "utf-16"):
        return "utf-16"
    if b"\x00" in sample:
        for codec in ("utf-16-le", "utf-16-be"):
            zeros = sample[1::2] if codec == "utf-16-le" else sample[0::2]
            others = sample[0::2] if codec == "utf-16-le" else sample[1::2]
            if zeros.count(0) * 2 >= len(zeros) and others.count(0) * 4 < len(others) and _utf16(sample, codec):
                return codec
    return "utf-8"


def decode(data: bytes) -> str:
    """A whole file's text, decoded as `encoding_of` its first bytes says."""
    return data.decode(encoding_of(data[:SAMPLE_BYTES]), errors="replace")


def read_text(name: str | os.PathLike[str], limit: int = MAX_TEXT_BYTES) -> str:
    """A text file's content: UTF-8 (a byte-order mark dropped) or UTF-16 (with a byte-order mark,
    or recognisable by its zero bytes); bytes that do not decode become U+FFFD, not an error."""
    try:
        return decode(read_bytes(name, limit))
    except FileNotFoundError:
        raise FileProblem(f"no such file: {shown(name)}") from None
    except NotRegular as exc:
        if exc.kind == "directory":
            raise FileProblem(f"{shown(name)} is a directory, expected a file") from None
        raise FileProblem(f"{shown(name)} is a {exc.kind}, expected a regular file") from None
    except OSError as exc:
        raise FileProblem(f"cannot read {shown(name)}: {exc.strerror or exc}") from None


def text_lines(binary: BinaryIO, name: str, limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """The lines of a byte stream as they arrive (a pipe is not read to its end first).

    Raises InputProblem for a line longer than `limit` characters or a failing read."""
    if not hasattr(binary, "peek"):
        binary = io.BufferedReader(binary, SAMPLE_BYTES)  # type: ignore[type-var]
    try:
        sample = binary.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]
    except OSError as exc:  # standard input that is a directory, a device that fails
        raise InputProblem(f"cannot read {name}: {exc.strerror or exc}") from None
    reader = io.TextIOWrapper(binary, encoding=encoding_of(sample), errors="replace", newline=None)
    number = 0
    try:
        while True:
            try:
                line = reader.readline(limit + 1)
            except OSError as exc:
                raise InputProblem(f"cannot read {name}: {exc.strerror or exc}") from None
            if not line:
                return
            number += 1
            if len(line) > limit:
                raise InputProblem(f"{name}:{number}: a line longer than {limit:,} characters; refusing it")
            yield line.rstrip("\n")
    finally:
        reader.detach()  # leave the caller's stream open (standard input is not ours to close)


def classify(line: str) -> tuple[str, str]:
    """("blank" | "comment" | "noise" | "question", the stripped line). A byte-order mark at the
    start is not text; a line of control characters only is "noise", neither blank nor a question."""
    stripped = line.lstrip("\ufeff").strip()
    if not stripped:
        return "blank", ""
    if stripped.startswith(COMMENT):
        return "comment", stripped
    if not clean(stripped):
        return "noise", stripped
    return "question", stripped


def turns(lines: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """(conversation, turn, question), both counted from 1, for each question as soon as its line
    is read. A blank line after a question starts a new conversation; comments and noise are skipped."""
    conversation = turn = 0
    for line in lines:
        kind, text = classify(line)
        if kind == "blank":
            turn = 0
        elif kind == "question":
            if turn == 0:
                conversation += 1
            turn += 1
            yield conversation, turn, text


def open_questions(name: str, stdin: IO[str] | None) -> tuple[BinaryIO, str]:
    """(the byte stream, the name messages use) of a question source: "-" is standard input.

    A regular file, a FIFO or pipe (`run <(tail -f log)`), a socket or a terminal is read; a
    directory or another device is refused (FileProblem), as is a closed standard input."""
    if name == "-":
        if stdin is None:
            raise FileProblem("cannot read standard input: it is closed")
        buffer = getattr(stdin, "buffer", None)
        if buffer is None:  # a text stream without bytes beneath (a test's StringIO)
            return io.BytesIO(stdin.read().encode("utf-8", "surrogateescape")), "<stdin>"
        return buffer, "<stdin>"
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem(f"{shown(name)} is a directory, expected a file")
        if stat.S_ISREG(info.st_mode):
            fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
            os.set_blocking(fd, True)
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise FileProblem(f"{shown(name)} changed while it was opened; try again")
        elif stat.S_ISFIFO(info.st_mode) or stat.S_ISSOCK(info.st_mode) or _terminal(name, info):
            fd = os.open(name, os.O_RDONLY | os.O_NOCTTY)  # a FIFO waits for its writer: that is the point
        else:
            raise FileProblem(f"{shown(name)} is a {kind_of(info.st_mode)}, expected a file of questions")
    except FileNotFoundError:
        raise FileProblem(f"no such file: {shown(name)}") from None
    except OSError as exc:
        raise FileProblem(f"cannot read {shown(name)}: {exc.strerror or exc}") from None
    return os.fdopen(fd, "rb"), shown(name)


def _terminal(name: str, info: os.stat_result) -> bool:
    if not stat.S_ISCHR(info.st_mode):
        return False
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)
