"""Assessments: quick entry, the assessment dialogue's flow, corrections."""
