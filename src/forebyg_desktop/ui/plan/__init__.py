"""Action plans from the profile's templates, and their evaluations."""
