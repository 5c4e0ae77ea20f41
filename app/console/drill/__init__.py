"""The guided DR drill: its Qt-free flow and runner, the drill window, the report (HTML and
PDF) and the drill history."""
