"""Handover of a child's record to another institution: consent, keys and pins, export, import, receipts."""
