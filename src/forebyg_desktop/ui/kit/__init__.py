"""The shared kit every feature uses and which uses no feature: store worker, dialog frame, problems, parts."""
