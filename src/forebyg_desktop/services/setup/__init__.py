"""Setting a store up: profiles, passphrases (strength and change), demo data."""
