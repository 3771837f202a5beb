"""Settings, the first run, and the passphrase (changing it, the strength meter)."""
