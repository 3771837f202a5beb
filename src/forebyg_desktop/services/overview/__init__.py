"""The overview of every child: rows, filters' data, follow-ups."""
