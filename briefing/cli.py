"""The command line: options in, a call to the pipeline and the renderers out.

Nothing here decides anything about the briefing; it parses, reports and
exits (0 when a briefing was written, 1 when no usable source was left,
on an unforeseen error (one line, never a traceback) or, with
``--strict``, when anything was skipped; 2 for bad options, no articles
named and no ./seeds to read, a spec with mistakes, or a draft spec that
would replace a file without --force).
"""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__, collector, compiled

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar  # the type click.progressbar returns
    from click.decorators import FC as Command  # a function a click decorator takes and gives back

# The modules' tables and patterns are some 100,000 objects that live as long
# as the process: the collector's passes over them cost a seed build about
# 6 ms (``main`` pauses it for the command itself). Their patterns are made
# from what a run before compiled (``compiled``), as are their dataclasses.
with collector.kept(), compiled.kept("imports"):
    import click

    from .inputs import check_pattern, is_url
    from .messages import counted, display, strerror
    from .pipeline import build, consolidate
    from .render import FORMATS, Options, TemplateProblem, write
    from .render.budget import BLOCKS
    from .spec import SPEC_NAME, SpecError, hint, not_the_spec

SEEDS = "seeds"  # the sample articles' folder, read when no path is given
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _warn(message: str) -> None:
    click.echo(f"warning: {display(message)}", err=True)


def _error(message: str) -> None:
    click.echo(f"error: {display(message)}", err=True)


def _stop(signum: int, frame: object) -> None:
    """SIGTERM ends the build as an exception would, so the writers remove
    their temporary files on the way out."""
    _error(f"stopped by signal {signum}; no output was half-written")
    raise SystemExit(128 + signum)


def _pattern(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    problem = value is not None and check_pattern(value)
    if problem:
        raise click.BadParameter(problem)
    return value


# The arguments and options that more than one command takes.
_paths = click.argument("paths", nargs=-1, type=click.Path(path_type=str))
# The same -q on every command: a script that runs init, build and explain quiets all three.
_quiet = click.option("-q", "--quiet", is_flag=True, help="Print only warnings and errors (no progress bars).")


def _spec(help: str) -> Callable[[Command], Command]:
    return click.option("--spec", "spec_path", type=click.Path(dir_okay=False, path_type=Path), help=help)


def _glob(help: str) -> Callable[[Command], Command]:
    return click.option("--glob", "pattern", metavar="PATTERN", callback=_pattern, help=help)


class StageBars:
    """How far a command has got, on stderr, called as ``report(stage, done,
    total)`` by the pipeline and the writer: on a terminal a progress bar per
    stage; elsewhere (a log, CI) one plain line when a stage starts and one
    when it is done, with its count and seconds, so a long run is never
    silent for minutes; nothing with ``--quiet``. A stage's seconds run from
    the end of the one before (or of the bars' making): a stage first heard
    of when it is done (one step, reported at its end) gets its last line
    only, with the seconds it took, not none."""

    def __init__(self, quiet: bool, terminal: bool | None = None) -> None:
        self.enabled = not quiet
        self.terminal = sys.stderr.isatty() if terminal is None else terminal
        self.stage: str | None = None
        self.bar: ProgressBar[int] | None = None
        self.started = time.perf_counter()  # when the stage before ended: the seconds of the next run from here
        self.count: tuple[int, int] | None = None  # the stage's last (done, total) while it is not done

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if stage != self.stage:
            if self.count is not None:  # the stage before ended without counting all (it had nothing to do)
                self._done()
            self.close()
            self.stage = stage
            self._start(done, total)
        if self.bar is not None:
            self.bar.update(done - self.bar.pos)
        elif self.count is not None:
            self.count = (done, total)
            if done >= total:
                self._done()

    def _start(self, done: int, total: int) -> None:
        if self.terminal:
            self.bar = click.progressbar(length=max(total, 1), label=f"{self.stage:<12}", file=sys.stderr, width=30)
            self.bar.__enter__()
        else:
            self.count = (0, total)
            if done < total:  # one first heard of when done gets its last line only
                click.echo(f"{self.stage}: started", err=True)

    def _done(self) -> None:
        """The line that ends a stage: the count it reached (when it counts
        more than one step) and its seconds."""
        assert self.count is not None
        done, total = self.count
        count = f" {done}" if total > 1 else ""
        now = time.perf_counter()
        click.echo(f"{self.stage}:{count} done in {now - self.started:.1f} s", err=True)
        self.started, self.count = now, None

    def close(self) -> None:
        """End the stage's bar; a stage cut short by an error gets no line
        saying it is done."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
        self.stage, self.count = None, None


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn several news articles about one story into a neutral, sourced
    briefing: who said what, which outlets reported it, where they differ.

    \b
    With your articles in a folder, news/:
      briefing init news/                  # drafts news/briefing.toml from them
      $EDITOR news/briefing.toml           # name the positions, keep the cues that fit
      briefing build news/ --out report/   # report/briefing.md, .html, .pdf and .json
      briefing explain news/               # why each speaker is where they are
    Or try the sample articles: briefing build (builds ./seeds into ./output).
    """
    # A command runs once in its process and its objects live until it ends:
    # the collector's passes over them between the stages (which pause it
    # themselves) cost a seed build about 8 ms. Switched back on when the
    # command ends, as a test that invokes several in one process needs.
    click.get_current_context().with_resource(collector.paused())


def _failed(exc: Exception) -> NoReturn:
    """An unforeseen error while reading the articles: one line naming it and
    where it arose, for a report, then exit 1; never a traceback."""
    import traceback  # only on a failure

    where = traceback.extract_tb(exc.__traceback__)[-1]
    _error(f"briefing failed on these articles: {type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno}); "
           "this is a bug in briefing: please report it with the articles")
    sys.exit(1)


def _inputs(paths: tuple[str, ...], command: str) -> list[str]:
    """The articles to read: ``paths``, or with none the sample articles in
    ./seeds; with none and no ./seeds here, one line saying what to give, and exit 2."""
    if paths:
        return list(paths)
    if not Path(SEEDS).is_dir():
        _error(f"no articles named: give their files or folder (briefing {command} news/); "
               f"with none, the sample articles in ./{SEEDS} are used, and there is no ./{SEEDS} here")
        sys.exit(2)
    return [SEEDS]


def _spec_errors(exc: SpecError) -> None:
    """One line per mistake in the spec, then exit 2 (nothing was written)."""
    for problem in exc.problems:
        _error(problem)
    sys.exit(2)


@main.command("build", short_help="Build the briefing: Markdown, HTML, PDF, JSON.")
@_paths
@_spec("The spec (positions and cues; briefing init drafts one). Default: briefing.toml in the first input folder.")
@click.option("-o", "--out", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder to write briefing.EXT into ('-o' and '--output', as in briefing init, work too).")
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Output format; repeat for several. Default: all four.")
@_glob("Only files matching PATTERN inside input folders, e.g. '*.md'.")
@click.option("--templates", "templates", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Folder of templates that override the packaged ones by name.")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="PDF paper size.")
@click.option("--pdf-variant", type=click.Choice(["pdf/ua-1", "pdf/a-3b"]), default="pdf/ua-1",
              show_default=True, help="Tagged, accessible PDF (ua-1) or archival PDF (a-3b).")
@click.option("--urls", "url_list", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="A file of article URLs, one a line, fetched after PATHS (URLs may be PATHS too).")
@click.option("--refresh", is_flag=True,
              help="Fetch URLs anew instead of reading them from the cache (.briefing-cache/).")
@click.option("--budget", type=click.IntRange(min=0), default=BLOCKS, show_default=True, metavar="N",
              help="Show at most N blocks across all sections in md/html/pdf, the most widely reported "
                   "(sections left with none are listed briefly); 0 shows everything. briefing.json keeps all.")
@click.option("--max-blocks", type=click.IntRange(min=1), metavar="N",
              help="Also show at most N blocks in each section (and N differences and disputed details).")
@click.option("--strict", is_flag=True, help="Exit 1 if any input was skipped or any warning was given.")
@_quiet
def build_command(paths, spec_path, out_dir, formats, pattern, templates, paper, pdf_variant, url_list, refresh,
                  budget, max_blocks, strict, quiet):
    """Build a briefing from article files, folders and URLs (.txt, .md, .html).

    PATHS are files, folders (searched recursively) or http(s) URLs; default: seeds.

    \b
    Examples:
      briefing build
      briefing build news/ --spec news/briefing.toml --format md --format pdf
      briefing build a.txt b.md --out /tmp/brief --paper letter
      briefing build saved/page.html https://example.org/story --urls more-urls.txt
      briefing build news/ --budget 0 --format pdf     # every block in the PDF, however long

    A big story is kept readable: Markdown, HTML and PDF show the --budget
    blocks that the most outlets reported (with each section's top few
    first while all sections fit), list the sections left with none in a
    short list, and say what was left out; briefing.json keeps everything.
    """
    signal.signal(signal.SIGTERM, _stop)
    paths = list(paths) if url_list else _inputs(paths, "build")
    formats = list(dict.fromkeys(formats)) or list(FORMATS)
    bars = StageBars(quiet)
    try:
        result = build(paths, spec_path, pattern, bars, url_list=url_list, refresh=refresh)
    except SpecError as exc:
        bars.close()
        _spec_errors(exc)
    except Exception as exc:
        bars.close()
        _failed(exc)
    bars.close()
    for message in result.warnings:
        _warn(message)
    if result.briefing is None:
        _error("no usable source was left; nothing was written")
        sys.exit(1)
    if strict and result.warnings:
        _error("--strict: stopping because of the warnings above")
        sys.exit(1)
    try:
        written = write(result.briefing, out_dir, formats, Options(templates, paper, pdf_variant, max_blocks, budget or None), bars)
        bars.close()
    except TemplateProblem as exc:
        _error(f"template error: {exc}")
        sys.exit(1)
    except OSError as exc:
        _error(f"cannot write to {out_dir}: {strerror(exc)}")
        sys.exit(1)
    except Exception as exc:  # a user template with an error must not end in a traceback
        _error(f"rendering failed: {type(exc).__name__}: {exc}")
        sys.exit(1)
    if not quiet:
        b = result.briefing
        click.echo(f"{counted(len(b.sources), 'source')}, {counted(len(b.blocks), 'block')}, {counted(len(b.positions), 'section')}")
        for path in written:
            click.echo(f"wrote {display(path)}")


@main.command("init", short_help="Draft a spec, briefing.toml, to edit.")
@_paths
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help=f"Where to write the draft. Default: {SPEC_NAME} in the first input folder.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists (never replaced otherwise).")
@_glob("Only files matching PATTERN inside input folders.")
@_quiet
def init_command(paths, output, force, pattern, quiet):
    """Draft a spec (briefing.toml) from the articles, to edit and build with.

    The draft builds as it is: a neutral title from what the sources share
    and a placeholder question to replace; one [[sources]] table per article with its outlet, title,
    date and URL as read (correct any that is wrong); the speakers, most
    quoted first, with their role and most widely reported words; two draft
    positions with cue phrases guessed from the speakers' own words; and an
    [actors] table to fill. Comments in the file explain each field. Then
    rename the positions, keep the cues that fit, and run briefing build.

    \b
    Examples:
      briefing init news/                       # writes news/briefing.toml
      briefing init news/ --output draft.toml   # then: briefing build news/ --spec draft.toml
      briefing init a.txt b.md --force          # replaces ./briefing.toml beside a.txt
    """
    paths = _inputs(paths, "init")
    if output is None:  # beside the first article: a .toml named among them is none
        raw = (not_the_spec(paths, None)[0] or paths)[0]
        first = Path(raw)
        output = (Path(".") if is_url(raw) else first if first.is_dir() else first.parent) / SPEC_NAME
    if output.exists() and not force:
        _error(f"{display(output)} exists; pass --force to replace it, or --output FILE")
        sys.exit(2)
    articles, skipped = not_the_spec(paths, output, "to write the draft there, give it as --output")
    bars = StageBars(quiet)  # a few hundred articles take a while
    try:
        read = consolidate(articles, pattern, bars)
    except Exception as exc:
        bars.close()
        _failed(exc)
    bars.close()
    for message in [*skipped, *read.warnings]:
        _warn(message)
    if not read.sources:
        _error("no usable source was left; nothing was written")
        sys.exit(1)
    from .draft import draft_spec  # only for init: a build does not import it

    try:
        draft = draft_spec(read.sources, read.blocks, read.roles, bars)  # grouping the speakers of a big story takes a while
    except Exception as exc:
        bars.close()
        _failed(exc)
    bars.close()
    try:
        output.write_text(draft, encoding="utf-8")
    except OSError as exc:
        _error(f"cannot write {output}: {strerror(exc)}")
        sys.exit(1)
    n = len(read.sources)
    if quiet:
        return
    import shlex  # only here: a build does not import it

    spec = [] if output.name == SPEC_NAME and output.parent == Path(articles[0]) else ["--spec", str(output)]
    # The command as a shell reads it: a path with a space is quoted, so it can be pasted.
    click.echo(f"wrote {display(output)}: a draft spec for {counted(n, 'source')}; edit it, then run "
               f"{display(shlex.join(['briefing', 'build', *articles, *spec]))}")


@main.command("explain", short_help="Say why each speaker is where they are.")
@_paths
@_spec("The spec (briefing init drafts one). Default: briefing.toml in the first input folder.")
@_glob("Only files matching PATTERN inside input folders.")
@click.option("--speaker", metavar="NAME", help="Only the speakers whose names hold NAME (any case), e.g. --speaker lee.")
@_quiet
def explain_command(paths, spec_path, pattern, speaker, quiet):
    """Say why each speaker is placed where they are; writes no file.

    For the same inputs and spec as `briefing build`: each speaker with the
    position of each of their statements and why (the cue phrases matched,
    or the stance carried from their other words or from the person they
    speak for), the cues set aside (negated, inside a view the speaker
    reports, conceded before a "but"), the speakers left unplaced, the cues
    that matched nothing and the positions with no material.

    \b
    Examples:
      briefing explain news/
      briefing explain news/ --speaker "jane doe"    # why is Jane Doe here?
      briefing explain news/ --spec draft.toml | less
    """
    paths = _inputs(paths, "explain")
    bars = StageBars(quiet)
    try:
        result = build(paths, spec_path, pattern, bars)
    except SpecError as exc:
        bars.close()
        _spec_errors(exc)
    except Exception as exc:
        bars.close()
        _failed(exc)
    bars.close()
    for message in result.warnings:
        _warn(message)
    if result.briefing is None:
        _error("no usable source was left")
        sys.exit(1)
    from .explain import explain, holds, printed_with  # only for explain: a build does not import it

    names = {b.speaker for b in result.briefing.blocks if b.speaker}
    if speaker is not None and not any(holds(n, speaker) for n in names):
        printed = printed_with(result.briefing, speaker)
        otherwise = f"the statements that name it are given to {printed}" if printed else "run explain without --speaker to see them all"
        _error(f"no speaker's name holds {speaker!r} ({hint(speaker, sorted(names), otherwise, listed=False)})")
        sys.exit(2)
    click.echo(explain(result.briefing, result.spec, speaker), nl=False)
