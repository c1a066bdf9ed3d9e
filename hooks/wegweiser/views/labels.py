"""Reader-facing names of the schema's fixed values, marked for translation."""

from __future__ import annotations

from ..messages import N_

KIND_TITLES = {
    "providers": N_("Träger und Stellen"),
    "municipalities": N_("Städte und Gemeinden"),
    "course-types": N_("Wegweiser Sprachkurse"),
    "courses": N_("Sprachkurse"),
    "counselling": N_("Beratung"),
    "helpers": N_("Integrationshelfer*innen"),
    "round-tables": N_("Runde Tische"),
    "networks": N_("Netzwerke und Gremien"),
    "fields-of-action": N_("Handlungsfelder und Maßnahmen"),
}

CATEGORIES = {
    "public_office": N_("Behörde"),
    "job_agency": N_("Arbeitsvermittlung"),
    "welfare": N_("Wohlfahrtsverband"),
    "education": N_("Bildungsträger"),
    "school": N_("Schule"),
    "university": N_("Hochschule"),
    "chamber": N_("Kammer"),
    "association": N_("Verein"),
    "federal": N_("Bundes- oder Landesbehörde"),
}

TOPICS = {
    "migration": N_("Migrationsberatung"),
    "youth": N_("Beratung für junge Menschen"),
    "return": N_("Rückkehrberatung"),
    "housing": N_("Wohnen"),
    "education": N_("Bildung"),
    "work": N_("Arbeit und Beruf"),
    "health": N_("Gesundheit"),
    "residence": N_("Aufenthalt und Einbürgerung"),
    "general": N_("Allgemeine Beratung"),
}

ROLES = {
    "regional": N_("Regionale Integrationshelfer*innen"),
    "municipal": N_("Kommunale Integrationshelfer*innen"),
}

STAGES = {
    1: N_("Ankommen und Orientierung"),
    2: N_("Deutsch lernen: Grundlagen"),
    3: N_("Deutsch für Beruf, Ausbildung und Studium"),
    4: N_("Deutsch in der Schule"),
}

# The facts of a stage's page (model/stages.py FACTS), in the order the page shows them.
STAGE_FACTS = {
    "purpose": N_("Zweck"),
    "levels": N_("Sprachniveau"),
    "length": N_("Dauer"),
    "exam": N_("Prüfung und Zertifikat"),
    "eligibility": N_("Wer darf teilnehmen?"),
    "cost": N_("Kosten"),
    "funding": N_("Förderung"),
    "registration": N_("Anmeldung"),
}

NETWORK_CATEGORIES = {
    "committee": N_("Ausschuss"),
    "working_group": N_("Arbeitsgruppe"),
    "meeting": N_("Regelmäßiges Treffen"),
    "network": N_("Netzwerk"),
    "newsletter": N_("Newsletter"),
}

# The same kinds as headings of the list of networks.
NETWORK_CATEGORIES_PLURAL = {
    "committee": N_("Ausschüsse"),
    "working_group": N_("Arbeitsgruppen"),
    "meeting": N_("Regelmäßige Treffen"),
    "network": N_("Netzwerke"),
    "newsletter": N_("Newsletter"),
}

RHYTHMS = {
    "monthly": N_("monatlich"),
    "quarterly": N_("vierteljährlich"),
    "half_yearly": N_("halbjährlich"),
    "yearly": N_("jährlich"),
    "unknown": N_("im Integrationskonzept nicht angegeben"),
}

# The state of a measure of the concept (fields-of-action.json), as the concept or a later update gives it.
MEASURE_STATUSES = {
    "planned": N_("geplant"),
    "running": N_("läuft"),
    "done": N_("umgesetzt"),
    "ended": N_("beendet"),
    "evaluated": N_("ausgewertet"),
}

# Wheelchair access of a provider's premises (providers.json).
WHEELCHAIR_ACCESS = {
    "yes": N_("stufenlos erreichbar"),
    "partial": N_("mit Einschränkungen erreichbar"),
    "no": N_("nicht stufenlos erreichbar"),
}

# When a round table meets (meeting_series in common.json): every week, or on one weekday of the month.
MEETING_WEEKS = {
    None: N_("jeden %(weekday)s"),
    1: N_("am ersten %(weekday)s im Monat"),
    2: N_("am zweiten %(weekday)s im Monat"),
    3: N_("am dritten %(weekday)s im Monat"),
    4: N_("am vierten %(weekday)s im Monat"),
    -1: N_("am letzten %(weekday)s im Monat"),
}

FALLBACK_REASONS = {
    "provider": N_("Träger des Angebots"),
    "parent": N_("Übergeordnete Stelle"),
    "convenor": N_("Federführende Stelle"),
    "local_helper": N_("Integrationshelfer*innen vor Ort"),
    "counselling": N_("Migrationsberatung"),
    "nationwide": N_("Bundesweites Angebot"),
}

# The list of nationwide services on a waiting-room notice (views/posters.py).
NATIONWIDE_TITLE = N_("Bundesweit erreichbar")

# Section titles of the navigation in mkdocs.yml, listed here so that they are extracted.
NAV_SECTIONS = (N_("Sprachkurse"), N_("Hilfe vor Ort"))
