"""What is printed or dumped: the parents' reports, the dump, the audit log."""
