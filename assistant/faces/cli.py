"""The command line: argument parsing, pipes and signals.

Exit statuses (status.py's ExitStatus; also in the README and --help): 0 answered, 1 some question unknown or clarify,
2 usage, knowledge, input or output error, 130 interrupted. Heavy modules (prompt-toolkit, rich) are imported
only by the commands that use them, so `crosswalk ask` starts fast.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from .. import __version__
from ..base.files import shown
from ..kb.errors import KnowledgeError
from .environment import Environment, OutputError, silence
from .status import ExitStatus, UsageError

MAX_PROBLEMS_SHOWN = 20  # a badly broken file lists its first problems, not thousands

EPILOG = """exit status: 0 answered, 1 some question unknown or clarify, 2 usage, knowledge, input or
output error, 130 interrupted. With no command, crosswalk opens the REPL on a terminal and reads
questions from standard input (as `crosswalk run -`) otherwise."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def build_parser() -> Parser:
    parser = Parser(
        prog="crosswalk",
        description="Ask how CMM, ITIL, ISO 9000 and Malcolm Baldrige relate; every answer cites its rows.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--knowledge", metavar="DIR", help="load another knowledge directory (or $CROSSWALK_KNOWLEDGE)")
    parser.add_argument("--version", action="version", version=f"crosswalk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one question", epilog=EPILOG)
    ask.add_argument("question", nargs="+", help="the question (quote it)")
    ask.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    ask.add_argument("--explain", action="store_true", help="add the parse: intent, entities, runner-up")
    ask.add_argument("--role", metavar="ROLE", help="who 'we' are in the question: dev, ops or spi")

    run = sub.add_parser(
        "run", help="answer a file of questions (one a line, blank line = new conversation)", epilog=EPILOG
    )
    run.add_argument("file", help="question file, or - for standard input")
    run.add_argument("--format", choices=("text", "markdown", "html", "jsonl"), default="text")
    run.add_argument("--explain", action="store_true", help="add each parse")
    run.add_argument("--role", metavar="ROLE", help="who 'we' are in the questions: dev, ops or spi")

    sub.add_parser("check", help="validate the knowledge directory and summarize it")

    export = sub.add_parser("export", help="print every row of the knowledge base")
    export.add_argument("--table", choices=("models", "observations", "itil_to_cmm", "cmm_to_itil"))
    export.add_argument("--format", choices=("json", "csv", "markdown"), default="json")

    matrix = sub.add_parser("matrix", help="KPAs by ITIL processes: how many rows map each pair")
    matrix.add_argument("--level", type=int, choices=(2, 3))
    matrix.add_argument("--format", choices=("text", "csv", "json", "svg", "html"), default="text")
    matrix.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")

    density = sub.add_parser("density", help="ITIL processes ranked by touch points in both tables")
    density.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    gaps = sub.add_parser("gaps", help="where the two tables disagree or leave holes")
    gaps.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    transcript = sub.add_parser("transcript", help="record and check conversation transcripts")
    tsub = transcript.add_subparsers(dest="transcript_command", parser_class=Parser, metavar="ACTION", required=True)
    record = tsub.add_parser("record", help="run a question script and write its transcript")
    record.add_argument("script", help="question script (the `crosswalk run` format)")
    record.add_argument("-o", "--output", metavar="FILE", required=True, help="transcript file to write")
    check = tsub.add_parser("check", help="replay transcripts and diff the answers")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--update", action="store_true", help="rewrite mismatching transcripts")

    sub.add_parser("repl", help="open the interactive prompt (the default on a terminal)")
    return parser


def knowledge_dir(args: argparse.Namespace, env: Environment) -> Path:
    from ..understanding.loading import resolve_directory

    return resolve_directory(args.knowledge or env.knowledge_dir)


def load(args: argparse.Namespace, env: Environment) -> Any:
    """The analyzer for the chosen knowledge directory (knowledge errors propagate)."""
    from ..understanding.loading import load_analyzer

    return load_analyzer(knowledge_dir(args, env), env.cache_folder)


def engine_for(args: argparse.Namespace, env: Environment) -> Any:
    from ..conversation.engine import Engine

    analyzer = load(args, env)
    return Engine(analyzer.kb, analyzer)


def cmd_ask(args: argparse.Namespace, env: Environment) -> int:
    from ..conversation.dialogue import Conversation
    from ..rendering.render import render
    from ..understanding.direction import side_named

    engine = engine_for(args, env)
    question = " ".join(args.question)
    from ..answers.polar import lead_with_reply

    conversation = Conversation(engine, speaker=side_named(getattr(args, "role", None) or "", engine.kb.roles))
    answer = lead_with_reply(conversation.ask(question), engine.kb)
    env.write(render(answer, args.format, env.width or 100, color=bool(env.color), explain=args.explain))
    return ExitStatus.OK if answer.status == "answered" else ExitStatus.UNANSWERED


def cmd_run(args: argparse.Namespace, env: Environment) -> int:
    from ..understanding.direction import side_named
    from .batch import run_script

    lines = read_input(args.file, env)  # opened first: a wrong path fails before the knowledge loads
    engine = engine_for(args, env)
    speaker = side_named(getattr(args, "role", None) or "", engine.kb.roles)
    return run_script(engine, lines, args.format, env, explain=args.explain, speaker=speaker)


def read_input(name: str, env: Environment) -> Iterator[str]:
    """A question file's lines, read as they arrive (see stream.py); non-UTF-8 bytes become U+FFFD.
    The file is opened now (a wrong path is a usage error at once); a line too long or a failing
    read later ends the run with a usage error too (exit 2)."""
    from ..base.files import FileProblem
    from ..base.stream import InputProblem, open_questions, text_lines

    try:
        binary, label = open_questions(name, env.stdin)
    except FileProblem as exc:
        raise UsageError(f"crosswalk: {exc} (see 'crosswalk run --help')") from None

    def lines() -> Iterator[str]:
        try:
            yield from text_lines(binary, label)
        except InputProblem as exc:
            raise UsageError(f"crosswalk: {exc}") from None
        finally:
            if name != "-":  # standard input is not ours to close
                binary.close()

    return lines()


def cmd_check(args: argparse.Namespace, env: Environment) -> int:
    from ..kb.load import load_knowledge
    from ..rendering.export import summary

    kb = load_knowledge(knowledge_dir(args, env), strict=True)
    env.write(summary(kb) + "\n")
    return ExitStatus.OK


def cmd_export(args: argparse.Namespace, env: Environment) -> int:
    from ..base import sanitize
    from ..rendering.export import export

    if args.format == "csv" and not args.table:
        raise UsageError("crosswalk export: --format csv needs --table (see 'crosswalk export --help')")
    kb = sanitize.for_format(load(args, env).kb, args.format)
    env.write(sanitize.finish(export(kb, args.table, args.format), args.format))
    return ExitStatus.OK


def cmd_report(args: argparse.Namespace, env: Environment) -> int:
    from ..base import sanitize
    from . import report

    return report.run(args, sanitize.for_format(load(args, env).kb, args.format), env)


def cmd_transcript(args: argparse.Namespace, env: Environment) -> int:
    from ..transcripts import replay as transcript

    engine = engine_for(args, env)
    if args.transcript_command == "record":
        return transcript.record_command(engine, args.script, args.output, env)
    return transcript.check_command(engine, args.files, args.update, env)


def cmd_repl(args: argparse.Namespace, env: Environment) -> int:
    from .repl import run_repl

    return run_repl(engine_for(args, env), env)


COMMANDS = {
    "ask": cmd_ask,
    "run": cmd_run,
    "check": cmd_check,
    "export": cmd_export,
    "matrix": cmd_report,
    "density": cmd_report,
    "gaps": cmd_report,
    "transcript": cmd_transcript,
    "repl": cmd_repl,
}


def main(argv: list[str] | None = None, env: Environment | None = None) -> int:
    """Run one command; the exit status, with every failure reported as one line on stderr."""
    if env is None:
        reserve_standard_streams()
        env = Environment()
    status = _dispatch(argv, env)
    try:
        env.flush()  # the last output must have reached its file: a full disk is an error, not 0
    except OutputError as exc:
        env.error(f"crosswalk: cannot write to standard output: {exc}")
        return ExitStatus.USAGE
    except KeyboardInterrupt:
        env.error("crosswalk: interrupted")
        return ExitStatus.INTERRUPTED
    return status


def _dispatch(argv: list[str] | None, env: Environment) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            if env.stdin_isatty and env.stdout_isatty:
                args.command = "repl"
            else:
                args.command, args.file, args.format, args.explain = "run", "-", "text", False
        return COMMANDS[args.command](args, env)
    except UsageError as exc:
        env.error(str(exc))
        return ExitStatus.USAGE
    except KnowledgeError as exc:
        for problem in exc.problems[:MAX_PROBLEMS_SHOWN]:
            env.error(f"crosswalk: knowledge error: {problem}")
        if len(exc.problems) > MAX_PROBLEMS_SHOWN:
            env.error(f"crosswalk: knowledge error: ... and {len(exc.problems) - MAX_PROBLEMS_SHOWN} more problems")
        return ExitStatus.USAGE
    except OutputError as exc:
        env.error(f"crosswalk: cannot write to standard output: {exc}")
        return ExitStatus.USAGE
    except KeyboardInterrupt:
        env.error("crosswalk: interrupted")
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:  # a write that did not go through env.write (env.write handles its own)
        env.output_closed = True
        silence(env.stdout)
        return ExitStatus.OK
    except OSError as exc:  # the environment failed us somewhere unforeseen: still one line
        where = f"{shown(exc.filename)}: " if exc.filename else ""
        env.error(f"crosswalk: {where}{exc.strerror or exc}")
        return ExitStatus.USAGE


def reserve_standard_streams() -> None:
    """Put /dev/null on a standard descriptor (0, 1, 2) that was closed when we started.

    Python then has no stream for it (sys.stdout is None, and so on), and the next file we open
    would otherwise get that number: a cache or history file would become "standard output"."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                opened = os.open(os.devnull, os.O_RDWR)
                if opened != fd:
                    os.dup2(opened, fd)
                    os.close(opened)
            except OSError:
                pass
