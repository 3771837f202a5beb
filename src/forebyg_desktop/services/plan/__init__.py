"""Action plans and their evaluations."""
