"""The guide that asks: a few questions whose answers lead a newcomer to the kind of course that fits, or to
whoever decides when it depends on the person's case.

The guide is a tree of plain data: every question is reached by exactly one answer, so each page knows the
answers that led to it, and every path ends in an outcome. An answer only branches where a source makes it
matter (a section of the integration concept of 2021 or a named legal basis); it carries that source, in the
form entries give theirs (`concept_section`, `legal_basis`). Texts are German message ids, translated where
they are shown; course types and counselling services are named by their ids in the directory.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ..messages import N_

Source = Mapping[str, str]


def concept(section: str) -> Source:
    """Return a source in the integration concept of 2021."""
    return {"concept_section": section}


def law(basis: str) -> Source:
    """Return a named legal basis with its paragraph, e.g. '§ 44 Abs. 1 AufenthG'."""
    return {"legal_basis": basis}


@dataclass(frozen=True)
class Answer:
    """One answer to a question: its text, the node it leads to and why it matters there."""

    label: str
    target: str
    source: Source


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    answers: tuple[Answer, ...]
    hint: str = ""  # explains the words of the question, if needed


@dataclass(frozen=True)
class Outcome:
    """Where a path ends: the kinds of course that fit, and who decides or helps."""

    id: str
    title: str
    reason: str  # why these courses, in a sentence or two
    sources: tuple[Source, ...]
    course_types: tuple[str, ...]  # ids of course types, the one that fits best first
    helps: str  # who decides or helps, and with what
    counselling: tuple[str, ...]  # ids of counselling services


Node = Question | Outcome

START = "who"

MIGRATION_COUNSELLING = ("migrationsberatung-asyl-ev", "migrationsberatung-awo", "migrationsberatung-caritas",
                         "migrationsberatung-diakonie")
FOREIGNERS_OFFICES = ("auslaenderbehoerde-landkreis", "auslaenderbehoerde-stadt")

_QUESTIONS = (
    Question("who", N_("Für wen suchen Sie einen Deutschkurs?"), (
        Answer(N_("Für ein Kind, das in Deutschland zur Schule gehen muss"), "school", concept("3.6.3")),
        Answer(N_("Für eine jugendliche Person, die wegen fehlender Deutschkenntnisse noch keine Ausbildung "
                  "beginnen kann"), "vocational-school", concept("3.6.3")),
        Answer(N_("Für mich oder eine andere erwachsene Person"), "german", law("§ 44 Abs. 3 Satz 1 Nr. 1 AufenthG")),
    )),
    Question("german", N_("Wie viel Deutsch können Sie schon?"), (
        Answer(N_("Wenig oder noch gar nichts"), "childcare", concept("3.6.1")),
        Answer(N_("Ich habe schon einen Integrationskurs oder einen Alphabetisierungskurs besucht"), "goal",
               concept("3.6.1")),
    )),
    Question("childcare", N_("Brauchen Sie eine Kinderbetreuung, während Sie Deutsch lernen?"), (
        Answer(N_("Ja"), "childcare-course", concept("5.5.2")),
        Answer(N_("Nein"), "status", concept("3.6.2")),
    )),
    Question("status", N_("Welchen Aufenthaltsstatus haben Sie?"), (
        Answer(N_("Ich bin als Flüchtling anerkannt oder habe eine Aufenthaltserlaubnis"), "script",
               law("§ 44 Abs. 1 AufenthG")),
        Answer(N_("Ich habe eine Aufenthaltsgestattung (mein Asylverfahren läuft) oder eine Duldung"),
               "asylum", law("§ 44 Abs. 4 Satz 2 AufenthG")),
        Answer(N_("Ich komme aus einem Staat der Europäischen Union"), "eu", law("§ 5 Abs. 1 IntV")),
        Answer(N_("Etwas anderes, oder ich weiß es nicht"), "status-unknown", concept("3.6.5")),
    ), N_("Ihren Status finden Sie auf dem Dokument, das Ihnen die Ausländerbehörde gegeben hat.")),
    Question("script", N_("Können Sie in lateinischer Schrift lesen und schreiben, so wie in diesem Satz?"), (
        Answer(N_("Ja"), "integration-course", concept("3.6.1")),
        Answer(N_("Nein, oder nur in einer anderen Schrift"), "literacy-course", law("§ 13 Abs. 1 Satz 3 IntV")),
    )),
    Question("goal", N_("Wofür brauchen Sie Deutsch vor allem?"), (
        Answer(N_("Für die Arbeit, oder um Arbeit oder einen Ausbildungsplatz zu finden"), "work",
               law("§ 4 Abs. 1 Satz 1 Nr. 1 DeuFöV")),
        Answer(N_("Für meine Ausbildung: Ich lerne in einem Betrieb und in der Berufsschule"), "training",
               law("§ 4 Abs. 1 Satz 1 Nr. 3 DeuFöV")),
        Answer(N_("Für ein Studium"), "study", concept("5.1.2")),
        Answer(N_("Für die Einbürgerung"), "citizenship", law("§ 10 Abs. 4 StAG")),
        Answer(N_("Für etwas anderes, oder ich weiß es noch nicht"), "goal-unknown", concept("3.6.5")),
    )),
)

_OUTCOMES = (
    Outcome("school", N_("Deutsch in der Schule"),
            N_("Allgemeinbildende Schulen dürfen Sprachlernklassen für neu zugewanderte schulpflichtige Kinder "
               "einrichten. Laut Integrationskonzept (2021) gab es sie damals nur an Hildesheimer Schulen; andere "
               "Schulen können zusätzlichen Deutschunterricht anbieten. Einen Anspruch auf einen Integrationskurs "
               "haben Kinder, die in Deutschland zur Schule gehen, nicht."),
            (concept("3.6.3"), law("§ 44 Abs. 3 Satz 1 Nr. 1 AufenthG")),
            ("sprachlernklasse",),
            N_("Fragen Sie zuerst die Schule, in die Ihr Kind geht oder gehen wird. Die Migrationsberatung hilft, "
               "wenn Sie noch keine Schule haben."),
            MIGRATION_COUNSELLING),
    Outcome("vocational-school", N_("Deutsch an der berufsbildenden Schule"),
            N_("Berufsbildende Schulen können eine Sprachförderklasse im Berufsvorbereitungsjahr einrichten. Sie ist "
               "für junge Menschen, die wegen fehlender Deutschkenntnisse noch keine Ausbildung und keine reguläre "
               "berufliche Vollzeitschule beginnen können."),
            (concept("3.6.3"),),
            ("bvj-sprachfoerderklasse",),
            N_("Der Jugendmigrationsdienst berät junge Zugewanderte; das Projekt „Was geht!?“ begleitet junge "
               "Menschen aus Staaten außerhalb der EU auf ihrem Bildungsweg."),
            ("jugendmigrationsdienst", "was-geht")),
    Outcome("childcare-course", N_("Deutsch lernen mit Kinderbetreuung"),
            N_("Im Landkreis gibt es einfach zugängliche Sprachkurse für Frauen, bei denen die Kinder betreut werden. "
               "Integrationskurse mit Kinderbetreuung gab es laut Integrationskonzept (2021) damals im Landkreis "
               "nicht."),
            (concept("5.5.2"), concept("3.6.1")),
            ("frauensprachkurs-kinderbetreuung",),
            N_("Wo ein Kurs stattfindet, wissen die kommunalen Integrationshelfer*innen in Ihrer Stadt oder "
               "Gemeinde. Wenn ein Kurs für Frauen nicht zu Ihnen passt, fragen Sie die Migrationsberatung nach "
               "einem anderen Weg."),
            MIGRATION_COUNSELLING),
    Outcome("integration-course", N_("Der Integrationskurs"),
            N_("Wer als Flüchtling anerkannt ist oder zum ersten Mal eine Aufenthaltserlaubnis für einen längeren "
               "Aufenthalt bekommt, hat in vielen Fällen einen Anspruch auf einen Integrationskurs. Die "
               "Ausländerbehörde bestätigt, dass Sie teilnehmen dürfen."),
            (law("§ 44 Abs. 1 AufenthG"), law("§ 6 Abs. 1 Satz 1 IntV"), concept("3.6.1")),
            ("integrationskurs",),
            N_("Ob Sie einen Anspruch haben, entscheidet die Ausländerbehörde. Die Migrationsberatung hilft bei der "
               "Anmeldung; wer Leistungen vom Jobcenter bekommt, fragt das Integrationscenter des Jobcenters."),
            (*FOREIGNERS_OFFICES, "integrationscenter-jobcenter", *MIGRATION_COUNSELLING)),
    Outcome("literacy-course", N_("Der Alphabetisierungskurs"),
            N_("Für Menschen, die noch nicht oder nicht gut genug lesen und schreiben können, gibt es den "
               "Integrationskurs als Alphabetisierungskurs. Für Menschen, die in einer anderen Schrift lesen und "
               "schreiben, aber nicht in lateinischer Schrift, kann es einen Kurs für Zweitschriftlernende geben; ob "
               "es ihn im Landkreis gibt, sagt Ihnen der Kursträger."),
            (law("§ 13 Abs. 1 Satz 3 IntV"), concept("3.6.1")),
            ("alphabetisierungskurs",),
            N_("Ob Sie teilnehmen dürfen, entscheidet die Ausländerbehörde. Die Migrationsberatung hilft bei der "
               "Anmeldung."),
            (*FOREIGNERS_OFFICES, *MIGRATION_COUNSELLING)),
    Outcome("asylum", N_("Deutsch lernen während des Asylverfahrens oder mit Duldung"),
            N_("Die Sprachkurse des Landes Niedersachsen und die Erstorientierungskurse stehen Geflüchteten offen, "
               "egal welchen Aufenthaltsstatus sie haben. Zum Integrationskurs können Menschen mit "
               "Aufenthaltsgestattung oder mit bestimmten Duldungen zugelassen werden, wenn Plätze frei sind; nicht "
               "alle können zugelassen werden."),
            (concept("3.6.1"), concept("3.6.2"), law("§ 44 Abs. 4 Satz 2 AufenthG")),
            ("seg", "erstorientierungskurs", "sgf"),
            N_("Über die Zulassung zum Integrationskurs entscheidet das Bundesamt für Migration und Flüchtlinge "
               "auf Antrag; den Antrag können Sie über einen Kursträger stellen. Die Migrationsberatung hilft dabei."),
            MIGRATION_COUNSELLING),
    Outcome("eu", N_("Deutsch lernen als Bürgerin oder Bürger der EU"),
            N_("Bürgerinnen und Bürger eines Staats der Europäischen Union können zum Integrationskurs zugelassen "
               "werden, wenn Plätze frei sind."),
            (law("§ 44 Abs. 4 AufenthG"), law("§ 5 Abs. 1 IntV")),
            ("integrationskurs",),
            N_("Die Zulassung beantragen Sie beim Bundesamt für Migration und Flüchtlinge; den Antrag können Sie "
               "über einen Kursträger stellen. Die Migrationsberatung hilft dabei."),
            ("erwachsenenmigrationsdienst", *MIGRATION_COUNSELLING)),
    Outcome("status-unknown", N_("Klären Sie zuerst Ihren Aufenthaltsstatus"),
            N_("Welche Kurse Sie besuchen dürfen, hängt oft vom Aufenthaltsstatus ab. Laut Integrationskonzept "
               "(2021) haben manche Menschen wegen ihres Status keinen Zugang zu bestimmten Kursen."),
            (concept("3.6.5"),),
            (),
            N_("Die Ausländerbehörde sagt Ihnen, welchen Status Sie haben. Die Migrationsberatung erklärt, welche "
               "Kurse Ihnen damit offenstehen."),
            (*FOREIGNERS_OFFICES, *MIGRATION_COUNSELLING)),
    Outcome("work", N_("Deutsch für den Beruf"),
            N_("Die berufsbezogenen Deutschkurse schließen an den Integrationskurs an. Sie sind für Menschen, die "
               "arbeiten oder Arbeit oder einen Ausbildungsplatz suchen."),
            (concept("3.6.1"), law("§ 4 Abs. 1 Satz 1 Nr. 1 DeuFöV")),
            ("berufssprachkurs",),
            N_("Die Kurse werden mit dem Jobcenter und der Agentur für Arbeit abgestimmt. Wer erst wenig Deutsch "
               "spricht und Leistungen vom Jobcenter bekommt, fragt das Integrationscenter des Jobcenters."),
            ("integrationscenter-jobcenter", *MIGRATION_COUNSELLING)),
    Outcome("training", N_("Deutsch während der Ausbildung"),
            N_("Für Auszubildende im Betrieb und in der Berufsschule kann es berufsbezogene Deutschkurse an der "
               "Berufsschule geben. Laut Integrationskonzept (2021) wurde dieses Kursformat damals erstmals für "
               "Pflege, Kfz und Friseurhandwerk eingerichtet."),
            (concept("3.6.1"), law("§ 4 Abs. 1 Satz 1 Nr. 3 DeuFöV")),
            ("berufssprachkurs-berufsschule",),
            N_("Fragen Sie Ihre Berufsschule. Junge Zugewanderte berät auch der Jugendmigrationsdienst."),
            ("jugendmigrationsdienst", *MIGRATION_COUNSELLING)),
    Outcome("study", N_("Deutsch für ein Studium"),
            N_("Die Universität Hildesheim hat ein Sprachlernprojekt und bietet vorbereitende Kurse für Geflüchtete, "
               "die studieren können. Der Landkreis gibt Geld für die Fahrt zu diesen Kursen."),
            (concept("3.6.4"), concept("5.1.2")),
            ("uni-sprachlernprojekt",),
            N_("Die Universität sagt Ihnen, wer teilnehmen kann. Die Migrationsberatung hilft weiter."),
            MIGRATION_COUNSELLING),
    Outcome("citizenship", N_("Deutsch für die Einbürgerung"),
            N_("Für die Einbürgerung brauchen Sie Deutschkenntnisse auf dem Niveau B1, mündlich und schriftlich. "
               "Wer keinen Anspruch auf einen Integrationskurs hat, aber diese Kenntnisse für die Einbürgerung "
               "erwerben möchte, wird bei der Zulassung zum Kurs vorrangig berücksichtigt."),
            (law("§ 10 Abs. 1 Satz 1 Nr. 6 StAG"), law("§ 10 Abs. 4 StAG"), law("§ 5 Abs. 4 Satz 2 Nr. 1 IntV")),
            ("integrationskurs",),
            N_("Welche Nachweise für Ihre Einbürgerung gelten, sagt Ihnen die Einbürgerungsstelle."),
            ("einbuergerung-landkreis", *MIGRATION_COUNSELLING)),
    Outcome("goal-unknown", N_("Lassen Sie sich beraten"),
            N_("Der Weg durch die Sprachkurse ist für jede Person anders. Laut Integrationskonzept (2021) braucht "
               "es viel Abstimmung, damit jede Person die Kurse bekommt, die zu ihr passen."),
            (concept("3.6.5"),),
            (),
            N_("Die Migrationsberatung hilft Ihnen, den nächsten Kurs zu finden."),
            ("erwachsenenmigrationsdienst", *MIGRATION_COUNSELLING)),
)

GUIDE: dict[str, Node] = {node.id: node for node in (*_QUESTIONS, *_OUTCOMES)}


def parents(guide: Mapping[str, Node] = GUIDE) -> dict[str, tuple[Question, Answer]]:
    """Map each node to the question and the answer that lead to it."""
    return {answer.target: (node, answer) for node in guide.values() if isinstance(node, Question)
            for answer in node.answers}


def trail(node_id: str, guide: Mapping[str, Node] = GUIDE) -> list[tuple[Question, Answer]]:
    """Return the questions and answers that lead from the start to a node, first question first."""
    leading = parents(guide)
    steps: list[tuple[Question, Answer]] = []
    while node_id in leading:
        question, answer = leading[node_id]
        steps.append((question, answer))
        node_id = question.id
    return steps[::-1]


def paths(guide: Mapping[str, Node] = GUIDE, start: str = START) -> Iterator[list[str]]:
    """Yield every path through the guide as the ids of its nodes, from the start to an outcome."""
    node = guide[start]
    if isinstance(node, Outcome):
        yield [start]
        return
    for answer in node.answers:
        for rest in paths(guide, answer.target):
            yield [start, *rest]


def tree_problems(guide: Mapping[str, Node] = GUIDE, start: str = START) -> list[str]:
    """Return what keeps the guide from being a tree whose every node is reached once from the start."""
    problems = [f"{node.id}: {answer.target} does not exist" for node in guide.values()
                if isinstance(node, Question) for answer in node.answers if answer.target not in guide]
    targets = [answer.target for node in guide.values() if isinstance(node, Question) for answer in node.answers]
    problems += [f"{target} is reached by more than one answer" for target in sorted(set(targets))
                 if targets.count(target) > 1]
    problems += [f"{node_id} is never reached" for node_id in guide if node_id != start and node_id not in targets]
    problems += [f"{node_id} asks nothing" for node_id, node in guide.items()
                 if isinstance(node, Question) and not node.answers]
    return problems
