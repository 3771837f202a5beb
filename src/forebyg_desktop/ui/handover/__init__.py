"""Consents, handing a child's record over, receiving one, the institution's key."""
