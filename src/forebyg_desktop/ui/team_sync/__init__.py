"""The sync team dialogue and the sync widgets: status, problems, the runner's controller."""
