"""The pages of the guide that asks (model/guide.py): one static page per question and per outcome.

Each answer is a link to the next page, so a path works without JavaScript and can be bookmarked, shared or
printed. Every page lists the answers that led to it, each linked back to its question to change it; an
outcome names the kinds of course that fit, their current courses and who decides or helps.
"""

from __future__ import annotations

from ..model.entries import Entry
from ..model.guide import GUIDE, START, Answer, Node, Outcome, Question, Source, trail
from .builder import PageBuilder, SiteViews, list_path
from .chain_diagram import chain_blocks
from .elements import Block, Bullets, Fact, Facts, Inline, Link, PageView, Paragraph, Section, Seq, Span, Strong, Text
from .entry_lists import entry_list
from .sources import source_parts

GUIDE_PATH = "guide/index.md"


def node_path(node_id: str) -> str:
    """Return the page path of a question or outcome of the guide; the first question is the guide's start."""
    return GUIDE_PATH if node_id == START else f"guide/{node_id}.md"


def guide_pages(site: SiteViews) -> list[PageView]:
    """Return the view of every page of the guide."""
    return [guide_page(site.page(node_path(node_id)), node) for node_id, node in GUIDE.items()]


def guide_page(b: PageBuilder, node: Node) -> PageView:
    """Return the page of one question or outcome."""
    if isinstance(node, Question):
        return _question_page(b, node)
    return _outcome_page(b, node)


def _question_page(b: PageBuilder, question: Question) -> PageView:
    _ = b._
    answers = Bullets(tuple(_answer(b, answer) for answer in question.answers), "ww-guide-answers")
    asked: list[Block] = [Paragraph(_(question.hint))] if question.hint else []
    if question.id != START:
        return b.finish(Text(_(question.text)), [*_trail(b, question.id), *asked, answers, _again(b)],
                        hide=("toc",), title_id="question")
    lead = Paragraph(_("Beantworten Sie ein paar kurze Fragen. Jede Antwort führt zur nächsten Frage; am Ende "
                       "stehen die Kurse, die zu Ihnen passen, und wer Ihnen weiterhilft."), "ww-lead")
    blocks = [lead, Section(b.heading(2, _(question.text), "question"), (*asked, answers), "ww-guide-question"),
              *chain_blocks(b)]
    return b.finish(Text(_("Welcher Deutschkurs passt zu mir?")), blocks, hide=("toc",), title_id="guide")


def _answer(b: PageBuilder, answer: Answer) -> Inline:
    """Return an answer as the link to where it leads, with the source that makes it matter."""
    return Seq((Link(b.url(node_path(answer.target)), b._(answer.label)), _sources(b, (answer.source,))))


def _sources(b: PageBuilder, sources: tuple[Source, ...]) -> Span:
    parts = [part for source in sources for part in source_parts(b, dict(source))]
    return Span("ww-meta", b.fill("Quelle: %(sources)s", sources=b.joined(parts)))


def _trail(b: PageBuilder, node_id: str) -> list[Block]:
    """Return the answers given on the way to a node, each question linked so that the answer can be changed."""
    _ = b._
    given = tuple(Seq((Link(b.url(node_path(question.id)), _(question.text)), " ", Strong(_(answer.label))))
                  for question, answer in trail(node_id))
    note = Paragraph(_("Um eine Antwort zu ändern, wählen Sie die Frage."), "ww-meta")
    return [Section(b.heading(2, _("Ihre Antworten"), "answers"), (note, Bullets(given, "ww-guide-trail")),
                    "ww-guide-answers-given")]


def _again(b: PageBuilder) -> Paragraph:
    _ = b._
    return Paragraph(Seq((Link(b.url(GUIDE_PATH), _("Neu beginnen")), " · ",
                          Link(b.url(list_path("course-types")), _("Alle Kursarten im Überblick")))), "ww-guide-again")


def _outcome_page(b: PageBuilder, outcome: Outcome) -> PageView:
    _ = b._
    why = Paragraph(Seq((_(outcome.reason), _sources(b, outcome.sources))))
    blocks = [why, *_course_types(b, outcome), _helpers(b, outcome), *_trail(b, outcome.id), _again(b)]
    return b.finish(Text(_(outcome.title)), blocks, hide=("toc",), title_id="outcome")


def _course_types(b: PageBuilder, outcome: Outcome) -> list[Block]:
    """Return a section per kind of course that fits, with its current courses; say so if none is recorded."""
    types = [entry for type_id in outcome.course_types if (entry := b.directory.get("course-types", type_id))]
    if outcome.course_types and not types:
        return [Paragraph(b._("Diese Kurse sind hier noch nicht eingetragen. Wer weiterhilft, steht unten."),
                          "ww-empty")]
    return [_course_type(b, number, entry) for number, entry in enumerate(types, 1)]


def _course_type(b: PageBuilder, number: int, course_type: Entry) -> Section:
    _ = b._
    courses = b.directory.referring("courses", "type", course_type.id)
    facts = Facts((Fact(_("Wer darf teilnehmen?"), b.text(course_type.get("eligibility"))),))
    listed: Block = (entry_list(b, courses, meta=lambda course: _course_line(b, course)) if courses else
                     Paragraph(b._("Kurse dieser Art sind hier noch nicht eingetragen. Wer weiterhilft, steht unten."),
                               "ww-empty"))
    more = Paragraph(b.fill("Mehr über diese Kursart: %(link)s", link=b.link(course_type)))
    return Section(b.heading(2, b.name(course_type), f"course-type-{number}"),
                   (facts, Section(b.heading(3, _("Kurse"), f"courses-{number}"), (listed,)), more), "ww-group")


def _course_line(b: PageBuilder, course: Entry) -> Inline:
    """Return a course's small print here: where it takes place and who runs it."""
    place = b.directory.get("municipalities", course.get("municipality"))
    provider = b.directory.get("providers", course.get("provider"))
    parts: list[Inline] = [b.name(place) if place else b._("Ort beim Träger erfragen")]
    if provider:
        parts += [" · ", b.name(provider)]
    if course.get("childcare"):
        parts += [" · ", b._("mit Kinderbetreuung")]
    return Seq(tuple(parts))


def _helpers(b: PageBuilder, outcome: Outcome) -> Section:
    """Return who decides or helps: the services the outcome names that the directory holds, else the list."""
    _ = b._
    services = [entry for service_id in outcome.counselling
                if (entry := b.directory.get("counselling", service_id))]
    listed: Block = (entry_list(b, services) if services else
                     Paragraph(Link(b.url(list_path("counselling")), _("Zur Liste der Beratungsstellen"))))
    return Section(b.heading(2, _("Wer entscheidet und wer hilft"), "help"), (Paragraph(_(outcome.helps)), listed))
