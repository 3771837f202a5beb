"""The assessment dialogue: its view, sections and controller, the signpost, the checklists."""
