"""Device-local drafts of dialogues that autosave (assessments, plans, evaluations)."""
