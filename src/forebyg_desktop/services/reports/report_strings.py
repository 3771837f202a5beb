"""The source strings of the documents for the parents, and how they are translated.

Every heading and fixed text of the printed assessment and action plan is an
English source string in the "Report" context; the `tr(context, text)`
callable passed to the builders translates them (the UI passes
`QCoreApplication.translate`; tests pass identity or a dict).
"""

from __future__ import annotations

from collections.abc import Callable

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Report"
Translate = Callable[[str, str], str]


class S:
    """The source strings of the documents (English, translated in context "Report")."""

    FOR_MEETING = QT_TRANSLATE_NOOP("Report", "For a meeting with the parents")
    PRINTED = QT_TRANSLATE_NOOP("Report", "Printed {date}")
    CONFIDENTIAL = QT_TRANSLATE_NOOP(
        "Report",
        "Confidential: this document holds personal information about a child. "
        "Keep it safe and share it only as the rules on confidentiality allow.",
    )
    NOT_FILLED = QT_TRANSLATE_NOOP("Report", "Not filled in")
    NONE_RECORDED = QT_TRANSLATE_NOOP("Report", "None recorded.")
    CHILD = QT_TRANSLATE_NOOP("Report", "Child")
    BIRTH_DATE = QT_TRANSLATE_NOOP("Report", "Date of birth")
    GROUP = QT_TRANSLATE_NOOP("Report", "Group")
    STATUS = QT_TRANSLATE_NOOP("Report", "Status")
    CHILD_VIEW = QT_TRANSLATE_NOOP("Report", "The child's view")
    PARENTS_VIEW = QT_TRANSLATE_NOOP("Report", "The parents' view")
    FAMILY_RESOURCES = QT_TRANSLATE_NOOP("Report", "The family's resources")
    # The assessment
    ASSESSMENT = QT_TRANSLATE_NOOP("Report", "Wellbeing assessment")
    ASSESSMENT_DATE = QT_TRANSLATE_NOOP("Report", "Date of assessment")
    KIND = QT_TRANSLATE_NOOP("Report", "Kind")
    JOINT = QT_TRANSLATE_NOOP("Report", "Joint assessment")
    INDIVIDUAL = QT_TRANSLATE_NOOP("Report", "Individual assessment")
    ASSESSORS = QT_TRANSLATE_NOOP("Report", "Assessed by")
    DRAFT = QT_TRANSLATE_NOOP("Report", "Draft – not finalised")
    POSITION = QT_TRANSLATE_NOOP("Report", "Position on the worry scale")
    SIGNS = QT_TRANSLATE_NOOP("Report", "Signs we have seen")
    NO_SIGNS = QT_TRANSLATE_NOOP("Report", "No signs are ticked.")
    PROTECTIVE = QT_TRANSLATE_NOOP("Report", "Protective factors")
    OBSERVATIONS = QT_TRANSLATE_NOOP("Report", "Observations")
    QUESTIONS = QT_TRANSLATE_NOOP("Report", "Our questions")
    DO_NOW = QT_TRANSLATE_NOOP("Report", "What happens now")
    INVOLVE = QT_TRANSLATE_NOOP("Report", "Who is involved")
    FOLLOW_UP = QT_TRANSLATE_NOOP("Report", "Follow-up")
    FOLLOW_UP_BY = QT_TRANSLATE_NOOP("Report", "We follow up no later than {date}.")
    # The plan
    PLAN = QT_TRANSLATE_NOOP("Report", "Action plan")
    TEMPLATE = QT_TRANSLATE_NOOP("Report", "Plan")
    CREATED = QT_TRANSLATE_NOOP("Report", "Created")
    COORDINATOR = QT_TRANSLATE_NOOP("Report", "Coordinator")
    NEXT_FOLLOW_UP = QT_TRANSLATE_NOOP("Report", "Next follow-up")
    OPEN = QT_TRANSLATE_NOOP("Report", "Open")
    CLOSED = QT_TRANSLATE_NOOP("Report", "Closed")
    GOALS = QT_TRANSLATE_NOOP("Report", "Goals")
    GOAL = QT_TRANSLATE_NOOP("Report", "Goal")
    INDICATOR = QT_TRANSLATE_NOOP("Report", "How we will see that the goal is reached")
    INDICATOR_SHORT = QT_TRANSLATE_NOOP("Report", "Indicator")
    MEASURES = QT_TRANSLATE_NOOP("Report", "Measures")
    MEASURE = QT_TRANSLATE_NOOP("Report", "Measure")
    RESPONSIBLE = QT_TRANSLATE_NOOP("Report", "Responsible")
    DEADLINE = QT_TRANSLATE_NOOP("Report", "Deadline")
    EVALUATIONS = QT_TRANSLATE_NOOP("Report", "Follow-ups so far")
    PROGRESS = QT_TRANSLATE_NOOP("Report", "Progress")
    MET = QT_TRANSLATE_NOOP("Report", "Reached?")
    MET_YES = QT_TRANSLATE_NOOP("Report", "Reached")
    MET_NO = QT_TRANSLATE_NOOP("Report", "Not reached yet")
    MET_UNKNOWN = QT_TRANSLATE_NOOP("Report", "Not judged")
    NEXT_FOLLOW_UP_ON = QT_TRANSLATE_NOOP("Report", "Next follow-up: {date}")
    CONTINUE = QT_TRANSLATE_NOOP("Report", "Continue the plan")
    STEP_UP = QT_TRANSLATE_NOOP("Report", "Step up the effort")
    STEP_DOWN = QT_TRANSLATE_NOOP("Report", "Step down the effort")
    CLOSE = QT_TRANSLATE_NOOP("Report", "Close the plan")
    # Refusals
    ABUSE_PATH = QT_TRANSLATE_NOOP(
        "Report",
        "This assessment is on the abuse path: it is not printed for a meeting with parents, "
        "because the parents must not be informed before the municipality.",
    )
    NO_POSITION = QT_TRANSLATE_NOOP("Report", "The assessment has no position on the scale yet.")
    CORRECTED = QT_TRANSLATE_NOOP(
        "Report", "This assessment has been corrected; print the newest version."
    )


def no_translation(context: str, text: str) -> str:
    """The source text unchanged (English)."""
    return text
