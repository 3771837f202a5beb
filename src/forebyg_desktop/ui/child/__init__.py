"""The child page (chronology, progression) and adding a child."""
