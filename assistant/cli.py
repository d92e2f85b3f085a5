"""The command line: argument parsing, exit codes, pipes and signals.

Exit codes (also in the README and --help): 0 answered, 1 some question unknown or clarify,
2 usage or knowledge error, 130 interrupted. Heavy modules (prompt-toolkit, rich) are imported
only by the commands that use them, so `crosswalk ask` starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .environment import Environment
from .errors import KnowledgeError

EXIT_OK, EXIT_UNANSWERED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
MAX_PROBLEMS_SHOWN = 20  # a badly broken file lists its first problems, not thousands

EPILOG = """exit status: 0 answered, 1 some question unknown or clarify, 2 usage or knowledge error,
130 interrupted. With no command, crosswalk opens the REPL on a terminal and reads
questions from standard input (as `crosswalk run -`) otherwise."""


class UsageError(Exception):
    """A mistake on the command line: one line to stderr and exit 2."""


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

    run = sub.add_parser(
        "run", help="answer a file of questions (one a line, blank line = new conversation)", epilog=EPILOG
    )
    run.add_argument("file", help="question file, or - for standard input")
    run.add_argument("--format", choices=("text", "markdown", "html", "jsonl"), default="text")
    run.add_argument("--explain", action="store_true", help="add each parse")

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


def knowledge_dir(args: argparse.Namespace) -> Path:
    from .loading import resolve_directory

    return resolve_directory(args.knowledge)


def load(args: argparse.Namespace, env: Environment) -> Any:
    """The analyzer for the chosen knowledge directory (knowledge errors propagate)."""
    from .loading import load_analyzer

    cache = None if os.environ.get("CROSSWALK_NO_CACHE") else env.cache_dir
    return load_analyzer(knowledge_dir(args), cache)


def engine_for(args: argparse.Namespace, env: Environment) -> Any:
    from .engine import Engine

    analyzer = load(args, env)
    return Engine(analyzer.kb, analyzer)


def cmd_ask(args: argparse.Namespace, env: Environment) -> int:
    from .render import render

    engine = engine_for(args, env)
    question = " ".join(args.question)
    from .polar import lead_with_reply

    answer = lead_with_reply(engine.answer(question)[0], engine.kb)
    env.write(render(answer, args.format, env.width or 100, bool(env.color), args.explain))
    return EXIT_OK if answer.status == "answered" else EXIT_UNANSWERED


def cmd_run(args: argparse.Namespace, env: Environment) -> int:
    from .batch import run_script

    return run_script(engine_for(args, env), read_input(args.file, env), args.format, env, args.explain)


def read_input(name: str, env: Environment) -> str:
    """A question file's text; non-UTF-8 bytes become U+FFFD rather than an error."""
    if name == "-":
        buffer = getattr(env.stdin, "buffer", None)
        return buffer.read().decode("utf-8", errors="replace") if buffer else env.stdin.read()
    from .files import FileProblem, read_text

    try:
        return read_text(name)
    except FileProblem as exc:
        raise UsageError(f"crosswalk: {exc} (see 'crosswalk run --help')") from None


def cmd_check(args: argparse.Namespace, env: Environment) -> int:
    from .export import summary
    from .knowledge import load_knowledge

    kb = load_knowledge(knowledge_dir(args))
    env.write(summary(kb) + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, env: Environment) -> int:
    from .export import export

    if args.format == "csv" and not args.table:
        raise UsageError("crosswalk export: --format csv needs --table (see 'crosswalk export --help')")
    env.write(export(load(args, env).kb, args.table, args.format))
    return EXIT_OK


def cmd_report(args: argparse.Namespace, env: Environment) -> int:
    from . import report

    return report.run(args, load(args, env).kb, env)


def cmd_transcript(args: argparse.Namespace, env: Environment) -> int:
    from . import transcript

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
    env = env or Environment()
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
        return EXIT_USAGE
    except KnowledgeError as exc:
        for problem in exc.problems[:MAX_PROBLEMS_SHOWN]:
            env.error(f"crosswalk: knowledge error: {problem}")
        if len(exc.problems) > MAX_PROBLEMS_SHOWN:
            env.error(f"crosswalk: knowledge error: ... and {len(exc.problems) - MAX_PROBLEMS_SHOWN} more problems")
        return EXIT_USAGE
    except KeyboardInterrupt:
        env.error("crosswalk: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK


def _silence_stdout() -> None:
    """After the reader of a pipe went away: no more writes, no flush error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
